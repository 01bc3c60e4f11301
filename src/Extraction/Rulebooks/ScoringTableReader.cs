using System.Text.RegularExpressions;
using Extraction.Chinese;
using Extraction.Extract;

namespace Extraction.Rulebooks;

/// <summary>Finds the scoring table among a document's tables by its header and reads one row per indicator,
/// joining the pieces of a row that a page break or a merged cell split.</summary>
public static partial class ScoringTableReader
{
    /// <summary>One indicator's row as printed: its area cell, title, criteria, assessor and points cells.</summary>
    public sealed record Row(int Number, string AreaNumber, string AreaTitle, string Title, string Criteria, string Assessors, string PointsCell)
    {
        /// <summary>The 扣分标准 cell of a table that writes its deductions apart from its criteria: more clauses, after them.</summary>
        public string Deductions { get; init; } = "";

        /// <summary>The 备注 cell, where some tables write an indicator's cap (最多扣20分).</summary>
        public string Note { get; init; } = "";

        /// <summary>In a table with a column per clause beside the indicator's (二级指标 | 考核要点), the indicator's rows,
        /// one per clause: its name, criteria and points cell.</summary>
        public IReadOnlyList<Part> Parts { get; init; } = [];
    }

    /// <summary>One clause's row under an indicator that spans several (考核要点 | 评分标准 | 分值).</summary>
    public sealed record Part(string Name, string Criteria, string PointsCell)
    {
        /// <summary>The row's 扣分标准 cell, read after its criteria.</summary>
        public string Deductions { get; init; } = "";
    }

    public sealed record Result(IReadOnlyList<Row> Rows, decimal? StatedTotal, IReadOnlyList<string> Unplaced);

    // Header words each column goes by in the tables seen; the first match wins.
    static readonly (string Column, string[] Words)[] Headers =
    [
        ("number", ["序号"]),
        // A column of deductions beside the criteria (得分标准 | 扣分标准) holds more of the indicator's clauses.
        ("deductions", ["扣分标准", "扣分细则", "扣分办法"]),
        ("area", ["考核重点", "考核项目", "考核类别", "一级指标", "考核领域", "评价项目", "考评项目", "评价类别", "考核维度"]),
        ("indicator", ["考核内容", "考核指标", "二级指标", "考核事项", "评价内容", "考评内容", "评价指标", "考核要点"]),
        ("criteria", ["评分标准", "评分细则", "评分办法", "考核标准", "评分方法", "评价标准", "考核办法", "评分要点", "考评标准", "考评办法", "计分方法", "评分依据", "得分标准"]),
        ("assessor", ["考核单位", "考核部门", "责任单位", "评分单位"]),
        ("points", ["分值", "分数", "标准分", "满分", "权重", "赋分"]),
        ("note", ["备注"]),
        // A column naming each row's clause where no indicator column stands beside it (序号 | 评分要素 | 评分细则).
        ("clause", ["评分要素", "考核要素"]),
    ];
    // Short headers count only as the whole cell: 项目 or 内容 inside a longer header means something else.
    static readonly (string Column, string[] Words)[] WholeHeaders =
    [
        ("area", ["项目", "类别", "领域"]),
        ("indicator", ["指标", "内容", "事项", "考核项"]),
    ];

