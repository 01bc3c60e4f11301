using System.Text.RegularExpressions;
using Extraction.Rulebooks;
using Extraction.Understand;

namespace Extraction.Matching;

/// <summary>Whether a table lists the bonus or the deduction item's events rather than the indicators.</summary>
public enum ItemTable { None, Bonus, Deduction }

/// <summary>A region's own scores, read from its 自评报告 in whatever layout it came: a table whose columns (序号, 考核指标,
/// 分值, 自评得分, 备注 …) stand in any order and go by several names, or one laid on its side (<see cref="ScoreStrip"/>);
/// rows "N.… ⇥ score" under a plain heading; or prose
/// (自评得分7分, 得分：7分, 自评7分). An indicator is known by its number, or by its title matched against the rulebook's.
/// Given the rulebook's areas, items numbered afresh in each area are counted on through them; tables of the bonus or the
/// deduction item's events score that item. The region's own total is read where it says one (合计, 总分, 自评总分…; an
/// area's 合计 is not it), else it is the sum.</summary>
public static partial class SelfEvaluation
{
    public static (Dictionary<int, decimal> ByIndicator, decimal? Total) Read(string text) => Read(text, []);

    /// <param name="indicators">The rulebook's indicators, whose titles name a row that carries no number.</param>
    /// <param name="areas">The rulebook's areas, whose headings let items numbered afresh in each area be counted on.</param>
    public static (Dictionary<int, decimal> ByIndicator, decimal? Total) Read(string text, IReadOnlyList<Indicator> indicators, UnderstandingOptions? options = null, IReadOnlyList<Area>? areas = null)
    {
        options ??= new UnderstandingOptions();
        var titles = new IndicatorTitles(indicators, options.IndicatorTitleSimilarity, options.IndicatorTitleInOrderSimilarity);
        var walk = new ReportAreas(areas ?? [], indicators);
        var scores = new Dictionary<int, decimal>();
        decimal? total = null;
        Columns? columns = null;
        int? current = null, last = null;
        int plainFigures = 0;
        int? pairColumn = null;
        decimal itemSum = 0;
        ScoreStrip? strip = null;
        // Base items scored only by what prose says they lost (扣0.5分): a later self-score of theirs wins.
        var lostOnly = new HashSet<int>();
        foreach (var rawLine in ChineseAmounts.ToDigits(TraditionalChinese.ToSimplified(text)).Split('\n').SelectMany(Unmerged))
        {
            var line = rawLine.Trim();
            if (line.Length == 0) continue;
            var cells = Cells(line);
            if (ScoreStrip.Opens(cells) is { } opened) { strip = opened; continue; }
            if (strip is not null)
            {
                if (strip.Read(cells) is (var across, var stated))
                {
                    foreach (var (n, s) in across)
                        if ((s == FullMarks ? titles.Most(n) : s) is { } own && Within(n, own, titles) is { } within) (scores[n], last) = (within, n);
                    total = stated ?? total;
                    continue;
                }
                if (ScoreStrip.IsPointsRow(cells)) continue;
                strip = null;
            }
            // A score column headed 得分/扣分 writes each row as a pair (6.5/0.5, 1.5/—): the score is its first part.
            if (cells.FindIndex(c => ScorePairHeader().IsMatch(c)) is var pair and >= 0)
            {
                pairColumn = pair;
                cells[pair] = ScorePairHeader().Match(cells[pair]).Groups["score"].Value;
            }
            else if (pairColumn is int at && at < cells.Count && ScorePair().Match(cells[at]) is { Success: true } both)
                cells[at] = both.Groups["score"].Value;
            if (cells.Count >= 2 && Columns.FromHeader(cells) is { } header) { columns = header; itemSum = 0; continue; }
            var filled = cells.Where(c => c.Length > 0).ToList();
            if (filled.Count == 1 && walk.Enter(filled[0]) is { } area)
            {
                // An area's heading may state the area's sum (自评40.5分); only a one-indicator area's is that indicator's.
                current = area.Count == 1 ? area.First : null;
                if (area.Count > 1) continue;
            }
            // An area cell merged down a table opens the area on its first row, which is read on as a row.
            else if (filled.Count > 1) walk.Enter(filled[0]);
            if (cells.Count >= 2 && columns is { Item: not ItemTable.None } items)
            {
                // The table's own 合计 repeats its sum; a total row after it that says another figure is the report's.
                if (RowTotal(cells) is { } stated) { if (Math.Abs(stated) != Math.Abs(itemSum)) total = stated; continue; }
                if (items.ItemRow(cells, titles) is { } add && titles.ItemOf(items.Item) is { } item) scores[item] = itemSum += add;
                continue;
            }
            if (cells.Count >= 2 && cells.FirstOrDefault(c => c.Length > 0) is { } head && MostRow().IsMatch(head)) continue;
            if (cells.Count >= 2)
            {
                var (number, score, isTotal) = columns is null ? PlainRow(cells, titles, walk, ref plainFigures) : columns.Read(cells, titles, walk);
                // A number no indicator has is a misread one (120 for 20); a row in the report's own words names the indicator
                // after the last one scored.
                if (number is { } unknown && titles.Most(unknown) is null) number = null;
                // The name is the indicator column's, when the header has one (the area column beside it names no indicator).
                if (number is null && score is not null && !isTotal && (columns?.Name(cells) ?? cells.FirstOrDefault(c => HanCount(c) >= 4)) is { } named)
                    number = titles.Next(named, last, columns?.Most(cells));
                if (score == FullMarks) score = number is { } full ? titles.Most(full) : null;
                // An area's 合计 row sums that area; the report's total is the row that names none.
                if (isTotal && score is not null) { if (!walk.Names(cells)) total = score; continue; }
                if (number is { } n && score is { } s && Within(n, s, titles) is { } own) { scores[n] = own; last = n; continue; }
            }
            current = Prose(line, titles, current, scores, lostOnly, ref total, ref last, walk);
        }
        // A total below one of its own indicators' scores is some other figure (a split cell's stray digit), not the total.
        if (total is { } readTotal && scores.Count > 0 && readTotal < scores.Values.Max()) total = null;
        return (scores, total ?? (scores.Count > 0 ? scores.Values.Sum() : null));
    }

