using System.Text.RegularExpressions;
using Extraction.Chinese;

namespace Extraction.Rulebooks;

/// <summary>Reads a task breakdown table from its text, one line per table row with cells split by tabs — the shape every
/// extractor gives a table. Badly converted tables lose cells and numbers: what does not fit is reported, never guessed.</summary>
public static partial class TaskTableParser
{
    public static TaskTable Parse(IEnumerable<string> pageTexts)
    {
        var lines = pageTexts.SelectMany(p => p.Split('\n')).ToList();
        var units = KnownUnits(lines);
        var categories = new List<(string Number, string Title, List<(int Number, string Title, List<Measure> Measures)> Tasks)>();
        var unplaced = new List<Fragment>();
        (string Number, string Title, List<(int, string, List<Measure>)> Tasks)? category = null;
        (int Number, string Title, List<Measure> Measures)? task = null;

        var previous = new HashSet<string>();
        for (int i = 0; i < lines.Count; i++)
        {
            var cells = lines[i].Split('\t').SelectMany(SubCells).Select(Clean).Where(c => c.Length > 0).ToList();
            if (cells.Count == 0) continue;
            // A merged category cell comes repeated on every row it spans: the repeat is no new heading.
            var above = previous;
            previous = cells.ToHashSet();
            string? rowCategory = null;
            var measureCells = new List<string>();
            Deadline? deadline = null;
            var rowUnits = new List<string>();
            foreach (var raw in cells)
            {
                var cell = raw;
                if (CategoryMark().Match(cell) is { Success: true } repeat && above.Contains(raw))
                {
                    cell = cell[repeat.Length..].Trim();
                    if (cell.Length == 0) continue;
                }
                else if (CategoryMark().Match(cell) is { Success: true } cm)
                {
                    var number = cm.Groups[1].Value;
                    rowCategory = number;
                    var existing = categories.FindIndex(c => c.Number == number);
                    if (existing < 0) categories.Add((number, cm.Groups[2].Value.Trim(), []));
                    else if (categories[existing].Title.Length == 0 && cm.Groups[2].Value.Trim().Length > 0)
                        categories[existing] = categories[existing] with { Title = cm.Groups[2].Value.Trim() };
                    category = categories[existing < 0 ? ^1 : existing];
                    cell = cell[cm.Length..].Trim();
                    if (cell.Length == 0) continue;
                }
                if (TaskMark().Match(cell) is { Success: true } tm && category is not null)
                {
                    int number = int.Parse(tm.Groups[1].Value);
                    var tasks = category.Value.Tasks;
                    var found = categories.SelectMany(c => c.Tasks).FirstOrDefault(t => t.Number == number);
                    if (found.Measures is null)
                    {
                        found = (number, cell[tm.Index..][tm.Groups[0].Length..].Trim(), new List<Measure>());
                        tasks.Add(found);
                    }
                    else if (rowCategory == category.Value.Number && !tasks.Any(t => t.Item1 == number))
                    {
                        // A row naming a category and a task together places the task there, wherever it was first seen.
                        foreach (var c in categories) c.Tasks.RemoveAll(t => t.Item1 == number);
                        tasks.Add(found);
                    }
                    task = found;
                    // What stands before a task's number in its row is the tail of the cell above, broken off: not a measure.
                    var before = measureCells.Append(cell[..tm.Index].Trim()).Where(c => c.Length > 0).ToList();
                    if (before.Count > 0) unplaced.Add(new Fragment(i + 1, string.Join(" | ", before)));
                    measureCells.Clear();
                    continue;
                }
                if (DeadlineAndUnits(cell, units) is { } du)
                {
                    deadline ??= du.Deadline;
                    rowUnits.AddRange(du.Units);
                    continue;
                }
                measureCells.Add(cell);
            }
            measureCells = measureCells.Where(c => c.Length > 0).ToList();
            if (measureCells.Count == 0 && deadline is null && rowUnits.Count == 0) continue;
            // A row needs a task to belong to and a measure worth the name; a broken fragment is reported.
            if (task is null || measureCells.Count == 0 || measureCells.All(c => c.Length < 6 || !HanChar().IsMatch(c)))
            {
                unplaced.Add(new Fragment(i + 1, string.Join(" | ", cells)));
                continue;
            }
            task.Value.Measures.Add(new Measure(measureCells[0], measureCells.Count > 1 ? string.Join(" ", measureCells.Skip(1)) : null, deadline, rowUnits.Distinct().ToList(), i + 1));
        }
        return new TaskTable(
            categories.Select(c => new TaskCategory(c.Number, c.Title, c.Tasks.Select(t => new TaskItem(t.Item1, t.Item2, t.Item3)).ToList())).ToList(),
            unplaced);
    }

