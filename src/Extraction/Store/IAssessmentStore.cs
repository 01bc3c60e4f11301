using System.Data.Common;

namespace Extraction.Store;

/// <summary>One clause's suggestion as a row: points as invariant text, its evidence and gaps as JSON.</summary>
public sealed record StoredClause(int Indicator, int Clause, string MaxPoints, string SuggestedPoints, string Status, string Reason, double Confidence,
    string EvidenceJson, string MissingJson, string ShortfallsJson, string ExplanationsJson);

/// <summary>Each region's latest assessment, as the worker last wrote it: its totals, and a row per clause.</summary>
public interface IAssessmentStore
{
    /// <summary>Replaces the region's totals and, when given, all its clause rows, in one transaction.</summary>
    void Save(string region, string json, IReadOnlyList<StoredClause>? clauses = null);
    Dictionary<string, (string Json, string UpdatedAt)> All();
    /// <summary>The clause rows of one region or of all, by region, indicator and clause.</summary>
    Dictionary<string, List<StoredClause>> Clauses(string? region = null);
    /// <summary>When any region was last assessed (null before the first): readers reload only after a change.</summary>
    string? LastUpdated();
}

/// <summary>The assessments and clause_suggestions tables, in SQL both engines speak.</summary>
internal sealed class AssessmentTable(Database db) : IAssessmentStore
{
    public void Save(string region, string json, IReadOnlyList<StoredClause>? clauses = null) => db.InTransaction((c, tx) =>
    {
        c.Execute(tx, "INSERT INTO assessments(region, json, updated_at) VALUES (@r, @j, @now) ON CONFLICT(region) DO UPDATE SET json = @j, updated_at = @now",
            ("@r", region), ("@j", json), ("@now", Sql.Now));
        if (clauses is null) return;
        c.Execute(tx, "DELETE FROM clause_suggestions WHERE region = @r", ("@r", region));
        foreach (var k in clauses)
            c.Execute(tx, """
                INSERT INTO clause_suggestions(region, indicator, clause, max_points, suggested_points, status, reason, confidence,
                    evidence_json, missing_json, shortfalls_json, explanations_json)
                VALUES (@r, @i, @c, @max, @p, @s, @why, @conf, @e, @m, @short, @x)
                """, ("@r", region), ("@i", k.Indicator), ("@c", k.Clause), ("@max", k.MaxPoints), ("@p", k.SuggestedPoints), ("@s", k.Status),
                ("@why", k.Reason), ("@conf", k.Confidence), ("@e", k.EvidenceJson), ("@m", k.MissingJson), ("@short", k.ShortfallsJson), ("@x", k.ExplanationsJson));
    });

    public Dictionary<string, (string Json, string UpdatedAt)> All() =>
        db.Query("SELECT region, json, updated_at FROM assessments", r => (Region: r.GetString(0), Json: r.GetString(1), At: r.GetString(2)))
            .ToDictionary(x => x.Region, x => (x.Json, x.At));

    public Dictionary<string, List<StoredClause>> Clauses(string? region = null) =>
        db.Query($"""
            SELECT region, indicator, clause, max_points, suggested_points, status, reason, confidence, evidence_json, missing_json, shortfalls_json, explanations_json
            FROM clause_suggestions {(region is null ? "" : "WHERE region = @r")} ORDER BY region, indicator, clause
            """, r => (Region: r.GetString(0), Row: Read(r)), ("@r", region))
            .GroupBy(x => x.Region).ToDictionary(g => g.Key, g => g.Select(x => x.Row).ToList());

    static StoredClause Read(DbDataReader r) => new(r.Int(1), r.Int(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6),
        Convert.ToDouble(r.GetValue(7)), r.GetString(8), r.GetString(9), r.GetString(10), r.GetString(11));

    public string? LastUpdated() => db.Scalar("SELECT max(updated_at) FROM assessments") is string s ? s : null;
}