    // Prose: a heading names the indicator the sentences after it score; a passage may name its own, and one paragraph
    // may score several indicators one after another (…情况，自评得分5分；…情况，得分：3；…), each named by the words
    // between the previous score and its own.
    static int? Prose(string line, IndicatorTitles titles, int? current, Dictionary<int, decimal> scores, HashSet<int> lostOnly, ref decimal? total, ref int? last, ReportAreas walk)
    {
        line = SharedScores.Take(line, titles, scores, ref last);
        var totals = TotalPhrase().Matches(line).Where(t => !PartialSum().IsMatch(line[..t.Index])).ToList();
        if (totals.Count > 0) total = decimal.Parse(totals[^1].Groups["n"].Value);
        var sums = TotalPhrase().Matches(line).ToList();
        // What follows the report's total in its line (…自评总分为95分，其中基础项得分95分，扣分项扣1分) breaks the total
        // down: it scores no indicator it does not name.
        int breakdown = totals.Count > 0 ? totals[0].Index : line.Length;
        int from = 0;
        foreach (Match m in ScorePhrase().Matches(line))
        {
            if (sums.Any(t => m.Index < t.Index + t.Length && t.Index < m.Index + m.Length)) continue;
            var passage = line[from..m.Index].TrimStart(PassageStart);
            var named = Named(passage, titles, walk);
            if (m.Index > breakdown && named is null) continue;
            // A bare 扣N分 is the deduction item's own score; of a base item named in the same passage it says what the item
            // lost, which scores it only while nothing else does (…（2分）：培训偏少，扣0.5分 is 1.5; 自评1.5分，扣0.5分 is not 1).
            bool lost = m.Groups["deduct"].Success && named is { } of && titles.IsBase(of);
            if (m.Groups["deduct"].Success && !lost && !((named ?? current) is { } item && titles.IsDeduction(item))) continue;
            if (lost && scores.ContainsKey(named!.Value) && !lostOnly.Contains(named.Value)) continue;
            bool opensLine = from == 0;
            from = m.Index + m.Length;
            if (named is not null) current = named;
            // A paragraph opening with the next item's name in other words, once the item before it is scored, is that item.
            else if (opensLine && (current is null || scores.ContainsKey(current.Value)) && titles.Next(passage, last, StatedPoints(passage)) is { } next) current = next;
            // A figure beyond the indicator's points is some other figure of the year's work (得分90分 of a survey), not a self-score.
            if (current is not { } indicator) continue;
            // 自评满分 gives the indicator's points; 自评扣2分 in a deduction item is -2.
            // "…获通报表扬，加1分" scores a bonus item; elsewhere, and after "…的，", 加N分 quotes the criteria.
            if (m.Groups["bonus"].Success && !titles.IsBonus(indicator)) continue;
            // 不扣分 is the deduction item's 0; a base item not scored otherwise keeps its points.
            if (m.Groups["none"].Success && titles.IsBase(indicator))
            {
                if (named is null || scores.ContainsKey(indicator) || titles.Most(indicator) is not { } whole) continue;
                (scores[indicator], last) = (whole, indicator);
                lostOnly.Add(indicator);
                continue;
            }
            if (m.Groups["none"].Success && !titles.IsDeduction(indicator)) continue;
            if (lost)
            {
                if ((lostOnly.Contains(indicator) ? scores[indicator] : titles.Most(indicator)) is { } before && titles.Plausible(indicator, before - decimal.Parse(m.Groups["n"].Value)))
                    (scores[indicator], last) = (before - decimal.Parse(m.Groups["n"].Value), indicator);
                lostOnly.Add(indicator);
                continue;
            }
            decimal? own = m.Groups["full"].Success ? titles.Most(indicator) : m.Groups["none"].Success ? 0 : decimal.Parse(m.Groups["n"].Value) * (m.Groups["minus"].Success || m.Groups["deduct"].Success ? -1 : 1);
            if (own is { } o && titles.Plausible(indicator, o)) { (scores[indicator], last) = (o, indicator); lostOnly.Remove(indicator); }
        }
        // A heading with no score in it names the indicator the next lines score.
        if (from == 0 && totals.Count == 0 && Named(line, titles, walk) is { } heading) current = heading;
        else if (from == 0 && totals.Count == 0 && line.Length <= 30 && (current is null || scores.ContainsKey(current.Value)) && titles.Next(line, last) is { } next) current = next;
        return current;
    }

