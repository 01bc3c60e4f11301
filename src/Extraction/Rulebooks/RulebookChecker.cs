namespace Extraction.Rulebooks;

/// <summary>Checks a rulebook (as extracted or as corrected by hand) and says in Chinese what does not add up.</summary>
public static class RulebookChecker
{
    public static List<string> Check(Rulebook rulebook)
    {
        var problems = new List<string>();
        var numbers = rulebook.Indicators.Select(i => i.Number).ToList();
        for (int n = 1; n <= numbers.DefaultIfEmpty(0).Max(); n++)
            if (!numbers.Contains(n)) problems.Add($"指标编号不连续：缺少第 {n} 项");
        foreach (var dup in numbers.GroupBy(n => n).Where(g => g.Count() > 1)) problems.Add($"指标编号重复：第 {dup.Key} 项出现 {dup.Count()} 次");
        if (rulebook.StatedTotal is { } stated && stated != rulebook.TotalPoints)
            problems.Add($"各指标基本分合计 {rulebook.TotalPoints} 分，与说明中的总分 {stated} 分不符");

        foreach (var indicator in rulebook.Indicators)
        {
            var clauseNumbers = indicator.Clauses.Select(c => c.Number).ToList();
            if (!clauseNumbers.SequenceEqual(Enumerable.Range(1, clauseNumbers.Count)))
                problems.Add($"指标 {indicator.Number} 的评分条款编号不连续：{string.Join("、", clauseNumbers)}");
            foreach (var clause in indicator.Clauses.Where(c => c.Rule == RuleShape.Unparsed))
                problems.Add($"指标 {indicator.Number} 第({clause.Number})条没有可识别的计分规则，需人工补充");
            if (indicator.Kind != IndicatorKind.Base) continue;
            decimal sum = ClauseSum(indicator);
            if (!AddsUp(indicator))
                problems.Add($"指标 {indicator.Number} 各条款最高得分合计 {sum} 分，与分值 {indicator.MaxPoints} 分不符");
        }
        return problems;
    }

    /// <summary>True when the clauses give the indicator's points: without its deduction clauses, or with those that
    /// bound themselves (本项最多扣2分) counted at their bound, as a table that deducts from a clause's own share does.</summary>
    public static bool AddsUp(Indicator indicator)
    {
        decimal sum = ClauseSum(indicator);
        decimal shares = indicator.Clauses.Where(c => c.Rule == RuleShape.Deduction && c.Cap is not null && c.Awards.All(a => a.Kind.StartsWith("deduction", StringComparison.Ordinal))).Sum(c => c.Points);
        return sum == indicator.MaxPoints || (shares > 0 && sum + shares == indicator.MaxPoints);
    }

    /// <summary>The most the clauses of an indicator give together, group caps applied, deduction clauses and extras (另加) left out.</summary>
    public static decimal ClauseSum(Indicator indicator)
    {
        var gaining = indicator.Clauses.Where(c => (c.Rule != RuleShape.Deduction || c.Awards.Any(a => a.Kind is "award" or "tier"))
            && !(c.Awards.Count > 0 && c.Awards.All(a => a.Kind == "extra"))).ToList();
        decimal sum = 0;
        foreach (var clause in gaining.Where(c => !indicator.GroupCaps.Any(g => c.Number >= g.From && c.Number <= g.To))) sum += clause.Points;
        foreach (var group in indicator.GroupCaps)
            sum += Math.Min(group.Max, gaining.Where(c => c.Number >= group.From && c.Number <= group.To).Sum(c => c.Points));
        return sum;
    }
}
