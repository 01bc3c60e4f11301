using System.Data.Common;

namespace Extraction.Store;

/// <summary>One engine's connections. The tables of the store run their SQL through it with @name parameters, which
/// both engines bind, so one statement serves both wherever their dialects agree.</summary>
internal abstract class Database : IDisposable
{
    public abstract StoreEngine Engine { get; }

    /// <summary>Runs work on a connection: SQLite's one connection under its lock; a pooled PostgreSQL connection of its own,
    /// so readers never wait behind the worker.</summary>
    public abstract T Use<T>(Func<DbConnection, T> work);

    public T InTransaction<T>(Func<DbConnection, DbTransaction, T> work) => Use(connection =>
    {
        using var tx = connection.BeginTransaction();
        var result = work(connection, tx);
        tx.Commit();
        return result;
    });

    public void InTransaction(Action<DbConnection, DbTransaction> work) => InTransaction((c, tx) => { work(c, tx); return 0; });

    public int Execute(string sql, params (string, object?)[] args) => Use(c => c.Execute(null, sql, args));

    public object? Scalar(string sql, params (string, object?)[] args) => Use(c => c.Scalar(null, sql, args));

    public List<T> Query<T>(string sql, Func<DbDataReader, T> row, params (string, object?)[] args) => Use(c => c.Query(null, sql, row, args));

    public abstract void Dispose();
}
