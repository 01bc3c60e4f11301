using Extraction.Chinese;
using Extraction.Store;

namespace Extraction.Index;

/// <summary>Searches the index: FTS5 matches, ranked by bm25 with the words column weighing more than the bigrams,
/// filtered by region, format and source; each hit a page, with its snippet.</summary>
public sealed class Searcher(EvidenceStore store, ChineseAnalyzer analyzer)
{
    // Words are the precise signal; bigrams catch OCR-split and unknown words and count less.
    const double WordsWeight = 1.0, BigramsWeight = 0.3;

    public List<SearchHit> Search(string query, SearchFilters filters, int limit) => Search(SearchQuery.Parse(query, analyzer), filters, limit);

    public List<SearchHit> Search(SearchQuery query, SearchFilters filters, int limit)
    {
        if (query.Expression.Length == 0) return [];
        var rows = store.WithConnection(connection =>
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"""
                SELECT p.sha256, p.number, p.text, d.region, -bm25(page_index, {WordsWeight}, {BigramsWeight}) AS score,
                       (SELECT relative_path FROM arrivals a WHERE a.sha256 = p.sha256 AND ($region IS NULL OR a.region = $region) ORDER BY a.id LIMIT 1)
                FROM page_index JOIN pages p ON p.rowid = page_index.rowid JOIN documents d ON d.sha256 = p.sha256
                WHERE page_index MATCH $q
                  AND ($region IS NULL OR d.region = $region OR EXISTS (SELECT 1 FROM arrivals a WHERE a.sha256 = d.sha256 AND a.region = $region))
                  AND ($format IS NULL OR d.format = $format)
                  AND ($source IS NULL OR p.source = $source)
                ORDER BY bm25(page_index, {WordsWeight}, {BigramsWeight}) LIMIT $limit
                """;
            cmd.Parameters.AddWithValue("$q", query.Expression);
            cmd.Parameters.AddWithValue("$region", (object?)filters.Region ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$format", (object?)filters.Format ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$source", (object?)filters.Source ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$limit", limit);
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
