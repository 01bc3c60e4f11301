using System.Data.Common;

namespace Extraction.Store;

/// <summary>Commands with @name parameters bound one way for both engines (null as an untyped SQL NULL, whose type
/// PostgreSQL takes from its column), and readers that convert what each engine returns.</summary>
internal static class Sql
{
    public static DbCommand Command(this DbConnection connection, DbTransaction? tx, string sql, params (string Name, object? Value)[] args)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in args)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }
        return cmd;
    }

    public static int Execute(this DbConnection c, DbTransaction? tx, string sql, params (string, object?)[] args)
    {
        using var cmd = c.Command(tx, sql, args);
        return cmd.ExecuteNonQuery();
    }

    public static object? Scalar(this DbConnection c, DbTransaction? tx, string sql, params (string, object?)[] args)
    {
        using var cmd = c.Command(tx, sql, args);
        var value = cmd.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public static List<T> Query<T>(this DbConnection c, DbTransaction? tx, string sql, Func<DbDataReader, T> row, params (string, object?)[] args)
    {
        using var cmd = c.Command(tx, sql, args);
        using var r = cmd.ExecuteReader();
        var rows = new List<T>();
        while (r.Read()) rows.Add(row(r));
        return rows;
    }

    public static string? Text(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    public static long Long(this DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i));
    public static int Int(this DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i));
    public static double? Real(this DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i));

    public static string Now => DateTime.UtcNow.ToString("O");
}
