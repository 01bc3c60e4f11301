using System.Text.RegularExpressions;

namespace Extraction.Tasks;

/// <summary>The columns of a breakdown table, found from its header row in any order and naming: 序号, 类别 (任务名称,
/// 工作重点), 任务 (重点任务, 工作任务, 工作内容, 任务细项), 措施 (具体措施, 细化措施), 预期成果 (成果形式, 完成标志), 完成时限
/// (完成时间, 时间节点), 责任单位 (负责单位, 责任部门), 牵头单位, 配合单位. -1 where the table has no such column.</summary>
public sealed partial record TaskColumns(int Number, int Category, int Task, int Measure, int Output, int Deadline, int Units, int Lead, int Support)
{
    /// <summary>The columns a header row names, or null when it is no header (it must name a task or measure, and units or a deadline).</summary>
    public static TaskColumns? FromHeader(IReadOnlyList<string> row)
    {
        int number = -1, category = -1, measure = -1, output = -1, deadline = -1, units = -1, lead = -1, support = -1;
        var taskLike = new List<int>();
        for (int i = 0; i < row.Count; i++)
        {
            var h = Spaces().Replace(row[i], "");
            if (h.Length == 0 || h.Length > 10) continue;
            if (NumberHead().IsMatch(h)) number = number < 0 ? i : number;
            else if (h.Contains("牵头") || h.Contains("主责")) lead = lead < 0 ? i : lead;
            else if (SupportHead().IsMatch(h)) support = support < 0 ? i : support;
            else if (UnitsHead().IsMatch(h)) units = units < 0 ? i : units;
            else if (DeadlineHead().IsMatch(h)) deadline = deadline < 0 ? i : deadline;
            else if (OutputHead().IsMatch(h)) output = output < 0 ? i : output;
            else if (h.Contains("措施")) measure = measure < 0 ? i : measure;
            else if (CategoryHead().IsMatch(h)) category = category < 0 ? i : category;
            else if (TaskHead().IsMatch(h)) taskLike.Add(i);
        }
        // Of several task-like columns the first is the category when a third, or a measure column, follows.
        int task = -1;
        if (category < 0 && (taskLike.Count >= 3 || (taskLike.Count == 2 && measure >= 0))) { category = taskLike[0]; taskLike.RemoveAt(0); }
        if (taskLike.Count > 0) task = taskLike[0];
        if (taskLike.Count > 1 && measure < 0) measure = taskLike[1];
        if (task < 0 && measure < 0) return null;
        if (units < 0 && lead < 0 && deadline < 0) return null;
        return new TaskColumns(number, category, task, measure, output, deadline, units, lead, support);
    }

    /// <summary>How many columns this table's header names.</summary>
    public int Named => new[] { Number, Category, Task, Measure, Output, Deadline, Units, Lead, Support }.Count(c => c >= 0);

    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
    [GeneratedRegex(@"^(?:序号|编号|序|号)$")] private static partial Regex NumberHead();
    [GeneratedRegex(@"配合|协办|参与|协助")] private static partial Regex SupportHead();
    [GeneratedRegex(@"(?:责任|负责|承办|主办|实施)?(?:单位|部门)$")] private static partial Regex UnitsHead();
    [GeneratedRegex(@"时限|时间|期限|节点|进度|日期")] private static partial Regex DeadlineHead();
    [GeneratedRegex(@"成果|目标|标志|成效|产出")] private static partial Regex OutputHead();
    [GeneratedRegex(@"类别|领域|类型|板块|方面")] private static partial Regex CategoryHead();
    [GeneratedRegex(@"任务|内容|重点|事项|名称|项目|工作")] private static partial Regex TaskHead();
}
