using Extraction.Host.Cli;
using Npgsql;

namespace Extraction.Tests.Store;

/// <summary>A real PostgreSQL 15 for the tests, the one the bench starts too (initdb and pg_ctl as the unprivileged postgres
/// user on a free port in a temporary directory, removed afterwards); fsync off, since the tests need a server, not
/// durability across power loss, and connections enough for two workers and readers.</summary>
public sealed class PostgresServer : IDisposable
{
    readonly TemporaryPostgres server = new TemporaryPostgres("fsync=off", "max_connections=200").Start();
    int databases;

    public int Port => server.Port;

    /// <summary>A new, empty database on the server, as a --db value.</summary>
    public string NewDatabase()
    {
        var name = $"store{Interlocked.Increment(ref databases)}";
        using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            admin.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            cmd.ExecuteNonQuery();
        }
        return server.Connection(name);
    }

    public void Dispose() => server.Dispose();
}

/// <summary>One server for every test class that needs one.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
