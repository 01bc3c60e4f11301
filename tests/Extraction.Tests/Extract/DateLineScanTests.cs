using Extraction.Chinese;
using Extraction.Extract;
using Extraction.Extract.Layout;
using Extraction.Understand;
using Xunit.Abstractions;

namespace Extraction.Tests.Extract;

/// <summary>The signed-date lines of corpus/scans/date-lines (built by corpus/build-date-lines.sh), each read as an operator's
/// JPEG is — ImageMagick, the scan reader, Tesseract — and its date taken as the last line of a short 公文.</summary>
public class DateLineScanTests(ITestOutputHelper output)
{
    static readonly string Folder = Corpus.Path(Path.Combine("scans", "date-lines"));

    // The letter names its year, as nearly every 公文 does, so a year the scan damaged can still be told.
    const string Letter = "关于开展2019年专项检查的通知\n各县市区：\n现将有关事项通知如下。\n特此通知。\n某某市市场监督管理局\n";

    [Fact]
    public async Task ScannedDatesWithMonthsAndDaysOfOnesAreReadRight()
    {
        var truth = File.ReadAllLines(Path.Combine(Folder, "truth.tsv")).Skip(1).Select(r => r.Split('\t')).ToList();
        var extractor = new ImageExtractor(new ExtractionOptions(), new OcrEngine(new ExtractionOptions()));
        var read = await Task.WhenAll(truth.Select(async row =>
        {
            var page = (await extractor.ExtractAsync(Path.Combine(Folder, row[0]), default)).Pages.Single();
            var text = TextNormalizer.Normalize(Letter + page.RawText, joinWrappedLines: true);
            return (File: row[0], Truth: row[1], Line: page.RawText.Trim(), Date: HeaderReader.SignedDate(text, new DateContext(text, new DateOnly(2020, 1, 6))));
        }));
        int right = read.Count(r => r.Date?.ToString("yyyy-MM-dd") == r.Truth);
        int wrong = read.Count(r => r.Date is not null && r.Date?.ToString("yyyy-MM-dd") != r.Truth);
        foreach (var r in read.Where(r => r.Date?.ToString("yyyy-MM-dd") != r.Truth))
            output.WriteLine($"{r.File} {r.Truth}: “{r.Line}” → {r.Date?.ToString("yyyy-MM-dd") ?? "未读出"}");
        output.WriteLine($"读对 {right}/{read.Length}，读错 {wrong}");
        // Before the ones were counted from their boxes, 1] 月 and ] 日 left one line in eight without a date.
        Assert.True(right >= read.Length * 0.97, $"读对 {right}/{read.Length}");
        Assert.True(wrong <= read.Length * 0.02, $"读错 {wrong}/{read.Length}");
    }

    [Theory]
    [InlineData("1]", 18, "1")]     // as narrow as one 1
    [InlineData("1", 32, "11")]     // as wide as two
    [InlineData("]", 30, "11")]
    [InlineData(":", 12, "1")]
    public void AMonthOfOnesIsCountedFromItsBox(string asRead, double width, string month)
    {
        var words = OnesInDates.Mend([Box("2019", 0, 130), Box("年", 135, 28), Box(asRead, 165, width), Box("月", 200, 22), Box("5", 225, 20), Box("日", 250, 20)]);
        Assert.Equal($"2019年{month}月5日", string.Concat(words.Select(w => w.Text)));
    }

    [Theory]
    [InlineData("月", ":日", "2019年8月1日")]
    [InlineData("月]", "日", "2019年8月1日")]
    [InlineData("月", "]天", "2019年8月]天")]   // no 日 after it: not a date's day
    public void AMarkGluedToTheDaysUnitIsOneOne(string month, string day, string date)
    {
        var words = OnesInDates.Mend([Box("2019", 0, 130), Box("年", 135, 28), Box("8", 165, 20), Box(month, 190, 25), Box(day, 220, 30)]);
        Assert.Equal(date, string.Concat(words.Select(w => w.Text)));
    }

    [Fact]
    public void OnesOnAnotherLineAreLeftAlone()
    {
        var words = OnesInDates.Mend([Box("年", 0, 28), Box("]", 30, 28, line: 1), Box("月", 60, 22, line: 1)]);
        Assert.Equal("]", words[1].Text);
    }

    static Word Box(string text, double left, double width, int line = 0) => new(text, left, 44, left + width, 83, line);
}
