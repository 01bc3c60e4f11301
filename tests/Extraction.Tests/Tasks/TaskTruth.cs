using System.Text.Json;
using Extraction.Tasks;

namespace Extraction.Tests.Tasks;

/// <summary>The hand labels of corpus/tasks (truth.json): per file, every task's key, units, lead units, deadline and,
/// for the 襄阳市 table, its status as of <see cref="AsOf"/>.</summary>
internal sealed record TaskTruth(DateOnly AsOf, IReadOnlyDictionary<string, List<TaskLabel>> Files)
{
    public static readonly string Folder = Corpus.Path("tasks");

    public static TaskTruth Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "truth.json")));
        var files = new Dictionary<string, List<TaskLabel>>();
        foreach (var file in json.RootElement.GetProperty("files").EnumerateObject())
            files[file.Name] = file.Value.GetProperty("tasks").EnumerateArray().Select(TaskLabel.From).ToList();
        return new TaskTruth(DateOnly.Parse(json.RootElement.GetProperty("as_of").GetString()!), files);
    }
}

internal sealed record TaskLabel(string? Category, int Number, IReadOnlyList<string> Units, IReadOnlyList<string> Lead, DeadlineKind Kind, DateOnly? Date, string? Status)
{
    public static TaskLabel From(JsonElement e)
    {
        string? Str(string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var deadline = e.GetProperty("deadline");
        var kind = Enum.Parse<DeadlineKind>(deadline.GetProperty("kind").GetString()!.Replace("_", ""), ignoreCase: true);
        var date = deadline.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? DateOnly.Parse(d.GetString()!) : (DateOnly?)null;
        return new TaskLabel(Str("category"), e.GetProperty("number").GetInt32(),
            e.GetProperty("units").EnumerateArray().Select(u => u.GetString()!).ToList(),
            e.GetProperty("lead_units").EnumerateArray().Select(u => u.GetString()!).ToList(), kind, date, Str("status"));
    }

    public WorkTask? Find(IReadOnlyList<WorkTask> tasks) =>
        tasks.FirstOrDefault(t => t.Number == Number && (Category is null || t.Category == Category));

    public bool SameUnits(WorkTask t) => t.Units.ToHashSet().SetEquals(Units) && t.LeadUnits.ToHashSet().SetEquals(Lead);

    public bool SameDeadline(WorkTask t) => t.Deadline.Kind == Kind && t.Deadline.Date == Date;
}