    // A row that scores two indicators at once ("3、4 ⇥ …；… ⇥ 1.5、1 ⇥ 2、1") is two rows, each cell's two parts one to each.
    static IEnumerable<string> Unmerged(string line)
    {
        var cells = line.Split('\t');
        if (!cells.Select(c => MergedNumbers().Match(c.Trim())).Any(m => m.Success && int.Parse(m.Groups[2].Value) == int.Parse(m.Groups[1].Value) + 1)) return [line];
        var halves = cells.Select(c => PairSeparator().Split(c.Trim()) is { Length: 2 } parts ? parts : [c, c]).ToList();
        return [string.Join('\t', halves.Select(h => h[0])), string.Join('\t', halves.Select(h => h[1]))];
    }

    // The points a name states in brackets after it (打击侵权假冒犯罪（20分）), which tell its indicator where the words do not.
    static decimal? StatedPoints(string passage) =>
        NamePoints().Match(passage) is { Success: true } m ? decimal.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    static int HanCount(string cell) => cell.Count(c => c is >= '\u4e00' and <= '\u9fff');

    static readonly char[] PassageStart = ['；', ';', '，', ',', '。', '、', ' ', '\t', ':', '：'];

    // A cell's score above the indicator's points is a misread one: OCR drops the point of 1.5 (15 for an indicator of 2)
    // or reads it as a digit between the units and the half (135).
    static decimal? Within(int indicator, decimal score, IndicatorTitles titles)
    {
        if (titles.Plausible(indicator, score)) return score;
        if (score != decimal.Truncate(score)) return null;
        if (score is >= 10 and < 1000 && titles.Plausible(indicator, score / 10)) return score / 10;
        return score is >= 100 and < 1000 && score % 10 == 5 && decimal.Truncate(score / 100) + 0.5m is var half && titles.Plausible(indicator, half) ? half : null;
    }

    // Cells of a table row: tab-separated from Word, spreadsheets and read grids; two or more spaces or bars in typed text.
    static List<string> Cells(string line) =>
        (line.Contains('\t') ? line.Split('\t') : CellGap().Split(line)).Select(c => c.Trim()).ToList();

