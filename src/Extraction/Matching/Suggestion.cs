namespace Extraction.Matching;

/// <summary>What the evidence supports for one clause in one region, with the documents and pages it rests on.</summary>
public sealed record Suggestion(
    int Indicator, int Clause, decimal MaxPoints, decimal SuggestedPoints, string Status,
    IReadOnlyList<Evidence> Evidence, IReadOnlyList<string> Missing, string Reason, double Confidence)
{
    public decimal? SelfPoints { get; init; }
    public const string Met = "met", Partial = "partial", Missing_ = "missing", NeedsReview = "needs_review";
}

/// <summary>A page that supports a clause: which file, which page, as which material, with the words that matched.</summary>
public sealed record Evidence(string File, int Page, string? Material, string Snippet);
