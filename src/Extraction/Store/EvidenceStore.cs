using System.Text.Json;
using Extraction.Extract;
using Microsoft.Data.Sqlite;

namespace Extraction.Store;

/// <summary>The embedded SQLite store (WAL): documents by the sha-256 of their bytes, every arrival, pages, tables and runs.
/// Writes are serialized through one connection; SQLite allows one writer at a time anyway.</summary>
public sealed class EvidenceStore : IDisposable
{
    readonly SqliteConnection connection;
    readonly Lock gate = new();

    /// <summary>The --db value that opens this store again: the SQLite file's full path, or the connection string.</summary>
    public string DatabasePath { get; }
    /// <summary>The store as a person reads it (no password).</summary>
    public string Display { get; }
    /// <summary>The content-addressed archive of originals, beside the database.</summary>
    public string ArchiveDirectory { get; }

    EvidenceStore(StoreAddress address)
    {
        DatabasePath = address.Target;
        Display = address.Display;
        ArchiveDirectory = address.ArchiveDirectory;
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
    }

    /// <summary>Opens the store a --db value names: a path (SQLite) or a PostgreSQL connection string or URL.</summary>
    public static EvidenceStore Open(string location) => Open(StoreAddress.Parse(location));

    public static EvidenceStore Open(StoreAddress address)
    {
        if (address.Engine != StoreEngine.Sqlite) throw new StoreException($"{address.Display}：PostgreSQL 证据库尚未支持");
        Directory.CreateDirectory(Path.GetDirectoryName(address.Target)!);
        var store = new EvidenceStore(address);
        store.connection.Open();
        // WAL for a reader beside the writer; a larger page cache and memory-mapped reads for the search index.
        store.Execute("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000; PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456;");
        store.Migrate();
        Directory.CreateDirectory(store.ArchiveDirectory);
        return store;
    }

    public int SchemaVersion => Convert.ToInt32(Scalar("PRAGMA user_version"));

    void Migrate()
    {
        for (int version = SchemaVersion; version < Schema.Migrations.Length; version++)
        {
            using var tx = connection.BeginTransaction();
            Execute(Schema.Migrations[version], tx);
            Execute($"PRAGMA user_version = {version + 1}", tx);
            tx.Commit();
        }
    }

    public long StartRun(string command)
    {
        lock (gate)
            return Convert.ToInt64(Scalar("INSERT INTO runs(command, started_at) VALUES ($c, $t) RETURNING id", ("$c", command), ("$t", Now)));
    }

    public void FinishRun(long run, int files, int ingested, int duplicates, int failed)
    {
        lock (gate)
            Execute("UPDATE runs SET finished_at=$t, files=$f, ingested=$i, duplicates=$d, failed=$x WHERE id=$r", null,
                ("$t", Now), ("$f", files), ("$i", ingested), ("$d", duplicates), ("$x", failed), ("$r", run));
    }

    public StoredDocument? FindDocument(string sha256)
    {
        lock (gate)
        {
            using var cmd = Command("SELECT sha256, size, format, status, error, region, archive_path, page_count FROM documents WHERE sha256=$s", null, ("$s", sha256));
            using var r = cmd.ExecuteReader();
            return r.Read() ? new StoredDocument(r.GetString(0), r.GetInt64(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), r.GetString(6), r.GetInt32(7)) : null;
        }
    }

