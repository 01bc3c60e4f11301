using System.Text.Json;

namespace Extraction.Tests.Evaluation;

/// <summary>A half's truth.json: the hand-labelled answers for its regions (points per clause, each document's type and
/// header, each self-evaluation report's scores), and the materials each clause asks for as read off the notice by hand
/// (seed000-clauses.tsv).</summary>
internal sealed class Truth
{
    public sealed record Document(string? Status, string? Type, string? Issuer, string? DocNumber, string? Date, bool Scan, List<string> Flags);

    /// <summary>A self-evaluation report as the region wrote it: its total and its score per indicator number.</summary>
    public sealed record SelfScore(decimal? Total, Dictionary<int, decimal> Indicators);

    public HashSet<string> Review { get; } = [];
    public Dictionary<string, Dictionary<string, decimal>> Points { get; } = [];
    public Dictionary<string, Dictionary<string, List<string>>> MissingExceptions { get; } = [];
    public Dictionary<string, Document> Documents { get; } = [];
    public Dictionary<string, List<string>> Materials { get; } = [];
    public Dictionary<string, SelfScore> SelfScores { get; } = [];

    public static Truth Load(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var root = json.RootElement;
        var truth = new Truth();
        foreach (var key in root.GetProperty("review").EnumerateArray()) truth.Review.Add(key.GetString()!);
        foreach (var region in root.GetProperty("points").EnumerateObject())
            truth.Points[region.Name] = region.Value.EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetDecimal());
        if (root.TryGetProperty("missing_exceptions", out var exceptions))
            foreach (var region in exceptions.EnumerateObject())
                truth.MissingExceptions[region.Name] = region.Value.EnumerateObject().ToDictionary(c => c.Name, c => c.Value.EnumerateArray().Select(m => m.GetString()!).ToList());
        foreach (var d in root.GetProperty("documents").EnumerateObject())
        {
            string? Get(string name) => d.Value.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            truth.Documents[d.Name] = new Document(Get("status"), Get("type"), Get("issuer"), Get("doc_number"), Get("date"),
                d.Value.TryGetProperty("scan", out var scan) && scan.GetBoolean(),
                d.Value.TryGetProperty("flags", out var flags) ? flags.EnumerateArray().Select(f => f.GetString()!).ToList() : []);
        }
        if (root.TryGetProperty("self_scores", out var selfScores))
            foreach (var region in selfScores.EnumerateObject())
                truth.SelfScores[region.Name] = new SelfScore(
                    region.Value.TryGetProperty("total", out var total) && total.ValueKind == JsonValueKind.Number ? total.GetDecimal() : null,
                    region.Value.GetProperty("indicators").EnumerateObject().ToDictionary(i => int.Parse(i.Name), i => i.Value.GetDecimal()));
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Rulebooks", "seed000-clauses.tsv")).Where(l => !l.StartsWith('#')))
        {
            var cells = line.Split('\t');
            truth.Materials[$"{cells[0]}({cells[1]})"] = cells.Length > 4 && cells[4].Length > 0 ? [.. cells[4].Split('、')] : [];
        }
        return truth;
    }

    public IEnumerable<string> Regions => Points.Keys;

    public decimal ExpectedPoints(string region, string clause) => Points[region].GetValueOrDefault(clause);

    /// <summary>What a clause lacks: the labelled exception, else every material it asks for when it is short of its
    /// maximum (a clause scored 0.1 of 1 still lacks the reports that would earn the rest), else nothing.</summary>
    public List<string> ExpectedMissing(string region, string clause, decimal max) =>
        MissingExceptions.GetValueOrDefault(region)?.GetValueOrDefault(clause) ?? (ExpectedPoints(region, clause) < max ? Materials[clause] : []);
}
