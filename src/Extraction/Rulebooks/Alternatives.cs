namespace Extraction.Rulebooks;

/// <summary>Amounts written without a word that says they exclude each other ("明确专人负责的得1分；指定兼职人员的得0.5分")
/// are alternatives when only that reading makes the clauses add up to the indicator's stated points.</summary>
public static class Alternatives
{
    public static List<Clause> Infer(List<Clause> clauses, IReadOnlyList<GroupCap> caps, decimal stated)
    {
        // Summed as written, before the indicator's points clipped any clause.
        var summed = clauses.Select(c => c.Rule == RuleShape.TwoAwards ? c with { Points = Gains(c).Sum() } : c).ToList();
        if (Sum(summed, caps) <= stated) return clauses;
        // Clauses with two or more amounts, the first the largest: read as tiers, each gives its best.
        // 再得 / 另得 says the second amount comes on top of the first.
        var candidates = clauses.Where(c => c.Rule == RuleShape.TwoAwards && Gains(c) is { Count: >= 2 } g && g[0] == g.Max() && !OnTop(c.Text)).Select(c => c.Number).ToList();
        foreach (var chosen in Subsets(candidates))
            if (Sum(summed.Select(c => chosen.Contains(c.Number) ? AsTiers(c) : c).ToList(), caps) == stated)
                return clauses.Select(c => chosen.Contains(c.Number) ? AsTiers(c) : c).ToList();
        return clauses;
    }

    static Clause AsTiers(Clause clause) => clause with
    {
        Rule = RuleShape.Tiered,
        Points = Gains(clause).Max(),
        Awards = clause.Awards.Select(a => a.Kind == "award" ? a with { Kind = "tier" } : a).ToList(),
    };

    static bool OnTop(string text) => text.Contains("再得") || text.Contains("另得") || text.Contains("再加");

    static List<decimal> Gains(Clause clause) => clause.Awards.Where(a => a.Kind == "award").Select(a => a.Amount).ToList();

    static decimal Sum(List<Clause> clauses, IReadOnlyList<GroupCap> caps) =>
        RulebookChecker.ClauseSum(new Indicator(0, "", "", IndicatorKind.Base, 0, [], clauses, caps));

    // Single clauses first, then all of them: a table rarely hides more than one such clause per indicator.
    static IEnumerable<HashSet<int>> Subsets(List<int> candidates)
    {
        foreach (var c in candidates) yield return [c];
        if (candidates.Count > 1) yield return [.. candidates];
    }
}