    public static Result Read(IEnumerable<ExtractedTable> tables)
    {
        var rows = tables.SelectMany(t => t.Rows).Select(r => r.Select(Clean).ToList()).ToList();
        int headerAt = rows.FindIndex(r => Columns(r) is { } c && c.ContainsKey("criteria") && c.ContainsKey("points"));
        var columns = headerAt >= 0 ? Columns(rows[headerAt])! : null;
        // OCR can lose the 分值 header cell of a scan: a header with criteria whose unnamed column holds numbers below it.
        if (headerAt < 0 && rows.FindIndex(r => Columns(r) is { } c && c.ContainsKey("criteria")) is var criteriaAt and >= 0
            && UnnamedPointsColumn(rows, criteriaAt) is int points)
            (headerAt, columns) = (criteriaAt, Columns(rows[criteriaAt])!.Append(KeyValuePair.Create("points", points)).ToDictionary());
        // A table with no points column may write each indicator's points in its own cell (领导机制 6分, 分值：5分, 最高加3分).
        if (headerAt < 0 && PointsInIndicatorCells(rows) is { } split) (rows, headerAt, columns) = split;
        if (headerAt < 0 || columns is null) return new Result([], null, []);
        // Two columns may be headed like criteria (评价标准 beside 评分方法): the one whose cells give the points scores.
        var criteria = Enumerable.Range(0, rows[headerAt].Count).Where(i => CriteriaHeader(rows[headerAt][i])).ToList();
        if (criteria.Count > 1)
            columns["criteria"] = criteria.MaxBy(i => rows.Skip(headerAt + 1).Count(r => i < r.Count && PointsPhrase().IsMatch(r[i])));
        // A table of one level (考核项目 | 评分标准 | 分值) has no indicator column: its project column names the indicators.
        bool oneLevel = !columns.ContainsKey("indicator") && !columns.ContainsKey("number") && columns.ContainsKey("area");
        // A table with no 序号 column whose indicators carry no number either (考核项目 | 考核内容 | 评分方法 | 分值) numbers
        // them by their order.
        bool unnumbered = oneLevel || !columns.ContainsKey("number") && columns.ContainsKey("indicator")
            && !rows.Skip(headerAt + 1).Any(r => Numbered("", CellOf(r, columns, "indicator")).Number is not null);
        // Without an indicator column the project column names the indicators, numbered or not (序号 | 考核项目 | 分值 | 考核标准).
        if (!columns.ContainsKey("indicator") && columns.Remove("area", out var projects)) columns["indicator"] = projects;
        var header = rows[headerAt];
        // With a clause column and no indicator nor area column, the headings spanning the table (一、组织领导（8分）) are
        // the indicators and the rows below them (1.1, 1.2 or unnumbered) their clauses.
        bool indicatorHeadings = columns.ContainsKey("clause") && !columns.ContainsKey("indicator");

        var result = new List<Row>();
        var unplaced = new List<string>();
        decimal? statedTotal = null;
        string areaNumber = "", areaTitle = "";
        Row? current = null;
        string currentLabel = "";
        bool totalled = false;
        int offset = 0, lastPrinted = 0;
        // In a table numbered 1, 1.1, 1.2, 2 …, a whole number without criteria is an area.
        bool hierarchical = rows.Skip(headerAt + 1).Any(r => columns.TryGetValue("number", out var n) && n < r.Count && Hierarchical().IsMatch(r[n].Trim()));
        var body = rows.Skip(headerAt + 1).ToList();
        for (int at = 0; at < body.Count; at++)
        {
            var row = body[at];
            if (row.SequenceEqual(header) || HeaderSecondRow(row, header, columns)) continue;
            var filled = row.Where(c => c.Length > 0).ToList();
            if (filled.Count == 0) continue;
            string Cell(string column) => CellOf(row, columns, column);
            // A note spanning the table's width ("说明:总分107分…", "注:…") holds the stated total, if any; it is no criteria.
            if (filled.Distinct().Count() == 1 && (TotalNote().Match(filled[0]) is { Success: true } || NoteStart().IsMatch(filled[0])))
            {
                if (TotalNote().Match(filled[0]) is { Success: true } note) statedTotal = RuleParser.Amount(note.Groups[1].Value);
                continue;
            }
            // A totals row (合计 | | 45) states the total in its points cell and ends the indicators: notes follow it.
            if (TotalsRow().IsMatch(filled[0]))
            {
                if (Number().Match(Cell("points").Length > 0 ? Cell("points") : string.Join(" ", filled.Skip(1))) is { Success: true } sum) statedTotal = RuleParser.Amount(sum.Value);
                totalled = true;
                continue;
            }
            // An area's subtotal (小计 | 20) restates its points; it is no indicator.
            if (totalled || filled.Any(c => SubtotalRow().IsMatch(c))) continue;
            if (indicatorHeadings)
            {
                if (IndicatorHeading(filled) is { } opened)
                {
                    if (current is not null) result.Add(current);
                    (current, currentLabel) = (opened with { Number = (current?.Number ?? 0) + 1 }, "");
                }
                else if (current is null) unplaced.Add(string.Join(" | ", filled));
                else (current, currentLabel) = (WithClauseRow(current, currentLabel, Cell("number").Trim(), Cell("clause"), Cell("criteria"), Cell("points")), Cell("number").Trim());
                continue;
            }
            // An area printed as a row of its own: 一、队伍建设（15分） across the table, or 一 | 基础工作 | 10.
            if (hierarchical && Cell("criteria").Length == 0 && int.TryParse(Cell("number"), out var whole) && Cell("indicator").Length > 0)
            {
                (areaNumber, areaTitle) = (AreaHeading.Numeral(whole), AreaHeading.Title(Cell("indicator")));
                continue;
            }
            if (Cell("criteria").Length == 0 && AreaRow(row, Cell("number"), Cell("indicator")) is { } heading)
            {
                (areaNumber, areaTitle) = (heading.Number.Length > 0 ? heading.Number : AreaHeading.Next(areaNumber), heading.Title);
                continue;
            }

            // A merged area cell that a page break cut ends on the next page with the rest of its bracket (高加4分）) or its
            // points alone (20分): it is the same area, not the next.
            if (Cell("area") is { Length: > 0 } areaCell && !ClosesBracketOnly(areaCell) && !BareNumber().IsMatch(areaCell))
            {
                // A merged area cell comes copied onto each row it spans: the same title is the same area, and a title
                // without its numeral (printed so, or lost to OCR) is the next area.
                var (cellNumber, cellTitle) = AreaHeading.Numbered(areaCell) ?? ("", AreaHeading.Title(areaCell));
                if (cellTitle != areaTitle || (cellNumber.Length > 0 && cellNumber != areaNumber))
                    (areaNumber, areaTitle) = (cellNumber.Length > 0 ? cellNumber : AreaHeading.Next(areaNumber), cellTitle);
                if (current is not null && current.AreaNumber == areaNumber) current = current with { AreaTitle = areaTitle };
            }

            var (number, title) = Numbered(Cell("number"), Cell("indicator"));
            // Numbers that start again at 1 in a new area (1 2 3, then 1 2 …) are counted on through the table.
            if (number is int printed)
            {
                if (printed == 1 && lastPrinted >= 1 && current is not null && current.AreaNumber != areaNumber) offset = current.Number;
                (lastPrinted, number) = (printed, printed + offset);
            }
            // Without numbers, each row that names a new indicator and scores it is the next one (a merged title copied
            // onto the rest of its row, past a page break, is the same one).
            if (unnumbered && number is null && Cell("indicator").Length > 0 && (Cell("criteria").Length > 0 || Cell("deductions").Length > 0) && Cell("indicator") != current?.Title
                && !RestOfCutTitle(current?.Title, Cell("indicator")))
                number = (current?.Number ?? 0) + 1;
            // Hierarchical numbers (1.1, 1.2, 2.1 …) are counted: the indicators are numbered in order through the table.
            if (Hierarchical().IsMatch(Cell("number").Trim()))
                number = Cell("number").Trim() == currentLabel ? current?.Number : (current?.Number ?? 0) + 1;
            // OCR can lose the number of a row that is plainly an indicator of its own (a title, criteria and points,
            // the indicator above complete with its points): such rows are the numbers the next numbered row skips.
            if (number is null && (current is null || current.PointsCell.Length > 0) && OwnIndicator(row, columns)
                && NextNumbered(body, at + 1, columns) is var (next, nextAt) && next - (current?.Number ?? 0) - 1 == body[at..nextAt].Count(r => OwnIndicator(r, columns)))
                (number, title) = ((current?.Number ?? 0) + 1, LostNumber().Replace(Cell("indicator"), ""));
            // Or misread it as another number (0 for 6): between indicators 5 and 7, a row of its own is the 6th.
            if (number is int read && current is { PointsCell.Length: > 0 } && read != current.Number && read != current.Number + 1
                && Cell("criteria").Length > 0 && Cell("points").Length > 0 && NextNumbered(body, at + 1, columns).Number == current.Number + 2)
                number = current.Number + 1;
            if (number is not null && number != current?.Number)
            {
                if (current is not null) result.Add(current);
                current = new Row(number.Value, areaNumber, areaTitle, title, Cell("criteria"), Cell("assessor"), Cell("points"))
                {
                    Note = Cell("note"),
                    Deductions = Cell("deductions"),
                    Parts = [new Part(Cell("clause"), Cell("criteria"), Cell("points")) { Deductions = Cell("deductions") }],
                };
                currentLabel = Cell("number").Trim();
                continue;
            }
            if (current is null)
            {
                unplaced.Add(string.Join(" | ", filled));
                continue;
            }
            // A row without a number of its own continues the indicator above: a page break or a merged cell split it.
            current = current with
            {
                Title = number is null ? Append(current.Title, Cell("indicator")) : current.Title,
                Criteria = Append(current.Criteria, Cell("criteria")),
                Assessors = Append(current.Assessors, Cell("assessor")),
                Note = Append(current.Note, Cell("note")),
                Deductions = Append(current.Deductions, Cell("deductions")),
                PointsCell = current.PointsCell.Length > 0 ? current.PointsCell : Cell("points"),
                // A row naming another clause in the clause column is that clause's; one naming the same (a merged cell,
                // a page break) goes on with it.
                Parts = current.Parts.Count == 0 ? []
                    : !columns.ContainsKey("clause") ? WithRow(current.Parts, Cell("criteria"), Cell("deductions"), Cell("points"))
                    : Cell("clause") is { Length: > 0 } name && name != current.Parts[^1].Name && !Wrapped(current.Parts[^1], Cell("points"))
                        ? [.. current.Parts, new Part(name, Cell("criteria"), Cell("points")) { Deductions = Cell("deductions") }]
                    : [.. current.Parts.SkipLast(1), current.Parts[^1] with { Criteria = Append(current.Parts[^1].Criteria, Cell("criteria")), Deductions = Append(current.Parts[^1].Deductions, Cell("deductions")) }],
            };
        }
        if (current is not null) result.Add(current);
        return new Result(result, statedTotal, unplaced);
    }

