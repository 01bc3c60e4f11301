using System.Text.RegularExpressions;
using Extraction.Extract;

namespace Extraction.Rulebooks;

/// <summary>notice text + scoring table → rulebook. Nothing of any one notice is in here: the table's own header,
/// numbering and wording drive it.</summary>
public static partial class RulebookParser
{
    public static Rulebook Parse(IReadOnlyList<string> pageTexts, IReadOnlyList<ExtractedTable> tables)
    {
        var notice = NoticeReader.Read(string.Join("\n", pageTexts));
        var table = ScoringTableReader.Read(tables);
        var problems = new List<string>();
        if (table.Rows.Count == 0) problems.Add("未找到评分表：没有含“评分标准”和“分值”表头的表格");
        problems.AddRange(table.Unplaced.Select(u => $"无法归入任何指标的表格内容：{u}"));

        var indicators = table.Rows.Select(row => Indicator(row, problems)).Select(Unsettled).ToList();
        var areas = table.Rows.GroupBy(r => r.AreaNumber).Select(g => new Area(g.Key, g.First().AreaTitle)).ToList();
        decimal total = indicators.Where(i => i.Kind == IndicatorKind.Base).Sum(i => i.MaxPoints) / 1.000000000000000000000000000000000m;
        var rulebook = new Rulebook(notice, areas, indicators, total, table.StatedTotal, problems);
        return rulebook with { Problems = [.. problems, .. RulebookChecker.Check(rulebook)] };
    }

    // Clauses that do not add up to their indicator's points were misread somewhere (a lost clause number merges two
    // clauses): none of them can be trusted to score on its own, so a reviewer settles each.
    static Indicator Unsettled(Indicator indicator) =>
        indicator.Kind != IndicatorKind.Base || RulebookChecker.ClauseSum(indicator) == indicator.MaxPoints ? indicator
            : indicator with { Clauses = indicator.Clauses.Select(c => c.Decidable ? c with { Decidable = false, ReviewReason = $"指标 {indicator.Number} 各条款分值合计与分值 {indicator.MaxPoints} 分不符，条款可能识别有误，需人工核对" } : c).ToList() };

    static Indicator Indicator(ScoringTableReader.Row row, List<string> problems)
    {
        // A bonus or deduction item says so in its points cell, its title or the section (加分项, 扣分项) it stands in.
        var kind = row.PointsCell.Contains("加分") || row.Title.Contains("加分项") || row.AreaTitle.Contains("加分") ? IndicatorKind.Bonus
            : row.PointsCell.Contains("扣分") || row.Title.Contains("扣分项") || row.AreaTitle.Contains("扣分") ? IndicatorKind.Deduction : IndicatorKind.Base;
        decimal? stated = Number().Match(row.PointsCell) is { Success: true } m ? RuleParser.Amount(m.Value) : null;
        // No base item is worth nothing: a 0 is a misread cell (OCR takes 6 for 0), as unreadable as a blank one.
        if (stated == 0 && kind == IndicatorKind.Base) stated = null;

        var (pieces, caps) = ClauseSplitter.Split(row.Criteria);
        // A "bonus" item whose every clause takes points away is a deduction item whose 扣 was read as 加 (OCR).
        if (kind == IndicatorKind.Bonus && pieces.All(p => p.Text.Contains('扣') && !AddsPoints().IsMatch(p.Text))) kind = IndicatorKind.Deduction;
        // A cap in the 备注 column (最多扣20分) bounds all the clauses, as one after the last clause would.
        if (caps.Count == 0 && pieces.Count > 1 && NoteCap().Match(row.Note) is { Success: true } noteCap)
            caps = [new GroupCap(1, pieces.Count, RuleParser.Amount(noteCap.Groups["n"].Value))];
        var parsed = pieces.Select(piece => RuleParser.Parse(piece.Number, piece.Text)).ToList();
        // A cap over all the clauses (本项最高加3分, 本项最多扣10分) is the bonus or deduction item's most.
        decimal? allCap = caps.FirstOrDefault(g => g.From == 1 && g.To == pieces.Count)?.Max;
        decimal bound = stated ?? allCap ?? parsed.Where(c => c.Bounded).Select(c => c.Clause.Points).DefaultIfEmpty(0).Max();
        var clauses = parsed.Select(c => Bound(c.Clause, c.Bounded, parsed, caps, bound)).ToList();
        if (kind == IndicatorKind.Base && stated is { } points) clauses = Alternatives.Infer(clauses, caps, points);

        // An unreadable points cell (a smudged scan) is taken from the clauses, and said so.
        decimal fromClauses = RulebookChecker.ClauseSum(new Indicator(row.Number, row.AreaNumber, row.Title, kind, 0, [], clauses, caps));
        // A blank points cell in a table that writes the points inside its criteria is no misreading.
        if (kind == IndicatorKind.Base && stated is null && (row.PointsCell.Length > 0 || !parsed.All(c => c.Bounded || caps.Any(g => c.Clause.Number >= g.From && c.Clause.Number <= g.To))))
            problems.Add($"指标 {row.Number} 的分值“{row.PointsCell}”无法识别，暂按各条款合计 {fromClauses} 分计，请核对");
        decimal max = kind switch
        {
            IndicatorKind.Base => stated ?? fromClauses,
            // A bonus item without base points gives at most what its largest clause gives.
            IndicatorKind.Bonus => stated ?? allCap ?? clauses.Select(c => c.Points).DefaultIfEmpty(0).Max(),
            _ => Math.Min(allCap ?? decimal.MaxValue, clauses.Sum(c => c.Points)),
        };
        return new Indicator(row.Number, row.AreaNumber, row.Title, kind, max, Assessors(row.Assessors), clauses, caps);
    }

    // A clause is never worth more than its indicator; one that does not bound itself is bounded by its group cap,
    // or by what the indicator leaves after its other clauses.
    static Clause Bound(Clause clause, bool bounded, List<(Clause Clause, bool Bounded)> all, IReadOnlyList<GroupCap> caps, decimal indicatorMax)
    {
        if (!bounded)
        {
            var group = caps.FirstOrDefault(g => clause.Number >= g.From && clause.Number <= g.To);
            decimal others = all.Where(c => c.Bounded && c.Clause.Rule != RuleShape.Deduction && c.Clause.Number != clause.Number).Sum(c => c.Clause.Points);
            decimal residual = indicatorMax - others;
            decimal limit = group is not null ? group.Max : clause.Rule == RuleShape.Deduction || residual <= 0 ? indicatorMax : clause.Points + residual;
            clause = clause with { Points = Math.Max(clause.Points, limit), Cap = clause.Cap ?? group?.Max };
        }
        return indicatorMax > 0 && clause.Points > indicatorMax ? clause with { Points = indicatorMax } : clause;
    }

    static List<string> Assessors(string cell) =>
        AssessorSplit().Split(cell).Select(a => AssessorRole().Replace(a, "").Trim()).Where(a => a.Length > 1).Distinct().ToList();

    [GeneratedRegex(@"\d+(?:\.\d+)?")] private static partial Regex Number();
    [GeneratedRegex(@"(?:[得加计记]|给予|奖励)\s*\d")] private static partial Regex AddsPoints();
    [GeneratedRegex(@"(?:最多|最高|不超过|封顶)\s*(?:扣|加|得)?\s*(?<n>\d+(?:\.\d+)?)\s*分")] private static partial Regex NoteCap();
    [GeneratedRegex(@"[,、;]")] private static partial Regex AssessorSplit();
    [GeneratedRegex(@"(按职责分工)?(负责|牵头|参加|配合)$")] private static partial Regex AssessorRole();
}
