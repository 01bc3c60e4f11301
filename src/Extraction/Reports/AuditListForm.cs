using Extraction.Reports.Sheets;

namespace Extraction.Reports;

/// <summary>The spot-check list as a form an auditor hands to a region: a 汇总 of findings by region and category,
/// then one sheet per region whose every row says which clause or file, what is wrong and what to do.</summary>
public static class AuditListForm
{
    const string FormName = "材料抽查清单";
    static readonly AuditCategory[] Columns = Enum.GetValues<AuditCategory>();

    public static IEnumerable<FormSheet> Build(AssessmentReport report)
    {
        var findings = report.Regions.Select(r => (r.Region, Findings: AuditFindings.For(report, r))).ToList();
        yield return Summary(report, findings);
        foreach (var (region, list) in findings) yield return Region(report, region, list);
    }

    static FormSheet Summary(AssessmentReport report, List<(string Region, List<AuditFinding> Findings)> findings)
    {
        var sheet = new FormSheet("汇总");
        sheet.Widths.AddRange([12, .. Columns.Select(_ => 10.0), 9]);
        sheet.AddWide(report.Title + FormName + "（汇总）", CellStyle.Title);
        sheet.AddWide($"评分依据：{report.Rulebook.Notice.DocNumber}　　生成日期：{Labels.Date(report.Date)}　　各地区明细见同名工作表", CellStyle.Subtitle);
        sheet.Add([FormCell.Text("地区", CellStyle.Header), .. Columns.Select(c => FormCell.Text(Labels.Category(c), CellStyle.Header)), FormCell.Text("合计", CellStyle.Header)]);
        int first = sheet.Rows.Count;
        foreach (var (region, list) in findings)
        {
            int row = sheet.Rows.Count + 1;
            sheet.Add([FormCell.Text(region, CellStyle.Centered), .. Columns.Select(c => FormCell.Number(list.Count(f => f.Category == c), CellStyle.Count)),
                FormCell.Computed($"SUM(B{row}:{CellReference.Column(Columns.Length)}{row})", list.Count, CellStyle.TotalCount)]);
        }
        int last = sheet.Rows.Count;
        var totals = Enumerable.Range(1, Columns.Length + 1).Select(c => FormCell.Computed(
            $"SUM({CellReference.Column(c)}{first + 1}:{CellReference.Column(c)}{last})",
            c <= Columns.Length ? findings.Sum(f => f.Findings.Count(x => x.Category == Columns[c - 1])) : findings.Sum(f => f.Findings.Count), CellStyle.TotalCount));
        sheet.Add([FormCell.Text("合计", CellStyle.TotalLabel), .. totals]);
        (sheet.FrozenRows, sheet.FrozenColumns, sheet.RepeatedRows) = (3, 1, 3);
        return sheet;
    }

    static FormSheet Region(AssessmentReport report, string region, List<AuditFinding> findings)
    {
        var sheet = new FormSheet(region);
        sheet.Widths.AddRange([5, 9, 10, 24, 46, 34, 38]);
        sheet.AddWide($"{report.Title}{FormName}（{region}）", CellStyle.Title);
        sheet.AddWide($"地区：{region}　　共 {findings.Count} 项　　评分依据：{report.Rulebook.Notice.DocNumber}　　生成日期：{Labels.Date(report.Date)}", CellStyle.Subtitle);
        sheet.Add([.. new[] { "序号", "地区", "类别", "条款", "存在的问题", "涉及文件", "处理建议" }.Select(h => FormCell.Text(h, CellStyle.Header))]);
        foreach (var (f, k) in findings.Select((f, k) => (f, k + 1)))
            sheet.Add(FormCell.Number(k, CellStyle.Count), FormCell.Text(f.Region, CellStyle.Centered), FormCell.Text(Labels.Category(f.Category), CellStyle.Centered),
                FormCell.Text(f.Clause), FormCell.Text(f.Problem), FormCell.Text(f.File), FormCell.Text(f.Action));
        if (findings.Count == 0) sheet.AddWide("未发现需要补正的问题。", CellStyle.Note);
        sheet.AddWide("抽查人员（签字）：＿＿＿＿＿＿＿＿　　　地区经办人（签字）：＿＿＿＿＿＿＿＿　　　日期：　　　　年　　月　　日", CellStyle.Subtitle);
        (sheet.FrozenRows, sheet.FrozenColumns, sheet.RepeatedRows) = (3, 0, 3);
        return sheet;
    }
}
