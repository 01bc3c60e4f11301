using System.Diagnostics;

namespace Extraction.Host.Cli;

/// <summary>A PostgreSQL server of one's own, for the bench and the tests: initdb and pg_ctl in a temporary folder on a free
/// port, run as the unprivileged postgres user when started as root (the server refuses root), stopped and removed when
/// disposed. <paramref name="settings"/> are server settings (name=value) for this server only.</summary>
internal sealed class TemporaryPostgres(params string[] settings) : IDisposable
{
    const string Bin = "/usr/lib/postgresql/15/bin";
    readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("extraction-benchpg-");
    string Data => Path.Combine(folder.FullName, "data");

    /// <summary>A connection string to the server's maintenance database.</summary>
    public string ConnectionString { get; private set; } = "";

    public int Port { get; private set; }

    public TemporaryPostgres Start()
    {
        if (!File.Exists($"{Bin}/initdb")) throw new InvalidOperationException($"找不到 {Bin}/initdb：请先运行 ./bootstrap.sh 安装 PostgreSQL 15");
        int port = FreePort();
        try
        {
            if (Environment.UserName == "root") Run("chown", "postgres:postgres", folder.FullName);
            Server($"{Bin}/initdb", "-D", Data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale");
            Server($"{Bin}/pg_ctl", "-D", Data, "-l", Path.Combine(folder.FullName, "server.log"), "-w", "-t", "60", "start",
                "-o", $"-p {port} -k {folder.FullName} -c listen_addresses=127.0.0.1{string.Concat(settings.Select(x => $" -c {x}"))}");
        }
        catch
        {
            folder.Delete(recursive: true);
            throw;
        }
        Port = port;
        ConnectionString = Connection("postgres");
        return this;
    }

    /// <summary>A connection string to one of the server's databases.</summary>
    public string Connection(string database) => $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Timeout=30";

    public void Dispose()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        try { Server($"{Bin}/pg_ctl", "-D", Data, "-m", "fast", "-w", "stop"); }
        finally { folder.Delete(recursive: true); }
    }

    static void Server(string program, params string[] args)
    {
        if (Environment.UserName == "root") Run("/usr/sbin/runuser", ["-u", "postgres", "--", program, .. args]);
        else Run(program, args);
    }

    static void Run(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000)) { process.Kill(true); throw new TimeoutException($"{program} 未在 2 分钟内结束"); }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} 失败：{output.Result}{error.Result}");
    }

    /// <summary>A loopback port no one listens on now.</summary>
    internal static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
