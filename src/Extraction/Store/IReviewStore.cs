using System.Data.Common;
using System.Text.Json;

namespace Extraction.Store;

/// <summary>A local account as stored: the password only as its hash, the regions it may act on (empty: all).</summary>
public sealed record StoredAccount(string Name, string PasswordHash, string Role, IReadOnlyList<string> Regions, int FailedSignIns, DateTime? LockedUntil);

/// <summary>One line of the review log: a decision on a clause's points, or a region marked complete or unlocked.</summary>
public sealed record ReviewEntry(long Id, DateTime At, string Account, string Kind, string Region, int? Indicator, int? Clause,
    decimal? Suggested, decimal? Before, decimal? After, string Reason);

/// <summary>The people who review and the log of what they decided. The log is append-only: the store has no way to edit
/// or delete a line, and the database refuses it too (a trigger on both engines).</summary>
public interface IReviewStore
{
    void AddAccount(StoredAccount account);
    StoredAccount? Account(string name);
    List<StoredAccount> Accounts();
    void RecordSignIn(string name, int failedSignIns, DateTime? lockedUntil);

    long Append(ReviewEntry entry);
    /// <summary>The log oldest first, of one region or of all.</summary>
    List<ReviewEntry> Log(string? region = null);
}

/// <summary>The accounts and review_log tables, in SQL both engines speak.</summary>
internal sealed class ReviewTables(Database db) : IReviewStore
{
    public void AddAccount(StoredAccount a) =>
        db.Execute("INSERT INTO accounts(name, password_hash, role, regions_json, created_at) VALUES (@n, @h, @r, @g, @now)",
            ("@n", a.Name), ("@h", a.PasswordHash), ("@r", a.Role), ("@g", JsonSerializer.Serialize(a.Regions)), ("@now", Sql.Now));

    public StoredAccount? Account(string name) => Accounts("WHERE name = @n", ("@n", name)).FirstOrDefault();

    public List<StoredAccount> Accounts() => Accounts("ORDER BY name");

    List<StoredAccount> Accounts(string where, params (string, object?)[] args) =>
        db.Query($"SELECT name, password_hash, role, regions_json, failed_sign_ins, locked_until FROM accounts {where}", r => new StoredAccount(
            r.GetString(0), r.GetString(1), r.GetString(2), JsonSerializer.Deserialize<List<string>>(r.GetString(3)) ?? [], r.Int(4),
            r.Text(5) is { } until ? DateTime.Parse(until, null, System.Globalization.DateTimeStyles.RoundtripKind) : null), args);

    public void RecordSignIn(string name, int failedSignIns, DateTime? lockedUntil) =>
        db.Execute("UPDATE accounts SET failed_sign_ins = @f, locked_until = @u WHERE name = @n",
            ("@n", name), ("@f", failedSignIns), ("@u", lockedUntil?.ToUniversalTime().ToString("O")));

    public long Append(ReviewEntry e) => Convert.ToInt64(db.Scalar("""
        INSERT INTO review_log(at, account, kind, region, indicator, clause, suggested, before, after, reason)
        VALUES (@at, @a, @k, @r, @i, @c, @s, @b, @x, @why) RETURNING id
        """, ("@at", e.At.ToUniversalTime().ToString("O")), ("@a", e.Account), ("@k", e.Kind), ("@r", e.Region), ("@i", e.Indicator), ("@c", e.Clause),
        ("@s", Points(e.Suggested)), ("@b", Points(e.Before)), ("@x", Points(e.After)), ("@why", e.Reason)));

    public List<ReviewEntry> Log(string? region = null) =>
        db.Query($"SELECT id, at, account, kind, region, indicator, clause, suggested, before, after, reason FROM review_log {(region is null ? "" : "WHERE region = @r")} ORDER BY id",
            Read, ("@r", region));

    static ReviewEntry Read(DbDataReader r) => new(r.Long(0), DateTime.Parse(r.GetString(1), null, System.Globalization.DateTimeStyles.RoundtripKind),
        r.GetString(2), r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.Int(5), r.IsDBNull(6) ? null : r.Int(6),
        Parse(r.Text(7)), Parse(r.Text(8)), Parse(r.Text(9)), r.GetString(10));

    // Points are kept as invariant text, as exact as the decimal a reviewer typed.
    static string? Points(decimal? p) => p?.ToString(System.Globalization.CultureInfo.InvariantCulture);
    static decimal? Parse(string? s) => s is null ? null : decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
