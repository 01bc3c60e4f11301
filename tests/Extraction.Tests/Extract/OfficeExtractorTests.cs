using System.Text.RegularExpressions;
using Extraction.Extract;

namespace Extraction.Tests.Extract;

public class OfficeExtractorTests
{
    static readonly ExtractionOptions Options = new();

    [Fact]
    public async Task TheDocxAnnexTableGivesTwentyNineNumberedIndicatorRows()
    {
        var doc = await new DocxExtractor(Options).ExtractAsync(Corpus.Notice(Corpus.NoticeDocx), default);
        var annex = doc.Tables.Single(t => t.Rows[0].SequenceEqual(["考核重点", "考核内容", "评分标准", "考核单位", "分值"]));
        var numbers = annex.Rows.Select(r => Regex.Match(r[1], @"^(\d+)\.").Groups[1].Value).Where(n => n.Length > 0).Select(int.Parse).ToList();
        Assert.Equal(Enumerable.Range(1, 29), numbers);
    }

    [Fact]
    public async Task AMergedAreaCellIsRepeatedOnEveryRowItSpans()
    {
        var doc = await new DocxExtractor(Options).ExtractAsync(Corpus.Notice(Corpus.NoticeDocx), default);
        var annex = doc.Tables.Single(t => t.Rows.Count > 29);
        var row10 = annex.Rows.Single(r => r[1].StartsWith("10."));
        Assert.StartsWith("一、严格", row10[0]);
        Assert.Equal("3", row10[4]);
    }

    [Fact]
    public async Task TheRosterSpreadsheetGivesItsNamesAsCells()
    {
        var doc = await new XlsxExtractor(Options).ExtractAsync(Corpus.Path("inbox/襄阳市/植物新品种保护培训人员名单.xlsx"), default);
        var rows = doc.Tables.Single().Rows;
        Assert.Equal(["序号", "姓名", "单位", "职务", "联系电话"], rows[0]);
        Assert.Contains(rows, r => r[1] == "王建国" && r[2] == "襄州区农业农村局");
        Assert.Equal(9, rows.Count);
    }

    [Fact]
    public async Task ALegacyWordFileIsConvertedByLibreOfficeAndRead()
    {
        var doc = await new OfficeConverter(Options, new DocxExtractor(Options), new XlsxExtractor(Options))
            .ExtractAsync(Corpus.Path("inbox/襄阳市/襄阳市知识产权执法典型案例.doc"), default);
        Assert.Equal("doc", doc.Format);
        Assert.Contains("侵犯注册商标专用权", doc.Pages[0].RawText);
    }

    [Fact]
    public async Task AZipBombDressedAsDocxIsRefusedBeforeItUnpacks()
    {
        var e = await Assert.ThrowsAsync<ExtractionException>(() => new DocxExtractor(Options).ExtractAsync(Corpus.Path("bad/zip-bomb.docx"), default));
        Assert.Contains("压缩炸弹", e.Message);
    }

    [Fact]
    public async Task Gb18030TextIsDecoded()
    {
        var doc = await new TextFileExtractor(new ExtractionOptions()).ExtractAsync(Corpus.Path("bad/gb18030-工作信息.txt"), default);
        Assert.Contains("铁拳", doc.Pages[0].RawText);
    }
}
