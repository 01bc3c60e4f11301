using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Extraction.Store;

/// <summary>The embedded store: one SQLite file in WAL mode, written through one connection under a lock (SQLite allows
/// one writer at a time anyway); other processes on the same file wait on its busy timeout.</summary>
internal sealed class SqliteDatabase : Database
{
    readonly SqliteConnection connection;
    readonly Lock gate = new();

    public SqliteDatabase(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        // WAL for a reader beside the writer; a larger page cache and memory-mapped reads for the search index.
        connection.Execute(null, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000; PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456;");
        Migrate();
    }

    public override StoreEngine Engine => StoreEngine.Sqlite;

    public override T Use<T>(Func<DbConnection, T> work)
    {
        lock (gate) return work(connection);
    }

    public int SchemaVersion => Convert.ToInt32(Scalar("PRAGMA user_version"));

    void Migrate()
    {
        for (int version = SchemaVersion; version < SqliteSchema.Migrations.Length; version++)
        {
            int step = version;
            InTransaction((c, tx) =>
            {
                // Another process opening the same new file may have run this step while this one waited for the write lock.
                if (Convert.ToInt32(c.Scalar(tx, "PRAGMA user_version")) > step) return;
                c.Execute(tx, SqliteSchema.Migrations[step]);
                c.Execute(tx, $"PRAGMA user_version = {step + 1}");
            });
        }
    }

    public override void Dispose() => connection.Dispose();
}