    // A heading across the table (一、组织领导（8分）, 十二、工作创新（加分项，最多加3分）) opens an indicator: its title,
    // and the points or cap in its brackets as its points cell.
    static Row? IndicatorHeading(List<string> filled)
    {
        if (filled.Distinct().Count() != 1 || AreaHeading.Numbered(filled[0]) is not { Title.Length: > 0 } heading) return null;
        string points = AreaHeading.Points(filled[0]);
        return new Row(0, "", "", heading.Title, "", "", points) { Note = points, Parts = [] };
    }

    // Without a clause column, a row of the same indicator with points of its own and criteria not copied from the row
    // above is a clause row (制度建设（5分） over 2.0 | 2.0 | 1.0); one without points (what a page break cut off) goes on
    // with the last.
    static IReadOnlyList<Part> WithRow(IReadOnlyList<Part> parts, string criteria, string deductions, string points)
    {
        var last = parts[^1];
        bool own = Number().IsMatch(points) && criteria.Length + deductions.Length > 0 && (criteria != last.Criteria || deductions != last.Deductions);
        return own ? [.. parts, new Part("", criteria, points) { Deductions = deductions }]
            : [.. parts.SkipLast(1), last with { Criteria = Append(last.Criteria, criteria), Deductions = Append(last.Deductions, deductions) }];
    }

