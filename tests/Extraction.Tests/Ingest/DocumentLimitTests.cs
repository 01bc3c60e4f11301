using System.Text;
using Extraction.Chinese;
using Extraction.Extract;
using Extraction.Index;
using Extraction.Ingest;
using Extraction.Intake;
using Extraction.Reports;
using Extraction.Store;

namespace Extraction.Tests.Ingest;

/// <summary>A log or data dump dropped by mistake: stored in pages of bounded size up to the character limit, the cut
/// recorded in Chinese; a long spreadsheet goes over pages too; snippets come from a window, not the whole page.</summary>
public sealed class DocumentLimitTests : IDisposable
{
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-limit-");
    public void Dispose() => work.Delete(recursive: true);
    static readonly ExtractionOptions Small = new() { MaxDocumentChars = 300_000, MaxPageChars = 8_000 };

    static string LogLines(int bytes, int seed)
    {
        var random = new Random(seed);
        string[] words = ["工作信息", "打击侵权假冒", "执法检查", "ERROR", "request", "处理完成"];
        var text = new StringBuilder();
        while (text.Length * 2 < bytes)
            text.Append($"2019-{random.Next(1, 13):00}-{random.Next(1, 29):00} ").AppendJoin(' ', Enumerable.Range(0, 10).Select(_ => words[random.Next(words.Length)])).Append($" id={random.Next()}\n");
        return text.ToString();
    }

    async Task<(EvidenceStore Store, FileOutcome Outcome)> IngestAsync(string name, Action<string> write)
    {
        var path = Path.Combine(work.FullName, "inbox", "宜昌市", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        write(path);
        var store = EvidenceStore.Open(Path.Combine(work.FullName, "store", "extraction.db"));
        var files = InboxScanner.Scan([Path.Combine(work.FullName, "inbox")], null).ToList();
        return (store, (await new Ingestor(store, Small).IngestAsync(files, "test", null, default)).Single());
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("gb18030")]
    public async Task AHugeTextIsStoredUpToTheLimitInBoundedPagesAndTheCutIsRecorded(string encoding)
    {
        var text = LogLines(6_000_000, 3);
        var (store, outcome) = await IngestAsync("日志导出.txt",
            p => File.WriteAllBytes(p, encoding == "utf-8" ? Encoding.UTF8.GetBytes(text) : TextDecoding.Gb18030.GetBytes(text)));
        using (store)
        {
            Assert.Equal(FileOutcome.Ok, outcome.Status);
            var pages = store.Pages(outcome.Sha256!);
            Assert.All(pages, p => Assert.InRange(p.RawText.Length, 1, Small.MaxPageChars));
            Assert.Equal(Small.MaxDocumentChars, pages.Sum(p => p.RawText.Length));
            // The pages are the file's text from its start, cut at line breaks, in the right encoding.
            Assert.StartsWith(string.Concat(pages.Take(3).Select(p => p.RawText)), text);
            Assert.All(pages.Take(pages.Count - 1), p => Assert.EndsWith("\n", p.RawText));
            Assert.Contains("300,000 字符的上限", outcome.Note);
            Assert.Contains($"第 1–{pages.Count} 页", outcome.Note);
            Assert.Contains(store.Arrivals(), a => a.Sha256 == outcome.Sha256 && a.Status == FileOutcome.Ok && a.Error == outcome.Note);
        }
    }

    [Fact]
    public async Task ATextUnderTheLimitIsStoredWholeWithoutANote()
    {
        var text = LogLines(100_000, 4);
        var (store, outcome) = await IngestAsync("短日志.txt", p => File.WriteAllText(p, text));
        using (store)
        {
            Assert.Null(outcome.Note);
            Assert.Equal(text.Length, store.Pages(outcome.Sha256!).Sum(p => p.RawText.Length));
            Assert.True(store.Pages(outcome.Sha256!).Count > 1);
        }
    }

    [Fact]
    public async Task ALongSpreadsheetGoesOverPagesOfBoundedSizeEachATableOfItsRows()
    {
        var rows = new List<IReadOnlyList<object?>> { new object?[] { "序号", "经营户", "检查结果" } };
        rows.AddRange(Enumerable.Range(1, 3000).Select(i => (IReadOnlyList<object?>)new object?[] { i, $"第{i}号经营户（宜昌市某某商贸有限公司）", i % 7 == 0 ? "责令整改" : "合格" }));
        var (store, outcome) = await IngestAsync("检查台账.xlsx", p => XlsxWriter.Write(p, [new XlsxWriter.Sheet("台账", rows)]));
        using (store)
        {
            var pages = store.Pages(outcome.Sha256!);
            Assert.True(pages.Count > 5, $"{pages.Count} pages");
            Assert.All(pages, p => Assert.True(p.RawText.Length <= Small.MaxPageChars + 100, $"page {p.Number}: {p.RawText.Length}"));
            Assert.StartsWith("【台账】（续）", pages[1].RawText);
            Assert.Contains("第3000号经营户", pages[^1].RawText);
            Assert.Null(outcome.Note);
        }
    }

    [Fact]
    public void ASnippetOnAHugePageComesFromTheWindowWhereTheWordsStand()
    {
        var analyzer = new ChineseAnalyzer(DomainLexicon.Build([]));
        var filler = string.Concat(Enumerable.Repeat("经营户台账数据记录。", 200_000));
        var text = filler + "宜昌市开展知识产权执法铁拳行动" + filler;
        var query = SearchQuery.Parse("铁拳行动", analyzer);
        var (snippet, highlights) = Snippets.Make(text, analyzer, query);
        Assert.Contains("铁拳行动", snippet);
        Assert.NotEmpty(highlights);
        Assert.All(highlights, h => Assert.Contains(snippet[h[0]..h[1]], "铁拳行动"));
    }

    [Fact]
    public void PagesAreCutAtLineBreaksAndTogetherAreTheText()
    {
        var text = LogLines(200_000, 5);
        var pages = PageSplitter.Split(text, 5_000).ToList();
        Assert.Equal(text, string.Concat(pages));
        Assert.All(pages, p => Assert.InRange(p.Length, 1, 5_000));
        Assert.All(pages.Take(pages.Count - 1), p => Assert.EndsWith("\n", p));
        // A text without breaks is still cut, and a surrogate pair is never split.
        var emoji = string.Concat(Enumerable.Repeat("😀", 6_000));
        Assert.All(PageSplitter.Split(emoji, 5_001), p => Assert.False(char.IsHighSurrogate(p[^1])));
    }
}
