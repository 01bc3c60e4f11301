using Extraction.Matching;
using Extraction.Rulebooks;
using Extraction.Reports.Sheets;

namespace Extraction.Reports;

/// <summary>The rows of the notice's Annex 1 as the forms lay them out — 考核重点 (merged over its indicators),
/// 考核内容, 分值 — and the totals of a column of points: base items summed, bonus items added, deduction items
/// taken away, as formulas a reviewer's changes keep right.</summary>
public sealed class IndicatorRows(Rulebook rulebook, int firstRow)
{
    public IReadOnlyList<Indicator> Indicators => rulebook.Indicators;
    public int FirstRow => firstRow;
    public int LastRow => firstRow + rulebook.Indicators.Count - 1;
    public int RowOf(int indicator) => firstRow + rulebook.Indicators.ToList().FindIndex(i => i.Number == indicator);

    /// <summary>The three leading cells of an indicator's row; 分值 is a number for a base item and says what a bonus or
    /// deduction item is (加分项，最多加2分), so a sum of the column is the notice's base total.</summary>
    public FormCell[] Leading(Indicator indicator, bool firstOfArea) =>
    [
        firstOfArea ? FormCell.Text(AreaTitle(indicator.Area), CellStyle.Area) : FormCell.Empty(CellStyle.Area),
        FormCell.Text($"{indicator.Number}.{indicator.Title}"),
        indicator.Kind == IndicatorKind.Base ? FormCell.Number(indicator.MaxPoints) : FormCell.Text(Labels.MaxPoints(indicator), CellStyle.Centered),
    ];

    /// <summary>Adds every indicator's row (leading cells, then what <paramref name="rest"/> gives), merging each area's cells.</summary>
    public void AddTo(FormSheet sheet, Func<Indicator, IEnumerable<FormCell>> rest)
    {
        foreach (var area in rulebook.Indicators.GroupBy(i => i.Area))
        {
            int start = sheet.Rows.Count;
            foreach (var (indicator, k) in area.Select((i, k) => (i, k)))
                sheet.Add([.. Leading(indicator, k == 0), .. rest(indicator)]);
            if (sheet.Rows.Count - 1 > start) sheet.Merges.Add(new CellRange(start, 0, sheet.Rows.Count - 1, 0));
        }
    }

    /// <summary>The 合计 of one column: its base rows summed, bonus rows added, deduction rows subtracted; blank while the
    /// column is empty (a 复核得分 column before any decision), so an empty column does not read as 0 points.</summary>
    public FormCell Total(int column, Func<Indicator, decimal?> value)
    {
        string col = CellReference.Column(column);
        var formula = Ranges(col, IndicatorKind.Base, "+") + Ranges(col, IndicatorKind.Bonus, "+") + Ranges(col, IndicatorKind.Deduction, "-");
        formula = $"IF(COUNT({col}{firstRow + 1}:{col}{LastRow + 1})=0,\"\",{formula.TrimStart('+')})";
        var values = rulebook.Indicators.Select(i => (i.Kind, Value: value(i))).ToList();
        if (values.All(v => v.Value is null)) return new FormCell(null, CellStyle.TotalNumber) { Formula = formula };
        decimal total = values.Sum(v => v.Kind == IndicatorKind.Deduction ? -(v.Value ?? 0) : v.Value ?? 0);
        return FormCell.Computed(formula, total);
    }

    /// <summary>SUM of the base points column: the notice's base total (107).</summary>
    public FormCell MaxTotal(int column)
    {
        string col = CellReference.Column(column);
        return FormCell.Computed(Ranges(col, IndicatorKind.Base, "+").TrimStart('+'), rulebook.Indicators.Where(i => i.Kind == IndicatorKind.Base).Sum(i => i.MaxPoints));
    }

    // "+SUM(D4:D28,D30:D31)" for the rows of one kind, contiguous rows as one range; "" when there are none.
    string Ranges(string col, IndicatorKind kind, string sign)
    {
        var rows = rulebook.Indicators.Select((i, k) => (i.Kind, Row: firstRow + k + 1)).Where(x => x.Kind == kind).Select(x => x.Row).ToList();
        if (rows.Count == 0) return "";
        var parts = new List<string>();
        for (int k = 0; k < rows.Count;)
        {
            int end = k;
            while (end + 1 < rows.Count && rows[end + 1] == rows[end] + 1) end++;
            parts.Add(rows[k] == rows[end] ? $"{col}{rows[k]}" : $"{col}{rows[k]}:{col}{rows[end]}");
            k = end + 1;
        }
        return $"{sign}SUM({string.Join(",", parts)})";
    }

    string AreaTitle(string number) => rulebook.Areas.FirstOrDefault(a => a.Number == number) is { } a ? $"{a.Number}、{a.Title}" : number;

    /// <summary>The indicator's suggestion as the forms show it: blank when every clause is left to a reviewer.</summary>
    public static decimal? Suggested(IndicatorScore score, Indicator indicator) =>
        score.NeedsReview == indicator.Clauses.Count ? null : score.Suggested;
}