    // A row without a header: "N.title ⇥ score", or "title ⇥ score" when the title is the rulebook's.
    // Rows that have shown both the points and the score (title ⇥ 2 ⇥ 1.5) make a row with one figure ambiguous: its score
    // cell may be the empty one.
    static (int? Number, decimal? Score, bool IsTotal) PlainRow(List<string> cells, IndicatorTitles titles, ReportAreas walk, ref int figuresSeen)
    {
        var filled = cells.Where(c => c.Length > 0).ToList();
        if (filled.Count < 2 || Score(filled[^1]) is not { } score) return (null, null, false);
        int figures = filled.Skip(1).Count(c => Score(c) is not null);
        if (figures < figuresSeen) return (null, null, false);
        figuresSeen = Math.Max(figuresSeen, Math.Min(figures, 2));
        if (TotalCell().IsMatch(filled[0])) return (null, score, true);
        return (Numbered(filled[0], walk) ?? ItemNumber.Labelled(filled[0]) ?? titles.Match(filled[0]), score, false);
    }

    /// <summary>Where a header row puts the number, the indicator, the self-score and the row's total label.</summary>
    sealed record Columns(int Count, int? NumberAt, int? IndicatorAt, int ScoreAt)
    {
        /// <summary>Where the indicator's points stand (分值, 标准分), which tell a row in the report's own words apart.</summary>
        public int? MostAt { get; init; }

        /// <summary>The row's points cell, when the header has one and the row is as wide as the header.</summary>
        public decimal? Most(List<string> cells) => MostAt is { } at && cells.Count == Count && Score(cells[at]) is { } most && most != FullMarks ? most : null;

        /// <summary>The row's indicator cell, when it names something (four Han characters or more).</summary>
        public string? Name(List<string> cells) => IndicatorAt is { } at && at < cells.Count && HanCount(cells[at]) >= 4 ? cells[at] : null;

        /// <summary>Whether the score column is prose (自评情况) whose closing 得N分 is the score.</summary>
        public bool InProse { get; init; }

        /// <summary>A table of the bonus or the deduction item alone (加分事项 / 自评加分, 扣分事项 / 自评扣分).</summary>
        public ItemTable Item { get; init; }

        /// <summary>Whether the score column says what each row lost (分值 | 扣分), so the self-score is the points less it.</summary>
        public bool Lost { get; init; }

        public static Columns? FromHeader(List<string> cells)
        {
            int score = cells.FindIndex(c => SelfScoreHeader().IsMatch(c));
            if (score < 0) score = cells.FindIndex(c => ScoreHeader().IsMatch(c));
            // With no score column, a 自评情况 column says in prose what was done and closes on the score it earned.
            int prose = score < 0 ? cells.FindIndex(c => ProseScoreHeader().IsMatch(c)) : -1;
            if (prose >= 0) score = prose;
            // 考核项目 may head the area column beside 考核内容: the more particular name wins.
            // 考核内容及评分标准 heads a cell that holds the indicator's title and its criteria after it.
            int indicator = IndicatorHeaders.Select(h => cells.FindIndex(c => c == h)).FirstOrDefault(i => i >= 0, -1);
            if (indicator < 0) indicator = IndicatorHeaders.Select(h => cells.FindIndex(c => c.StartsWith(h + "及", StringComparison.Ordinal) || c.StartsWith(h + "和", StringComparison.Ordinal))).FirstOrDefault(i => i >= 0, -1);
            // A table whose score column is 自评加分 or 自评扣分, with no indicator column, lists the bonus or deduction item's events;
            // a header holds no figures (a row "26 ⇥ 创新工作 ⇥ 加分 ⇥ 1" is the bonus item's row, its 分值 cell saying 加分).
            int item = cells.FindIndex(c => ItemScoreHeader().IsMatch(c));
            if (score < 0 && indicator < 0 && item >= 0 && !cells.Any(c => c.Any(char.IsAsciiDigit))) return new Columns(cells.Count, null, null, item) { Item = cells[item].Contains('加') ? ItemTable.Bonus : ItemTable.Deduction };
            int number = cells.FindIndex(c => NumberHeader().IsMatch(c)), most = cells.FindIndex(c => PointsHeader().IsMatch(c));
            // With no score column, a 扣分 column beside the points says what each indicator lost.
            int lost = score < 0 && most >= 0 ? cells.FindIndex(c => LostHeader().IsMatch(c)) : -1;
            if (lost >= 0) score = lost;
            if (score < 0 || indicator < 0 && number < 0) return null;
            return new Columns(cells.Count, number < 0 ? null : number, indicator < 0 ? null : indicator, score) { MostAt = most < 0 ? null : most, InProse = prose >= 0, Lost = lost >= 0 };
        }

