namespace Extraction.Matching;

/// <summary>A region's suggested scores: clause by clause, and per indicator beside the region's own score.</summary>
public sealed record RegionAssessment(string Region, decimal SuggestedTotal, decimal? SelfTotal, IReadOnlyList<Suggestion> Clauses, IReadOnlyList<IndicatorScore> Indicators);

/// <summary>An indicator's suggested points (group and indicator caps applied), its maximum, the region's own score,
/// and whether that own score is more than the evidence supports.</summary>
public sealed record IndicatorScore(int Indicator, decimal Suggested, decimal MaxPoints, decimal? SelfPoints, bool Unsupported, int NeedsReview);
