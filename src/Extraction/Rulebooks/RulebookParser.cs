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
        // Some notices write the rulebook as numbered text instead of a table.
        if (table.Rows.Count == 0) table = ProseScoringReader.Read(pageTexts);
        var problems = new List<string>();
        if (table.Rows.Count == 0) problems.Add("未找到评分表：没有含“评分标准”和“分值”表头的表格，正文中也没有标明分值的评分条目");
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
        indicator.Kind != IndicatorKind.Base || RulebookChecker.AddsUp(indicator) ? indicator
            : indicator with { Clauses = indicator.Clauses.Select(c => c.Decidable ? c with { Decidable = false, ReviewReason = $"指标 {indicator.Number} 各条款分值合计与分值 {indicator.MaxPoints} 分不符，条款可能识别有误，需人工核对" } : c).ToList() };

    static Indicator Indicator(ScoringTableReader.Row row, List<string> problems)
    {
        (row, var rowPoints) = ClauseRows(row);
        // A bonus or deduction item says so in its points cell, its title or the section (加分项, 扣分项) it stands in.
        var kind = row.PointsCell.Contains("加分") || row.Title.Contains("加分项") || row.AreaTitle.Contains("加分") ? IndicatorKind.Bonus
            : row.PointsCell.Contains("扣分") || row.Title.Contains("扣分项") || row.AreaTitle.Contains("扣分") ? IndicatorKind.Deduction : IndicatorKind.Base;
        decimal? stated = Number().Match(ChineseAmounts.Cell(row.PointsCell)) is { Success: true } m ? RuleParser.Amount(m.Value) : null;
        // A blank points cell beside a title that states them ("2.责任落实（10分）"): the title's points are the indicator's.
        var title = row.Title;
        // An indicator cell that states its points (制度建设（5分）) over rows of their own gives the indicator's; the first
        // row's points cell is its first clause's.
        if ((stated is null || kind == IndicatorKind.Base) && TitlePoints().Match(title) is { Success: true } own)
            (stated, title) = (RuleParser.Amount(own.Groups["n"].Value), title[..own.Index].TrimEnd());
        // A bonus or deduction item that writes its cap in its own cell (工作创新（加分项，最高加3分）) is bounded by it.
        else if (stated is null && kind != IndicatorKind.Base && TitleCap().Match(title) is { Success: true } titleCap)
            stated = RuleParser.Amount(titleCap.Groups["n"].Value);
        // No base item is worth nothing: a 0 is a misread cell (OCR takes 6 for 0), as unreadable as a blank one.
        if (stated == 0 && kind == IndicatorKind.Base) stated = null;

        var (pieces, caps) = ClauseSplitter.Split(row.Criteria);
        // Deductions written in a column of their own are the clauses after the criteria's.
        if (row.Deductions.Length > 0)
        {
            var (more, moreCaps) = ClauseSplitter.Split(row.Deductions);
            int before = row.Criteria.Length > 0 ? pieces.Count : 0;
            pieces = [.. pieces.Take(before), .. more.Select((p, k) => p with { Number = before + k + 1 })];
            caps = [.. caps, .. moreCaps.Select(g => g with { From = g.From + before, To = g.To + before })];
        }
        // A "bonus" item whose every clause takes points away is a deduction item whose 扣 was read as 加 (OCR).
        if (kind == IndicatorKind.Bonus && pieces.All(p => p.Text.Contains('扣') && !AddsPoints().IsMatch(p.Text))) kind = IndicatorKind.Deduction;
        // A cap in the 备注 column (最多扣20分), or the points cell's own (最多扣10分), bounds all the clauses, as one after
        // the last clause would.
        if (caps.Count == 0 && pieces.Count > 1 && StatedCap(row) is { Success: true } noteCap)
            caps = [new GroupCap(1, pieces.Count, RuleParser.Amount(noteCap.Groups["n"].Value))];
        // An item of one clause scored against its own points (得满分, 得该项分值的60%) names them through the points cell.
        if (pieces.Count == 1 && stated is { } whole) pieces = [pieces[0] with { Text = RelativeAwards.Resolve(pieces[0].Text, whole) }];
        var parsed = pieces.Select(piece => RuleParser.Parse(piece.Number, piece.Text)).ToList();
        // A cap over all the clauses (本项最高加3分, 本项最多扣10分) is the bonus or deduction item's most.
        decimal? allCap = caps.FirstOrDefault(g => g.From == 1 && g.To == pieces.Count)?.Max;
        decimal bound = stated ?? allCap ?? parsed.Where(c => c.Bounded).Select(c => c.Clause.Points).DefaultIfEmpty(0).Max();
        var clauses = parsed.Select(c => Bound(c.Clause, c.Bounded, parsed, caps, bound, kind, RowPoints(rowPoints, c.Clause.Number))).ToList();
        if (kind == IndicatorKind.Base && stated is { } points) clauses = Alternatives.Infer(clauses, caps, points);

        // An unreadable points cell (a smudged scan) is taken from the clauses, and said so.
        decimal fromClauses = RulebookChecker.ClauseSum(new Indicator(row.Number, row.AreaNumber, title, kind, 0, [], clauses, caps));
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
        return new Indicator(row.Number, row.AreaNumber, title, kind, max, Assessors(row.Assessors), clauses, caps);
    }

    // An indicator written one clause per row (考核要点 | 评分标准 | 分值) is numbered (1) (2) … in row order, unless its rows
    // number their own clauses. A row's own points cell is its clause's points where the text names none (or says 得满分);
    // the indicator's points are its title's (7.重点领域（6分）), else the rows' sum — or the one cell a merge copied onto
    // every row (3 | 3 | 3 over 得2分, 得3分, 得3分 reads as one 8). Without a clause column, rows each with points of their
    // own are the clauses (a row's 扣分标准 after its 得分标准), and a row's points bound its clause where the text does not.
    static (ScoringTableReader.Row Row, IReadOnlyList<decimal>? RowPoints) ClauseRows(ScoringTableReader.Row row)
    {
        if (row.Parts.Count < 2 || row.Parts.Any(p => ClauseSplitter.Split(PartText(p)).Clauses.Count > 1)) return (row, null);
        var cells = row.Parts.Select(p => Number().Match(p.PointsCell) is { Success: true } m ? RuleParser.Amount(m.Value) : (decimal?)null).ToList();
        bool own = cells.All(c => c is not null) && (cells.Distinct().Count() > 1 || TitlePoints().IsMatch(row.Title));
        // Rows with no clause column to name them are clauses only when their points are their own, not one merged cell's.
        if (!own && row.Parts.All(p => p.Name.Length == 0)) return (row, null);
        var text = string.Concat(row.Parts.Select((p, k) =>
        {
            // A row's own mark ((2), ●) gives way to the row's place: the rows number the clauses.
            var criteria = ClauseSplitter.Split(PartText(p)).Clauses[0].Text.TrimEnd('。', ';', '；', ' ');
            if (own && FullMarks().IsMatch(criteria)) criteria = FullMarks().Replace(criteria, $"得{cells[k]}分");
            if (own && !AnyAmount().IsMatch(criteria)) criteria += $",得{cells[k]}分";
            return $"({k + 1}){criteria}。";
        }));
        var points = own ? (TitlePoints().IsMatch(row.Title) ? "" : cells.Sum()!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)) : row.PointsCell;
        return (row with { Criteria = text, PointsCell = points, Deductions = "" }, own ? cells.Select(c => c!.Value).ToList() : null);
    }

    // A clause row's text: its criteria, then its 扣分标准.
    static string PartText(ScoringTableReader.Part part) =>
        part.Criteria.Length == 0 || part.Deductions.Length == 0 ? part.Criteria + part.Deductions : part.Criteria.TrimEnd() + "。" + part.Deductions;

    // A clause is never worth more than its indicator; one that does not bound itself is bounded by its group cap,
    // or by what a base indicator leaves after its other clauses — a bonus item's points are a cap, not a sum, so
    // each of its clauses may reach them.
    static Clause Bound(Clause clause, bool bounded, List<(Clause Clause, bool Bounded)> all, IReadOnlyList<GroupCap> caps, decimal indicatorMax, IndicatorKind kind, decimal? rowPoints)
    {
        if (!bounded)
        {
            var group = caps.FirstOrDefault(g => clause.Number >= g.From && clause.Number <= g.To);
            decimal others = all.Where(c => c.Bounded && c.Clause.Rule != RuleShape.Deduction && c.Clause.Number != clause.Number).Sum(c => c.Clause.Points);
            decimal residual = indicatorMax - others;
            // A clause in a row of its own is bounded by that row's 分值 (每项扣0.5分，扣完为止 on a 2分 row takes at most 2).
            decimal? own = group?.Max ?? rowPoints;
            decimal limit = own ?? (clause.Rule == RuleShape.Deduction || kind == IndicatorKind.Bonus || residual <= 0 ? indicatorMax : clause.Points + residual);
            clause = clause with { Points = Math.Max(clause.Points, limit), Cap = clause.Cap ?? own };
        }
        return indicatorMax > 0 && clause.Points > indicatorMax ? clause with { Points = indicatorMax } : clause;
    }

    static Match StatedCap(ScoringTableReader.Row row) => NoteCap().Match(row.Note) is { Success: true } note ? note : NoteCap().Match(row.PointsCell);

    static decimal? RowPoints(IReadOnlyList<decimal>? rowPoints, int clause) =>
        rowPoints is not null && clause >= 1 && clause <= rowPoints.Count ? rowPoints[clause - 1] : null;

    static List<string> Assessors(string cell) =>
        AssessorSplit().Split(cell).Select(a => AssessorRole().Replace(a, "").Trim()).Where(a => a.Length > 1).Distinct().ToList();

    [GeneratedRegex(@"\d+(?:\.\d+)?")] private static partial Regex Number();
    [GeneratedRegex(@"得满分")] private static partial Regex FullMarks();
    [GeneratedRegex(@"\d+(?:\.\d+)?\s*分")] private static partial Regex AnyAmount();
    [GeneratedRegex(@"[（(]\s*(?<n>\d+(?:\.\d+)?)\s*分\s*[)）]\s*$")] private static partial Regex TitlePoints();
    [GeneratedRegex(@"[（(][^()（）]*?(?:最高|最多|不超过|封顶)\s*(?:加|扣|得)?\s*(?<n>\d+(?:\.\d+)?)\s*分[^()（）]*[)）]\s*$")] private static partial Regex TitleCap();
    [GeneratedRegex(@"(?:[得加计记]|给予|奖励)\s*\d")] private static partial Regex AddsPoints();
    [GeneratedRegex(@"(?:最多|最高|不超过|封顶)\s*(?:扣|加|得)?\s*(?<n>\d+(?:\.\d+)?)\s*分")] private static partial Regex NoteCap();
    [GeneratedRegex(@"[,、;]")] private static partial Regex AssessorSplit();
    [GeneratedRegex(@"(按职责分工)?(负责|牵头|参加|配合)$")] private static partial Regex AssessorRole();
}
