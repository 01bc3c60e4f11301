using System.Data.Common;
using Npgsql;

namespace Extraction.Store;

/// <summary>The server store: PostgreSQL through a pooled data source; every call takes a connection of its own, so any
/// number of workers and readers work side by side.</summary>
internal sealed class PostgresDatabase : Database
{
    readonly NpgsqlDataSource source;

    public PostgresDatabase(string connectionString, string display)
    {
        source = NpgsqlDataSource.Create(connectionString);
        try { Migrate(); }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            source.Dispose();
            throw new StoreException($"无法连接 {display}（{e.Message}）：请确认数据库服务已启动、连接串中的主机、端口、数据库名和用户无误", e);
        }
    }

    public override StoreEngine Engine => StoreEngine.Postgres;

    public override T Use<T>(Func<DbConnection, T> work)
    {
        using var connection = source.OpenConnection();
        return work(connection);
    }

    public int SchemaVersion => Convert.ToInt32(Scalar("SELECT coalesce(max(version), 0) FROM store_schema"));

    // Several workers may start at once: an advisory lock lets one of them migrate while the others wait.
    void Migrate() => InTransaction((c, tx) =>
    {
        c.Execute(tx, "SELECT pg_advisory_xact_lock(1201)");
        c.Execute(tx, "CREATE TABLE IF NOT EXISTS store_schema (version integer PRIMARY KEY, applied_at text NOT NULL)");
        int current = Convert.ToInt32(c.Scalar(tx, "SELECT coalesce(max(version), 0) FROM store_schema"));
        for (int version = current; version < PostgresSchema.Migrations.Length; version++)
        {
            c.Execute(tx, PostgresSchema.Migrations[version]);
            c.Execute(tx, "INSERT INTO store_schema(version, applied_at) VALUES (@v, @t)", ("@v", version + 1), ("@t", Sql.Now));
        }
    });

    public override void Dispose() => source.Dispose();
}
