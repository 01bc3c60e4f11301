using System.Text;

namespace Extraction.Store;

/// <summary>The index in PostgreSQL: each page's tokens as one tsvector written token by token (the 'simple' configuration's
/// idea, without letting the server's parser re-cut Chinese) — words weighted A, bigrams B after them — under a GIN index,
/// ranked by ts_rank_cd (cover density: the closer a page holds the query's tokens, the higher).</summary>
internal sealed class PostgresSearchIndex(Database db) : ISearchIndex
{
    // {D, C, B, A}: words 1.0, bigrams 0.3, as SQLite's bm25 column weights.
    const string Weights = "'{0.1, 0.1, 0.3, 1.0}'";
    const int RankedAtMost = 5000;
    // PostgreSQL keeps positions up to 16383 and 256 of them per lexeme.
    const int LastPosition = 16383, PositionsPerLexeme = 256;

    public List<PendingPage> Pending(string lexicon, bool rebuild) =>
        db.Query("""
            SELECT p.id, p.text, s.lexicon FROM pages p JOIN documents d ON d.sha256 = p.sha256
            LEFT JOIN page_index s ON s.page_id = p.id
            WHERE d.status = 'ok' AND (s.lexicon IS NULL OR s.lexicon <> @v OR @rebuild)
            """, r => new PendingPage(r.Long(0), r.GetString(1), !r.IsDBNull(2)), ("@v", lexicon), ("@rebuild", rebuild));

    public void Write(IReadOnlyList<PageTokens> pages, string lexicon) => db.InTransaction((c, tx) =>
    {
        foreach (var page in pages)
            if (page.Words is null) c.Execute(tx, "UPDATE page_index SET lexicon = @v WHERE page_id = @r", ("@v", lexicon), ("@r", page.Id));
            else c.Execute(tx, """
                INSERT INTO page_index(page_id, lexicon, tokens) VALUES (@r, @v, @t::tsvector)
                ON CONFLICT (page_id) DO UPDATE SET lexicon = @v, tokens = @t::tsvector
                """, ("@r", page.Id), ("@v", lexicon), ("@t", Vector(page.Words, page.Bigrams ?? [])));
    });

    public List<IndexHit> Search(TextQuery query, SearchFilters filters, int limit)
    {
        var join = filters.Any ? "JOIN pages fp ON fp.id = i.page_id JOIN documents fd ON fd.sha256 = fp.sha256" : "";
        var where = filters.Any
            ? """
              AND (@region::text IS NULL OR fd.region = @region::text OR EXISTS (SELECT 1 FROM arrivals a WHERE a.sha256 = fd.sha256 AND a.region = @region::text))
              AND (@format::text IS NULL OR fd.format = @format::text)
              AND (@source::text IS NULL OR fp.source = @source::text)
              AND (@type::text IS NULL OR EXISTS (SELECT 1 FROM document_facts f WHERE f.sha256 = fd.sha256 AND f.type = @type::text))
              AND (@from::text IS NULL OR EXISTS (SELECT 1 FROM document_facts f WHERE f.sha256 = fd.sha256 AND f.date >= @from::text))
              AND (@to::text IS NULL OR EXISTS (SELECT 1 FROM document_facts f WHERE f.sha256 = fd.sha256 AND f.date <= @to::text))
              """
            : "";
        var sql = $"""
            WITH matched AS (
                SELECT i.page_id AS id, i.tokens FROM page_index i {join}
                WHERE i.tokens @@ @q::tsquery {where}
                ORDER BY i.page_id DESC LIMIT {RankedAtMost}),
            hits AS (SELECT id, ts_rank_cd({Weights}, tokens, @q::tsquery) AS score FROM matched ORDER BY score DESC, id LIMIT @limit)
            SELECT p.sha256, p.number, p.text, d.region, hits.score,
                   (SELECT relative_path FROM arrivals a WHERE a.sha256 = p.sha256 AND (@region::text IS NULL OR a.region = @region::text) ORDER BY a.id LIMIT 1)
            FROM hits JOIN pages p ON p.id = hits.id JOIN documents d ON d.sha256 = p.sha256
            ORDER BY hits.score DESC, hits.id
            """;
        return db.Query(sql, SqliteSearchIndex.Read, ("@q", TsQuery(query)), ("@region", filters.Region), ("@format", filters.Format), ("@source", filters.Source),
            ("@type", filters.Type), ("@from", filters.From?.ToString("yyyy-MM-dd")), ("@to", filters.To?.ToString("yyyy-MM-dd")), ("@limit", limit));
    }

    /// <summary>A tsvector literal: every token at its position, words (A) first and bigrams (B) after them, so that the
    /// bigrams of a phrase sit in a row as in FTS5's bigrams column.</summary>
    internal static string Vector(IReadOnlyList<string> words, IReadOnlyList<string> bigrams)
    {
        var positions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string token, int position, char weight)
        {
            if (token.Length == 0) return;
            if (!positions.TryGetValue(token, out var list)) positions[token] = list = [];
            if (list.Count < PositionsPerLexeme) list.Add($"{Math.Min(position, LastPosition)}{weight}");
        }
        for (int i = 0; i < words.Count; i++) Add(words[i], i + 1, 'A');
        for (int i = 0; i < bigrams.Count; i++) Add(bigrams[i], words.Count + i + 1, 'B');
        var sb = new StringBuilder();
        foreach (var (token, list) in positions)
            sb.Append(Lexeme(token)).Append(':').Append(string.Join(',', list.Distinct())).Append(' ');
        return sb.ToString();
    }

    /// <summary>The query as tsquery: a NEAR group as all its words (ts_rank_cd rewards them close), a phrase with &lt;-&gt;,
    /// a prefix with :*; AND, OR and NOT as &amp;, | and &amp; !.</summary>
    internal static string TsQuery(TextQuery query)
    {
        var sb = new StringBuilder();
        foreach (var clause in query.Clauses)
        {
            sb.Append(clause.Operator switch { null => "", "OR" => " | ", "NOT" => " & !", _ => " & " });
            sb.Append('(').Append(string.Join(" | ", clause.Alternatives.Select(Match))).Append(')');
        }
        return sb.ToString();
    }

    static string Match(TextMatch m)
    {
        var weight = m.Column == IndexColumn.Words ? "A" : "B";
        return m.Kind switch
        {
            MatchKind.Near => "(" + string.Join(" & ", m.Tokens.Select(t => $"{Lexeme(t)}:{weight}")) + ")",
            MatchKind.Phrase => "(" + string.Join(" <-> ", m.Tokens.Select(t => $"{Lexeme(t)}:{weight}")) + ")",
            _ => $"{Lexeme(m.Tokens[0])}:*{weight}",
        };
    }

    static string Lexeme(string token) => "'" + token.Replace("\\", "\\\\").Replace("'", "''") + "'";
}
