using System.Data.Common;

namespace Extraction.Store;

/// <summary>The jobs table. A claim is one conditional UPDATE: on PostgreSQL the row is taken with FOR UPDATE SKIP LOCKED,
/// so two workers never wait on each other; on SQLite the statement runs inside the file's single write lock.</summary>
internal sealed partial class JobTable(Database db) : IJobQueue
{
    const string Columns = "id, relative_path, region, sha256, size, modified, state, error, outcome_path, created_at, finished_at, lease_owner, lease_until";
    bool Postgres => db.Engine == StoreEngine.Postgres;

    static Job Read(DbDataReader r) => new(r.Long(0), r.GetString(1), r.Text(2), r.Text(3), r.Long(4), r.GetString(5), r.GetString(6), r.Text(7),
        r.Text(8), r.GetString(9), r.Text(10), r.Text(11), r.Text(12));

    List<Job> Query(string where, params (string, object?)[] args) => db.Query($"SELECT {Columns} FROM jobs {where}", Read, args);

    static string Until(TimeSpan lease) => DateTime.UtcNow.Add(lease).ToString("O");

    public Job? Open(string relativePath) => Query("WHERE relative_path = @p AND finished_at IS NULL", ("@p", relativePath)).FirstOrDefault();

    public Job? CreateOrClaim(string relativePath, string? region, string? sha256, long size, DateTime modified, string owner, TimeSpan lease)
    {
        // One open job per path (a partial unique index): of two workers creating it at once, one inserts and the other claims.
        db.Execute("""
            INSERT INTO jobs(relative_path, region, sha256, size, modified, state, created_at, updated_at, lease_owner, lease_until)
            VALUES (@p, @r, @s, @z, @m, @st, @now, @now, @o, @u)
            ON CONFLICT (relative_path) WHERE finished_at IS NULL DO NOTHING
            """, ("@p", relativePath), ("@r", region), ("@s", sha256), ("@z", size), ("@m", modified.ToUniversalTime().ToString("O")),
            ("@st", Job.Discovered), ("@now", Sql.Now), ("@o", owner), ("@u", Until(lease)));
        var job = Open(relativePath);
        return job is not null && Claim(job.Id, owner, lease) ? Open(relativePath) : null;
    }

    public void Discard(long id) => db.Execute("DELETE FROM jobs WHERE id = @id AND state = @s", ("@id", id), ("@s", Job.Discovered));

    public bool Claim(long id, string owner, TimeSpan lease) =>
        db.Execute($"""
            UPDATE jobs SET lease_owner = @o, lease_until = @u WHERE id = (
                SELECT id FROM jobs WHERE id = @id AND finished_at IS NULL AND (lease_owner IS NULL OR lease_owner = @o OR lease_until < @now)
                {(Postgres ? "FOR UPDATE SKIP LOCKED" : "")})
            """, ("@o", owner), ("@u", Until(lease)), ("@id", id), ("@now", Sql.Now)) == 1;

    public void Renew(string owner, TimeSpan lease) => db.InTransaction((c, tx) =>
    {
        foreach (var table in (string[])["jobs", "reassess_jobs"])
            c.Execute(tx, $"UPDATE {table} SET lease_until = @u WHERE lease_owner = @o AND finished_at IS NULL", ("@u", Until(lease)), ("@o", owner));
    });

    public void Release(string owner) => db.InTransaction((c, tx) =>
    {
        foreach (var table in (string[])["jobs", "reassess_jobs"])
            c.Execute(tx, $"UPDATE {table} SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = @o AND finished_at IS NULL", ("@o", owner));
    });

    public bool StartExtracting(Job job, string owner) => db.InTransaction((c, tx) =>
    {
        // The same bytes are read by one worker at a time: the others wait, then find them stored and call theirs a duplicate.
        if (Postgres && job.Sha256 is not null) c.Execute(tx, "SELECT pg_advisory_xact_lock(hashtext(@s))", ("@s", job.Sha256));
        var busy = job.Sha256 is not null && Convert.ToInt64(c.Scalar(tx, """
            SELECT count(*) FROM jobs WHERE sha256 = @s AND id <> @id AND finished_at IS NULL AND state = @st
              AND lease_owner IS NOT NULL AND lease_owner <> @o AND lease_until >= @now
            """, ("@s", job.Sha256), ("@id", job.Id), ("@st", Job.Extracting), ("@o", owner), ("@now", Sql.Now))) > 0;
        if (busy) return false;
        c.Execute(tx, "UPDATE jobs SET state = @s, error = NULL, updated_at = @now WHERE id = @id", ("@s", Job.Extracting), ("@now", Sql.Now), ("@id", job.Id));
        return true;
    });

    public Job? EarlierOpenCopy(Job job) =>
        job.Sha256 is null ? null : Query("""
            WHERE sha256 = @s AND id <> @id AND finished_at IS NULL AND state NOT IN (@failed, @duplicate)
              AND (modified < @m OR (modified = @m AND relative_path < @p)) ORDER BY modified LIMIT 1
            """, ("@s", job.Sha256), ("@id", job.Id), ("@failed", Job.Failed), ("@duplicate", Job.Duplicate), ("@m", job.Modified), ("@p", job.RelativePath))
            .FirstOrDefault();

    public void Advance(long id, string state, string? error = null) =>
        db.Execute("UPDATE jobs SET state = @s, error = @e, updated_at = @now WHERE id = @id", ("@s", state), ("@e", error), ("@now", Sql.Now), ("@id", id));

    public void AdvanceAll(IEnumerable<long> ids, string state) => db.InTransaction((c, tx) =>
    {
        foreach (var id in ids)
            c.Execute(tx, "UPDATE jobs SET state = @s, updated_at = @now WHERE id = @id", ("@s", state), ("@now", Sql.Now), ("@id", id));
    });

    public void Finish(long id, string? outcomePath) =>
        db.Execute("UPDATE jobs SET outcome_path = @o, finished_at = @now, updated_at = @now, lease_owner = NULL, lease_until = NULL WHERE id = @id",
            ("@o", outcomePath), ("@now", Sql.Now), ("@id", id));

    public List<Job> AllOpen() => Query("WHERE finished_at IS NULL ORDER BY id");

    public List<Job> All() => Query("ORDER BY id");

    public Dictionary<string, int> CountByState(bool open) =>
        db.Query($"SELECT state, count(*) FROM jobs WHERE finished_at IS {(open ? "" : "NOT ")}NULL GROUP BY state", r => (r.GetString(0), r.Int(1)))
            .ToDictionary(x => x.Item1, x => x.Item2);

    public List<Job> RecentFailures(int count) => Query("WHERE state = @s ORDER BY updated_at DESC LIMIT @n", ("@s", Job.Failed), ("@n", count));

    public List<Job> FinishedSince(DateTime since) =>
        Query("WHERE finished_at >= @t ORDER BY finished_at", ("@t", since.ToUniversalTime().ToString("O")));
}
