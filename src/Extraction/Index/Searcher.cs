using Extraction.Chinese;
using Extraction.Store;

namespace Extraction.Index;

/// <summary>Searches the index: FTS5 matches, ranked by bm25 with the words column weighing more than the bigrams,
/// filtered by region, format and source; each hit a page, with its snippet.</summary>
public sealed class Searcher(EvidenceStore store, ChineseAnalyzer analyzer)
{
    // Words are the precise signal; bigrams catch OCR-split and unknown words and count less.
    const string Ranking = "bm25(1.0, 0.3)";
    // bm25 costs about 1.5 µs a row: a query matching 90,000 pages took 150 ms to rank. Past this many matches
    // the most recently stored ones are ranked (such a query says little; a region or another word narrows it).
    const int RankedAtMost = 5000;

    public List<SearchHit> Search(string query, SearchFilters filters, int limit) => Search(SearchQuery.Parse(query, analyzer), filters, limit);

    /// <summary>Words first: when the words column alone fills the page of hits, the bigram and compound alternatives
    /// (the costly part on common terms) are not evaluated; otherwise the full query runs.</summary>
    public List<SearchHit> Search(SearchQuery query, SearchFilters filters, int limit)
    {
        if (query.Expression.Length == 0) return [];
        if (query.WordsFirst != query.Expression && Run(query, query.WordsFirst, filters, limit) is { } quick && quick.Count >= limit) return quick;
        return Run(query, query.Expression, filters, limit);
    }

    List<SearchHit> Run(SearchQuery query, string expression, SearchFilters filters, int limit)
    {
        // The newest matches (at most RankedAtMost) are ranked and cut to the limit; pages and documents are joined for the
        // rows kept, or, when a filter is given, for the rows it must see.
        bool filtered = filters.Region is not null || filters.Format is not null || filters.Source is not null
            || filters.Type is not null || filters.From is not null || filters.To is not null;
        var join = filtered ? "JOIN pages fp ON fp.rowid = page_index.rowid JOIN documents fd ON fd.sha256 = fp.sha256" : "";
        var where = filtered
            ? """
              AND ($region IS NULL OR fd.region = $region OR EXISTS (SELECT 1 FROM arrivals a WHERE a.sha256 = fd.sha256 AND a.region = $region))
              AND ($format IS NULL OR fd.format = $format)
              AND ($source IS NULL OR fp.source = $source)
              AND ($type IS NULL OR EXISTS (SELECT 1 FROM document_facts f WHERE f.sha256 = fd.sha256 AND f.type = $type))
              AND ($from IS NULL OR EXISTS (SELECT 1 FROM document_facts f WHERE f.sha256 = fd.sha256 AND f.date >= $from))
              AND ($to IS NULL OR EXISTS (SELECT 1 FROM document_facts f WHERE f.sha256 = fd.sha256 AND f.date <= $to))
              """
            : "";
        var sql = $"""
            WITH matched AS (
                SELECT page_index.rowid AS id, rank AS r FROM page_index {join}
                WHERE page_index MATCH $q AND rank MATCH '{Ranking}' {where}
                ORDER BY page_index.rowid DESC LIMIT {RankedAtMost}),
            hits AS (SELECT id, -r AS score FROM matched ORDER BY r, id LIMIT $limit)
            SELECT p.sha256, p.number, p.text, d.region, hits.score,
                   (SELECT relative_path FROM arrivals a WHERE a.sha256 = p.sha256 AND ($region IS NULL OR a.region = $region) ORDER BY a.id LIMIT 1)
            FROM hits JOIN pages p ON p.rowid = hits.id JOIN documents d ON d.sha256 = p.sha256
            ORDER BY hits.score DESC, hits.id
            """;
        var rows = store.WithConnection(connection =>
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            cmd.Bind("$q", expression);
            cmd.Bind("$region", filters.Region);
            cmd.Bind("$format", filters.Format);
            cmd.Bind("$source", filters.Source);
            cmd.Bind("$type", filters.Type);
            cmd.Bind("$from", filters.From?.ToString("yyyy-MM-dd"));
            cmd.Bind("$to", filters.To?.ToString("yyyy-MM-dd"));
            cmd.Bind("$limit", limit);
            using var r = cmd.ExecuteReader();
            var list = new List<(string Sha, int Page, string Text, string? Region, double Score, string? File)>();
            while (r.Read()) list.Add((r.GetString(0), r.GetInt32(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetDouble(4), r.IsDBNull(5) ? null : r.GetString(5)));
            return list;
        });
        return rows.Select(row =>
        {
            var (snippet, highlights) = Snippets.Make(row.Text, analyzer, query);
            return new SearchHit(row.File ?? row.Sha, row.Sha, filters.Region ?? row.Region, row.Page, Math.Round(row.Score, 3), snippet, highlights);
        }).ToList();
    }
}
