using Extraction.Rulebooks;

namespace Extraction.Tests.Rulebooks;

public sealed class RulebookFileTests(RulebookFixture fixture) : IClassFixture<RulebookFixture>, IDisposable
{
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-rulebook-");
    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public async Task ARulebookSurvivesTheRoundTripThroughItsFile()
    {
        var rulebook = await fixture.Get(Corpus.NoticeDocx);
        RulebookFile.Save(rulebook, work.FullName);
        var loaded = RulebookFile.Load(Path.Combine(work.FullName, RulebookFile.FileName));
        Assert.Equal(RulebookFile.Serialize(rulebook), RulebookFile.Serialize(loaded));
        Assert.False(RulebookFile.IsCorrectedByHand(work.FullName));
    }

    [Fact]
    public async Task AnEditByHandIsNoticedSoReextractionDoesNotOverwriteIt()
    {
        RulebookFile.Save(await fixture.Get(Corpus.NoticeDocx), work.FullName);
        var file = Path.Combine(work.FullName, RulebookFile.FileName);
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"points\": 0.2,", "\"points\": 0.3,"));
        Assert.True(RulebookFile.IsCorrectedByHand(work.FullName));
    }

    [Fact]
    public async Task TheCheckerSaysInChineseWhatDoesNotAddUp()
    {
        var rulebook = await fixture.Get(Corpus.NoticeDocx);
        var broken = rulebook with
        {
            Indicators = [.. rulebook.Indicators.Where(i => i.Number != 5).Select(i => i.Number == 1 ? i with { MaxPoints = 8 } : i)],
        };
        var problems = RulebookChecker.Check(broken);
        Assert.Contains("指标编号不连续：缺少第 5 项", problems);
        Assert.Contains(problems, p => p.StartsWith("指标 1 各条款最高得分合计 7 分，与分值 8 分不符"));
        Assert.Empty(RulebookChecker.Check(rulebook));
    }
}
