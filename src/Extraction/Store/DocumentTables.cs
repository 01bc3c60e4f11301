using System.Data.Common;
using System.Text.Json;
using Extraction.Extract;

namespace Extraction.Store;

/// <summary>The documents, pages, tables, arrivals and runs tables, in SQL both engines speak.</summary>
internal sealed class DocumentTables(Database db) : IDocumentStore
{
    public long StartRun(string command) =>
        Convert.ToInt64(db.Scalar("INSERT INTO runs(command, started_at) VALUES (@c, @t) RETURNING id", ("@c", command), ("@t", Sql.Now)));

    public void FinishRun(long run, int files, int ingested, int duplicates, int failed) =>
        db.Execute("UPDATE runs SET finished_at=@t, files=@f, ingested=@i, duplicates=@d, failed=@x WHERE id=@r",
            ("@t", Sql.Now), ("@f", files), ("@i", ingested), ("@d", duplicates), ("@x", failed), ("@r", run));

    public StoredDocument? Find(string sha256) =>
        db.Query("SELECT sha256, size, format, status, error, region, archive_path, page_count FROM documents WHERE sha256=@s",
            r => new StoredDocument(r.GetString(0), r.Long(1), r.Text(2), r.GetString(3), r.Text(4), r.Text(5), r.GetString(6), r.Int(7)), ("@s", sha256))
        .FirstOrDefault();

    public List<StoredPage> Pages(string sha256) =>
        db.Query("SELECT number, source, confidence, text, raw_text, chars FROM pages WHERE sha256=@s ORDER BY number",
            r => new StoredPage(r.Int(0), r.GetString(1), r.Real(2), r.GetString(3), r.GetString(4), r.Int(5)), ("@s", sha256));

    public void Save(StoredDocument document, IReadOnlyList<ExtractedPage> pages, IReadOnlyList<ExtractedTable> tables, long run) =>
        SaveAll([(document, pages, tables)], run);

    public void SaveAll(IReadOnlyList<(StoredDocument Document, IReadOnlyList<ExtractedPage> Pages, IReadOnlyList<ExtractedTable> Tables)> documents, long run) =>
        db.InTransaction((c, tx) =>
        {
            foreach (var (document, pages, tables) in documents) Save(c, tx, document, pages, tables, run);
        });

    static void Save(DbConnection c, DbTransaction tx, StoredDocument document, IReadOnlyList<ExtractedPage> pages, IReadOnlyList<ExtractedTable> tables, long run)
    {
        c.Execute(tx, "DELETE FROM pages WHERE sha256=@s", ("@s", document.Sha256));
        c.Execute(tx, "DELETE FROM tables WHERE sha256=@s", ("@s", document.Sha256));
        c.Execute(tx, """
            INSERT INTO documents(sha256, size, format, status, error, region, archive_path, page_count, run_id, created_at, updated_at)
            VALUES (@s, @size, @f, @st, @e, @r, @a, @n, @run, @t, @t)
            ON CONFLICT(sha256) DO UPDATE SET format=@f, status=@st, error=@e, page_count=@n, run_id=@run, updated_at=@t
            """, ("@s", document.Sha256), ("@size", document.Size), ("@f", document.Format), ("@st", document.Status), ("@e", document.Error),
            ("@r", document.Region), ("@a", document.ArchivePath), ("@n", pages.Count), ("@run", run), ("@t", Sql.Now));
        foreach (var p in pages)
            c.Execute(tx, "INSERT INTO pages(sha256, number, source, confidence, text, raw_text, chars) VALUES (@s, @n, @src, @c, @t, @raw, @chars)",
                ("@s", document.Sha256), ("@n", p.Number), ("@src", p.Source == PageSource.Ocr ? "ocr" : "text"), ("@c", p.Confidence),
                ("@t", p.Text), ("@raw", p.RawText), ("@chars", p.Text.Count(ch => !char.IsWhiteSpace(ch))));
        for (int i = 0; i < tables.Count; i++)
            c.Execute(tx, "INSERT INTO tables(sha256, ordinal, page, rows_json) VALUES (@s, @o, @p, @j)",
                ("@s", document.Sha256), ("@o", i + 1), ("@p", tables[i].Page), ("@j", JsonSerializer.Serialize(tables[i].Rows)));
    }

    public void RecordArrival(string? sha256, string path, string relativePath, string? region, string status, string? error, long run) =>
        db.Execute("INSERT INTO arrivals(sha256, path, relative_path, region, status, error, run_id, arrived_at) VALUES (@s, @p, @rp, @r, @st, @e, @run, @t)",
            ("@s", sha256), ("@p", path), ("@rp", relativePath), ("@r", region), ("@st", status), ("@e", error), ("@run", run), ("@t", Sql.Now));

    public List<string> ArrivalPaths(string sha256) =>
        db.Query("SELECT relative_path FROM arrivals WHERE sha256=@s ORDER BY id", r => r.GetString(0), ("@s", sha256));

    public bool IngestedElsewhere(string sha256, string relativePath) =>
        Convert.ToInt64(db.Scalar("SELECT count(*) FROM arrivals WHERE sha256 = @s AND status = 'ok' AND relative_path <> @p", ("@s", sha256), ("@p", relativePath))) > 0;

    public bool HasArrival(string sha256, string relativePath) =>
        Convert.ToInt64(db.Scalar("SELECT count(*) FROM arrivals WHERE sha256 = @s AND relative_path = @p", ("@s", sha256), ("@p", relativePath))) > 0;

    public Arrival? ArrivalSince(string sha256, string relativePath, string since) =>
        db.Query("SELECT relative_path, sha256, region, status, error FROM arrivals WHERE sha256 = @s AND relative_path = @p AND arrived_at >= @t ORDER BY id DESC LIMIT 1",
            r => new Arrival(r.GetString(0), r.Text(1), r.Text(2), r.GetString(3), r.Text(4)), ("@s", sha256), ("@p", relativePath), ("@t", since)).FirstOrDefault();

    public List<Arrival> Arrivals() =>
        db.Query("SELECT relative_path, sha256, region, status, error FROM arrivals ORDER BY id",
            r => new Arrival(r.GetString(0), r.Text(1), r.Text(2), r.GetString(3), r.Text(4)));

    // Joins, not a subquery per document: read on every batch, this is one pass over each table on both engines.
    public List<ReadableDocument> Readable() =>
        db.Query("""
            SELECT d.sha256, d.region, a.relative_path, o.sha256 IS NOT NULL
            FROM documents d
            LEFT JOIN (SELECT sha256, min(id) AS id FROM arrivals GROUP BY sha256) f ON f.sha256 = d.sha256
            LEFT JOIN arrivals a ON a.id = f.id
            LEFT JOIN (SELECT DISTINCT sha256 FROM pages WHERE confidence IS NOT NULL) o ON o.sha256 = d.sha256
            WHERE d.status = 'ok' ORDER BY d.created_at, d.sha256
            """, r => new ReadableDocument(r.GetString(0), r.Text(1), r.Text(2) ?? r.GetString(0), Convert.ToBoolean(r.GetValue(3))));
}
