using System.Text.RegularExpressions;
using Extraction.Extract;

namespace Extraction.Tests.Extract;

public class PdfExtractorTests
{
    static readonly ExtractionOptions Options = new();
    static PdfExtractor Pdf() => new(Options, new OcrEngine(Options));

    [Fact]
    public async Task TheTextPdfAnnexComesOutAsFiveColumnRowsHoldingAllTwentyNineIndicators()
    {
        var doc = await Pdf().ExtractAsync(Corpus.Notice(Corpus.NoticeTextPdf), default);
        Assert.Equal("pdf-text", doc.Format);
        var rows = doc.Tables.SelectMany(t => t.Rows).ToList();
        Assert.All(rows, r => Assert.Equal(5, r.Count));
        Assert.Contains(rows, r => r.SequenceEqual(["考核重点", "考核内容", "评分标准", "考核单位", "分值"]));
        var numbers = rows.Select(r => Regex.Match(r[1], @"^(\d+)\.").Groups[1].Value).Where(n => n.Length > 0).Select(int.Parse).Distinct().Order();
        Assert.Equal(Enumerable.Range(1, 29), numbers);
        var first = rows.First(r => r[1].StartsWith("1."));
        Assert.Equal(("省市场监管局负责", "7"), (first[3], first[4]));
    }

    [Fact]
    public async Task TheScannedNoticeIsOcredPageByPageWithConfidence()
    {
        var doc = await Pdf().ExtractAsync(Corpus.Notice(Corpus.NoticeScan), default);
        Assert.Equal("pdf-scan", doc.Format);
        Assert.All(doc.Pages, p => Assert.Equal(PageSource.Ocr, p.Source));
        var page1 = Extraction.Chinese.TextNormalizer.Normalize(doc.Pages[0].RawText, true);
        Assert.Contains("绩效考核", page1);
        Assert.Contains("神农架林区", page1);
        Assert.InRange(doc.Pages[0].Confidence!.Value, 0.6, 1.0);
    }

    [Fact]
    public async Task AMixedPdfIsDecidedPageByPage()
    {
        var doc = await Pdf().ExtractAsync(Corpus.Path("inbox/襄阳市/铁拳行动通知及会议纪要（合并）.pdf"), default);
        Assert.Equal("pdf-mixed", doc.Format);
        Assert.Equal([PageSource.Text, PageSource.Ocr, PageSource.Ocr], doc.Pages.Select(p => p.Source));
        Assert.Contains("襄打假办发〔2019〕3号", Extraction.Chinese.TextNormalizer.Normalize(doc.Pages[0].RawText, true));
        Assert.Contains("2019年3月12日", Extraction.Chinese.TextNormalizer.Normalize(doc.Pages[1].RawText, true));
    }

    [Theory]
    [InlineData("bad/encrypted.pdf", "加密")]
    [InlineData("bad/truncated.pdf", "损坏")]
    [InlineData("bad/zero-pages.pdf", "没有任何页面")]
    public async Task ABadPdfFailsWithItsReason(string file, string reason)
    {
        var e = await Assert.ThrowsAsync<ExtractionException>(() => Pdf().ExtractAsync(Corpus.Path(file), default));
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public async Task APdfLongerThanThePageLimitIsRefusedWithTheLimit()
    {
        var options = new ExtractionOptions { MaxPages = 3 };
        var e = await Assert.ThrowsAsync<ExtractionException>(() => new PdfExtractor(options, new OcrEngine(options)).ExtractAsync(Corpus.Notice(Corpus.NoticeTextPdf), default));
        Assert.Contains("3 页", e.Message);
    }
}
