using Extraction.Reports;
using Extraction.Tasks;

namespace Extraction.Host.Cli;

/// <summary>任务落实情况表.xlsx: a sheet of every task with its status, evidence and gaps, then a sheet per responsible unit
/// (the list a 双打办 sends to each member).</summary>
internal static class TaskWorkbook
{
    static readonly object?[] Header = ["序号", "任务", "措施", "责任单位", "牵头单位", "完成时限", "状态", "依据材料", "缺少", "说明"];

    public static void Write(string path, TaskBook book, List<TaskProgress> progress, DateOnly asOf)
    {
        var sheets = new List<XlsxWriter.Sheet> { new("按任务", Rows(progress, $"{book.Title ?? book.Source}，截至 {asOf:yyyy-MM-dd}")) };
        foreach (var (unit, tasks) in TaskStatusJson.ByUnit(progress))
            sheets.Add(new(SheetName(unit, sheets), Rows(tasks, $"{unit}：{tasks.Count} 项任务，截至 {asOf:yyyy-MM-dd}")));
        XlsxWriter.Write(path, sheets);
    }

    static List<IReadOnlyList<object?>> Rows(List<TaskProgress> progress, string caption)
    {
        var rows = new List<IReadOnlyList<object?>> { new object?[] { caption }, Header };
        rows.AddRange(progress.Select(p => (IReadOnlyList<object?>)new object?[]
        {
            TasksCommand.Key(p.Task), p.Task.Text, p.Task.Measure, string.Join("、", p.Task.Units), string.Join("、", p.Task.LeadUnits),
            TasksCommand.DeadlineText(p.Task.Deadline), TaskStatusLabels.Label(p.Status),
            string.Join("；", p.Evidence.Select(e => $"{Path.GetFileName(e.File)} 第{e.Page}页（{e.Date?.ToString("yyyy-MM-dd") ?? "日期不明"}）")),
            string.Join("；", p.Missing), p.Reason,
        }));
        return rows;
    }

    // Excel allows 31 characters and no []:*?/\ in a sheet's name, each name once.
    static string SheetName(string unit, List<XlsxWriter.Sheet> sheets)
    {
        var name = new string(unit.Where(c => !"[]:*?/\\".Contains(c)).ToArray());
        name = name.Length > 28 ? name[..28] : name;
        var unique = name;
        for (int k = 2; sheets.Any(s => s.Name == unique); k++) unique = $"{name}{k}";
        return unique;
    }
}
