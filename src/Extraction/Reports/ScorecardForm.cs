using Extraction.Matching;
using Extraction.Reports.Sheets;
using Extraction.Rulebooks;

namespace Extraction.Reports;

/// <summary>The scorecard as the office's own form (the notice's Annex 1): a 总览 of every region's suggested, reviewed
/// and self points per indicator, then one sheet per region with its missing materials, ready to print and sign.</summary>
public static class ScorecardForm
{
    const string FormName = "评分表";
    const int HeaderRows = 3;
    static readonly string Signatures = "评审人员（签字）：＿＿＿＿＿＿＿＿　　　复核人员（签字）：＿＿＿＿＿＿＿＿　　　日期：　　　　年　　月　　日";

    public static IEnumerable<FormSheet> Build(AssessmentReport report)
    {
        yield return Overview(report);
        foreach (var region in report.Regions) yield return Region(report, region);
    }

    static FormSheet Overview(AssessmentReport report)
    {
        var sheet = new FormSheet("总览");
        sheet.Widths.AddRange([12, 26, 11]);
        foreach (var _ in report.Regions) sheet.Widths.AddRange([7.5, 7.5, 7.5]);
        sheet.AddWide(report.Title + FormName, CellStyle.Title);
        sheet.AddWide($"评分依据：{report.Rulebook.Notice.DocNumber}附件1　　地区：{string.Join("、", report.Regions.Select(r => r.Region))}　　生成日期：{Labels.Date(report.Date)}", CellStyle.Subtitle);
        var first = new List<FormCell> { FormCell.Text("考核重点", CellStyle.Header), FormCell.Text("考核内容", CellStyle.Header), FormCell.Text("分值", CellStyle.Header) };
        var second = new List<FormCell> { FormCell.Empty(CellStyle.Header), FormCell.Empty(CellStyle.Header), FormCell.Empty(CellStyle.Header) };
        foreach (var r in report.Regions)
        {
            first.AddRange([FormCell.Text(r.Region, CellStyle.Header), FormCell.Empty(CellStyle.Header), FormCell.Empty(CellStyle.Header)]);
            second.AddRange([FormCell.Text("建议得分", CellStyle.Header), FormCell.Text("复核得分", CellStyle.Header), FormCell.Text("自评得分", CellStyle.Header)]);
        }
        int top = sheet.Add([.. first]);
        sheet.Add([.. second]);
        for (int c = 0; c < 3; c++) sheet.Merges.Add(new CellRange(top, c, top + 1, c));
        for (int k = 0; k < report.Regions.Count; k++) sheet.Merges.Add(new CellRange(top, 3 + 3 * k, top, 5 + 3 * k));

        var rows = new IndicatorRows(report.Rulebook, sheet.Rows.Count);
        rows.AddTo(sheet, indicator => report.Regions.SelectMany(r => Scores(report, r, indicator)));
        var total = new List<FormCell> { FormCell.Text("合计", CellStyle.TotalLabel), FormCell.Empty(CellStyle.TotalLabel), rows.MaxTotal(2) };
        for (int k = 0; k < report.Regions.Count; k++)
        {
            var r = report.Regions[k];
            total.Add(rows.Total(3 + 3 * k, i => IndicatorRows.Suggested(Score(r, i), i)));
            total.Add(rows.Total(4 + 3 * k, i => report.ReviewedPoints(r.Region, i.Number)));
            total.Add(rows.Total(5 + 3 * k, i => Score(r, i).SelfPoints));
            Highlight(sheet, rows, 3 + 3 * k);
        }
        int totalRow = sheet.Add([.. total]);
        sheet.Merges.Add(new CellRange(totalRow, 0, totalRow, 1));
        AddNotes(sheet);
        (sheet.FrozenRows, sheet.FrozenColumns, sheet.RepeatedRows) = (HeaderRows + 1, 3, HeaderRows + 1);
        return sheet;
    }

