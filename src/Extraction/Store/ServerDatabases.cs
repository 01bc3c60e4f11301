using Npgsql;

namespace Extraction.Store;

/// <summary>Scratch databases on a PostgreSQL server, for benchmarks that need an empty store each: made beside the
/// database a connection string names, and dropped after.</summary>
public static class ServerDatabases
{
    /// <summary>Creates an empty database and returns the connection string that reaches it.</summary>
    public static string Create(string connectionString, string name)
    {
        Admin(connectionString, $"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(connectionString) { Database = name }.ConnectionString;
    }

    public static void Drop(string connectionString, string name)
    {
        NpgsqlConnection.ClearAllPools();
        Admin(connectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    // CREATE and DROP DATABASE run outside a transaction, from the server's maintenance database.
    static void Admin(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