        /// <summary>A row as the header lays it out; a row short of cells (empty cells trimmed at either end, an area cell
        /// merged away) is lined up on its indicator cell, the first that reads as a name.</summary>
        public (int? Number, decimal? Score, bool IsTotal) Read(List<string> cells, IndicatorTitles titles, ReportAreas walk)
        {
            var left = Aligned(cells, 0, titles, walk);
            // A row short only of its trailing remark still has a name where the header puts it: it stays as it is.
            if (left.Number is not null && left.Score is not null || left.IsTotal || cells.Count >= Count || IndicatorAt is not { } at || Name(cells) is not null) return left;
            int named = cells.FindIndex(c => c.Count(ch => ch is >= '\u4e00' and <= '\u9fff') >= 4);
            return named >= 0 ? Aligned(cells, named - at, titles, walk) : left;
        }

        /// <summary>What a row of a bonus or deduction table adds to its item (a deduction negative); null for a row that
        /// explains a base indicator's lost points.</summary>
        public decimal? ItemRow(List<string> cells, IndicatorTitles titles)
        {
            if (ScoreAt >= cells.Count || Score(cells[ScoreAt]) is not { } score || score == FullMarks) return null;
            var first = cells.FirstOrDefault(c => c.Length > 0) ?? "";
            if ((Numbered(first) ?? ItemNumber.Labelled(first) ?? titles.Match(first)) is { } named && titles.IsBase(named)) return null;
            return Item == ItemTable.Deduction ? -Math.Abs(score) : score;
        }

        (int? Number, decimal? Score, bool IsTotal) Aligned(List<string> cells, int shift, IndicatorTitles titles, ReportAreas walk)
        {
            string Cell(int? at) => at is { } i && i + shift is var j && j >= 0 && j < cells.Count ? cells[j] : "";
            // A scan's grid may split a column (a seal, a fold): in a row wider than the header, an empty score cell's figure
            // stands in the next filled cell.
            string ScoreText() => Cell(ScoreAt) is { Length: 0 } && cells.Count > Count ? cells.Skip(ScoreAt + shift + 1).FirstOrDefault(c => c.Length > 0) ?? "" : Cell(ScoreAt);
            // A scan may lose the rule between the score and the remark after it (3.5 审结案件2件): the figure opens the cell.
            var score = Score(ScoreText()) ?? (ScoreAt + 1 < Count ? ScoreBeforeRemark(Cell(ScoreAt)) : null) ?? (InProse ? ClosingScore(Cell(ScoreAt)) : null);
            if (Lost) score = Kept(Cell(MostAt), Cell(ScoreAt));
            bool isTotal = cells.Take(Math.Max(1, cells.Count - 1)).Any(c => TotalCell().IsMatch(c));
            // A 扣分 table's 合计 sums the points and the losses of the base items, not the bonus: the report's total is not in it.
            if (isTotal && Lost) return (null, null, true);
            if (isTotal) return (null, score ?? cells.Select(Score).LastOrDefault(s => s is not null), true);
            var indicator = Cell(IndicatorAt);
            // A 第N项 / 指标十二 label says which indicator outright; a plain 序号 may restart in each area, and an OCR'd one may be wrong, so a title wins over it.
            int? number = Numbered(indicator, walk) ?? ItemNumber.Labelled(indicator) ?? ItemNumber.Labelled(Cell(NumberAt)) ?? titles.Match(indicator) ?? titles.Match(TitleHead(indicator))
                ?? (NumberAt is not null && ItemNumber.Plain(Cell(NumberAt)) is { } n ? walk.Counted(n) : (int?)null)
                ?? cells.Take(ScoreAt + shift).Select(c => LabelledItem(c, titles)).FirstOrDefault(i => i is not null);
            return (number, score, false);
        }
    }