    // A clause row under an indicator heading: a new number (1.2 after 1.1), or a new name in an unnumbered row whose
    // clause above is complete, is the next clause; anything else (a merged name, a wrapped line) goes on with the last.
    static Row WithClauseRow(Row indicator, string lastLabel, string label, string name, string criteria, string points)
    {
        var last = indicator.Parts.LastOrDefault();
        bool next = last is null || (label.Length > 0 ? label != lastLabel : name.Length > 0 && name != last.Name && !Wrapped(last, points));
        return indicator with
        {
            Criteria = Append(indicator.Criteria, criteria),
            Parts = next ? [.. indicator.Parts, new Part(name, criteria, points)]
                : [.. indicator.Parts.SkipLast(1), last! with { Criteria = Append(last.Criteria, criteria) }],
        };
    }

    // The second row of a two-row header (得分 over 自评 | 复核): the columns read are blank or the header's own words,
    // merged down onto it, and the rest are labels.
    static bool HeaderSecondRow(List<string> row, List<string> header, Dictionary<string, int> columns) =>
        columns.Values.All(i => i >= row.Count || row[i].Length == 0 || (i < header.Count && row[i] == header[i]))
        && row.Any(c => c.Length > 0) && row.All(c => c.Length <= 8 && !Number().IsMatch(c));

