using System.Text.Json;

namespace Extraction.Tests.Cli;

public sealed class RulebookCommandTests : IDisposable
{
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-rulebook-cli-");
    public void Dispose() => work.Delete(recursive: true);

    static Task<(int Code, string Out, string Err)> Run(params string[] args) => ExtractionProcess.Run(args);

    [Fact]
    public async Task ImportIntoAPipelineWritesTheRulebookWithItsRegionsAndKeepsAnEditByHand()
    {
        File.Copy(Path.Combine(Corpus.Root, "pipelines", "hubei-2019", "pipeline.json"), Path.Combine(work.FullName, "pipeline.json"));
        var (code, stdout, _) = await Run("rulebook", "import", Corpus.Notice(Corpus.NoticeDocx), "--out", work.FullName, "--json");
        Assert.Equal(0, code);
        using (var json = JsonDocument.Parse(stdout))
        {
            var root = json.RootElement;
            Assert.Equal(2019, root.GetProperty("year").GetInt32());
            Assert.Equal(107, root.GetProperty("total_points").GetDecimal());
            Assert.Equal(17, root.GetProperty("notice").GetProperty("regions").GetArrayLength());
            var first = root.GetProperty("indicators")[0];
            Assert.Equal(("一", "base", 7m), (first.GetProperty("area").GetString(), first.GetProperty("kind").GetString(), first.GetProperty("max_points").GetDecimal()));
            Assert.True(first.GetProperty("clauses")[0].GetProperty("decidable").GetBoolean());
        }

        var file = Path.Combine(work.FullName, "rulebook.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"title\": \"开展商标专利行政执法工作情况\"", "\"title\": \"人工改过的标题\""));
        var again = await Run("rulebook", "import", Corpus.Notice(Corpus.NoticeDocx), "--out", work.FullName);
        Assert.Contains("已被人工修改", again.Err);
        Assert.Contains("人工改过的标题", File.ReadAllText(file));

        var check = await Run("rulebook", "check", "--pipeline", work.FullName);
        Assert.Equal(0, check.Code);
        Assert.Contains("规则校验通过", check.Out);
    }

    [Fact]
    public async Task ShowPrintsTheTreeInChinese()
    {
        var (code, stdout, _) = await Run("rulebook", "show", "--pipeline", Path.Combine(Corpus.Root, "pipelines", "hubei-2019"));
        Assert.Equal(0, code);
        Assert.Contains("一、严格知识产权保护", stdout);
        Assert.Contains("(2) 0.2 分 [materials] 植物新品种保护培训；材料：培训通知、培训总结、人员名单", stdout);
        Assert.Contains("第(1)至(5)项合计不超过 1.5 分", stdout);
    }
}
