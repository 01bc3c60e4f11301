namespace Extraction.Extract.Layout;

/// <summary>Finds the ruling lines of a table on a page image: long runs of dark pixels, horizontal and vertical.
/// Government tables are ruled, so the lines give the cells without guessing from the text.</summary>
public static class RuledGridDetector
{
    // A rendered text layer has crisp lines; a scan has blurred, lighter lines broken by noise.
    sealed record Ink(byte Dark, int MaxGap);
    static readonly Ink Rendered = new(170, 0), Scanned = new(225, 3);

    /// <summary>The grid of the largest ruled table on the page, or null when the page has none.</summary>
    public static RuledGrid? Detect(GrayImage image, double dpi, bool scanned)
    {
        // A ruling line is longer than any stroke of a character: at least a third of an inch horizontally,
        // a fifth vertically (a one-line row is about that tall).
        int minH = (int)(dpi / 3), minV = (int)(dpi / 5);
        double tolerance = Math.Max(2, dpi / 40);
        // A scan turned by half a degree moves a line a few pixels across the page; fold those pieces together.
        double fold = Math.Max(2, dpi / 20);
        // Faint stretches break a scanned line into pieces; pieces in line with each other are one line.
        double gap = scanned ? dpi / 4 : tolerance;
        var horizontal = Merge(Runs(image, minH, horizontal: true, scanned ? Scanned : Rendered), fold, gap);
        var vertical = Merge(Runs(image, minV, horizontal: false, scanned ? Scanned : Rendered), fold, gap);
        if (horizontal.Count < 2 || vertical.Count < 2) return null;

        // Keep the lines that touch the table: horizontal lines crossed by vertical ones and vice versa.
        horizontal = horizontal.Where(h => vertical.Count(v => v.Covers(h.At, tolerance) && h.Covers(v.At, tolerance)) >= 2).ToList();
        // A vertical line reaching across two rows is a ruling line even where a faint horizontal stops short of it.
        vertical = vertical.Where(v => horizontal.Count(h => v.Covers(h.At, tolerance)) >= 2).ToList();
        if (horizontal.Count < 2 || vertical.Count < 2) return null;
        (horizontal, vertical) = LargestTable(horizontal, vertical, tolerance);
        if (horizontal.Count < 2 || vertical.Count < 2) return null;

        var rows = Distinct(horizontal.Select(h => h.At), fold);
        var columns = Distinct(vertical.Select(v => v.At), fold);
        if (rows.Count < 2 || columns.Count < 2) return null;
        var grid = new RuledGrid(horizontal, vertical, rows, columns);
        return !scanned || Plausible(grid, dpi) ? grid : null;
    }

    /// <summary>The lines of the largest group that cross one another: the strokes of a bold heading above a table
    /// cross each other too, and must not add their rows and columns to the table's.</summary>
    static (List<Rule>, List<Rule>) LargestTable(List<Rule> horizontal, List<Rule> vertical, double tolerance)
    {
        int n = horizontal.Count + vertical.Count;
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (int h = 0; h < horizontal.Count; h++)
            for (int v = 0; v < vertical.Count; v++)
                if (vertical[v].Covers(horizontal[h].At, tolerance) && horizontal[h].Covers(vertical[v].At, tolerance))
                    parent[Find(h)] = Find(horizontal.Count + v);
        double Area(int root)
        {
            var hs = horizontal.Where((_, i) => Find(i) == root).ToList();
            var vs = vertical.Where((_, i) => Find(horizontal.Count + i) == root).ToList();
            return hs.Count == 0 || vs.Count == 0 ? 0 : (hs.Max(h => h.To) - hs.Min(h => h.From)) * (vs.Max(v => v.To) - vs.Min(v => v.From));
        }
        int best = Enumerable.Range(0, n).Select(Find).Distinct().MaxBy(Area);
        return (horizontal.Where((_, i) => Find(i) == best).ToList(), vertical.Where((_, i) => Find(horizontal.Count + i) == best).ToList());
    }

    /// <summary>A table's cells are wider and taller than a character's strokes are apart: a grid made mostly of
    /// slivers is the strokes of bold text, not ruling lines.</summary>
    static bool Plausible(RuledGrid grid, double dpi)
    {
        int wide = grid.Columns.Zip(grid.Columns.Skip(1)).Count(c => c.Second - c.First >= dpi / 6);
        int tall = grid.Rows.Zip(grid.Rows.Skip(1)).Count(r => r.Second - r.First >= dpi / 8);
        return wide * 2 > grid.Columns.Count - 1 && tall * 2 > grid.Rows.Count - 1;
    }

    static List<Rule> Runs(GrayImage image, int minLength, bool horizontal, Ink ink)
    {
        var runs = new List<Rule>();
        int outer = horizontal ? image.Height : image.Width, inner = horizontal ? image.Width : image.Height;
        for (int a = 0; a < outer; a++)
        {
            // Scanner noise leaves light specks in a line; a run survives gaps of up to MaxGap pixels.
            int start = -1, lastDark = -1;
            for (int b = 0; b <= inner; b++)
            {
                bool dark = b < inner && (horizontal ? image[b, a] : image[a, b]) < ink.Dark;
                if (dark)
                {
                    if (start < 0) start = b;
                    lastDark = b;
                }
                else if (start >= 0 && b - lastDark > ink.MaxGap)
                {
                    if (lastDark - start + 1 >= minLength) runs.Add(new Rule(a, start, lastDark));
                    start = -1;
                }
            }
        }
        return runs;
    }

    // A line a few pixels thick comes out as several adjacent runs; fold them into one.
    static List<Rule> Merge(List<Rule> runs, double across, double along)
    {
        var merged = new List<Rule>();
        foreach (var r in runs.OrderBy(r => r.At).ThenBy(r => r.From))
        {
            int i = merged.FindIndex(m => r.At - m.At <= across && r.From <= m.To + along && r.To >= m.From - along);
            if (i < 0) { merged.Add(r); continue; }
            var m = merged[i];
            merged[i] = new Rule((m.At + r.At) / 2, Math.Min(m.From, r.From), Math.Max(m.To, r.To));
        }
        return merged;
    }

    static List<double> Distinct(IEnumerable<double> values, double tolerance)
    {
        var result = new List<double>();
        foreach (var v in values.Order())
            if (result.Count == 0 || v - result[^1] > tolerance) result.Add(v);
        return result;
    }
}