    // A clause's text broken off mid-sentence (no 。 nor points at its end) goes on in the next row when that row has no
    // points of its own: a line a PDF's cell wrapped onto, its clause name wrapped with it.
    static bool Wrapped(Part part, string pointsCell) => pointsCell.Length == 0 && !SentenceEnd().IsMatch(part.Criteria);

    // A header with criteria and indicators but no points column, most of whose indicator cells end on their points
    // (领导机制 6分, 案件查办 / 15分, 分值：5分, 最高加3分, 最多扣10分): each such cell gives its title to the indicator column
    // and its points to a points column added after the others; null when the cells name no points.
    static (List<List<string>> Rows, int HeaderAt, Dictionary<string, int> Columns)? PointsInIndicatorCells(List<List<string>> rows)
    {
        int at = rows.FindIndex(r => Columns(r) is { } c && c.ContainsKey("criteria") && c.ContainsKey("indicator"));
        if (at < 0) return null;
        var header = rows[at];
        var columns = Columns(header)!;
        int indicator = columns["indicator"];
        var cells = rows.Skip(at + 1).Where(r => !r.SequenceEqual(header) && indicator < r.Count && r[indicator].Length > 0).Select(r => r[indicator]).ToList();
        if (cells.Count < 2 || cells.Count(c => CellPoints().IsMatch(c)) * 3 < cells.Count * 2) return null;
        int points = rows.Max(r => r.Count);
        List<string> Padded(List<string> row, string pointsCell) => [.. row, .. Enumerable.Repeat("", points - row.Count), pointsCell];
        var split = rows.Select((row, k) =>
        {
            if (k < at) return row;
            // The header repeated on each page is still the header.
            if (row.SequenceEqual(header)) return Padded(row, "分值");
            if (indicator >= row.Count || CellPoints().Match(row[indicator]) is not { Success: true } m) return Padded(row, "");
            var titled = row.ToList();
            titled[indicator] = row[indicator][..m.Index].TrimEnd(' ', '/', '／');
            return Padded(titled, m.Groups["points"].Value);
        }).ToList();
        columns["points"] = points;
        return (split, at, columns);
    }

    // The one column the header leaves empty whose cells below are mostly bare numbers, or null.
    static int? UnnamedPointsColumn(List<List<string>> rows, int headerAt)
    {
        var header = rows[headerAt];
        var body = rows.Skip(headerAt + 1).ToList();
        var empty = Enumerable.Range(0, header.Count).Where(i => header[i].Length == 0).ToList();
        var numeric = empty.Where(i =>
        {
            var filled = body.Where(r => i < r.Count && r[i].Length > 0).Select(r => r[i]).ToList();
            return filled.Count >= 2 && filled.Count(c => BareNumber().IsMatch(c)) * 3 >= filled.Count * 2;
        }).ToList();
        return numeric.Count == 1 ? numeric[0] : null;
    }

    static string CellOf(List<string> row, Dictionary<string, int> columns, string column) => columns.TryGetValue(column, out var i) && i < row.Count ? row[i] : "";

