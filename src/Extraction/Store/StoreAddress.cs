using Npgsql;

namespace Extraction.Store;

/// <summary>Which engine a store lives in.</summary>
public enum StoreEngine { Sqlite, Postgres }

/// <summary>Where a store is: a path means an embedded SQLite file; a connection string (Host=…;Database=…) or a
/// postgres:// URL means a PostgreSQL server. The archive of originals is beside a SQLite file, or a folder every
/// worker shares for a server store.</summary>
public sealed record StoreAddress(StoreEngine Engine, string Target, string ArchiveDirectory)
{
    /// <summary>What a person reads: the file's path, or the server and database without the password.</summary>
    public string Display => Engine == StoreEngine.Sqlite ? Target : Describe(Target);

    public static StoreAddress Parse(string db, string? archive = null)
    {
        if (IsUrl(db)) return Server(FromUrl(db), archive);
        if (IsConnectionString(db)) return Server(db, archive);
        var path = Path.GetFullPath(db);
        return new StoreAddress(StoreEngine.Sqlite, path, archive is not null ? Path.GetFullPath(archive)
            : Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + ".archive"));
    }

    // A server store has no file to sit beside: without a shared folder given, the archive is in the working directory.
    static StoreAddress Server(string connectionString, string? archive)
    {
        try { _ = new NpgsqlConnectionStringBuilder(connectionString); }
        catch (ArgumentException e) { throw new StoreException($"PostgreSQL 连接串无法识别（{e.Message}）：应写作 Host=服务器;Port=5432;Database=extraction;Username=用户，或 postgres://用户@服务器:5432/extraction"); }
        return new StoreAddress(StoreEngine.Postgres, connectionString, Path.GetFullPath(archive ?? Path.Combine(Environment.CurrentDirectory, "extraction.archive")));
    }

    static bool IsUrl(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    // Key=value pairs whose first key is one Npgsql knows; a file name with '=' in it stays a file name.
    static readonly string[] Keys = ["host", "server", "database", "port", "username", "user id", "userid", "user", "password", "sslmode"];

    static bool IsConnectionString(string db)
    {
        int eq = db.IndexOf('=');
        return eq > 0 && Keys.Contains(db[..eq].Trim().ToLowerInvariant());
    }

    static string FromUrl(string url)
    {
        var uri = new Uri(url);
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host, Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) };
        if (uri.Port > 0) builder.Port = uri.Port;
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
        }
        return builder.ConnectionString;
    }

    static string Describe(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL {b.Host}:{b.Port}/{b.Database}";
    }
}
