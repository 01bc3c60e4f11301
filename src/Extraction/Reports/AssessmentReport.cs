using Extraction.Matching;
using Extraction.Rulebooks;

namespace Extraction.Reports;

/// <summary>What every report of one assessment is made from: the rulebook, the campaign's title (forms append their
/// own name: 评分表, 抽查清单), the regions' suggestions, the files that do not count, and the day it was made.</summary>
public sealed record AssessmentReport(Rulebook Rulebook, string Title, IReadOnlyList<RegionAssessment> Regions, IReadOnlyList<FileProblem> FileProblems, DateOnly Date)
{
    /// <summary>Reviewers' decided points per region and indicator. Nothing stores decisions yet, so this is empty and
    /// the 复核得分 columns stay blank for reviewers to fill in.</summary>
    public IReadOnlyDictionary<(string Region, int Indicator), decimal> Reviewed { get; init; } = new Dictionary<(string, int), decimal>();

    /// <summary>How many readable documents each region submitted (those that count and those that do not).</summary>
    public IReadOnlyDictionary<string, int> DocumentCounts { get; init; } = new Dictionary<string, int>();

    public decimal? ReviewedPoints(string region, int indicator) => Reviewed.TryGetValue((region, indicator), out var p) ? p : null;

    public Indicator Indicator(int number) => Rulebook.Indicators.First(i => i.Number == number);
}
