using System.Text.Encodings.Web;
using System.Text.Json;
using Extraction.Matching;
using Extraction.Store;

namespace Extraction.Review;

/// <summary>Each region's latest suggested assessment as the worker or `assess` wrote it: what the pages and exports review.</summary>
public static class StoredAssessments
{
    static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void Save(EvidenceStore store, RegionAssessment assessment) =>
        store.Assessments.Save(assessment.Region, JsonSerializer.Serialize(assessment, Json));

    public static Dictionary<string, (RegionAssessment Assessment, string UpdatedAt)> Load(EvidenceStore store) =>
        store.Assessments.All().ToDictionary(x => x.Key, x => (JsonSerializer.Deserialize<RegionAssessment>(x.Value.Json, Json)!, x.Value.UpdatedAt));
}
