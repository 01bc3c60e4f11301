using System.Text.RegularExpressions;
using Extraction.Extract;

namespace Extraction.Tasks;

/// <summary>Reads a work plan's tasks from a document's text and tables, in whichever form it holds them: a table with a
/// header naming its columns, a table the conversion ran together, or prose whose tasks end with their units in brackets.</summary>
public static partial class TaskReader
{
    /// <param name="regions">The regions the pipeline knows (武汉市 …): the plan's region is the first its title names.</param>
    public static TaskBook Read(IReadOnlyList<string> pageTexts, IReadOnlyList<ExtractedTable> tables, IReadOnlyList<string>? regions = null, string? region = null)
    {
        var lines = pageTexts.SelectMany(p => p.Split('\n')).ToList();
        var title = Title(lines);
        region ??= Region(title, lines, regions ?? []);
        int? year = title is not null && Year().Match(title) is { Success: true } y ? int.Parse(y.Value) : lines.Select(l => Year().Match(l)).FirstOrDefault(m => m.Success) is { } m ? int.Parse(m.Value) : null;
        var rows = tables.SelectMany(t => t.Rows).ToList();
        if (rows.Count > 0 && TableTaskReader.Read(rows, region, year) is { } table)
            return new TaskBook(title, region, year, TaskForm.Table, table.Categories, table.Tasks, table.Unplaced);
        var prose = ProseTaskReader.Read(lines, region, year);
        if (prose.Tasks.Count > 0 || rows.Count == 0)
            return new TaskBook(title, region, year, TaskForm.Prose, prose.Categories, prose.Tasks, prose.Unplaced);
        var loose = LooseTableTasks.Read(rows.Select(r => string.Join('\t', r.Select(c => c.Replace('\n', ' ')))), region, year);
        return new TaskBook(title, region, year, TaskForm.LooseTable, loose.Categories, loose.Tasks, loose.Unplaced);
    }

    // The plan's title: the first line naming a plan (工作要点, 任务细化表, 任务分解表, 任务清单, 分工方案).
    static string? Title(List<string> lines) =>
        lines.Select(l => l.Trim().TrimStart('#').Trim()).FirstOrDefault(l => l.Length <= 80 && PlanWord().IsMatch(l) && !l.StartsWith("关于", StringComparison.Ordinal))
        ?? lines.Select(l => l.Trim()).FirstOrDefault(l => l.Length <= 80 && PlanWord().IsMatch(l));

    static string? Region(string? title, List<string> lines, IReadOnlyList<string> regions)
    {
        var head = string.Join("\n", new[] { title ?? "" }.Concat(lines.Take(8)));
        var known = regions.Select(r => (r, at: head.IndexOf(r, StringComparison.Ordinal))).Where(x => x.at >= 0).OrderBy(x => x.at).Select(x => x.r).FirstOrDefault();
        if (known is not null) return known;
        return title is not null && PlaceAtStart().Match(Regex.Replace(title, @"^关于印发《?", "")) is { Success: true } p ? p.Value : null;
    }

    [GeneratedRegex(@"工作要点|细化表|分解表|任务清单|任务表|分工方案|任务分工|工作计划|重点任务")] private static partial Regex PlanWord();
    [GeneratedRegex(@"20\d\d")] private static partial Regex Year();
    [GeneratedRegex(@"^[\u4e00-\u9fff]{2,3}?(?:市|州|县|区)")] private static partial Regex PlaceAtStart();
}
