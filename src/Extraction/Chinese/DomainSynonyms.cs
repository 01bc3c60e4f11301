using System.Reflection;

namespace Extraction.Chinese;

/// <summary>The domain's synonyms (双打 = 打击侵权假冒, 两法衔接 = 行政执法与刑事司法衔接 …), read from the versioned data file
/// Chinese/Data/synonyms.txt. Matching rewrites both a clause's subject and a document's text to the first term of each
/// group, so either spelling finds the other.</summary>
public sealed class DomainSynonyms
{
    readonly (string Variant, string Canonical)[] variants;

    public string Version { get; }

    DomainSynonyms(IEnumerable<string> lines)
    {
        var list = new List<(string, string)>();
        string version = "0";
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith("# version:", StringComparison.Ordinal)) version = line["# version:".Length..].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var terms = line.Split('=', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var variant in terms.Skip(1)) list.Add((variant, terms[0]));
        }
        variants = list.OrderByDescending(v => v.Item1.Length).ToArray();
        Version = version;
    }

    /// <summary>The synonyms shipped with the product.</summary>
    public static DomainSynonyms Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Extraction.Chinese.Data.synonyms.txt")!;
        return new DomainSynonyms(new StreamReader(stream).ReadToEnd().Split('\n'));
    }

    /// <summary>Synonyms from lines in the file's format (for a campaign's own list, and for tests).</summary>
    public static DomainSynonyms Parse(IEnumerable<string> lines) => new(lines);

    /// <summary>The text with every variant rewritten to its group's first term, longest variant first.</summary>
    public string Canonical(string text)
    {
        foreach (var (variant, canonical) in variants)
            if (text.Contains(variant, StringComparison.Ordinal)) text = text.Replace(variant, canonical, StringComparison.Ordinal);
        return text;
    }
}