    /// <summary>Every task number written anywhere in the text (for checking that none was lost).</summary>
    public static SortedSet<int> TaskNumbersIn(IEnumerable<string> pageTexts) =>
        new(pageTexts.SelectMany(p => p.Split('\n')).SelectMany(l => l.Split('\t')).Select(Clean)
            .Select(c => TaskMark().Match(CategoryMark().Replace(c, "").Trim())).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)));

    // The conversion ran cells together, keeping only a space between them: a space before a deadline or a unit splits.
    static IEnumerable<string> SubCells(string raw) => CellBreak().Split(Tag().Replace(raw, " "));

    /// <summary>A cell holding a deadline, units, or both run together ("2019年底市文化和旅游局", "持续开展持续开展"); null when it holds other text.</summary>
    static (Deadline? Deadline, List<string> Units)? DeadlineAndUnits(string cell, List<string> known)
    {
        var c = cell.Replace(" ", "");
        Deadline? deadline = null;
        while (DeadlineStart().Match(c) is { Success: true } m)
        {
            deadline ??= ParseDeadline(m.Value);
            c = c[m.Length..];
        }
        if (c.Length == 0) return deadline is null ? null : (deadline, []);
        // "2019年8月，检查工作持续开展": a deadline with a short note after it.
        if (deadline is not null && c.Length <= 12 && "，,；;".Contains(c[0])) return (deadline, []);
        var units = UnitsIn(c, known);
        return units.Count > 0 ? (deadline, units) : null;
    }

    public static Deadline? ParseDeadline(string cell)
    {
        var c = cell.Replace(" ", "");
        if (c.Length > 16) return null;
        if (OngoingWords().IsMatch(c)) return new Deadline("ongoing", null, cell);
        if (c.Contains("按上级")) return new Deadline("as_arranged", null, cell);
        if (c.Contains("已完成")) return new Deadline("done", null, cell);
        if (YearMonth().Match(c) is { Success: true } ym)
        {
            int y = int.Parse(ym.Groups[1].Value);
            if (ym.Groups[2].Success)
            {
                int m = int.Parse(ym.Groups[2].Value);
                if (m is >= 1 and <= 12) return new Deadline("date", new DateOnly(y, m, DateTime.DaysInMonth(y, m)), cell);
            }
            if (ym.Groups[3].Success)
            {
                int q = "一二三四".IndexOf(ym.Groups[3].Value[0]) + 1;
                return new Deadline("date", new DateOnly(y, q * 3, DateTime.DaysInMonth(y, q * 3)), cell);
            }
            if (c.Contains('底') || c.EndsWith("年")) return new Deadline("year_end", new DateOnly(y, 12, 31), cell);
        }
        return null;
    }

    // Units are learnt from the table itself: complete names seen anywhere, so that a cut-off "市市场监" still finds its unit.
    static List<string> KnownUnits(List<string> lines) =>
        lines.SelectMany(l => l.Split('\t')).Select(Clean).SelectMany(c => UnitName().Matches(c).Select(m => m.Value))
            .GroupBy(u => u).Where(g => g.Count() >= 1).Select(g => g.Key).OrderByDescending(u => u.Length).ToList();

    static List<string> UnitsIn(string cell, List<string> known)
    {
        var c = cell.Replace(" ", "");
        if (c.Length > 30) return [];
        var whole = UnitName().Matches(c).Select(m => m.Value).ToList();
        if (whole.Count > 0 && whole.Sum(u => u.Length) >= c.Length - 2 * whole.Count) return whole;
        // A cell cut off mid-name: the one known unit it begins.
        if (c.Length >= 3 && UnitStart().IsMatch(c) && known.Where(u => u.StartsWith(c, StringComparison.Ordinal)).ToList() is { Count: > 0 } prefix)
            return [prefix[^1]];
        return [];
    }

    // Conversion noise: HTML tags, replacement characters, spaces inside words.
    static string Clean(string cell) =>
        TextNormalizer.Normalize(Tag().Replace(cell, " ").Replace("\ufffd", "").Replace("&nbsp;", " "), joinWrappedLines: false).Replace("\n", " ").Trim();

    [GeneratedRegex(@"<[^>]+>")] private static partial Regex Tag();
    [GeneratedRegex(@"[\u4e00-\u9fff]")] private static partial Regex HanChar();
    [GeneratedRegex(@"\s+(?=持续|长期|按上级|已完成|\d{4}\s*年|市[\u4e00-\u9fff]|武汉海关|各区政府)")] private static partial Regex CellBreak();
    [GeneratedRegex(@"^(?:持续开展|持续推进|持续|长期坚持|常态化|按上级统一安排|按上级安排|已完成|\d{4}年(?:底|\d{1,2}月(?:底|前)?|第[一二三四]季度|年底)?)")] private static partial Regex DeadlineStart();
    [GeneratedRegex(@"^\(\s*([一二三四五六七八九十]{1,3})\s*\)\s*([^\d(]*?)(?=\s*\d{1,2}\s*[.．、]\s*\S|$)")] private static partial Regex CategoryMark();
    [GeneratedRegex(@"(?:^|(?<=[\s。；;]))(\d{1,2})\s*[.．、](?!\d)\s*")] private static partial Regex TaskMark();
    [GeneratedRegex(@"武汉海关|(?:市|武汉)[\u4e00-\u9fff]{1,12}?(?:局|委员会|委|办公室|办|院|部|会|中心)|各区(?:政府|人民政府)")] private static partial Regex UnitName();
    [GeneratedRegex(@"^(?:市|武汉|各区)")] private static partial Regex UnitStart();
    [GeneratedRegex(@"持续|长期|常态化")] private static partial Regex OngoingWords();
    [GeneratedRegex(@"(\d{4})年(?:(\d{1,2})月|第([一二三四])季度)?")] private static partial Regex YearMonth();
}
