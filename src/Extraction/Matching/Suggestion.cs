namespace Extraction.Matching;

/// <summary>What the evidence supports for one clause in one region, with the documents and pages it rests on.</summary>
public sealed record Suggestion(
    int Indicator, int Clause, decimal MaxPoints, decimal SuggestedPoints, string Status,
    IReadOnlyList<Evidence> Evidence, IReadOnlyList<string> Missing, string Reason, double Confidence)
{
    public decimal? SelfPoints { get; init; }
    /// <summary>What is missing, as kind + subject, one sentence each (缺少：宣传报道工作方案); empty only when the clause
    /// is at its maximum or left to a reviewer.</summary>
    public IReadOnlyList<string> Shortfalls { get; init; } = [];
    /// <summary>For each requirement met, the document that met it and why (标题点明…；经“印发”附带工作方案).</summary>
    public IReadOnlyList<string> Explanations { get; init; } = [];
    public const string Met = "met", Partial = "partial", Missing_ = "missing", NeedsReview = "needs_review";
}

/// <summary>A page that supports a clause: which file, which page, as which material, with the words that matched.</summary>
public sealed record Evidence(string File, int Page, string? Material, string Snippet);
