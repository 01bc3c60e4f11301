using System.Data.Common;

namespace Extraction.Store;

/// <summary>The index in SQLite: a contentless FTS5 table of two columns (words, bigrams) holding the tokens space-joined,
/// ranked by bm25 with the words column weighing more.</summary>
internal sealed class SqliteSearchIndex(Database db) : ISearchIndex
{
    // Words are the precise signal; bigrams catch OCR-split and unknown words and count less.
    const string Ranking = "bm25(1.0, 0.3)";
    // bm25 costs about 1.5 µs a row: a query matching 90,000 pages took 150 ms to rank. Past this many matches
    // the most recently stored ones are ranked (such a query says little; a region or another word narrows it).
    const int RankedAtMost = 5000;

    public List<PendingPage> Pending(string lexicon, bool rebuild) =>
        db.Query("""
            SELECT p.rowid, p.text, s.lexicon FROM pages p JOIN documents d ON d.sha256 = p.sha256
            LEFT JOIN index_state s ON s.page_rowid = p.rowid
            WHERE d.status = 'ok' AND (s.lexicon IS NULL OR s.lexicon <> @v OR @rebuild)
            """, r => new PendingPage(r.Long(0), r.GetString(1), !r.IsDBNull(2)), ("@v", lexicon), ("@rebuild", rebuild));

    public void Write(IReadOnlyList<PageTokens> pages, string lexicon) => db.InTransaction((c, tx) =>
    {
        foreach (var page in pages)
        {
            if (page.Words is not null)
            {
                if (page.WasIndexed) c.Execute(tx, "DELETE FROM page_index WHERE rowid=@r", ("@r", page.Id));
                c.Execute(tx, "INSERT INTO page_index(rowid, words, bigrams) VALUES (@r, @w, @b)",
                    ("@r", page.Id), ("@w", string.Join(' ', page.Words)), ("@b", string.Join(' ', page.Bigrams ?? [])));
            }
            c.Execute(tx, "INSERT INTO index_state(page_rowid, lexicon) VALUES (@r, @v) ON CONFLICT(page_rowid) DO UPDATE SET lexicon=@v", ("@r", page.Id), ("@v", lexicon));
        }
    });

    public List<IndexHit> Search(TextQuery query, SearchFilters filters, int limit)
    {
        // The newest matches (at most RankedAtMost) are ranked and cut to the limit; pages and documents are joined for the
        // rows kept, or, when a filter is given, for the rows it must see.
        var join = filters.Any ? "JOIN pages fp ON fp.rowid = page_index.rowid JOIN documents fd ON fd.sha256 = fp.sha256" : "";
        var where = filters.Any
            ? """
              AND (@region IS NULL OR fd.region = @region OR EXISTS (SELECT 1 FROM arrivals a WHERE a.sha256 = fd.sha256 AND a.region = @region))
              AND (@format IS NULL OR fd.format = @format)
              AND (@source IS NULL OR fp.source = @source)
              AND (@type IS NULL OR EXISTS (SELECT 1 FROM document_facts f WHERE f.sha256 = fd.sha256 AND f.type = @type))
              AND (@from IS NULL OR EXISTS (SELECT 1 FROM document_facts f WHERE f.sha256 = fd.sha256 AND f.date >= @from))
              AND (@to IS NULL OR EXISTS (SELECT 1 FROM document_facts f WHERE f.sha256 = fd.sha256 AND f.date <= @to))
              """
            : "";
        var sql = $"""
            WITH matched AS (
                SELECT page_index.rowid AS id, rank AS r FROM page_index {join}
                WHERE page_index MATCH @q AND rank MATCH '{Ranking}' {where}
                ORDER BY page_index.rowid DESC LIMIT {RankedAtMost}),
            hits AS (SELECT id, -r AS score FROM matched ORDER BY r, id LIMIT @limit)
            SELECT p.sha256, p.number, p.text, d.region, hits.score,
                   (SELECT relative_path FROM arrivals a WHERE a.sha256 = p.sha256 AND (@region IS NULL OR a.region = @region) ORDER BY a.id LIMIT 1)
            FROM hits JOIN pages p ON p.rowid = hits.id JOIN documents d ON d.sha256 = p.sha256
            ORDER BY hits.score DESC, hits.id
            """;
        return db.Query(sql, Read, ("@q", Fts5(query)), ("@region", filters.Region), ("@format", filters.Format), ("@source", filters.Source),
            ("@type", filters.Type), ("@from", filters.From?.ToString("yyyy-MM-dd")), ("@to", filters.To?.ToString("yyyy-MM-dd")), ("@limit", limit));
    }

    internal static IndexHit Read(DbDataReader r) => new(r.GetString(0), r.Int(1), r.GetString(2), r.Text(3), Convert.ToDouble(r.GetValue(4)), r.Text(5));

    /// <summary>The query in FTS5's MATCH syntax: column filters, NEAR groups, phrases and prefixes.</summary>
    internal static string Fts5(TextQuery query) =>
        string.Join(' ', query.Clauses.Select(c => (c.Operator is null ? "" : c.Operator + " ") + "(" + string.Join(" OR ", c.Alternatives.Select(Match)) + ")"));

    static string Match(TextMatch m) => m.Kind switch
    {
        MatchKind.Near when m.Tokens.Count == 1 => $"{Column(m)} : {Quote(m.Tokens[0])}",
        MatchKind.Near => $"{Column(m)} : NEAR({string.Join(' ', m.Tokens.Select(Quote))}, {m.Tokens.Count + 2})",
        MatchKind.Phrase => $"{Column(m)} : {Quote(string.Join(' ', m.Tokens))}",
        _ => $"{Column(m)} : {Quote(m.Tokens[0])}*",
    };

    static string Column(TextMatch m) => m.Column == IndexColumn.Words ? "words" : "bigrams";

    static string Quote(string s) => "\"" + s.Replace("\"", "\"\"") + "\"";
}
