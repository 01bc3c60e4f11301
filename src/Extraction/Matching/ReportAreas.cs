using System.Text.RegularExpressions;
using Extraction.Rulebooks;

namespace Extraction.Matching;

/// <summary>The rulebook's areas (考核重点) as a self-evaluation report walks through them: a heading line names the area
/// the items after it belong to, so items numbered afresh in each area (（一）（二）… or 1, 2 … again) are counted on
/// through the rulebook's indicators.</summary>
public sealed partial class ReportAreas
{
    readonly List<AreaSpan> spans;
    AreaSpan? current;

    public ReportAreas(IReadOnlyList<Area> areas, IReadOnlyList<Indicator> indicators) =>
        spans = areas.Select(a => (a, Items: indicators.Where(i => i.Area == a.Number).Select(i => i.Number).Order().ToList()))
            .Where(x => x.Items.Count > 0 && Han(x.a.Title).Length >= 4)
            .Select(x => new AreaSpan(Han(x.a.Title), x.Items[0], x.Items.Count)).ToList();

    /// <summary>The area a heading line opens (一、严格知识产权保护（满分44分…）, （二）加强伪劣商品治理, or the title alone).
    /// A top-level heading of another kind (七、存在的问题) closes the area; any other line leaves it as it was.</summary>
    public AreaSpan? Enter(string line)
    {
        var marker = HeadingMarker().Match(line);
        var rest = Han(line[marker.Length..]);
        // Without a heading's numeral only a short line is a heading: prose may open with an area's title and go on.
        if ((marker.Success || line.Length <= 30) && spans.FirstOrDefault(s => rest.StartsWith(s.Title, StringComparison.Ordinal)) is { } area) return current = area;
        if (marker.Success && TopLevel().IsMatch(line)) current = null;
        return null;
    }

    /// <summary>Whether a row names an area: an area's 合计 or 小计 row sums that area, not the report.</summary>
    public bool Names(IEnumerable<string> cells) => cells.Any(c => Han(c) is { Length: >= 4 } h && spans.Any(s => h.StartsWith(s.Title, StringComparison.Ordinal)));

    /// <summary>The indicator a plain number stands for: numbers below the area's first indicator restart in it.</summary>
    public int Counted(int number) => current is { } a && number < a.First && number <= a.Count ? a.First + number - 1 : number;

    /// <summary>The indicator of the area's k-th item (（三） under 二、… is the area's third), or null outside an area.</summary>
    public int? Item(int k) => current is { } a && k >= 1 && k <= a.Count ? a.First + k - 1 : null;

    static string Han(string s) => new(s.Where(c => c is >= '\u4e00' and <= '\u9fff').ToArray());

    [GeneratedRegex(@"^\s*([一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}(部分|类))")] private static partial Regex HeadingMarker();
    [GeneratedRegex(@"^\s*([一二三四五六七八九十]{1,3}\s*[、.．]|第[一二三四五六七八九十]{1,3}部分)")] private static partial Regex TopLevel();
}

/// <summary>An area: its title (Chinese characters only), its first indicator and how many it holds.</summary>
public sealed record AreaSpan(string Title, int First, int Count);

/// <summary>An item's number as reports write it: 12, 十二, 第12项, 第十二项, 指标十二.</summary>
public static partial class ItemNumber
{
    /// <summary>The number a label cell gives (第十二项, 指标12, 十二), or null.</summary>
    public static int? Labelled(string cell) => Label().Match(cell.Trim()) is { Success: true } m ? Value(m.Groups["n"].Value) : null;

    /// <summary>A 序号 cell's number: 12, 十二, （十二）, 12. — counted on through the areas by the caller.</summary>
    public static int? Plain(string cell) => Bare().Match(cell.Trim()) is { Success: true } m ? Value(m.Groups["n"].Value) : null;

    /// <summary>A number in digits or Chinese numerals (二十九).</summary>
    public static int Value(string n) => int.TryParse(n, out var d) ? d : ChineseDate.Numeral(n);

    [GeneratedRegex(@"^[(（]?(?<n>\d{1,2}|[一二三四五六七八九十]{1,3})[)）.、．]?$")] private static partial Regex Bare();
    [GeneratedRegex(@"^(第\s*(?<n>\d{1,2}|[一二三四五六七八九十]{1,3})\s*项|指标\s*(?<n>\d{1,2}|[一二三四五六七八九十]{1,3}))$")] private static partial Regex Label();
}
