using System.Text.RegularExpressions;

namespace Extraction.Understand.Profiles;

/// <summary>The items one file holds: the cases it numbers (案例一、案例二 — in a case report or a 函 that sends them),
/// and the press reports of a clipping or a compilation, each at its own outlet's level.</summary>
public static partial class ContainedItems
{
    public static IEnumerable<ContainedItem> Cases(string text)
    {
        var headings = CaseHeading().Matches(text).ToList();
        for (int i = 0; i < headings.Count; i++)
        {
            int end = i + 1 < headings.Count ? headings[i + 1].Index : text.Length;
            var body = text[headings[i].Index..end].Trim();
            var heading = body.Split('。', '\n')[0];
            yield return new ContainedItem("典型案例", heading, body, null);
        }
    }

    /// <summary>A clipping is one report; a compilation (汇编, 汇总, 剪报) is one per source line (《…报》2019年…, 来源：…),
    /// whether the source line closes each report or heads it.</summary>
    public static IEnumerable<ContainedItem> Reports(string type, string title, List<string> lines, OutletLevels outlets)
    {
        bool compilation = Compilation().IsMatch(title);
        if (type != "新闻报道" && !compilation) return [];
        // A text layer may join a report's source line to the sentence before it: split where a numbered source begins.
        lines = Rejoined(lines.SelectMany(l => SourceStart().Split(l)).Where(l => l.Length > 0).ToList());
        var sources = lines.Select((l, i) => (l, i)).Where(x => SourceLine().IsMatch(x.l)).Select(x => x.i).ToList();
        if (sources.Count <= 1)
            return type == "新闻报道" || sources.Count == 1 ? [new ContainedItem("新闻报道", title, string.Join("\n", lines), outlets.LevelOf(string.Join("\n", lines)))] : [];
        // A source line heads its report when text follows the last one; it closes it when it ends the file.
        bool heads = sources[^1] < lines.Count - 1;
        var items = new List<ContainedItem>();
        for (int k = 0; k < sources.Count; k++)
        {
            int from = heads ? sources[k] : k == 0 ? 0 : sources[k - 1] + 1;
            int to = heads ? (k + 1 < sources.Count ? sources[k + 1] : lines.Count) : sources[k] + 1;
            var block = lines.Skip(from).Take(to - from).ToList();
            var headline = block.FirstOrDefault(l => !SourceLine().IsMatch(l) && !BareDate().IsMatch(l) && !l.Contains(title, StringComparison.Ordinal)) ?? block[0];
            items.Add(new ContainedItem("新闻报道", headline, string.Join("\n", block), outlets.LevelOf(string.Join("\n", block))));
        }
        return items;
    }

    // A source written on two lines (1.荆楚网 / 2019年5月6日) is one source line.
    static List<string> Rejoined(List<string> lines)
    {
        var joined = new List<string>();
        for (int i = 0; i < lines.Count; i++)
            if (i + 1 < lines.Count && NumberedOutlet().IsMatch(lines[i]) && DateLine().IsMatch(lines[i + 1])) joined.Add(lines[i] + lines[++i]);
            else joined.Add(lines[i]);
        return joined;
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}\s*[.．、])\s*(?:《[^》]{2,16}》|[\u4e00-\u9fff（）()]{2,20}?)\s*(?:《[^》]{1,12}》)?$")] private static partial Regex NumberedOutlet();
    [GeneratedRegex(@"^20\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")] private static partial Regex DateLine();
    // A compilation's cover date (2019年12月) is no headline.
    [GeneratedRegex(@"^20\d\d\s*年(\s*\d{1,2}\s*月)?(\s*\d{1,2}\s*日)?$")] private static partial Regex BareDate();
    [GeneratedRegex(@"(?m)(?<=^|[。\n])\s*案例[一二三四五六七八九十\d]{1,3}\s*[:：、．.]")] private static partial Regex CaseHeading();
    [GeneratedRegex(@"(?<=[。！？])\s*(?=(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．])\s*(?:《|[\u4e00-\u9fff（）()]{2,20}?\s*(?:《[^》]{1,12}》)?\s*20\d\d\s*年))")] private static partial Regex SourceStart();
    [GeneratedRegex(@"汇编|汇总|剪报|选编|媒体报道")] private static partial Regex Compilation();
    [GeneratedRegex(@"^(?:[（(]?来源[:：]|发布时间[:：]|(?:刊发|刊载|发表)于|(?:[一二三四五六七八九十\d]{1,3}\s*[、．.]\s*)?(?:《[^》]{2,16}》|[\u4e00-\u9fff（）()]{2,20}?)\s*(?:《[^》]{1,12}》)?\s*20\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")] private static partial Regex SourceLine();
}
