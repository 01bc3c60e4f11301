using Extraction.Store;
using Microsoft.Data.Sqlite;

namespace Extraction.Worker;

/// <summary>The worker's jobs, kept in the evidence store so that they survive a crash with the evidence they describe.</summary>
public sealed class JobStore(EvidenceStore store)
{
    static string Now => DateTime.UtcNow.ToString("O");

    /// <summary>The open job of an inbox path, if a previous run left one.</summary>
    public Job? Open(string relativePath) =>
        Query("SELECT * FROM jobs WHERE relative_path = $p AND finished_at IS NULL ORDER BY id DESC LIMIT 1", ("$p", relativePath)).FirstOrDefault();

    /// <summary>An open job for the same content whose file was written earlier: that file is the original, this one the copy.</summary>
    public Job? EarlierOpenCopy(Job job) =>
        job.Sha256 is null ? null : Query("""
            SELECT * FROM jobs WHERE sha256 = $s AND id <> $id AND finished_at IS NULL AND state NOT IN ($failed, $duplicate)
              AND (modified < $m OR (modified = $m AND relative_path < $p)) ORDER BY modified LIMIT 1
            """, ("$s", job.Sha256), ("$id", job.Id), ("$failed", Job.Failed), ("$duplicate", Job.Duplicate), ("$m", job.Modified), ("$p", job.RelativePath))
            .FirstOrDefault();

    public List<Job> AllOpen() => Query("SELECT * FROM jobs WHERE finished_at IS NULL ORDER BY id");

    public Job Create(string relativePath, string? region, string? sha256, long size, DateTime modified)
    {
        long id = Execute<long>(c =>
        {
            using var cmd = Command(c, """
                INSERT INTO jobs(relative_path, region, sha256, size, modified, state, created_at, updated_at)
                VALUES ($p, $r, $s, $z, $m, $st, $now, $now) RETURNING id
                """, ("$p", relativePath), ("$r", region), ("$s", sha256), ("$z", size), ("$m", modified.ToUniversalTime().ToString("O")),
                ("$st", Job.Discovered), ("$now", Now));
            return Convert.ToInt64(cmd.ExecuteScalar());
        });
        return Query("SELECT * FROM jobs WHERE id = $id", ("$id", id)).Single();
    }

    public void Advance(long id, string state, string? error = null) =>
        Run("UPDATE jobs SET state = $s, error = $e, updated_at = $now WHERE id = $id", ("$s", state), ("$e", error), ("$now", Now), ("$id", id));

    public void AdvanceAll(IEnumerable<long> ids, string state) =>
        Execute(c =>
        {
            using var tx = c.BeginTransaction();
            foreach (var id in ids)
            {
                using var cmd = Command(c, "UPDATE jobs SET state = $s, updated_at = $now WHERE id = $id", ("$s", state), ("$now", Now), ("$id", id));
                cmd.Transaction = tx;
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
            return 0;
        });

    /// <summary>The file has left the inbox for processed/ or failed/: the job is closed.</summary>
    public void Finish(long id, string? outcomePath) =>
        Run("UPDATE jobs SET outcome_path = $o, finished_at = $now, updated_at = $now WHERE id = $id", ("$o", outcomePath), ("$now", Now), ("$id", id));

    public Dictionary<string, int> CountByState(bool open) =>
        Execute(c =>
        {
            using var cmd = Command(c, $"SELECT state, count(*) FROM jobs WHERE finished_at IS {(open ? "" : "NOT ")}NULL GROUP BY state");
            using var r = cmd.ExecuteReader();
            var counts = new Dictionary<string, int>();
            while (r.Read()) counts[r.GetString(0)] = r.GetInt32(1);
            return counts;
        });

    public List<Job> RecentFailures(int count) =>
        Query("SELECT * FROM jobs WHERE state = $s ORDER BY updated_at DESC LIMIT $n", ("$s", Job.Failed), ("$n", count));

    public List<Job> FinishedSince(DateTime since) =>
        Query("SELECT * FROM jobs WHERE finished_at >= $t ORDER BY finished_at", ("$t", since.ToUniversalTime().ToString("O")));

    public List<Job> All() => Query("SELECT * FROM jobs ORDER BY id");

    public void SaveAssessment(string region, string json) =>
        Run("INSERT INTO assessments(region, json, updated_at) VALUES ($r, $j, $now) ON CONFLICT(region) DO UPDATE SET json = $j, updated_at = $now",
            ("$r", region), ("$j", json), ("$now", Now));

    public Dictionary<string, (string Json, string UpdatedAt)> Assessments() =>
        Execute(c =>
        {
            using var cmd = Command(c, "SELECT region, json, updated_at FROM assessments");
            using var r = cmd.ExecuteReader();
            var all = new Dictionary<string, (string, string)>();
            while (r.Read()) all[r.GetString(0)] = (r.GetString(1), r.GetString(2));
            return all;
        });

    List<Job> Query(string sql, params (string, object?)[] args) =>
        Execute(c =>
        {
            using var cmd = Command(c, sql, args);
            using var r = cmd.ExecuteReader();
            var jobs = new List<Job>();
            string? Text(string name) => r.IsDBNull(r.GetOrdinal(name)) ? null : r.GetString(r.GetOrdinal(name));
            while (r.Read())
                jobs.Add(new Job(r.GetInt64(r.GetOrdinal("id")), Text("relative_path")!, Text("region"), Text("sha256"), r.GetInt64(r.GetOrdinal("size")),
                    Text("modified")!, Text("state")!, Text("error"), Text("outcome_path"), Text("created_at")!, Text("finished_at")));
            return jobs;
        });

    T Execute<T>(Func<SqliteConnection, T> work) => store.WithConnection(work);

    void Run(string sql, params (string, object?)[] args) =>
        Execute(c =>
        {
            using var cmd = Command(c, sql, args);
            return cmd.ExecuteNonQuery();
        });

    static SqliteCommand Command(SqliteConnection c, string sql, params (string Name, object? Value)[] args)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }
}