    // A row without a number that has everything an indicator's row has: a title, criteria and points.
    static bool OwnIndicator(List<string> row, Dictionary<string, int> columns) =>
        Numbered(CellOf(row, columns, "number"), CellOf(row, columns, "indicator")).Number is null
        && CellOf(row, columns, "indicator").Length > 0 && CellOf(row, columns, "criteria").Length > 0 && CellOf(row, columns, "points").Length > 0;

    // The next row that gives a number: the number and where it is; (0, end) when none does.
    static (int Number, int At) NextNumbered(List<List<string>> body, int from, Dictionary<string, int> columns)
    {
        for (int at = from; at < body.Count; at++)
            if (Numbered(CellOf(body[at], columns, "number"), CellOf(body[at], columns, "indicator")).Number is int n) return (n, at);
        return (0, body.Count);
    }

    static bool CriteriaHeader(string cell) => Headers.First(h => h.Column == "criteria").Words.Any(w => cell.Replace(" ", "").Contains(w));

    static Dictionary<string, int>? Columns(List<string> row)
    {
        var map = new Dictionary<string, int>();
        for (int i = 0; i < row.Count; i++)
        {
            var cell = row[i].Replace(" ", "");
            // One header naming two columns (考核内容及评分标准) heads the criteria: the indicator's text only leads into them.
            if (!map.ContainsKey("criteria") && CriteriaHeader(cell) && Headers.Any(h => h.Column != "criteria" && h.Words.Any(w => cell.Contains(w)))) { map["criteria"] = i; continue; }
            foreach (var (column, words) in Headers)
            {
                // A second indicator-like column right of the first (二级指标 | 考核要点) names each row's clause.
                if (column == "indicator" && map.ContainsKey(column) && !map.ContainsKey("clause") && !map.ContainsValue(i) && words.Any(w => cell.Contains(w))) { map["clause"] = i; break; }
                if (!map.ContainsKey(column) && words.Any(w => cell.Contains(w))) { map[column] = i; break; }
            }
            foreach (var (column, words) in WholeHeaders)
                if (!map.ContainsKey(column) && !map.ContainsValue(i) && words.Contains(cell)) { map[column] = i; break; }
        }
        return map.Count >= 3 ? map : null;
    }

    // An indicator cell a page break cut (案件查办（12 | 分）) goes on at the top of the next page with the rest of its bracket.
    static bool RestOfCutTitle(string? title, string cell) =>
        title is not null && title.Count(c => c is '(' or '（') > title.Count(c => c is ')' or '）') && ClosesBracketOnly(cell);

    static bool ClosesBracketOnly(string cell) =>
        cell.Count(c => c is ')' or '）') > cell.Count(c => c is '(' or '（') && !AreaHeading.IsNumeral(cell.TrimStart()[..1]);

    // The first filled cell a heading (一、… or (一)…), or the number cell a lone numeral beside the area's title.
    static (string Number, string Title)? AreaRow(List<string> row, string numberCell, string indicatorCell)
    {
        if (AreaHeading.IsNumeral(numberCell) && indicatorCell.Length > 0) return (numberCell.Trim(), AreaHeading.Title(indicatorCell));
        var filled = row.Where(c => c.Length > 0).Distinct().ToList();
        return filled.Count == 1 && AreaHeading.Numbered(filled[0]) is { } heading && heading.Title.Length > 0 ? heading : null;
    }

    static (int? Number, string Title) Numbered(string numberCell, string indicatorCell)
    {
        if (int.TryParse(numberCell, out var n)) return (n, indicatorCell);
        var m = IndicatorNumber().Match(indicatorCell);
        return m.Success ? (int.Parse(m.Groups[1].Value), indicatorCell[m.Length..].Trim()) : (null, indicatorCell);
    }

    // Repeated text (a merged cell copied onto each row it spans) is not appended twice.
    static string Append(string text, string more) =>
        more.Length == 0 || text.EndsWith(more, StringComparison.Ordinal) ? text : text + more;

