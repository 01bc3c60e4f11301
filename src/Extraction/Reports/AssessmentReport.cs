using Extraction.Matching;
using Extraction.Rulebooks;

namespace Extraction.Reports;

/// <summary>What every report of one assessment is made from: the rulebook, the campaign's title (forms append their
/// own name: 评分表, 抽查清单), the regions' suggestions, the files that do not count, and the day it was made.</summary>
public sealed record AssessmentReport(Rulebook Rulebook, string Title, IReadOnlyList<RegionAssessment> Regions, IReadOnlyList<FileProblem> FileProblems, DateOnly Date)
{
    /// <summary>Reviewers' decided points per region and indicator, from the review log; an indicator no reviewer has
    /// decided is absent, and its 复核得分 cell stays blank.</summary>
    public IReadOnlyDictionary<(string Region, int Indicator), decimal> Reviewed { get; init; } = new Dictionary<(string, int), decimal>();

    /// <summary>How many readable documents each region submitted (those that count and those that do not).</summary>
    public IReadOnlyDictionary<string, int> DocumentCounts { get; init; } = new Dictionary<string, int>();

    public decimal? ReviewedPoints(string region, int indicator) => Reviewed.TryGetValue((region, indicator), out var p) ? p : null;

    public Indicator Indicator(int number) => Rulebook.Indicators.First(i => i.Number == number);

    /// <summary>The report of a campaign: its form title from the pipeline, the files that do not count and the documents
    /// per region (folder names resolved to the pipeline's regions), and the reviewers' points.</summary>
    public static AssessmentReport Of(Rulebook rulebook, Pipelines.PipelineDefinition? pipeline, IReadOnlyList<RegionAssessment> regions,
        IReadOnlyList<Understand.DocumentFactsStore.Entry> facts, IEnumerable<Store.Arrival> arrivals, IReadOnlyDictionary<(string Region, int Indicator), decimal> reviewed)
    {
        string? regionOf(string? folder) => folder is null ? null : pipeline?.RegionForFolder(folder) ?? folder;
        return new AssessmentReport(rulebook, pipeline?.ShortTitle ?? pipeline?.Title ?? rulebook.Notice.Title ?? "绩效考核", regions,
            Reports.FileProblems.From(facts, arrivals, regionOf), DateOnly.FromDateTime(DateTime.Now))
        {
            Reviewed = reviewed,
            DocumentCounts = facts.GroupBy(f => regionOf(f.Region) ?? "").ToDictionary(g => g.Key, g => g.Count()),
        };
    }
}
