using Extraction.Store;

namespace Extraction.Host.Cli;

/// <summary>Where a bench keeps its empty stores: SQLite files in its temporary folder (the default), or scratch databases
/// on PostgreSQL — on the server a --db connection string names, or on a temporary server of its own (--engine postgres).</summary>
internal sealed class BenchStores : IDisposable
{
    readonly string work;
    readonly string? server;
    readonly TemporaryPostgres? own;
    readonly List<string> made = [];

    BenchStores(string work, string? server, TemporaryPostgres? own) => (this.work, this.server, this.own) = (work, server, own);

    public static BenchStores Create(string work, string? engine, string? db)
    {
        if (db is not null)
        {
            var address = StoreAddress.Parse(db);
            if (address.Engine != StoreEngine.Postgres) throw new InvalidOperationException("基准的 --db 应为 PostgreSQL 连接串（Host=…;Database=…）；SQLite 为默认，无需指定");
            return new BenchStores(work, address.Target, null);
        }
        if (engine is null or "sqlite") return new BenchStores(work, null, null);
        if (engine != "postgres") throw new InvalidOperationException($"未知的 --engine {engine}：应为 sqlite 或 postgres");
        var own = new TemporaryPostgres().Start();
        return new BenchStores(work, own.ConnectionString, own);
    }

    public string Engine => server is null ? "SQLite" : "PostgreSQL";

    /// <summary>A new, empty store named for what it holds.</summary>
    public EvidenceStore Open(string name)
    {
        var archive = Path.Combine(work, name + ".archive");
        if (server is null) return EvidenceStore.Open(StoreAddress.Parse(Path.Combine(work, name + ".db"), archive));
        var database = $"extraction_bench_{Environment.ProcessId}_{name.Replace('-', '_')}";
        var connection = ServerDatabases.Create(server, database);
        made.Add(database);
        return EvidenceStore.Open(StoreAddress.Parse(connection, archive));
    }

    public void Dispose()
    {
        try
        {
            if (server is not null) foreach (var database in made) ServerDatabases.Drop(server, database);
        }
        finally { own?.Dispose(); }
    }
}
