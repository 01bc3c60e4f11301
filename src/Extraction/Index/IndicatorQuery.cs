using System.Text.RegularExpressions;
using Extraction.Chinese;
using Extraction.Rulebooks;

namespace Extraction.Index;

/// <summary>The search for a clause's evidence, built from the clause itself: its subject, the words of the subject,
/// and the materials it asks for, any of which may match; bm25 ranks the pages that have more of them first.</summary>
public static partial class IndicatorQuery
{
    /// <summary>Parses "10" or "10(2)"; the whole indicator when no clause is given.</summary>
    public static (int Indicator, int? Clause)? ParseAddress(string address)
    {
        var m = Address().Match(TextNormalizer.Normalize(address, false));
        return m.Success ? (int.Parse(m.Groups[1].Value), m.Groups[2].Success ? int.Parse(m.Groups[2].Value) : null) : null;
    }

    public static string For(Rulebook rulebook, int indicator, int? clause, ChineseAnalyzer analyzer)
    {
        var target = rulebook.Indicators.FirstOrDefault(i => i.Number == indicator)
            ?? throw new ArgumentException($"规则中没有第 {indicator} 项指标");
        var clauses = clause is null ? target.Clauses : target.Clauses.Where(c => c.Number == clause).ToList();
        if (clauses.Count == 0) throw new ArgumentException($"指标 {indicator} 没有第({clause})条");
        var terms = new List<string>();
        foreach (var c in clauses)
        {
            terms.Add(c.Subject);
            terms.AddRange(analyzer.QueryWords(c.Subject).Where(w => w.Length >= 2));
            terms.AddRange(c.Materials);
        }
        return string.Join(" OR ", terms.Where(t => t.Length > 0).Distinct().Select(t => $"\"{t.Replace("\"", "")}\""));
    }

    [GeneratedRegex(@"^\s*(\d{1,3})\s*(?:\(\s*(\d{1,2})\s*\))?\s*$")] private static partial Regex Address();
}