    // What a row of a 扣分 table kept: its points less what it lost (an empty or dashed 扣分 cell lost nothing); a row whose
    // points cell is no figure (扣分项) scores minus what it lost.
    static decimal? Kept(string points, string lost)
    {
        decimal? taken = LostNothing().IsMatch(lost) ? 0 : Score(lost) is { } l && l != FullMarks ? Math.Abs(l) : null;
        if (taken is not { } t) return null;
        // A bonus item's points cell (2（加分项）, +2) is its cap, not a score it starts from.
        if (points.Contains('加') || points.TrimStart().StartsWith('+') || points.TrimStart().StartsWith('＋')) return null;
        return Score(points) is { } most && most != FullMarks ? most - t : points.Contains('扣') ? -t : null;
    }

    // A total row's figure (合计 ⇥ ⇥ 1.5), or null for any other row.
    static decimal? RowTotal(List<string> cells) =>
        cells.Take(Math.Max(1, cells.Count - 1)).Any(c => TotalCell().IsMatch(c)) ? cells.Select(Score).LastOrDefault(s => s is not null && s != FullMarks) : null;

    // A cell or passage headed 加分项 / 扣分项 names the bonus or the deduction item.
    static int? LabelledItem(string text, IndicatorTitles titles) =>
        ItemLabel().Match(text) is { Success: true } label ? titles.ItemOf(label.Value.StartsWith('加') ? ItemTable.Bonus : ItemTable.Deduction) : null;

    // A cell that gives the title and then the criteria ("…工作情况（1）…得1分"): the title is what comes before them.
    static string TitleHead(string cell) => cell.IndexOfAny(['(', '（', ':', '：', '。', ';', '；']) is > 3 and var at ? cell[..at] : cell;

    static readonly string[] IndicatorHeaders = ["二级指标", "考核指标", "考核内容", "指标名称", "指标内容", "指标", "项目名称", "评价内容", "评分项目", "考核项目"];

    // A scanned cell's decimal point may come out as a comma, a middle dot, a colon, a hyphen before one digit or a full
    // stop with a space (2,5 · 1·5 · 3:5 · 12-5 · 6. 5), or be lost before a half point (05 is 0.5: nobody writes five
    // so), or merge with the 1 before it into a letter (L5 is 1.5); a closing 5 may come out as S (1S); its 分 may come
    // out as a digit and a bracket (6.5 4}), a bracket or a stop alone (1:5), 5:5.), a stray bracket, bar or quote before
    // it ((7, |6.5, \3, '0.5). A deduction is written -2 or 扣2分.
    internal static decimal? Score(string cell)
    {
        if (FullMarksCell().IsMatch(cell)) return FullMarks;
        var m = ScoreCell().Match(FiveAfterDigit().Replace(OneAndPoint().Replace(cell, "1."), "5"));
        if (!m.Success) return null;
        var n = DecimalPoint().Replace(m.Groups["n"].Value, ".");
        var score = n is [ '0', >= '1' and <= '9' ] ? decimal.Parse(n) / 10 : decimal.Parse(n);
        return m.Groups["minus"].Success ? -score : score;
    }

    // A prose cell's own score is the 得N分 that closes it (…应得3分，得3分。); a 得N分 after "…的" or "…的，" is an award
    // the criteria quoted in it give (有方案的得1分), and 应得N分 is the indicator's points.
    static decimal? ClosingScore(string cell) =>
        ClosingAward().Match(cell) is { Success: true } m && !cell[..m.Index].TrimEnd(',', '，', ' ').EndsWith('的') ? decimal.Parse(m.Groups["n"].Value) : null;

    static decimal? ScoreBeforeRemark(string cell) =>
        ScoreThenRemark().Match(cell) is { Success: true } m ? Score(m.Groups["score"].Value) : null;

    // "满分" in the score cell: the indicator's points, known once the row's indicator is.
    const decimal FullMarks = decimal.MinValue;

    static int? Numbered(string cell, ReportAreas? walk = null) =>
        IndicatorNumber().Match(cell) is { Success: true } m ? int.Parse(m.Groups["n"].Value) is var n && walk is not null ? walk.Counted(n) : n : null;

