using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Extraction.Matching;
using Extraction.Store;

namespace Extraction.Review;

/// <summary>Each region's latest suggested assessment as the worker or `assess` wrote it — its totals, and a row per
/// clause — which the pages, the exports and the commands all read.</summary>
public static class StoredAssessments
{
    static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void Save(EvidenceStore store, RegionAssessment assessment) =>
        store.Assessments.Save(assessment.Region, JsonSerializer.Serialize(assessment with { Clauses = [] }, Json), assessment.Clauses.Select(Row).ToList());

    public static Dictionary<string, (RegionAssessment Assessment, string UpdatedAt)> Load(EvidenceStore store)
    {
        var rows = store.Assessments.Clauses();
        return store.Assessments.All().ToDictionary(x => x.Key, x =>
        {
            var a = JsonSerializer.Deserialize<RegionAssessment>(x.Value.Json, Json)!;
            // A store written before clause rows kept the clauses inside the region's JSON.
            return (rows.TryGetValue(x.Key, out var clauses) ? a with { Clauses = clauses.Select(Suggestion).ToList() } : a, x.Value.UpdatedAt);
        });
    }

    static StoredClause Row(Suggestion s) => new(s.Indicator, s.Clause, P(s.MaxPoints), P(s.SuggestedPoints), s.Status, s.Reason, s.Confidence,
        JsonSerializer.Serialize(s.Evidence, Json), JsonSerializer.Serialize(s.Missing, Json), JsonSerializer.Serialize(s.Shortfalls, Json), JsonSerializer.Serialize(s.Explanations, Json));

    static Suggestion Suggestion(StoredClause r) => new(r.Indicator, r.Clause, D(r.MaxPoints), D(r.SuggestedPoints), r.Status,
        JsonSerializer.Deserialize<List<Evidence>>(r.EvidenceJson, Json) ?? [], JsonSerializer.Deserialize<List<string>>(r.MissingJson, Json) ?? [], r.Reason, r.Confidence)
    {
        Shortfalls = JsonSerializer.Deserialize<List<string>>(r.ShortfallsJson, Json) ?? [],
        Explanations = JsonSerializer.Deserialize<List<string>>(r.ExplanationsJson, Json) ?? [],
    };

    static string P(decimal d) => d.ToString(CultureInfo.InvariantCulture);
    static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);
}
