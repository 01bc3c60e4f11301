namespace Extraction.Index;

/// <summary>A page that answers a query: its document, where it arrived, its score, and a snippet with highlights
/// ([start, end) in the snippet).</summary>
public sealed record SearchHit(string File, string Sha256, string? Region, int Page, double Score, string Snippet, IReadOnlyList<int[]> Highlights);
