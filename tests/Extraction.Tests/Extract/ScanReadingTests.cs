using System.Diagnostics;
using System.Text.RegularExpressions;
using Extraction.Chinese;
using Extraction.Extract;
using Extraction.Extract.Layout;
using Extraction.Extract.Scan;

namespace Extraction.Tests.Extract;

public class ScanReadingTests
{
    [Theory]
    [InlineData(96, 192, 240)]
    [InlineData(120, 240, 240)]
    [InlineData(150, 150, 300)]
    [InlineData(149.86, 149, 300)]
    [InlineData(300, 300, 300)]
    // A coarse scan's table cells are read at 240 dpi, finer ones at 300 at least.
    public void AScanIsReadAtItsOwnResolutionUnlessTooCoarse(double ppi, int dpi, int tableDpi)
    {
        var plan = ScanPlan.For(new EmbeddedImage(1, 800, 1100, ppi, false), 595, 842, new ExtractionOptions());
        Assert.Equal((dpi, tableDpi), (plan.Dpi, plan.TableDpi));
    }

    [Fact]
    public void ALongStripIsRenderedUnderTesseractsSideLimit()
    {
        var plan = ScanPlan.For(new EmbeddedImage(1, 800, 60000, 300, false), 595, 842 * 20, new ExtractionOptions());
        Assert.True(842 * 20 / 72.0 * plan.TableDpi < 32767, $"{plan.TableDpi} dpi");
    }

    [Fact]
    public void RedTextStaysDarkAndARedSealOverBlackTextIsLifted()
    {
        // At 150 dpi: red bars where a masthead's letters are, and a seal-sized red ring stamped over black lines of text.
        var gray = RedInkToGray.Convert(Drawn("ppm", ColorImage.ReadPpm, "900x600", "-fill", "#d81e1e", "-draw", "rectangle 100,40 300,80", "-draw", "rectangle 320,40 520,80",
            "-fill", "black", "-draw", "rectangle 450,300 850,312", "-draw", "rectangle 450,340 850,352", "-draw", "rectangle 450,380 850,392",
            "-fill", "none", "-stroke", "#d81e1e", "-strokewidth", "10", "-draw", "circle 650,345 650,255"), 150, new ExtractionOptions());
        Assert.True(gray[200, 60] < 60, $"masthead {gray[200, 60]}");
        Assert.True(gray[650, 258] > 200, $"ring {gray[650, 258]}");
        Assert.True(gray[700, 346] < 60, $"text under the seal {gray[700, 346]}");
        Assert.True(gray[560, 306] < 60, $"text beside the ring {gray[560, 306]}");
    }

    [Fact]
    public void ASealsStarAndItsPinkEdgesAreLiftedWithItsRing()
    {
        // At 150 dpi: a ring with a solid star in its middle, parted from the ring by blank tiles, and a pale pink stroke
        // (a JPEG edge of the ink) inside it; a black date line runs through the star.
        var gray = RedInkToGray.Convert(Drawn("ppm", ColorImage.ReadPpm, "900x800", "-fill", "#d81e1e", "-draw", "polygon 650,470 670,530 630,530",
            "-fill", "#e8b4b4", "-draw", "rectangle 560,600 600,606",
            "-fill", "black", "-draw", "rectangle 520,540 780,552",
            "-fill", "none", "-stroke", "#d81e1e", "-strokewidth", "8", "-draw", "circle 650,540 650,420"), 150, new ExtractionOptions());
        Assert.True(gray[650, 421] > 200, $"ring {gray[650, 421]}");
        Assert.True(gray[650, 515] > 200, $"star {gray[650, 515]}");
        Assert.True(gray[580, 603] > 200, $"pink edge {gray[580, 603]}");
        Assert.True(gray[700, 546] < 60, $"date under the seal {gray[700, 546]}");
    }

    [Fact]
    public void ARoundSealIsLiftedWhateverLiesUnderItAndATwoLineMastheadStaysDark()
    {
        // At 150 dpi: a masthead of two lines as tall as a seal but five times wider, and a seal with one short line under it.
        var gray = RedInkToGray.Convert(Drawn("ppm", ColorImage.ReadPpm, "900x800", "-fill", "#d81e1e", "-draw", "rectangle 100,40 800,100", "-draw", "rectangle 100,120 800,180",
            "-fill", "black", "-draw", "rectangle 560,560 700,572",
            "-fill", "none", "-stroke", "#d81e1e", "-strokewidth", "6", "-draw", "circle 650,560 650,440"), 150, new ExtractionOptions());
        Assert.True(gray[400, 150] < 60, $"masthead {gray[400, 150]}");
        Assert.True(gray[650, 441] > 200, $"ring {gray[650, 441]}");
        Assert.True(gray[600, 566] < 60, $"text under the seal {gray[600, 566]}");
    }

