namespace Extraction.Store;

/// <summary>Each region's latest assessment, as the worker last wrote it.</summary>
public interface IAssessmentStore
{
    void Save(string region, string json);
    Dictionary<string, (string Json, string UpdatedAt)> All();
    /// <summary>When any region was last assessed (null before the first): readers reload only after a change.</summary>
    string? LastUpdated();
}

/// <summary>The assessments table, in SQL both engines speak.</summary>
internal sealed class AssessmentTable(Database db) : IAssessmentStore
{
    public void Save(string region, string json) =>
        db.Execute("INSERT INTO assessments(region, json, updated_at) VALUES (@r, @j, @now) ON CONFLICT(region) DO UPDATE SET json = @j, updated_at = @now",
            ("@r", region), ("@j", json), ("@now", Sql.Now));

    public Dictionary<string, (string Json, string UpdatedAt)> All() =>
        db.Query("SELECT region, json, updated_at FROM assessments", r => (Region: r.GetString(0), Json: r.GetString(1), At: r.GetString(2)))
            .ToDictionary(x => x.Region, x => (x.Json, x.At));

    public string? LastUpdated() => db.Scalar("SELECT max(updated_at) FROM assessments") is string s ? s : null;
}
