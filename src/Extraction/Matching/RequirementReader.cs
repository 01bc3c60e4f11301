using System.Text.RegularExpressions;
using Extraction.Rulebooks;

namespace Extraction.Matching;

/// <summary>Reads the requirements of a clause or one of its awards: each material it names is one requirement (all are
/// needed), materials joined by 或 are alternatives of one, "不少于N个" is how many, and a clause that names no material
/// asks for the kind its act implies.</summary>
public static partial class RequirementReader
{
    public static List<Requirement> Read(string condition, IReadOnlyList<string> materials, string subject)
    {
        int count = AtLeast().Match(condition) is { Success: true } m ? int.Parse(m.Groups[1].Value) : 1;
        bool online = Online().IsMatch(condition);
        if (materials.Count == 0)
        {
            var implied = RequirementWords.Implied(condition);
            return [new Requirement([implied], subject, count, true) { Online = online && implied == "宣传报道" }];
        }
        var groups = Alternatives(condition, materials);
        return groups.Select(g => new Requirement(g, subject, g.Contains("典型案例") ? count : 1, false) { Named = materials, Online = online && g.Contains("宣传报道") }).ToList();
    }

    // "考核评议通知或考核结果": the materials on both sides of 或 are one requirement with alternatives.
    static List<List<string>> Alternatives(string condition, IReadOnlyList<string> materials)
    {
        var parts = condition.Split('或');
        var groups = materials.Select(x => new List<string> { x }).ToList();
        for (int k = 0; k + 1 < parts.Length; k++)
        {
            var left = MaterialLexicon.Find(parts[k]).LastOrDefault();
            var right = MaterialLexicon.Find(parts[k + 1]).FirstOrDefault();
            var a = groups.FindIndex(g => g.Contains(left ?? "\0"));
            var b = groups.FindIndex(g => g.Contains(right ?? "\0"));
            if (a >= 0 && b >= 0 && a != b && LeadingMaterial(parts[k + 1]))
            {
                groups[a].AddRange(groups[b]);
                groups.RemoveAt(b);
            }
        }
        return groups;
    }

    // The alternative must follow 或 at once ("或总结"), not a new clause ("或未按要求…").
    static bool LeadingMaterial(string part) => MaterialLexicon.Find(part.Length > 8 ? part[..8] : part).Count > 0;

    [GeneratedRegex(@"不少于\s*(\d+)")] private static partial Regex AtLeast();
    [GeneratedRegex(@"网上|网络|互联网|网站")] private static partial Regex Online();
}
