using System.Data.Common;

namespace Extraction.Store;

/// <summary>The reassess_jobs table: one open row per region (a partial unique index), so requests for a region that
/// arrive while it waits or runs fold into one assessment.</summary>
internal sealed partial class JobTable
{
    const string ReassessColumns = "id, region, requests, not_before, latest, created_at, finished_at, lease_owner, lease_until, error";

    static ReassessJob ReadReassess(DbDataReader r) => new(r.Long(0), r.GetString(1), r.Int(2), r.GetString(3), r.GetString(4), r.GetString(5),
        r.Text(6), r.Text(7), r.Text(8), r.Text(9));

    static string At(DateTime moment) => moment.ToUniversalTime().ToString("O");

    public void RequestReassessment(string region, TimeSpan delay, TimeSpan maxWait)
    {
        var now = DateTime.UtcNow;
        // A later request moves the open job's time to its own, but a stream of requests never past the first one's latest.
        db.Execute("""
            INSERT INTO reassess_jobs(region, requests, not_before, latest, created_at, updated_at)
            VALUES (@r, 1, @nb, @latest, @now, @now)
            ON CONFLICT (region) WHERE finished_at IS NULL DO UPDATE SET requests = reassess_jobs.requests + 1, updated_at = @now,
                not_before = CASE WHEN excluded.not_before < reassess_jobs.latest THEN excluded.not_before ELSE reassess_jobs.latest END
            """, ("@r", region), ("@nb", At(now + delay)), ("@latest", At(now + (maxWait > delay ? maxWait : delay))), ("@now", At(now)));
    }

    public ReassessJob? ClaimReassessment(string owner, TimeSpan lease, DateTime dueBy) =>
        db.Query($"""
            UPDATE reassess_jobs SET lease_owner = @o, lease_until = @u, updated_at = @now WHERE id = (
                SELECT id FROM reassess_jobs WHERE finished_at IS NULL AND not_before <= @due AND (lease_owner IS NULL OR lease_until < @now)
                ORDER BY not_before LIMIT 1 {(Postgres ? "FOR UPDATE SKIP LOCKED" : "")})
            RETURNING {ReassessColumns}
            """, ReadReassess, ("@o", owner), ("@u", Until(lease)), ("@now", Sql.Now), ("@due", At(dueBy))).FirstOrDefault();

    public bool FinishReassessment(ReassessJob job, string owner)
    {
        var now = Sql.Now;
        // Requested again while it ran: what it read may predate the newest file, so it stays open for another round.
        if (db.Execute("""
            UPDATE reassess_jobs SET finished_at = @now, updated_at = @now, lease_owner = NULL, lease_until = NULL, error = NULL
            WHERE id = @id AND lease_owner = @o AND requests = @n AND finished_at IS NULL
            """, ("@now", now), ("@id", job.Id), ("@o", owner), ("@n", job.Requests)) == 1) return true;
        db.Execute("UPDATE reassess_jobs SET lease_owner = NULL, lease_until = NULL, updated_at = @now WHERE id = @id AND lease_owner = @o AND finished_at IS NULL",
            ("@now", now), ("@id", job.Id), ("@o", owner));
        return false;
    }

    public void PostponeReassessment(ReassessJob job, string owner, string error, TimeSpan retry) =>
        db.Execute("""
            UPDATE reassess_jobs SET lease_owner = NULL, lease_until = NULL, error = @e, not_before = @nb, updated_at = @now
            WHERE id = @id AND lease_owner = @o AND finished_at IS NULL
            """, ("@e", error), ("@nb", At(DateTime.UtcNow + retry)), ("@now", Sql.Now), ("@id", job.Id), ("@o", owner));

    public List<ReassessJob> OpenReassessments() =>
        db.Query($"SELECT {ReassessColumns} FROM reassess_jobs WHERE finished_at IS NULL ORDER BY not_before", ReadReassess);
}
