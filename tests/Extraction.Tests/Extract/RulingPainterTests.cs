using Extraction.Extract;
using Extraction.Extract.Layout;
using Extraction.Extract.Vector;

namespace Extraction.Tests.Extract;

/// <summary>The ruling lines painted from a PDF's drawing operators give the grids a poppler rendering gives.</summary>
public sealed class RulingPainterTests : IDisposable
{
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-ruling-");
    public void Dispose() => work.Delete(recursive: true);
    const int Dpi = 72;

    public static TheoryData<string> TextPdfs() =>
        [.. Directory.GetFiles(Corpus.Path("notices"), "*.pdf").Concat(Directory.GetFiles(Corpus.Path("inbox"), "*.pdf", SearchOption.AllDirectories))
            .Where(f => !f.Contains("扫描件") && !f.Contains("合并") && !f.Contains("荆州市知识产权执法典型案例")).Select(f => Path.GetFileName(f)!).Order()];

    [Theory]
    [MemberData(nameof(TextPdfs))]
    public async Task EveryPageHasTheGridItsRenderingHas(string name)
    {
        var path = Directory.GetFiles(Corpus.Path(""), name, SearchOption.AllDirectories).Single();
        var pages = PdfDocument.Open(File.ReadAllBytes(path)).Pages();
        Assert.NotNull(pages);
        var render = await ExternalProcess.RunAsync("pdftoppm", ["-r", $"{Dpi}", "-gray", path, Path.Combine(work.FullName, "p")], TimeSpan.FromMinutes(1), default);
        Assert.Equal(0, render.ExitCode);
        var rendered = Directory.GetFiles(work.FullName, "p-*.pgm").Order().Select(GrayImage.ReadPgm).ToList();
        Assert.Equal(rendered.Count, pages!.Count);
        int grids = 0;
        foreach (var (page, image) in pages.Zip(rendered))
        {
            var painted = RulingPainter.Paint(page, Dpi);
            Assert.NotNull(painted);
            Assert.Equal((image.Width, image.Height), (painted!.Width, painted.Height));
            var expected = RuledGridDetector.Detect(image, Dpi, scanned: false);
            var actual = RuledGridDetector.Detect(painted, Dpi, scanned: false);
            Assert.Equal(expected is null, actual is null);
            if (expected is null) continue;
            grids++;
            Assert.Equal(expected.Rows.Count, actual!.Rows.Count);
            Assert.Equal(expected.Columns.Count, actual.Columns.Count);
            Assert.All(expected.Rows.Zip(actual.Rows), p => Assert.InRange(p.Second - p.First, -2, 2));
            Assert.All(expected.Columns.Zip(actual.Columns), p => Assert.InRange(p.Second - p.First, -2, 2));
        }
        if (name.Contains("绩效考核通知")) Assert.True(grids >= 3, $"{grids} grids");
    }
}
