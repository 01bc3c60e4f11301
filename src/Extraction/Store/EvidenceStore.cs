using Extraction.Extract;

namespace Extraction.Store;

/// <summary>The evidence store, in an embedded SQLite file (the default) or on a PostgreSQL server, chosen by the --db
/// value. Every stage reaches it through its small interfaces — documents and pages, facts, the search index, the job
/// queue, assessments, the review — and never through SQL of its own.</summary>
public sealed class EvidenceStore : IDisposable
{
    readonly Database db;

    /// <summary>The --db value that opens this store again: the SQLite file's full path, or the connection string.</summary>
    public string DatabasePath { get; }
    /// <summary>The store as a person reads it (no password).</summary>
    public string Display { get; }
    /// <summary>The content-addressed archive of originals: beside a SQLite file, or the folder the workers share.</summary>
    public string ArchiveDirectory { get; }
    public StoreEngine Engine => db.Engine;

    public IDocumentStore Documents { get; }
    public IFactStore Facts { get; }
    public INearDuplicateIndex NearDuplicates { get; }
    public ISearchIndex Index { get; }
    public IJobQueue Jobs { get; }
    public IAssessmentStore Assessments { get; }
    public IReviewStore Reviews { get; }

    EvidenceStore(StoreAddress address, Database db)
    {
        this.db = db;
        DatabasePath = address.Target;
        Display = address.Display;
        ArchiveDirectory = address.ArchiveDirectory;
        Documents = new DocumentTables(db);
        Facts = new FactTable(db);
        NearDuplicates = new NearDuplicateTable(db);
        Index = db.Engine == StoreEngine.Postgres ? new PostgresSearchIndex(db) : new SqliteSearchIndex(db);
        Jobs = new JobTable(db);
        Assessments = new AssessmentTable(db);
        Reviews = new ReviewTables(db);
    }

    /// <summary>Opens the store a --db value names: a path (SQLite) or a PostgreSQL connection string or URL.</summary>
    public static EvidenceStore Open(string location) => Open(StoreAddress.Parse(location));

    /// <summary>Opens the store and brings its schema up to date (what `extraction db migrate` does alone).</summary>
    public static EvidenceStore Open(StoreAddress address)
    {
        Database db = address.Engine == StoreEngine.Postgres ? new PostgresDatabase(address.Target, address.Display) : new SqliteDatabase(address.Target);
        try { Directory.CreateDirectory(address.ArchiveDirectory); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            db.Dispose();
            throw new StoreException($"无法创建原件存档目录 {address.ArchiveDirectory}（{e.Message}）：请检查路径和权限，或用设置 Worker:Archive 指定各工作进程共享的目录", e);
        }
        return new EvidenceStore(address, db);
    }

    public int SchemaVersion => db switch
    {
        SqliteDatabase s => s.SchemaVersion,
        PostgresDatabase p => p.SchemaVersion,
        _ => 0,
    };

    /// <summary>How many schema steps this build knows for the store's engine.</summary>
    public int LatestSchemaVersion => Engine == StoreEngine.Postgres ? PostgresSchema.Migrations.Length : SqliteSchema.Migrations.Length;

    public long StartRun(string command) => Documents.StartRun(command);
    public void FinishRun(long run, int files, int ingested, int duplicates, int failed) => Documents.FinishRun(run, files, ingested, duplicates, failed);
    public StoredDocument? FindDocument(string sha256) => Documents.Find(sha256);
    public List<StoredPage> Pages(string sha256) => Documents.Pages(sha256);
    public void SaveDocument(StoredDocument document, IReadOnlyList<ExtractedPage> pages, IReadOnlyList<ExtractedTable> tables, long run) =>
        Documents.Save(document, pages, tables, run);
    public void RecordArrival(string? sha256, string path, string relativePath, string? region, string status, string? error, long run) =>
        Documents.RecordArrival(sha256, path, relativePath, region, status, error, run);
    public List<string> ArrivalPaths(string sha256) => Documents.ArrivalPaths(sha256);
    public bool IngestedElsewhere(string sha256, string relativePath) => Documents.IngestedElsewhere(sha256, relativePath);
    public bool HasArrival(string sha256, string relativePath) => Documents.HasArrival(sha256, relativePath);
    public List<Arrival> Arrivals() => Documents.Arrivals();

    /// <summary>SQLite's own check of the file; a PostgreSQL server checks its pages itself, so it is "ok" while it answers.</summary>
    public string IntegrityCheck() => Engine == StoreEngine.Sqlite ? Convert.ToString(db.Scalar("PRAGMA integrity_check")) ?? "" : Convert.ToString(db.Scalar("SELECT 'ok'")) ?? "";

    /// <summary>Folds SQLite's write-ahead log into the file (so its size is the store's); nothing to do on a server.</summary>
    public void Checkpoint()
    {
        if (Engine == StoreEngine.Sqlite) db.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    /// <summary>What the store takes on disk: the SQLite file and its log, or the server database's size.</summary>
    public long SizeOnDisk() => Engine == StoreEngine.Sqlite
        ? new[] { DatabasePath, DatabasePath + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length)
        : Convert.ToInt64(db.Scalar("SELECT pg_database_size(current_database())"));

    public long Count(string table) => Convert.ToInt64(db.Scalar($"SELECT count(*) FROM {table}"));

    public void Dispose() => db.Dispose();
}
