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

    public void Add(string sha256, string? region, IReadOnlyCollection<int> shingles) => db.InTransaction((c, tx) =>
    {
        var args = new (string, object?)[] { ("@s", sha256), ("@r", Key(region)), ("@h", List(shingles)), ("@n", shingles.Count) };
        c.Execute(tx, "INSERT INTO shingle_documents(sha256, region, shingles) VALUES (@s, @r, @n)", args);
        c.Execute(tx, $"INSERT INTO shingles(region, hash, sha256) SELECT @r, value, @s FROM ({Values("@h", "integer")}) v", args);
        // WHERE true: SQLite's parser needs it between an INSERT's SELECT and its ON CONFLICT.
        c.Execute(tx, $"""
            INSERT INTO shingle_frequency(region, hash, documents) SELECT @r, value, 1 FROM ({Values("@h", "integer")}) v WHERE true
            ON CONFLICT (region, hash) DO UPDATE SET documents = shingle_frequency.documents + 1
            """, args);
    });

    public void Forget(IReadOnlyCollection<string> sha256s)
    {
        if (sha256s.Count == 0) return;
        db.InTransaction((c, tx) =>
        {
            var args = new (string, object?)[] { ("@s", List(sha256s)) };
            c.Execute(tx, $"""
                UPDATE shingle_frequency SET documents = documents - x.n
                FROM (SELECT region, hash, count(*) AS n FROM shingles WHERE sha256 IN ({Values("@s", "text")}) GROUP BY region, hash) x
                WHERE shingle_frequency.region = x.region AND shingle_frequency.hash = x.hash
                """, args);
            c.Execute(tx, "DELETE FROM shingle_frequency WHERE documents <= 0");
            c.Execute(tx, $"DELETE FROM shingles WHERE sha256 IN ({Values("@s", "text")})", args);
            c.Execute(tx, $"DELETE FROM shingle_documents WHERE sha256 IN ({Values("@s", "text")})", args);
        });
    }
}
