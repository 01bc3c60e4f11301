using Extraction.Chinese;
using Extraction.Extract;

namespace Extraction.Tests.Extract;

public class ImageExtractorTests
{
    static readonly ExtractionOptions Options = new();
    static ImageExtractor Images() => new(Options, new OcrEngine(Options));

    [Fact]
    public async Task APhonePhotoOfTheRosterGivesItsNames()
    {
        var doc = await Images().ExtractAsync(Corpus.Path("inbox/襄阳市/植物新品种保护培训人员名单（手机拍照）.jpg"), default);
        var text = TextNormalizer.Normalize(doc.Pages.Single().RawText, true);
        Assert.Contains("人员名单", text);
        var names = new[] { "王建国", "李秀英", "张志强", "刘海燕", "杨丽娟", "赵卫东", "黄晓峰" };
        // A phone photo reads worse than a scan: most names, and most telephone numbers digit for digit.
        Assert.True(names.Count(text.Contains) >= 3, text);
        var phones = new[] { "3511201", "6221345", "4227810", "5231109", "5812033", "7321566", "8237741", "3512088" };
        Assert.True(phones.Count(text.Contains) >= 6, text);
    }

    [Fact]
    public async Task APhonePhotoInPerspectiveUnderUnevenLightIsSquaredAndEvenedBeforeItIsRead()
    {
        // The sheet sits askew on a dark desk, light falling off across it, and the file says 72 dpi.
        var doc = await Images().ExtractAsync(Corpus.Path("scans/photo-notice-p2.jpg"), default);
        var page = doc.Pages.Single();
        Assert.Contains("纸张已裁出并校正透视", page.Reading);
        Assert.Contains("光照不均已校正", page.Reading);
        Assert.Contains("按 A4 页面估计", page.Reading);
        var text = TextNormalizer.Normalize(page.RawText, true).Replace(" ", "");
        // Read as it was, the page gave a few scattered phrases (CER 93%); squared and evened, whole lines.
        Assert.Contains("客观公正做好打击侵权假冒工作考核自我评价", text);
        Assert.Contains("省领导小组办公室会同有关成员单位", text);
    }

    [Fact]
    public void TheLightOfAFlatbedScanIsLeftAsItIs()
    {
        // A faint scan is gray all over, not darker on one side: its paper level varies by a few levels only.
        var options = new ExtractionOptions();
        var path = Path.Combine(Path.GetTempPath(), $"extraction-{Guid.NewGuid():N}");
        try
        {
            System.Diagnostics.Process.Start("pdftoppm", ["-r", "150", "-gray", "-singlefile", Corpus.Path("scans/low-xiaogan-150ppi.pdf"), path])!.WaitForExit();
            var page = Extraction.Extract.Layout.GrayImage.ReadPgm(path + ".pgm");
            var before = (byte[])page.Pixels.Clone();
            Assert.False(Extraction.Extract.Scan.UnevenLight.EvenIfUneven(page, 150, options));
            Assert.Equal(before, page.Pixels);
            Assert.Null(Extraction.Extract.Scan.PhotoSheet.Find(page));
        }
        finally { File.Delete(path + ".pgm"); }
    }

    [Fact]
    public async Task APageScannedSidewaysIsTurnedUprightBeforeItIsRead()
    {
        var doc = await Images().ExtractAsync(Corpus.Path("inbox/襄阳市/植物新品种保护培训总结（横向扫描）.png"), default);
        var text = TextNormalizer.Normalize(doc.Pages.Single().RawText, true);
        Assert.Contains("植物新品种保护培训班总结", text);
        Assert.Contains("侵犯品种权", text);
    }

    [Fact]
    public async Task EveryFrameOfAMultiPageTiffIsAPage()
    {
        var doc = await Images().ExtractAsync(Corpus.Path("inbox/宜昌市/软件正版化培训签到表（扫描件）.tif"), default);
        Assert.Equal([1, 2], doc.Pages.Select(p => p.Number));
        Assert.Contains("签到", TextNormalizer.Normalize(doc.Pages[0].RawText, true));
    }

    [Fact]
    public void TheSizeOfATiffIsReadFromItsDirectoryEvenAtTheEndOfALargeFile()
    {
        // Header, two megabytes of pixel data, then the directory: width 30000 (tag 256), height 20000 (tag 257).
        var path = Path.Combine(Path.GetTempPath(), $"extraction-{Guid.NewGuid():N}.tif");
        const int ifd = 8 + (2 << 20);
        using (var w = new BinaryWriter(File.Create(path)))
        {
            w.Write("II"u8); w.Write((ushort)42); w.Write(ifd);
            w.Write(new byte[2 << 20]);
            w.Write((ushort)2);
            w.Write((ushort)256); w.Write((ushort)4); w.Write(1); w.Write(30000);
            w.Write((ushort)257); w.Write((ushort)4); w.Write(1); w.Write(20000);
            w.Write(0);
        }
        try { Assert.Equal((30000L, 20000L), ImageHeader.Size(path)); }
        finally { File.Delete(path); }
    }

    [Fact]
    public async Task AnImageOfFourHundredMegapixelsIsRefusedBeforeDecoding()
    {
        var e = await Assert.ThrowsAsync<ExtractionException>(() => Images().ExtractAsync(Corpus.Path("bad/huge-20000x20000.png"), default));
        Assert.Contains("20000×20000", e.Message);
    }
}