    // A cell's lines wrap inside a sentence and are joined, but a line that starts a numbered clause (a Word cell's
    // paragraphs "1.有方案得1分" "2.有总结得1分"), in any of the marks ClauseSplitter counts (bullets ● ◆ — too), keeps the
    // pause before it, so its number still reads as a clause mark.
    internal static string Clean(string cell)
    {
        var text = TextNormalizer.Normalize(cell, joinWrappedLines: false);
        // A cell holding only a dash or 无 says there is nothing there.
        if (EmptyMark().IsMatch(text)) return "";
        if (!MarkedLine().IsMatch(text) && Paragraphs(text) is { Count: >= 2 } paragraphs)
            return string.Concat(paragraphs.Select((p, i) => $"({i + 1}){p}"));
        return ClauseLine().Replace(text, m => EndsPause().IsMatch(m.Groups["before"].Value) ? m.Groups["before"].Value : m.Groups["before"].Value + ";")
            .Replace("\n", "").Trim();
    }

    // A cell of clauses with no marks, one paragraph each (…的得1分。⏎…的得2分), its lines ending where a sentence or an
    // amount does: each paragraph is a clause when each names points; a cell whose lines only wrap gives none.
    static List<string> Paragraphs(string text)
    {
        var paragraphs = new List<string>();
        var open = "";
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            open += line;
            if (ParagraphEnd().IsMatch(line)) { paragraphs.Add(open); open = ""; }
        }
        if (open.Length > 0) paragraphs.Add(open);
        return paragraphs.All(p => NamesPoints().IsMatch(p)) ? paragraphs : [];
    }

    const string ClauseMarks = @"(?:[●◆■•]|—+(?=[\u4e00-\u9fff])|\d{1,2}\s*[.、)](?!\d)|\(\s*[\d一二三四五六七八九十]{1,3}\s*\)|[①-⑳]|[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[,、:项]|[A-Ja-j]\s*[.、)](?![A-Za-z\d]))";
    [GeneratedRegex(@"(?<before>\S?)\n(?=\s*" + ClauseMarks + ")")] private static partial Regex ClauseLine();
    [GeneratedRegex(@"(?m)^\s*" + ClauseMarks)] private static partial Regex MarkedLine();
    [GeneratedRegex(@"(?:[。]|\d\s*分)$")] private static partial Regex ParagraphEnd();
    [GeneratedRegex(@"\d\s*分")] private static partial Regex NamesPoints();
    [GeneratedRegex(@"^[。;,:、]?$")] private static partial Regex EndsPause();

    [GeneratedRegex(@"^(\d{1,3})\s*[.、．]\s*")] private static partial Regex IndicatorNumber();
    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}$")] private static partial Regex Hierarchical();
    [GeneratedRegex(@"(?:[。;；]|分|的)\s*$")] private static partial Regex SentenceEnd();
    // What is left of a misread number before the title: one or two characters and the dot.
    [GeneratedRegex(@"^\S{1,2}\s*[.、．]\s*")] private static partial Regex LostNumber();
    [GeneratedRegex(@"^(?:注|说明|备注)\s*[:：]")] private static partial Regex NoteStart();
    [GeneratedRegex(@"^(?:合\s*计|总\s*计|总\s*分)\s*$")] private static partial Regex TotalsRow();
    [GeneratedRegex(@"^小\s*计\s*$")] private static partial Regex SubtotalRow();
    [GeneratedRegex(@"\d+(?:\.\d+)?")] private static partial Regex Number();
    [GeneratedRegex(@"总分\s*(\d+(?:\.\d+)?)\s*分")] private static partial Regex TotalNote();
    [GeneratedRegex(@"\d+(\.\d+)?分")] private static partial Regex PointsPhrase();
    [GeneratedRegex(@"^\d{1,3}(?:\.\d+)?\s*分?$")] private static partial Regex BareNumber();
    [GeneratedRegex(@"^\s*(?:/|／|无|—+|-+)\s*$")] private static partial Regex EmptyMark();
    // An indicator cell's own points at its end, with no brackets: 6分, 分值：5分, 最高加3分, 最多扣10分.
    [GeneratedRegex(@"(?:分值\s*[:：]\s*)?(?<points>(?:(?:最高|最多)\s*[加扣得]?\s*)?\d+(?:\.\d+)?\s*分)\s*$")] private static partial Regex CellPoints();
}
