using Extraction.Rulebooks;

namespace Extraction.Understand;

/// <summary>Finds the rulebook indicator a self-evaluation names by its title rather than its number: the title written
/// out, or one close to it (shared character pairs, Dice coefficient at least the threshold).</summary>
public sealed partial class IndicatorTitles(IReadOnlyList<Indicator> indicators, double threshold, double inOrderThreshold = 1)
{
    readonly List<(int Number, string Han, HashSet<string> Pairs, HashSet<string> HeadPairs)> titles =
        indicators.Select(i => (i.Number, Han(i.Title), Pairs(Han(i.Title)), Pairs(Head(i.Title)))).Where(t => t.Item2.Length >= 4).ToList();

    /// <summary>Whether a self-score can be the indicator's: from nothing to its points (a deduction item's, negative as
    /// written -2 or 扣2分, is not bounded here).</summary>
    public bool Plausible(int number, decimal score) =>
        indicators.FirstOrDefault(i => i.Number == number) is not { } indicator || indicator.Kind == IndicatorKind.Deduction || score >= 0 && score <= indicator.MaxPoints;

    /// <summary>Whether the indicator is a bonus item (加分项), whose self-score prose writes as 加N分.</summary>
    public bool IsBonus(int number) => indicators.FirstOrDefault(i => i.Number == number)?.Kind == IndicatorKind.Bonus;

    /// <summary>Whether the indicator is the deduction item (扣分项), whose bare 扣N分 is its self-score.</summary>
    public bool IsDeduction(int number) => indicators.FirstOrDefault(i => i.Number == number)?.Kind == IndicatorKind.Deduction;

    /// <summary>Whether the indicator has base points (neither the bonus nor the deduction item).</summary>
    public bool IsBase(int number) => indicators.FirstOrDefault(i => i.Number == number)?.Kind == IndicatorKind.Base;

    /// <summary>The rulebook's bonus or deduction item, which a table of that item's events scores.</summary>
    public int? ItemOf(Matching.ItemTable table) =>
        indicators.FirstOrDefault(i => i.Kind == (table == Matching.ItemTable.Bonus ? IndicatorKind.Bonus : IndicatorKind.Deduction))?.Number;

    /// <summary>The indicator's points: what a self-score of 满分 gives it.</summary>
    public decimal? Most(int number) => indicators.FirstOrDefault(i => i.Number == number)?.MaxPoints;

    /// <summary>The indicator whose title the cell is (or nearly is); null when none is near enough or two are as near.</summary>
    public int? Match(string cell)
    {
        var han = Han(cell);
        if (han.Length < 4) return null;
        // A report may name a long indicator by its first phrase alone (打击侵犯知识产权和制售伪劣商品犯罪情况 for the
        // title that goes on …，始终保持高压严打态势，…): that phrase, without the 情况 or 工作 a report closes it with, is compared too.
        var bare = GenericEnd().Replace(han, "");
        var scored = titles.Select(t => (t.Number, Score: t.Han == han || t.Han.Contains(han) && han.Length >= 6 ? 1.0
                : Math.Max(Dice(t.Pairs, Pairs(han)), t.HeadPairs.Count >= 5 && bare.Length >= 6 ? Dice(t.HeadPairs, Pairs(bare)) : 0)))
            .OrderByDescending(t => t.Score).ToList();
        if (scored.Count == 0 || scored[0].Score < threshold) return null;
        return scored.Count > 1 && scored[1].Score == scored[0].Score ? null : scored[0].Number;
    }

    /// <summary>The indicator after <paramref name="last"/> (or the one after that, when a row between went unknown), when
    /// the cell names it in other words: a report that walks the rulebook in order rewords titles (专项执法行动开展 for
    /// 积极开展专项行动) past what a strict match allows. A points cell
    /// (<paramref name="most"/>) that is not that indicator's rules it out; an area's heading (二、…方面) names none.</summary>
    public int? Next(string cell, int? last, decimal? most = null)
    {
        var han = Han(TitlePhrase(cell));
        if (han.Length < 4 || AreaHeading().IsMatch(cell.Trim())) return null;
        var pairs = Pairs(han);
        // A row between that named its item past knowing leaves the walk one behind: the item after the expected one is
        // tried too, on the same evidence.
        foreach (int step in (int[])[1, 2])
        {
            var expected = titles.FirstOrDefault(t => t.Number == (last ?? 0) + step);
            if (expected.Han is null || most is { } m && indicators.First(i => i.Number == expected.Number).MaxPoints != m) continue;
            // A points cell that agrees is evidence enough for a name that keeps one pair of the title (OCR garbles the rest).
            if (Dice(expected.Pairs, pairs) is var near && (most is null ? near < inOrderThreshold : near == 0)) continue;
            return titles.Any(t => t.Number != expected.Number && Dice(t.Pairs, pairs) >= threshold) ? null : expected.Number;
        }
        return null;
    }

    // A paragraph that opens with its item's name ends the name at the first stop or colon.
    static string TitlePhrase(string text) => text.IndexOfAny(['。', '：', ':', '；', ';']) is > 3 and var at ? text[..at] : text;

    [System.Text.RegularExpressions.GeneratedRegex(@"^([一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])|方面$")] private static partial System.Text.RegularExpressions.Regex AreaHeading();

    /// <summary>The indicator whose title a line of prose contains.</summary>
    public int? Find(string line)
    {
        var han = Han(line);
        var found = titles.Where(t => han.Contains(t.Han)).OrderByDescending(t => t.Han.Length).ToList();
        return found.Count > 0 ? found[0].Number : Match(line);
    }

    static string Han(string s) => new(s.Where(c => c is >= '\u4e00' and <= '\u9fff').ToArray());

    // A title's first phrase, up to its first comma or semicolon; empty when the title is one phrase.
    static string Head(string title)
    {
        int at = title.IndexOfAny([',', '，', ';', '；']);
        return at > 0 ? Han(title[..at]) : "";
    }

    [System.Text.RegularExpressions.GeneratedRegex("(等)?(工作)?(情况)?$")] private static partial System.Text.RegularExpressions.Regex GenericEnd();

    static HashSet<string> Pairs(string han) => Enumerable.Range(0, Math.Max(0, han.Length - 1)).Select(i => han.Substring(i, 2)).ToHashSet();

    static double Dice(HashSet<string> a, HashSet<string> b) => a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);
}
