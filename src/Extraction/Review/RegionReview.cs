using Extraction.Matching;
using Extraction.Reports;
using Extraction.Rulebooks;
using Extraction.Store;

namespace Extraction.Review;

/// <summary>One clause as a reviewer sees it: the rule, the machine's suggestion with its evidence and gaps, and the reviewer's latest decision (null until decided).</summary>
public sealed record ClauseReview(int Indicator, int Clause, string Title, string Text, decimal MaxPoints, decimal SuggestedPoints,
    string Status, decimal? ReviewedPoints, ReviewEntry? Decision, Suggestion Suggestion)
{
    public string Number => Labels.ClauseNumber(Indicator, Clause);
    /// <summary>The points that count: the reviewer's where decided, else the suggestion.</summary>
    public decimal Points => ReviewedPoints ?? SuggestedPoints;
    /// <summary>A clause's points lie between 0 and its maximum (negative for a deduction).</summary>
    public bool InRange(decimal points) => points >= Math.Min(0, MaxPoints) && points <= Math.Max(0, MaxPoints);
}

/// <summary>A region's review: every clause, how far review has gone, whether the region is locked (复核完成), and its log.</summary>
public sealed record RegionReview(string Region, Rulebook Rulebook, RegionAssessment Assessment, IReadOnlyList<ClauseReview> Clauses, bool Locked, ReviewEntry? LockEntry,
    IReadOnlyList<ReviewEntry> Log)
{
    public const string Decision = "decision", Complete = "complete", Unlock = "unlock";

    public int Reviewed => Clauses.Count(c => c.ReviewedPoints is not null);
    public decimal SuggestedTotal => Assessment.SuggestedTotal;
    /// <summary>The base total with the reviewers' points in place of the suggestions they decided.</summary>
    public decimal ReviewedTotal => Rulebook.Indicators.Where(i => i.Kind == IndicatorKind.Base)
        .Sum(i => ReviewedPoints(i.Number) ?? Assessment.Indicators.FirstOrDefault(x => x.Indicator == i.Number)?.Suggested ?? 0);

    /// <summary>An indicator's points with its decided clauses at the reviewer's points and its caps applied; null while
    /// no clause of it is decided.</summary>
    public decimal? ReviewedPoints(int indicator)
    {
        var own = Clauses.Where(c => c.Indicator == indicator).ToList();
        if (!own.Any(c => c.ReviewedPoints is not null) || Rulebook.Indicators.FirstOrDefault(i => i.Number == indicator) is not { } rule) return null;
        return Assessor.Capped(rule, own.Select(c => c.Suggestion with { SuggestedPoints = c.Points }).ToList());
    }

    /// <summary>Reviewed points per indicator, as the exports carry them beside the suggested ones.</summary>
    public IEnumerable<KeyValuePair<(string Region, int Indicator), decimal>> ReviewedByIndicator() =>
        Rulebook.Indicators.Select(i => (i.Number, Points: ReviewedPoints(i.Number))).Where(x => x.Points is not null)
            .Select(x => KeyValuePair.Create((Region, x.Number), x.Points!.Value));

    public ClauseReview? Find(int indicator, int clause) => Clauses.FirstOrDefault(c => c.Indicator == indicator && c.Clause == clause);

    public static RegionReview Of(Rulebook rulebook, RegionAssessment assessment, IReadOnlyList<ReviewEntry> log)
    {
        var region = log.Where(e => e.Region == assessment.Region).ToList();
        var latest = region.Where(e => e.Kind == Decision).GroupBy(e => (e.Indicator, e.Clause)).ToDictionary(g => g.Key, g => g.Last());
        var clauses = assessment.Clauses.Select(s =>
        {
            var rule = rulebook.Indicators.FirstOrDefault(i => i.Number == s.Indicator)?.Clauses.FirstOrDefault(c => c.Number == s.Clause);
            var decision = latest.GetValueOrDefault((s.Indicator, s.Clause));
            return new ClauseReview(s.Indicator, s.Clause, ClauseTitles.Short(rulebook, s.Indicator, s.Clause), rule?.Text ?? "", s.MaxPoints,
                s.SuggestedPoints, s.Status, decision?.After, decision, s);
        }).ToList();
        var lockEntry = region.LastOrDefault(e => e.Kind is Complete or Unlock);
        return new RegionReview(assessment.Region, rulebook, assessment, clauses, lockEntry?.Kind == Complete, lockEntry, region);
    }
}