    [Fact]
    public void AGraySealIsLiftedOffBlackTextWhileGrayLinesOfTextStay()
    {
        // A seal scanned gray is a mid-gray ring; black lines run under it; a line of mid-gray letters stands apart.
        var gray = Drawn("pgm", GrayImage.ReadPgm, "900x800", "-fill", "black", "-draw", "rectangle 450,540 850,552", "-draw", "rectangle 450,580 850,592",
            "-fill", "gray(35%)", "-draw", "rectangle 60,100 840,112",
            "-fill", "none", "-stroke", "gray(35%)", "-strokewidth", "6", "-draw", "circle 650,560 650,440");
        Assert.True(GraySeals.Lift(gray, 150, new ExtractionOptions()));
        Assert.True(gray[650, 441] > 200, $"ring {gray[650, 441]}");
        Assert.True(gray[700, 546] < 60, $"black text under the seal {gray[700, 546]}");
        Assert.True(gray[400, 106] < 120, $"gray line of text {gray[400, 106]}");
    }

    // A white page of the given size drawn with ImageMagick and read back.
    static T Drawn<T>(string extension, Func<string, T> read, string size, params string[] drawing)
    {
        var path = Path.Combine(Path.GetTempPath(), $"drawn-{Guid.NewGuid():N}.{extension}");
        try
        {
            Run("convert", ["-size", size, "xc:white", .. drawing, "-depth", "8", path]);
            return read(path);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public async Task A96PpiCopierScanWithASidewaysTableIsReadUprightCellByCellInChunks()
    {
        var pdf = MakeScan("1 4");
        try
        {
            var options = new ExtractionOptions { MaxStackHeight = 4000 };
            var ocr = new OcrEngine(options);
            var doc = await new PdfExtractor(options, ocr).ExtractAsync(pdf, default);
            Assert.Equal("pdf-scan", doc.Format);
            var prose = TextNormalizer.Normalize(doc.Pages[0].RawText, true);
            Assert.Contains("鄂打假办函", prose);
            Assert.Contains("放大 2 倍", doc.Pages[0].Reading);
            var table = doc.Pages[1].Reading!;
            Assert.Contains("旋转", table);
            // Read upright first, poorly; then its orientation asked.
            Assert.Equal(1, ocr.Runs.Orientations);
            Assert.Matches(@"分 [2-9] 次识别", table);
            var rows = doc.Tables.Single().Rows;
            Assert.All(rows, r => Assert.Equal(5, r.Count));
            var indicators = rows.Select(r => Regex.Match(r[1], @"^(\d+)\s*[.、]").Groups[1].Value).Where(n => n.Length > 0).Distinct().Count();
            Assert.True(indicators >= 6, string.Join("\n", rows.Select(r => string.Join(" | ", r))));
        }
        finally { File.Delete(pdf); }
    }

    [Fact]
    public async Task AnUprightScannedTableIsReadCellByCellWithoutAskingItsOrientation()
    {
        var options = new ExtractionOptions();
        var ocr = new OcrEngine(options);
        var doc = await new PdfExtractor(options, ocr).ExtractAsync(Corpus.Notice("云打假办发〔2020〕5号 评分标准（测试用）（扫描件）.pdf"), default);
        Assert.All(doc.Pages, p => Assert.Contains("表格 300 dpi", p.Reading));
        Assert.All(doc.Pages, p => Assert.DoesNotContain("旋转", p.Reading));
        Assert.Equal((0, 2, 0), ocr.Runs);
    }

    [Fact]
    public async Task ATableWhoseGridCannotBeReadFallsBackToTheWholePageAndSaysSo()
    {
        var pdf = MakeScan("4");
        try
        {
            var options = new ExtractionOptions { MaxGridCells = 4 };
            var doc = await new PdfExtractor(options, new OcrEngine(options)).ExtractAsync(pdf, default);
            Assert.Contains("按整页识别", doc.Pages.Single().Reading);
            Assert.Empty(doc.Tables);
            Assert.Contains("评分", TextNormalizer.Normalize(doc.Pages.Single().RawText, true));
        }
        finally { File.Delete(pdf); }
    }

    // A copier's scan of the notice: 96 ppi gray JPEG at quality 60 with noise, the table page laid on its side. The noise
    // is seeded: unseeded, the masthead's 鄂 of page 1 read as 哪 on some runs.
    static string MakeScan(string pages)
    {
        var pdf = Path.Combine(Path.GetTempPath(), $"scan96-{Guid.NewGuid():N}.pdf");
        Run("bash", Path.Combine(Corpus.Root, "bench/ocr/make-scan.sh"), Corpus.Notice(Corpus.NoticeTextPdf), pdf, "96", "gray", "60", "4", pages);
        return pdf;
    }

    static void Run(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardError = true, UseShellExecute = false, Environment = { ["SEED"] = "1" } };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
    }
}
