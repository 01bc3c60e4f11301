using Extraction.Matching;
using Extraction.Pipelines;
using Extraction.Tests.Index;
using Extraction.Understand;
using Extraction.Understand.Profiles;

namespace Extraction.Tests.Matching;

public class AssessorTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    static readonly PipelineDefinition Hubei = PipelineDefinition.Load(Path.Combine(Corpus.Root, "pipelines", "hubei-2019"));

    List<RegionDocument> Documents(string region) =>
        new DocumentFactsStore(fixture.Store).Update(new DocumentUnderstanding(Hubei))
            .Where(e => e.Region == region)
            .Select(e => new RegionDocument(e.File, e.Sha256, e.Region, e.Facts, fixture.Store.Pages(e.Sha256).Select(p => (p.Number, p.Text, p.Confidence)).ToList()))
            .ToList();

    RegionAssessment Assess(string region) => new Assessor(fixture.Rulebook, fixture.Analyzer, null, OutletLevels.From(Hubei)).Assess(region, Documents(region));

    [Fact]
    public void ATrainingWithItsNoticeSummaryAndRosterEarnsItsClauseAndCitesAllThree()
    {
        var clause = Assess("襄阳市").Clauses.Single(c => c.Indicator == 10 && c.Clause == 2);
        Assert.Equal((Suggestion.Met, 0.2m), (clause.Status, clause.SuggestedPoints));
        Assert.Equal(["培训通知", "培训总结", "人员名单"], clause.Evidence.Select(e => e.Material));
        Assert.Contains(clause.Evidence, e => e.File == "襄阳市/植物新品种保护培训人员名单.xlsx" && e.Page == 1);
        // 宜昌市's training circular, filed in 襄阳市's folder, is not cited for 襄阳市.
        Assert.DoesNotContain(clause.Evidence, e => e.File.Contains("宜打假办发"));
        var ironFist = Assess("襄阳市").Clauses.Single(c => c.Indicator == 1 && c.Clause == 1);
        Assert.DoesNotContain(ironFist.Evidence, e => e.File.Contains("〔2018〕"));
    }

    [Fact]
    public void ATrainingOnAnotherSubjectDoesNotCountAndTheMissingMaterialsAreNamed()
    {
        // 荆州市 trained on 林木种苗质量监管 (notice, summary and roster), not on 软件正版化: 9(3) finds nothing.
        var clause = Assess("荆州市").Clauses.Single(c => c.Indicator == 9 && c.Clause == 3);
        Assert.Equal((Suggestion.Missing_, 0m), (clause.Status, clause.SuggestedPoints));
        Assert.Equal(["培训通知", "培训总结", "人员名单"], clause.Missing);
    }

    [Fact]
    public void ADocumentFiledUnderTheWrongRegionDoesNotCount()
    {
        var documents = Documents("襄阳市");
        var notice = documents.Single(d => d.File.EndsWith("植物新品种保护培训通知.docx"));
        documents[documents.IndexOf(notice)] = notice with { Facts = notice.Facts with { Flags = ["misfiled"] } };
        var clause = new Assessor(fixture.Rulebook, fixture.Analyzer, null, OutletLevels.From(Hubei)).Assess("襄阳市", documents).Clauses.Single(c => c.Indicator == 10 && c.Clause == 2);
        Assert.Equal(Suggestion.Partial, clause.Status);
        // The notice is what it lacks; the kinds it asks for are all listed, the notice first.
        Assert.Equal("培训通知", clause.Missing[0]);
        Assert.Single(clause.Shortfalls, s => s.EndsWith("培训通知", StringComparison.Ordinal));
    }

    [Fact]
    public void CasesAreCountedAgainstTheThresholdAndRatesAreLeftToAReviewer()
    {
        var suggestions = Assess("襄阳市").Clauses;
        var cases = suggestions.Single(c => c.Indicator == 1 && c.Clause == 4);
        Assert.Equal((Suggestion.Met, 2m), (cases.Status, cases.SuggestedPoints));
        var rate = suggestions.Single(c => c.Indicator == 12 && c.Clause == 1);
        Assert.Equal((Suggestion.NeedsReview, 0m), (rate.Status, rate.SuggestedPoints));
    }

    [Fact]
    public void APressReportCountsAtItsOutletsLevel()
    {
        // 襄阳市's one local clipping alone: its press compilation and the web reprint are left out.
        var documents = Documents("襄阳市").Where(d => !d.File.Contains("宣传报道汇编") && !d.File.Contains("網頁轉載")).ToList();
        var local = new Assessor(fixture.Rulebook, fixture.Analyzer, null, OutletLevels.From(Hubei)).Assess("襄阳市", documents).Clauses.Single(c => c.Indicator == 1 && c.Clause == 6);
        Assert.Equal(0.1m, local.SuggestedPoints);
        // The same report carried by the provincial paper is worth the 省级 amount.
        var clipping = documents.Single(d => d.File == "襄阳市/襄阳日报 铁拳行动报道.png");
        documents[documents.IndexOf(clipping)] = clipping with { Pages = [.. clipping.Pages.Select(p => (p.Number, p.Text.Replace("本报讯", "《湖北日报》讯"), p.Confidence))] };
        var provincial = new Assessor(fixture.Rulebook, fixture.Analyzer, null, OutletLevels.From(Hubei)).Assess("襄阳市", documents).Clauses.Single(c => c.Indicator == 1 && c.Clause == 6);
        Assert.Equal(0.3m, provincial.SuggestedPoints);
    }

    [Fact]
    public void ASelfScoreAboveWhatTheEvidenceSupportsIsFlagged()
    {
        var assessment = Assess("襄阳市");
        Assert.Equal(96.5m, assessment.SelfTotal);
        var first = assessment.Indicators.Single(i => i.Indicator == 1);
        Assert.Equal(7m, first.SelfPoints);
        Assert.Equal(first.Suggested < 7m, first.Unsupported);
        Assert.True(assessment.SuggestedTotal <= 107m);
    }
}
