using Extraction.Extract;
using Extraction.Tests.Index;

namespace Extraction.Tests.Cli;

public sealed class ExportCommandTests(SearchFixture fixture) : IClassFixture<SearchFixture>, IDisposable
{
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-export-");
    public void Dispose() => work.Delete(recursive: true);

    async Task<ExtractedDocument> Export(string kind)
    {
        var file = Path.Combine(work.FullName, kind + ".xlsx");
        var (code, _, err) = await ExtractionProcess.Run("export", kind, "--pipeline", Path.Combine(Corpus.Root, "pipelines", "hubei-2019"),
            "--db", fixture.Store.DatabasePath, "--out", file);
        Assert.True(code == 0, err);
        return await new XlsxExtractor(new ExtractionOptions()).ExtractAsync(file, default);
    }

    [Fact]
    public async Task TheScorecardHasAnOverviewAndOneSheetPerRegionInChinese()
    {
        var book = await Export("scorecard");
        var overview = book.Tables[0].Rows;
        Assert.Equal(["地区", "建议总分", "自评总分", "1.开展商标专利行政执法工作情况"], overview[0].Take(4));
        // Regions in the pipeline's order (宜昌市, 襄阳市, 荆州市 in the province's list), not alphabetical.
        Assert.Equal(["宜昌市", "襄阳市", "荆州市"], overview.Skip(1).Select(r => r[0]));
        Assert.Equal("96.5", overview.Single(r => r[0] == "襄阳市")[2]);
        var xiangyang = book.Tables[2].Rows;
        var training = xiangyang.Single(r => r[0] == "10");
        Assert.Equal("3", training[2]);
        Assert.Equal("合计", xiangyang[^1][0]);
    }

    [Fact]
    public async Task TheAuditListsMissingMaterialsAndDocumentsThatDoNotCount()
    {
        var book = await Export("audit");
        var xiangyang = book.Tables[1].Rows;
        // 荆州市 (the last sheet) held no 软件正版化 training at all.
        Assert.Contains(book.Tables[2].Rows, r => r[0] == "缺失材料" && r[1] == "9(3)" && r[2] == "培训通知、培训总结、人员名单");
        Assert.Contains(xiangyang, r => r[0] == "文件问题" && r[1] == "襄阳市/植物新品种保护培训总结（横向扫描）.png" && r[2].StartsWith("与 襄阳市/植物新品种保护培训总结.pdf 重复"));
    }
}
