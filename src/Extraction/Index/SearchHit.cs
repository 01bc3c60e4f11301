namespace Extraction.Index;

/// <summary>A page that answers a query: its document, where it arrived, its score, and a snippet with highlights
/// ([start, end) in the snippet).</summary>
public sealed record SearchHit(string File, string Sha256, string? Region, int Page, double Score, string Snippet, IReadOnlyList<int[]> Highlights);

/// <summary>Filters on a search; null means any.</summary>
public sealed record SearchFilters(string? Region = null, string? Format = null, string? Source = null,
    string? Type = null, DateOnly? From = null, DateOnly? To = null);