    // The indicator a line of prose names: "指标N" or "第N项" (digits or 十二) at its start, "N." counted through the areas,
    // （三） as the current area's third item, or a rulebook title within it.
    static int? Named(string passage, IndicatorTitles titles, ReportAreas walk)
    {
        var m = ProseNumber().Match(passage);
        if (m.Groups["n"].Success) return ItemNumber.Value(m.Groups["n"].Value);
        if (m.Groups["plain"].Success) return walk.Counted(int.Parse(m.Groups["plain"].Value));
        if (m.Groups["item"].Success && walk.Item(ItemNumber.Value(m.Groups["item"].Value)) is { } item) return item;
        if (LabelledItem(passage, titles) is { } labelled) return labelled;
        // A passage that tells the year's work first names its item where its last sentence opens (…审结案件6件。第20项…).
        if (LaterReference().Matches(passage) is { Count: > 0 } later) return ItemNumber.Value(later[^1].Groups["n"].Value);
        return passage.Length >= 4 ? titles.Find(passage) : null;
    }

    [GeneratedRegex(@"\t|\s{2,}|\s*[|｜]\s*")] private static partial Regex CellGap();
    [GeneratedRegex(@"(?<=[。；;，,：:]\s*)(?:第\s*(?<n>\d{1,2}|[一二三四五六七八九十]{1,3})\s*项|指标\s*(?<n>\d{1,2}|[一二三四五六七八九十]{1,3}))")] private static partial Regex LaterReference();
    [GeneratedRegex(@"^[^\d(（]{4,30}[(（]\s*(?<n>\d{1,2}(\.\d)?)\s*分\s*[)）]")] private static partial Regex NamePoints();
    [GeneratedRegex(@"^((自评|自我评)(得分|分|分值|分数|结果|打分|评分|得分情况)?|自查(得分|评分|分|分值|分数|结果))\s*([(（]分[)）])?$")] private static partial Regex SelfScoreHeader();
    // A row or passage whose label is the bonus or deduction item's (加分项 ⇥ … ⇥ 1 with no title the rulebook knows).
    [GeneratedRegex(@"^(加分项|扣分项)(目)?")] private static partial Regex ItemLabel();
    [GeneratedRegex(@"^(得分|评分|实得分|打分|得分情况)$")] private static partial Regex ScoreHeader();
    [GeneratedRegex(@"^(扣分|扣分值|扣分数|自评扣分|扣减分值)\s*([(（]分[)）])?$")] private static partial Regex LostHeader();
    [GeneratedRegex(@"^(|[—–\-－/／]{1,2}|无|0|不扣分)$")] private static partial Regex LostNothing();
    [GeneratedRegex(@"^(自评|自查|自查自评)(情况|说明|情况说明)$")] private static partial Regex ProseScoreHeader();
    [GeneratedRegex(@"(?<![应可最每])得\s*(?<n>\d{1,3}(\.\d{1,2})?)\s*分\s*[。.；;]?\s*$")] private static partial Regex ClosingAward();
    [GeneratedRegex(@"^(?<score>(自评)?得分)\s*[/／]\s*扣分$")] private static partial Regex ScorePairHeader();
    [GeneratedRegex(@"^(?<score>-?\d{1,3}(\.\d{1,2})?)\s*[/／]\s*(\d{1,3}(\.\d{1,2})?|[—–\-－]{1,2})$")] private static partial Regex ScorePair();
    [GeneratedRegex(@"^(序号|编号|指标序号|项目序号|项次)$")] private static partial Regex NumberHeader();
    [GeneratedRegex(@"^第?(\d{1,2})\s*[、,，]\s*第?(\d{1,2})\s*项?$")] private static partial Regex MergedNumbers();
    [GeneratedRegex(@"\s*[、；;]\s*")] private static partial Regex PairSeparator();
    [GeneratedRegex(@"^(分值|标准分|标准分值|满分|基本分|指标分值)\s*([(（]分[)）])?$")] private static partial Regex PointsHeader();
    [GeneratedRegex(@"^(合计|总分|总计|自评总分|得分合计|自评得分合计|总得分|实得分|实际得分)")] private static partial Regex TotalCell();
    // 应得分 ⇥ 107 states the most a report can reach, not what it reached.
    [GeneratedRegex(@"^(应得分|应得总分|标准分合计|分值合计|满分合计)$")] private static partial Regex MostRow();
    [GeneratedRegex(@"^[(（'‘’`|\\]?\s*(自评得分|自评|得分)?\s*[:：]?\s*((?<minus>[-－−]|扣\s*)|[+＋]\s*)?(?<n>\d{1,3}(\s?[.．,，·:]\s?\d{1,2}|[-－]\d)?)\s*(分|\s?\d?[)}\]）】|]|[.。])?\s*([(（][^()（）]{1,20}[)）])?$")] private static partial Regex ScoreCell();
    [GeneratedRegex(@"^[LlI](?=\d\s*分?$)")] private static partial Regex OneAndPoint();
    [GeneratedRegex(@"(?<=\d)[Ss](?=\s*分?$)")] private static partial Regex FiveAfterDigit();
    [GeneratedRegex(@"^(?<score>\d{1,2}([.．]\d)?)\s*(?=\p{IsCJKUnifiedIdeographs})")] private static partial Regex ScoreThenRemark();
    [GeneratedRegex(@"^(自评)?满分$")] private static partial Regex FullMarksCell();
    [GeneratedRegex(@"^(自评)?(加分|扣分)(分值|分数|情况)?\s*([(（]分[)）])?$")] private static partial Regex ItemScoreHeader();
    [GeneratedRegex(@"\s?[.．,，·:]\s?|[-－](?=\d$)")] private static partial Regex DecimalPoint();
    [GeneratedRegex(@"^(?<n>\d{1,2})\s*[.、．]")] private static partial Regex IndicatorNumber();
    [GeneratedRegex(@"^(指标\s*(?<n>\d{1,2}|[一二三四五六七八九十]{1,3})|第\s*(?<n>\d{1,2}|[一二三四五六七八九十]{1,3})\s*项|(?<plain>\d{1,2})\s*[.、．]|[(（](?<item>[一二三四五六七八九十]{1,3})[)）])")] private static partial Regex ProseNumber();
    [GeneratedRegex(@"(自评得分|自评分|自评加分|自评加|自评得|自查得分|自查评分|自查分|(本项|该项|此项)得|自评|得分)\s*(为|是)?\s*[:：]?\s*(?<n>\d{1,3}(\.\d{1,2})?)(?![\d.])\s*分?|自评(?<minus>扣)\s*(?<n>\d{1,3}(\.\d{1,2})?)\s*分|(自评得分\s*[:：]\s*|自评得?|得|[，,]\s*)(?<full>满分)(?!\s*\d)|(本项|该项|此项)得(?<full>满分)|扣\s*\d{1,2}(\.\d{1,2})?\s*分\s*[，,]\s*得\s*(?<n>\d{1,3}(\.\d{1,2})?)\s*分|(?<![合累总共估统])计得?\s*(?<n>\d{1,3}(\.\d{1,2})?)(?![\d.])\s*分|(?<none>不扣分|无扣分|未扣分|不予扣分)|(?<![的得])[，,]\s*(?<bonus>加)(?<n>\d{1,3}(\.\d{1,2})?)\s*分|(?<![每起次的自评])(?<deduct>扣)\s*(?<n>\d{1,3}(\.\d{1,2})?)\s*分")] private static partial Regex ScorePhrase();
    // 其余指标自评得分合计31分 sums some indicators, not the report.
    [GeneratedRegex(@"(其余|其他|其它|以上|上述|另有|剩余)[^，,；;。]*$")] private static partial Regex PartialSum();
    // OCR may misread the 分 after the figure (84.5 4)): the figure stands without it. A self-score summed (自评得分共计94.5分,
    // 自评合计) is the total as much as one named 总分, and so is the self-score of the whole region (我市自评得分为93.5分).
    [GeneratedRegex(@"(自评总分|总得分|(自评得?分|得分|自评)\s*(合计|共计|总计)|合计得分|(?<=考核|总)实得分|总分|(?<=(我|全|本)(市|区|县|州|林区|地区)(20\d\d年度?|本年度|今年|本次|此次)?的?)(自评得分|自评总得分|自评分|自查得分|自评))\s*(为|是|共)?\s*[:：]?\s*(?<n>\d{1,3}(\.\d{1,2})?)(?![\d.])\s*分?")] private static partial Regex TotalPhrase();
}
