using Microsoft.Data.Sqlite;

namespace Extraction.Store;

/// <summary>Binds a parameter, writing null as SQL NULL.</summary>
internal static class SqliteCommandExtensions
{
    public static void Bind(this SqliteCommand command, string name, object? value) =>
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
}
