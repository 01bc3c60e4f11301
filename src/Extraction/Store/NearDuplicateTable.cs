namespace Extraction.Store;

/// <summary>The shingle tables. A list of values travels as one parameter — a JSON array for SQLite, an array for
/// PostgreSQL — so a document's thousands of shingles cost one statement, not one each.</summary>
internal sealed class NearDuplicateTable(Database db) : INearDuplicateIndex
{
    bool Postgres => db.Engine == StoreEngine.Postgres;

    // A region-less document is filed under '' (a key column cannot hold NULL).
    static string Key(string? region) => region ?? "";

    string Values(string parameter, string type) =>
        Postgres ? $"SELECT unnest({parameter}::{type}[]) AS value" : $"SELECT value FROM json_each({parameter})";

    object List<T>(IReadOnlyCollection<T> values) => Postgres ? values.ToArray() : System.Text.Json.JsonSerializer.Serialize(values);

    public Dictionary<int, int> Frequencies(string? region, IReadOnlyCollection<int> shingles) =>
        db.Query($"SELECT hash, documents FROM shingle_frequency WHERE region = @r AND documents > 0 AND hash IN ({Values("@h", "integer")})",
            r => (Hash: r.Int(0), Documents: r.Int(1)), ("@r", Key(region)), ("@h", List(shingles))).ToDictionary(f => f.Hash, f => f.Documents);

    public List<ShingledDocument> Holding(string? region, IReadOnlyCollection<int> shingles) =>
        db.Query($"""
            SELECT d.sha256, d.shingles FROM shingle_documents d
            WHERE d.sha256 IN (SELECT s.sha256 FROM shingles s WHERE s.region = @r AND s.hash IN ({Values("@h", "integer")}))
            """, r => new ShingledDocument(r.GetString(0), r.Int(1)), ("@r", Key(region)), ("@h", List(shingles)));

    public HashSet<int> ShinglesOf(string sha256) => db.Query("SELECT hash FROM shingles WHERE sha256 = @s", r => r.Int(0), ("@s", sha256)).ToHashSet();

    public void AddAll(IReadOnlyList<(string Sha256, string? Region, HashSet<int> Shingles)> documents) => db.InTransaction((c, tx) =>
    {
        // A thousand documents a statement: a full re-reading writes millions of shingles.
        foreach (var chunk in documents.Chunk(1000))
        {
            Insert(c, tx, "INSERT INTO shingle_documents(sha256, region, shingles) SELECT sha256, region, shingles FROM ({0}) d WHERE true",
                [("sha256", "text"), ("region", "text"), ("shingles", "integer")], chunk.Select(d => new object[] { d.Sha256, Key(d.Region), d.Shingles.Count }).ToList());
            var rows = chunk.SelectMany(d => d.Shingles.Select(h => new object[] { Key(d.Region), h, d.Sha256 })).ToList();
            (string, string)[] columns = [("region", "text"), ("hash", "integer"), ("sha256", "text")];
            Insert(c, tx, "INSERT INTO shingles(region, hash, sha256) SELECT region, hash, sha256 FROM ({0}) s WHERE true", columns, rows);
            Insert(c, tx, """
                INSERT INTO shingle_frequency(region, hash, documents) SELECT region, hash, count(*) FROM ({0}) s WHERE true GROUP BY region, hash
                ON CONFLICT (region, hash) DO UPDATE SET documents = shingle_frequency.documents + excluded.documents
                """, columns, rows);
        }
    });

    // Rows of several columns as one parameter each (WHERE true in the statements: SQLite's parser needs one between an
    // INSERT's SELECT and its ON CONFLICT): parallel arrays unnested by PostgreSQL, one JSON array of rows for SQLite.
    void Insert(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction tx, string sql, (string Name, string Type)[] columns, IReadOnlyList<object[]> rows)
    {
        if (Postgres)
        {
            var source = $"SELECT * FROM unnest({string.Join(", ", columns.Select((k, i) => $"@c{i}::{k.Type}[]"))}) AS t({string.Join(", ", columns.Select(k => k.Name))})";
            c.Execute(tx, string.Format(sql, source), [.. columns.Select((k, i) => ($"@c{i}", (object?)Column(rows, i, k.Type)))]);
        }
        else
        {
            var source = $"SELECT {string.Join(", ", columns.Select((k, i) => $"json_extract(value, '$[{i}]') AS {k.Name}"))} FROM json_each(@rows)";
            c.Execute(tx, string.Format(sql, source), ("@rows", System.Text.Json.JsonSerializer.Serialize(rows)));
        }
    }

    static Array Column(IReadOnlyList<object[]> rows, int i, string type) =>
        type == "integer" ? rows.Select(r => (int)r[i]).ToArray() : rows.Select(r => (string)r[i]).ToArray();

    public void Forget(IReadOnlyCollection<string> sha256s)
    {
        // New documents are in no index: checked by key first, so they never pay for the joins below (a second on PostgreSQL at 20,000).
        var indexed = sha256s.Count == 0 ? [] : db.Query($"SELECT sha256 FROM shingle_documents WHERE sha256 IN ({Values("@s", "text")})", r => r.GetString(0), ("@s", List(sha256s)));
        if (indexed.Count == 0) return;
        db.InTransaction((c, tx) =>
        {
            var args = new (string, object?)[] { ("@s", List(indexed)) };
            c.Execute(tx, $"""
                UPDATE shingle_frequency SET documents = documents - x.n
                FROM (SELECT region, hash, count(*) AS n FROM shingles WHERE sha256 IN ({Values("@s", "text")}) GROUP BY region, hash) x
                WHERE shingle_frequency.region = x.region AND shingle_frequency.hash = x.hash
                """, args);
            // Only the rows these documents touched: the whole table is the size of the store.
            c.Execute(tx, Postgres
                ? $"""
                  DELETE FROM shingle_frequency f USING (SELECT DISTINCT region, hash FROM shingles WHERE sha256 IN ({Values("@s", "text")})) x
                  WHERE f.region = x.region AND f.hash = x.hash AND f.documents <= 0
                  """
                : $"""
                  DELETE FROM shingle_frequency WHERE documents <= 0
                  AND (region, hash) IN (SELECT region, hash FROM shingles WHERE sha256 IN ({Values("@s", "text")}))
                  """, args);
            c.Execute(tx, $"DELETE FROM shingles WHERE sha256 IN ({Values("@s", "text")})", args);
            c.Execute(tx, $"DELETE FROM shingle_documents WHERE sha256 IN ({Values("@s", "text")})", args);
        });
    }
}
