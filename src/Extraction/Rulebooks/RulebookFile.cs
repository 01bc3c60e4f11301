using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Extraction.Rulebooks;

/// <summary>The rulebook as a JSON file a person can read and correct. A file corrected by hand wins over re-extraction:
/// the hash of what was last written is kept beside it, so an edit is noticed.</summary>
public static class RulebookFile
{
    public const string FileName = "rulebook.json";
    const string StampName = ".rulebook.generated.sha256";

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Serialize(Rulebook rulebook) => JsonSerializer.Serialize(rulebook, Json);

    public static Rulebook Load(string path)
    {
        try { return JsonSerializer.Deserialize<Rulebook>(File.ReadAllText(path), Json) ?? throw new JsonException("空文件"); }
        catch (JsonException e) { throw new InvalidDataException($"规则文件 {path} 格式有误：{e.Message}", e); }
    }

    /// <summary>True when the rulebook in the folder was changed since it was last written by extraction.</summary>
    public static bool IsCorrectedByHand(string directory)
    {
        var file = Path.Combine(directory, FileName);
        var stamp = Path.Combine(directory, StampName);
        return File.Exists(file) && (!File.Exists(stamp) || File.ReadAllText(stamp).Trim() != Hash(file));
    }

    public static string Save(Rulebook rulebook, string directory)
    {
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, FileName);
        File.WriteAllText(file, Serialize(rulebook) + "\n");
        File.WriteAllText(Path.Combine(directory, StampName), Hash(file) + "\n");
        return file;
    }

    static string Hash(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
}
