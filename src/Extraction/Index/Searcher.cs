using Extraction.Chinese;
using Extraction.Store;

namespace Extraction.Index;

/// <summary>Searches the index (FTS5 with bm25 on SQLite, a tsvector with ts_rank_cd on PostgreSQL), words weighing more
/// than bigrams, filtered by region, format, source, type and date; each hit a page, with its snippet.</summary>
public sealed class Searcher(EvidenceStore store, ChineseAnalyzer analyzer)
{
    public List<SearchHit> Search(string query, SearchFilters filters, int limit) => Search(SearchQuery.Parse(query, analyzer), filters, limit);

    /// <summary>Words first: when the words alone fill the page of hits, the bigram and compound alternatives
    /// (the costly part on common terms) are not evaluated; otherwise the full query runs.</summary>
    public List<SearchHit> Search(SearchQuery query, SearchFilters filters, int limit)
    {
        if (query.Full.IsEmpty) return [];
        if (query.WordsFirst != query.Full && Run(query, query.WordsFirst, filters, limit) is { } quick && quick.Count >= limit) return quick;
        return Run(query, query.Full, filters, limit);
    }

    List<SearchHit> Run(SearchQuery query, TextQuery text, SearchFilters filters, int limit) =>
        store.Index.Search(text, filters, limit).Select(row =>
        {
            var (snippet, highlights) = Snippets.Make(row.Text, analyzer, query);
            return new SearchHit(row.File ?? row.Sha256, row.Sha256, filters.Region ?? row.Region, row.Page, Math.Round(row.Score, 3), snippet, highlights);
        }).ToList();
}
