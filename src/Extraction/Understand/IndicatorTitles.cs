using Extraction.Rulebooks;

namespace Extraction.Understand;

/// <summary>Finds the rulebook indicator a self-evaluation names by its title rather than its number: the title written
/// out, or one close to it (shared character pairs, Dice coefficient at least the threshold).</summary>
public sealed class IndicatorTitles(IReadOnlyList<Indicator> indicators, double threshold)
{
    readonly List<(int Number, string Han, HashSet<string> Pairs)> titles =
        indicators.Select(i => (i.Number, Han(i.Title), Pairs(Han(i.Title)))).Where(t => t.Item2.Length >= 4).ToList();

    /// <summary>The most points an indicator's self-score can be (a deduction item's is not bounded here).</summary>
    public bool Plausible(int number, decimal score) =>
        indicators.FirstOrDefault(i => i.Number == number) is not { } indicator || indicator.Kind == IndicatorKind.Deduction || score <= indicator.MaxPoints;

    /// <summary>The indicator whose title the cell is (or nearly is); null when none is near enough or two are as near.</summary>
    public int? Match(string cell)
    {
        var han = Han(cell);
        if (han.Length < 4) return null;
        var scored = titles.Select(t => (t.Number, Score: t.Han == han || t.Han.Contains(han) && han.Length >= 6 ? 1.0 : Dice(t.Pairs, Pairs(han))))
            .OrderByDescending(t => t.Score).ToList();
        if (scored.Count == 0 || scored[0].Score < threshold) return null;
        return scored.Count > 1 && scored[1].Score == scored[0].Score ? null : scored[0].Number;
    }

    /// <summary>The indicator whose title a line of prose contains.</summary>
    public int? Find(string line)
    {
        var han = Han(line);
        var found = titles.Where(t => han.Contains(t.Han)).OrderByDescending(t => t.Han.Length).ToList();
        return found.Count > 0 ? found[0].Number : Match(line);
    }

    static string Han(string s) => new(s.Where(c => c is >= '\u4e00' and <= '\u9fff').ToArray());

    static HashSet<string> Pairs(string han) => Enumerable.Range(0, Math.Max(0, han.Length - 1)).Select(i => han.Substring(i, 2)).ToHashSet();

    static double Dice(HashSet<string> a, HashSet<string> b) => a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);
}