    static FormSheet Region(AssessmentReport report, RegionAssessment region)
    {
        var sheet = new FormSheet(region.Region);
        sheet.Widths.AddRange([12, 30, 11, 8, 8, 8, 46, 30]);
        sheet.AddWide(report.Title + FormName, CellStyle.Title);
        sheet.AddWide($"地区：{region.Region}　　评分依据：{report.Rulebook.Notice.DocNumber}附件1　　生成日期：{Labels.Date(report.Date)}", CellStyle.Subtitle);
        sheet.Add([.. new[] { "考核重点", "考核内容", "分值", "建议得分", "复核得分", "自评得分", "缺失材料", "备注" }.Select(h => FormCell.Text(h, CellStyle.Header))]);
        var rows = new IndicatorRows(report.Rulebook, sheet.Rows.Count);
        rows.AddTo(sheet, indicator => [.. Scores(report, region, indicator),
            FormCell.Text(Missing(region, indicator)), FormCell.Text(Remarks(report, region, indicator))]);
        int totalRow = sheet.Add(FormCell.Text("合计", CellStyle.TotalLabel), FormCell.Empty(CellStyle.TotalLabel), rows.MaxTotal(2),
            rows.Total(3, i => IndicatorRows.Suggested(Score(region, i), i)),
            rows.Total(4, i => report.ReviewedPoints(region.Region, i.Number)),
            rows.Total(5, i => Score(region, i).SelfPoints),
            FormCell.Empty(CellStyle.TotalLabel),
            FormCell.Text(region.SelfTotal is { } own ? $"自评报告所列总分 {Labels.Points(own)} 分" : "未找到自评报告", CellStyle.TotalLabel));
        sheet.Merges.Add(new CellRange(totalRow, 0, totalRow, 1));
        Highlight(sheet, rows, 3);
        AddNotes(sheet);
        (sheet.FrozenRows, sheet.FrozenColumns, sheet.RepeatedRows) = (HeaderRows, 2, HeaderRows);
        return sheet;
    }

    // 建议得分, 复核得分, 自评得分 of one region for one indicator.
    static FormCell[] Scores(AssessmentReport report, RegionAssessment region, Indicator indicator)
    {
        var score = Score(region, indicator);
        return [FormCell.Number(IndicatorRows.Suggested(score, indicator)), FormCell.Number(report.ReviewedPoints(region.Region, indicator.Number)), FormCell.Number(score.SelfPoints)];
    }

    static IndicatorScore Score(RegionAssessment region, Indicator indicator) => region.Indicators.First(i => i.Indicator == indicator.Number);

    // A self-score is red while it is above what was decided: the reviewed points once given, else the suggestion.
    static void Highlight(FormSheet sheet, IndicatorRows rows, int suggestedColumn)
    {
        string Cell(int offset) => CellReference.Column(suggestedColumn + offset) + (rows.FirstRow + 1);
        var (suggested, reviewed, self) = (Cell(0), Cell(1), Cell(2));
        var basis = $"IF(ISNUMBER({reviewed}),{reviewed},{suggested})";
        sheet.Highlights.Add(new Highlight(new CellRange(rows.FirstRow, suggestedColumn + 2, rows.LastRow, suggestedColumn + 2),
            $"AND(ISNUMBER({self}),ISNUMBER({basis}),{self}>{basis})"));
    }

    /// <summary>Per clause below its maximum that documents could decide: what is missing, kind and subject.</summary>
    static string Missing(RegionAssessment region, Indicator indicator) => string.Join("\n",
        ClauseGaps.Of(region).Where(c => c.Indicator == indicator.Number).Select(c => $"({c.Clause}) " + string.Join("；", ClauseGaps.Sentences(c))));

    /// <summary>What a reviewer must still decide, by reason, and a self-score the evidence does not support.</summary>
    static string Remarks(AssessmentReport report, RegionAssessment region, Indicator indicator)
    {
        var notes = region.Clauses.Where(c => c.Indicator == indicator.Number && c.Status == Suggestion.NeedsReview)
            .GroupBy(c => c.Reason).Select(g => $"{string.Concat(g.Select(c => $"({c.Clause})"))} {Labels.Status(Suggestion.NeedsReview)}：{g.Key}").ToList();
        var score = Score(region, indicator);
        var basis = report.ReviewedPoints(region.Region, indicator.Number) ?? IndicatorRows.Suggested(score, indicator);
        if (score.SelfPoints is { } own && basis is { } b && own > b) notes.Add($"自评高于材料支持的分数 {Labels.Points(own - b)} 分");
        return string.Join("\n", notes);
    }

    static void AddNotes(FormSheet sheet)
    {
        sheet.AddWide("说明：1. 建议得分由所交材料逐条得出，需人工评定的条款未计分；整项需人工评定的指标不填建议得分。"
            + "2. 复核得分：尚无评审决定，由评审人员填写，合计随之更新。3. 自评得分高于复核得分（未复核的，高于建议得分）时标红。"
            + "4. 加分项计入合计；扣分项填写扣除的分数，从合计中减去。", CellStyle.Note);
        sheet.AddWide(Signatures, CellStyle.Subtitle);
    }
}
