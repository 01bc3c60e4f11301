using System.Diagnostics;
using Npgsql;

namespace Extraction.Tests.Store;

/// <summary>A real PostgreSQL 15 for the tests: initdb and pg_ctl run as the unprivileged postgres user (the tests run as
/// root here, and the server refuses root) on a free port in a temporary directory, stopped and removed afterwards.</summary>
public sealed class PostgresServer : IDisposable
{
    const string Bin = "/usr/lib/postgresql/15/bin";
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-pg-");
    int databases;

    public int Port { get; }
    string Data => Path.Combine(work.FullName, "data");

    public PostgresServer()
    {
        Port = FreePort();
        Run("chown", "postgres:postgres", work.FullName);
        AsPostgres($"{Bin}/initdb", "-D", Data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync");
        // fsync off: the tests need a server, not durability across power loss; max_connections for two workers and readers.
        AsPostgres($"{Bin}/pg_ctl", "-D", Data, "-l", Path.Combine(work.FullName, "server.log"), "-w", "-t", "60", "start",
            "-o", $"-p {Port} -k {work.FullName} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200");
    }

    /// <summary>A new, empty database on the server, as a --db value.</summary>
    public string NewDatabase()
    {
        var name = $"store{Interlocked.Increment(ref databases)}";
        using (var admin = new NpgsqlConnection(Connection("postgres")))
        {
            admin.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            cmd.ExecuteNonQuery();
        }
        return Connection(name);
    }

    string Connection(string database) => $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Timeout=30";

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try { AsPostgres($"{Bin}/pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop"); }
        finally { work.Delete(recursive: true); }
    }

    static void AsPostgres(string program, params string[] args) => Run("/usr/sbin/runuser", ["-u", "postgres", "--", program, .. args]);

    static void Run(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000)) { process.Kill(true); throw new TimeoutException($"{program} did not finish"); }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed: {stdout.Result}{stderr.Result}");
    }

    static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>One server for every test class that needs one.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
