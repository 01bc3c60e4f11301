namespace Extraction.Extract.Layout;

/// <summary>A cheap guess, from word positions alone, whether a page holds a table worth looking for ruling lines on.</summary>
public static class TableHint
{
    /// <summary>True when lines start at two or more places inside the text column, each for three lines or more:
    /// prose starts at the margin or an indent, table cells start at their column's edge.</summary>
    public static bool LooksTabular(IReadOnlyList<Word> words)
    {
        if (words.Count == 0) return false;
        var starts = words.GroupBy(w => w.Line).Select(g => g.Min(w => w.Left)).ToList();
        double margin = starts.Min();
        // Bins a column's width apart; the first-line indent of prose (two characters) stays in the margin's bins.
        const double indent = 32, bin = 12;
        return starts.Where(x => x - margin > indent).GroupBy(x => Math.Round(x / bin)).Count(g => g.Count() >= 3) >= 2;
    }
}
