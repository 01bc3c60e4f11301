using System.Text.RegularExpressions;

namespace Extraction.Tasks;

/// <summary>Reads a breakdown table that has a header row: each row under it is a task (or, where a task spans rows, one
/// of its measures), its cells read by the header's columns. Merged cells come repeated from the extractors, so a category
/// or task over several rows is on each. A table continued on a later page (no header of its own) keeps the columns.</summary>
public static partial class TableTaskReader
{
    /// <summary>The tasks, or null when no table has a header naming tasks and their units or deadlines.</summary>
    public static (List<WorkTask> Tasks, List<TaskCategory> Categories, List<TaskFragment> Unplaced)? Read(IReadOnlyList<IReadOnlyList<string>> rows, string? region, int? year)
    {
        TaskColumns? columns = null;
        var tasks = new List<WorkTask>();
        var categories = new List<TaskCategory>();
        var unplaced = new List<TaskFragment>();
        int headerCells = 0, withUnits = 0, dataRows = 0;
        string? category = null;
        int? lastNumber = null;
        string? lastTask = null;
        for (int r = 0; r < rows.Count; r++)
        {
            var row = rows[r].Select(c => Clean(c)).ToList();
            if (row.All(c => c.Length == 0)) continue;
            if (TaskColumns.FromHeader(row) is { } header && (columns is null || header.Named >= columns.Named - 1))
            {
                (columns, headerCells) = (header, row.Count);
                continue;
            }
            if (columns is null) continue;
            // A title row spans the table: every cell holds the same text.
            if (row.Where(c => c.Length > 0).Distinct().Count() == 1 && row.Count(c => c.Length > 0) > 1 && row.Count > 2) continue;
            dataRows++;
            string Cell(int i) => i >= 0 && i < row.Count ? row[i] : "";
            var categoryCell = Cell(columns.Category);
            if (categoryCell.Length > 0 && CategoryMark().Match(categoryCell) is var cm)
            {
                var number = cm.Success ? cm.Groups["n"].Value : categoryCell;
                var title = cm.Success ? categoryCell[cm.Length..].Trim() : categoryCell;
                if (!categories.Any(c => c.Number == number)) categories.Add(new TaskCategory(number, title));
                category = number;
            }
            var taskCell = Cell(columns.Task);
            var measure = columns.Measure >= 0 ? Cell(columns.Measure) : null;
            int? taskNumber = int.TryParse(Cell(columns.Number).TrimEnd('.', '、'), out var n) ? n : null;
            if (TaskMark().Match(taskCell) is { Success: true } tm)
            {
                taskNumber ??= int.Parse(tm.Groups["n"].Value);
                taskCell = taskCell[tm.Length..].Trim();
            }
            // A task over several rows (a merged cell) keeps its number for each of its measures.
            if (taskNumber is null && taskCell.Length > 0 && taskCell == lastTask) taskNumber = lastNumber;
            var text = taskCell.Length > 0 ? taskCell : measure ?? "";
            if (text.Length == 0) { unplaced.Add(new TaskFragment(r + 1, string.Join(" | ", row.Where(c => c.Length > 0)))); continue; }
            var unitsText = string.Join("，", new[] { Cell(columns.Units) }.Where(c => c.Length > 0));
            var found = UnitNames.Read(unitsText, region);
            var lead = UnitNames.Read(Cell(columns.Lead), region);
            var support = UnitNames.Read(Cell(columns.Support), region);
            var all = found.All.Concat(lead.All).Concat(support.All).Distinct().ToList();
            var leadUnits = found.Lead.Concat(lead.All).Distinct().ToList();
            var supportUnits = found.Support.Concat(support.All).Distinct().ToList();
            if (all.Count > 0) withUnits++;
            var outputs = columns.Output >= 0 ? TaskOutputs.Split(Cell(columns.Output)) : TaskOutputs.FromText(measure ?? text);
            var deadline = DeadlineReader.Read(Cell(columns.Deadline), year) ?? TaskDeadline.None;
            tasks.Add(new WorkTask(category, taskNumber, text, measure, outputs, deadline, all, leadUnits, supportUnits, r + 1));
            (lastNumber, lastTask) = (taskNumber, taskCell);
        }
        // Cells the conversion ran together leave the unit column holding other text: such a table is not read by columns.
        if (columns is null || tasks.Count == 0 || withUnits < 0.6 * dataRows) return null;
        return (tasks, categories, unplaced);
    }

    static string Clean(string cell) => Tag().Replace(cell, " ").Replace('\n', ' ').Trim();

    [GeneratedRegex(@"^[（(]?(?<n>[一二三四五六七八九十]{1,3})[）)、.．]?\s*")] private static partial Regex CategoryMark();
    [GeneratedRegex(@"^(?<n>\d{1,3})\s*[.．、]\s*(?!\d)")] private static partial Regex TaskMark();
    [GeneratedRegex(@"<[^>]+>")] private static partial Regex Tag();
}
