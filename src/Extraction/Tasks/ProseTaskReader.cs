using System.Text.RegularExpressions;

namespace Extraction.Tasks;

/// <summary>Reads prose work points (工作要点) whose tasks end with their units in brackets — （市场监管局负责）, （市市场监管局、
/// 市知识产权局按职责分工负责）, （责任单位：…）, （X牵头，Y配合）, or a bare （A、B） — numbered 1. 2. or (一)(二) under 一、
/// headings, or not numbered at all (a paragraph a task). Lines a page wrapped are joined until the task's bracket.</summary>
public static partial class ProseTaskReader
{
    public static (List<WorkTask> Tasks, List<TaskCategory> Categories, List<TaskFragment> Unplaced) Read(IReadOnlyList<string> lines, string? region, int? year)
    {
        var tasks = new List<WorkTask>();
        var categories = new List<TaskCategory>();
        var unplaced = new List<TaskFragment>();
        // Tasks are numbered 1. when such lines exist; otherwise (一) lines are the tasks, unless they are short headings.
        bool arabic = lines.Count(l => ArabicMark().IsMatch(l)) >= 2;
        string? category = null;
        string pending = "";
        int pendingLine = 0, sequence = 0;
        int? pendingNumber = null;

        void Flush(bool final)
        {
            if (pending.Length == 0) return;
            var text = pending.Trim();
            if (UnitBracket(text, region) is { } bracket)
            {
                var body = text[..bracket.At].Trim();
                var units = UnitNames.Read(bracket.Units, region);
                var deadline = bracket.Parts.Select(p => DeadlineReader.Read(p, year)).FirstOrDefault(d => d is not null)
                    ?? DeadlineReader.Find(body, year) ?? TaskDeadline.None;
                sequence++;
                tasks.Add(new WorkTask(category, pendingNumber ?? sequence, body, null, TaskOutputs.FromText(body), deadline, units.All, units.Lead, units.Support, pendingLine));
            }
            else if (pendingNumber is not null || (tasks.Count > 0 && text.Length > 15 && !final)) unplaced.Add(new TaskFragment(pendingLine, text));
            (pending, pendingNumber) = ("", null);
        }

        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            bool plain = line.Length <= 40 && UnitBracket(line, region) is null;
            if (TopHeading().Match(line) is { Success: true } heading && plain)
            {
                Flush(false);
                category = heading.Groups["n"].Value;
                if (!categories.Any(c => c.Number == category)) categories.Add(new TaskCategory(category, line[heading.Length..].Trim().TrimEnd('。')));
                continue;
            }
            // Under numbered tasks, a (一) line without units is a sub-heading of the category.
            if (arabic && ParenMark().IsMatch(line) && plain) { Flush(false); continue; }
            var mark = arabic ? ArabicMark().Match(line) : ParenMark().Match(line);
            if (mark.Success)
            {
                Flush(false);
                var n = mark.Groups["n"].Value;
                pendingNumber = arabic ? int.Parse(n) : ChineseNumber(n);
                (pending, pendingLine) = (line[mark.Length..], i + 1);
            }
            else if (pending.Length > 0 && !EndsWithBracket(pending)) pending += line;
            else
            {
                Flush(false);
                (pending, pendingLine) = (line, i + 1);
            }
            if (EndsWithBracket(pending)) Flush(false);
            // An unnumbered paragraph ending without a bracket is prose (the opening, a signature), not a task.
            else if (pendingNumber is null && pending.EndsWith('。') && !(i + 1 < lines.Count && lines[i + 1].TrimStart().StartsWith('（')))
                (pending, pendingNumber) = ("", null);
        }
        Flush(true);
        return (tasks, categories, unplaced);
    }

    static int ChineseNumber(string n) => n switch
    {
        "十" => 10,
        _ when n.StartsWith('十') => 10 + Digits.IndexOf(n[1]),
        _ when n.Length == 1 => Digits.IndexOf(n[0]),
        _ => Digits.IndexOf(n[0]) * 10 + (n.Length > 2 ? Digits.IndexOf(n[2]) : 0),
    };

    const string Digits = "〇一二三四五六七八九";

    static bool EndsWithBracket(string text) => BracketAtEnd().IsMatch(text.Trim());

    /// <summary>The bracket at a task's end when it names units: where it starts, its unit text, and its parts (for a deadline).</summary>
    static (int At, string Units, List<string> Parts)? UnitBracket(string text, string? region)
    {
        var m = BracketAtEnd().Match(text.Trim());
        if (!m.Success) return null;
        var inner = m.Groups["in"].Value;
        var parts = Regex.Split(inner, "[，,；;]").Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var unitParts = parts.Where(p => DeadlineReader.Read(p, null) is null || UnitNames.Read(p, region).All.Count > 0).ToList();
        bool labelled = UnitLabel().IsMatch(inner);
        bool named = unitParts.Count > 0 && (labelled || unitParts.All(p => UnitNames.IsUnitList(p, region)));
        return named ? (m.Index, string.Join("；", unitParts), parts) : null;
    }

    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十]{1,3})[、.．]\s*")] private static partial Regex TopHeading();
    [GeneratedRegex(@"^(?<n>\d{1,2})\s*[.．、](?!\d)\s*")] private static partial Regex ArabicMark();
    [GeneratedRegex(@"^[（(](?<n>[一二三四五六七八九十]{1,3})[）)]\s*")] private static partial Regex ParenMark();
    [GeneratedRegex(@"[（(](?<in>[^（）()]{2,80})[）)][。；;]?$")] private static partial Regex BracketAtEnd();
    [GeneratedRegex(@"负责|牵头|配合|责任单位|责任部门|承办单位")] private static partial Regex UnitLabel();
}
