using System.Text.RegularExpressions;

namespace Extraction.Tasks;

/// <summary>Reads a deadline as work plans write it — 2019年底, 2020年2月, 6月30日前, 上半年, 一季度末, 年内, 长期坚持,
/// 持续推进, 按上级统一安排 — into its kind and the last day it allows. A date without its year takes the plan's year.</summary>
public static partial class DeadlineReader
{
    /// <summary>A cell or bracket part that states a deadline: the first deadline it holds, or null when it holds none.</summary>
    public static TaskDeadline? Read(string? text, int? year)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var c = Spaces().Replace(text, "");
        var found = new List<(int At, int Length, TaskDeadline Deadline)>();
        void Add(Regex regex, Func<Match, TaskDeadline?> make)
        {
            foreach (Match m in regex.Matches(c))
                if (make(m) is { } d) found.Add((m.Index, m.Length, d));
        }
        var original = text.Trim();
        Add(FullDate(), m => Day(Year(m, year), Int(m.Groups["m"]), Int(m.Groups["d"]), original));
        Add(Month(), m => MonthEnd(Year(m, year), Int(m.Groups["m"]), original));
        Add(Quarter(), m => Year(m, year) is var y && "一二三四1234".IndexOf(m.Groups["q"].Value[0]) % 4 + 1 is var q
            ? new TaskDeadline(DeadlineKind.Quarter, y is { } yy ? Last(yy, q * 3) : null, original) : null);
        Add(Half(), m => new TaskDeadline(DeadlineKind.HalfYear, Year(m, year) is { } y ? Last(y, m.Groups["h"].Value == "上" ? 6 : 12) : null, original));
        Add(YearEnd(), m => new TaskDeadline(DeadlineKind.YearEnd, Year(m, year) is { } y ? new DateOnly(y, 12, 31) : null, original));
        Add(Ongoing(), _ => new TaskDeadline(DeadlineKind.Ongoing, null, original));
        Add(AsArranged(), _ => new TaskDeadline(DeadlineKind.AsArranged, null, original));
        Add(AlreadyDone(), _ => new TaskDeadline(DeadlineKind.Done, null, original));
        // A year alone in a deadline cell ("2020年") is that year's end.
        if (found.Count == 0 && BareYear().Match(c) is { Success: true } b)
            return new TaskDeadline(DeadlineKind.YearEnd, new DateOnly(int.Parse(b.Groups["y"].Value), 12, 31), original);
        return found.Count == 0 ? null : found.OrderBy(f => f.At).ThenByDescending(f => f.Length).First().Deadline;
    }

    /// <summary>A deadline written inside a task's sentence: only a time followed by 前/底/完成… ("9月底前形成总结"), or a
    /// phrase that is a deadline by itself (年底, 年内, 上半年); a year in a title ("2019年…行动") is not one.</summary>
    public static TaskDeadline? Find(string text, int? year)
    {
        var c = Spaces().Replace(text, "");
        var m = InSentence().Match(c);
        return m.Success ? Read(m.Value, year) is { } d ? d with { Text = m.Value } : null : null;
    }

    static int Int(Group g) => int.Parse(g.Value);

    static int? Year(Match m, int? year) => m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : year;

    static TaskDeadline? Day(int? y, int month, int day, string text) =>
        y is { } yy && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(yy, month)
            ? new TaskDeadline(DeadlineKind.Date, new DateOnly(yy, month, day), text)
            : y is null && month is >= 1 and <= 12 ? new TaskDeadline(DeadlineKind.Date, null, text) : null;

    static TaskDeadline? MonthEnd(int? y, int month, string text) =>
        month is >= 1 and <= 12 ? new TaskDeadline(DeadlineKind.Month, y is { } yy ? Last(yy, month) : null, text) : null;

    static DateOnly Last(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
    [GeneratedRegex(@"(?:(?<y>\d{4})年)?(?<m>\d{1,2})月(?<d>\d{1,2})日")] private static partial Regex FullDate();
    [GeneratedRegex(@"(?:(?<y>\d{4})年)?(?<![\d.])(?<m>\d{1,2})月(?!\d{1,2}日)(?:份|底|末|前|中旬|上旬|下旬)?")] private static partial Regex Month();
    [GeneratedRegex(@"(?:(?<y>\d{4})年)?第?(?<q>[一二三四1-4])季度")] private static partial Regex Quarter();
    [GeneratedRegex(@"(?:(?<y>\d{4})年)?(?<h>[上下])半年")] private static partial Regex Half();
    [GeneratedRegex(@"(?:(?<y>\d{4})年)?(?:年底|年末|年内|全年)|(?<y>\d{4})年(?:底|末|内)")] private static partial Regex YearEnd();
    [GeneratedRegex(@"^(?<y>\d{4})年?(?:前|以前)?$")] private static partial Regex BareYear();
    [GeneratedRegex(@"长期坚持|长期|持续推进|持续开展|持续|常态化|常年|经常性")] private static partial Regex Ongoing();
    [GeneratedRegex(@"按上级|根据上级|统一部署|统一安排")] private static partial Regex AsArranged();
    [GeneratedRegex(@"已完成")] private static partial Regex AlreadyDone();
    [GeneratedRegex(@"(?:\d{4}年)?(?:\d{1,2}月\d{1,2}日|\d{1,2}月(?:底|末)?|第?[一二三四]季度(?:末|底)?|[上下]半年|年底|年末|年内)(?=前|以前|完成|内|启动|出台|印发|形成|报送|底)|(?:\d{4}年)?(?:年底|年内|年末|上半年|下半年|[一二三四]季度末)|\d{4}年底")] private static partial Regex InSentence();
}
