namespace Extraction.Store;

/// <summary>The full-text index of the stored pages: the analyzer's words and Han bigrams of each page, written as
/// tokens already segmented (neither engine can segment Chinese), and searched with a query over those two kinds.</summary>
public interface ISearchIndex
{
    /// <summary>Pages of readable documents never indexed, or indexed under another lexicon (every page when rebuilding).</summary>
    List<PendingPage> Pending(string lexicon, bool rebuild);
    /// <summary>Writes pages' tokens in one transaction; a page without tokens keeps its tokens and is marked with the lexicon.</summary>
    void Write(IReadOnlyList<PageTokens> pages, string lexicon);
    /// <summary>The best pages for a query, ranked words before bigrams, after filters, at most limit.</summary>
    List<IndexHit> Search(TextQuery query, SearchFilters filters, int limit);
}

public sealed record PendingPage(long Id, string Text, bool Indexed);

public sealed record PageTokens(long Id, bool WasIndexed, IReadOnlyList<string>? Words, IReadOnlyList<string>? Bigrams);

/// <summary>A page that matched: its document, page number, stored text, region, score and the path it arrived under.</summary>
public sealed record IndexHit(string Sha256, int Page, string Text, string? Region, double Score, string? File);

/// <summary>Filters on a search; null means any.</summary>
public sealed record SearchFilters(string? Region = null, string? Format = null, string? Source = null,
    string? Type = null, DateOnly? From = null, DateOnly? To = null)
{
    public bool Any => Region is not null || Format is not null || Source is not null || Type is not null || From is not null || To is not null;
}
