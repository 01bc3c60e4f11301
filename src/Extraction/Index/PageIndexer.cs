using Extraction.Chinese;
using Extraction.Store;
using Microsoft.Data.Sqlite;

namespace Extraction.Index;

/// <summary>Keeps the search index in step with the stored pages: analyzes pages never indexed, and re-analyzes the
/// pages an analyzer with another lexicon indexed when the new lexicon's words touch them. Reads stored text only.</summary>
public sealed class PageIndexer(EvidenceStore store, ChineseAnalyzer analyzer)
{
    public sealed record Result(int Indexed, int Reindexed, int Unchanged);

    public Result Update(bool rebuild = false, IProgress<int>? progress = null) => store.WithConnection(connection =>
    {
        var pending = new List<(long RowId, string Text, bool Indexed)>();
        using (var select = connection.CreateCommand())
        {
            select.CommandText = """
                SELECT p.rowid, p.text, s.lexicon FROM pages p JOIN documents d ON d.sha256 = p.sha256
                LEFT JOIN index_state s ON s.page_rowid = p.rowid
                WHERE d.status = 'ok' AND (s.lexicon IS NULL OR s.lexicon <> $v OR $rebuild)
                """;
            select.Parameters.AddWithValue("$v", analyzer.Lexicon.Version);
            select.Parameters.AddWithValue("$rebuild", rebuild);
            using var r = select.ExecuteReader();
            while (r.Read()) pending.Add((r.GetInt64(0), r.GetString(1), !r.IsDBNull(2)));
        }
        int indexed = 0, reindexed = 0, unchanged = 0;
        using var tx = connection.BeginTransaction();
        foreach (var (rowId, text, wasIndexed) in pending)
        {
            // A page indexed under another lexicon needs new tokens only if a lexicon word occurs in it.
            if (wasIndexed && !rebuild && !analyzer.Lexicon.Terms.Any(text.Contains))
            {
                Execute(connection, tx, "UPDATE index_state SET lexicon=$v WHERE page_rowid=$r", rowId);
                unchanged++;
                continue;
            }
            var analyzed = analyzer.Analyze(text);
            if (wasIndexed) Execute(connection, tx, "DELETE FROM page_index WHERE rowid=$r", rowId);
            using (var insert = connection.CreateCommand())
            {
                insert.Transaction = tx;
                insert.CommandText = "INSERT INTO page_index(rowid, words, bigrams) VALUES ($r, $w, $b)";
                insert.Parameters.AddWithValue("$r", rowId);
                insert.Parameters.AddWithValue("$w", string.Join(' ', analyzed.Words.Select(t => t.Text)));
                insert.Parameters.AddWithValue("$b", string.Join(' ', analyzed.Bigrams.Select(t => t.Text)));
                insert.ExecuteNonQuery();
            }
            Execute(connection, tx, "INSERT INTO index_state(page_rowid, lexicon) VALUES ($r, $v) ON CONFLICT(page_rowid) DO UPDATE SET lexicon=$v", rowId);
            if (wasIndexed) reindexed++; else indexed++;
            progress?.Report(indexed + reindexed + unchanged);
        }
        tx.Commit();
        return new Result(indexed, reindexed, unchanged);
    });

    void Execute(SqliteConnection connection, SqliteTransaction tx, string sql, long rowId)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.Parameters.AddWithValue("$r", rowId);
        cmd.Parameters.AddWithValue("$v", analyzer.Lexicon.Version);
        cmd.ExecuteNonQuery();
    }
}