    public List<StoredPage> Pages(string sha256)
    {
        lock (gate)
        {
            using var cmd = Command("SELECT number, source, confidence, text, raw_text, chars FROM pages WHERE sha256=$s ORDER BY number", null, ("$s", sha256));
            using var r = cmd.ExecuteReader();
            var pages = new List<StoredPage>();
            while (r.Read()) pages.Add(new StoredPage(r.GetInt32(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetDouble(2), r.GetString(3), r.GetString(4), r.GetInt32(5)));
            return pages;
        }
    }

    /// <summary>Records a document and its pages and tables in one transaction, replacing an earlier failed attempt.</summary>
    public void SaveDocument(StoredDocument document, IReadOnlyList<ExtractedPage> pages, IReadOnlyList<ExtractedTable> tables, long run)
    {
        lock (gate)
        {
            using var tx = connection.BeginTransaction();
            Execute("DELETE FROM pages WHERE sha256=$s; DELETE FROM tables WHERE sha256=$s;", tx, ("$s", document.Sha256));
            Execute("""
                INSERT INTO documents(sha256, size, format, status, error, region, archive_path, page_count, run_id, created_at, updated_at)
                VALUES ($s, $size, $f, $st, $e, $r, $a, $n, $run, $t, $t)
                ON CONFLICT(sha256) DO UPDATE SET format=$f, status=$st, error=$e, page_count=$n, run_id=$run, updated_at=$t
                """, tx, ("$s", document.Sha256), ("$size", document.Size), ("$f", document.Format), ("$st", document.Status), ("$e", document.Error),
                ("$r", document.Region), ("$a", document.ArchivePath), ("$n", pages.Count), ("$run", run), ("$t", Now));
            foreach (var p in pages)
                Execute("INSERT INTO pages(sha256, number, source, confidence, text, raw_text, chars) VALUES ($s, $n, $src, $c, $t, $raw, $chars)", tx,
                    ("$s", document.Sha256), ("$n", p.Number), ("$src", p.Source == PageSource.Ocr ? "ocr" : "text"), ("$c", p.Confidence),
                    ("$t", p.Text), ("$raw", p.RawText), ("$chars", p.Text.Count(c => !char.IsWhiteSpace(c))));
            for (int i = 0; i < tables.Count; i++)
                Execute("INSERT INTO tables(sha256, ordinal, page, rows_json) VALUES ($s, $o, $p, $j)", tx,
                    ("$s", document.Sha256), ("$o", i + 1), ("$p", tables[i].Page), ("$j", JsonSerializer.Serialize(tables[i].Rows)));
            tx.Commit();
        }
    }

    /// <summary>Records one arrival of a file: where it came from and what became of it.</summary>
    public void RecordArrival(string? sha256, string path, string relativePath, string? region, string status, string? error, long run)
    {
        lock (gate)
            Execute("INSERT INTO arrivals(sha256, path, relative_path, region, status, error, run_id, arrived_at) VALUES ($s, $p, $rp, $r, $st, $e, $run, $t)", null,
                ("$s", sha256), ("$p", path), ("$rp", relativePath), ("$r", region), ("$st", status), ("$e", error), ("$run", run), ("$t", Now));
    }

    public List<string> ArrivalPaths(string sha256)
    {
        lock (gate)
        {
            using var cmd = Command("SELECT relative_path FROM arrivals WHERE sha256=$s ORDER BY id", null, ("$s", sha256));
            using var r = cmd.ExecuteReader();
            var paths = new List<string>();
            while (r.Read()) paths.Add(r.GetString(0));
            return paths;
        }
    }

    /// <summary>Whether an arrival other than the one at relativePath was ingested with these bytes (so this one is a copy).</summary>
    public bool IngestedElsewhere(string sha256, string relativePath)
    {
        lock (gate) return Convert.ToInt64(Scalar("SELECT count(*) FROM arrivals WHERE sha256 = $s AND status = 'ok' AND relative_path <> $p",
            ("$s", sha256), ("$p", relativePath))) > 0;
    }

    public bool HasArrival(string sha256, string relativePath)
    {
        lock (gate) return Convert.ToInt64(Scalar("SELECT count(*) FROM arrivals WHERE sha256 = $s AND relative_path = $p", ("$s", sha256), ("$p", relativePath))) > 0;
    }

    /// <summary>Runs work on the store's connection under its lock (the search index builds on it).</summary>
    internal T WithConnection<T>(Func<SqliteConnection, T> work)
    {
        lock (gate) return work(connection);
    }

    /// <summary>Every arrival with what became of it: the file as the operator filed it, its document's status and error.</summary>
    public List<(string File, string? Sha256, string? Region, string Status, string? Error)> Arrivals()
    {
        lock (gate)
        {
            using var cmd = Command("SELECT relative_path, sha256, region, status, error FROM arrivals ORDER BY id", null);
            using var r = cmd.ExecuteReader();
            var list = new List<(string, string?, string?, string, string?)>();
            while (r.Read()) list.Add((r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)));
            return list;
        }
    }

    public string IntegrityCheck()
    {
        lock (gate) return Convert.ToString(Scalar("PRAGMA integrity_check")) ?? "";
    }

    public long Count(string table)
    {
        lock (gate) return Convert.ToInt64(Scalar($"SELECT count(*) FROM {table}"));
    }

    static string Now => DateTime.UtcNow.ToString("O");

    SqliteCommand Command(string sql, SqliteTransaction? tx, params (string Name, object? Value)[] args)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    void Execute(string sql, SqliteTransaction? tx = null, params (string, object?)[] args)
    {
        using var cmd = Command(sql, tx, args);
        cmd.ExecuteNonQuery();
    }

    object? Scalar(string sql, params (string, object?)[] args)
    {
        using var cmd = Command(sql, null, args);
        return cmd.ExecuteScalar();
    }

    public void Dispose() => connection.Dispose();
}
