namespace Extraction.Extract.Layout;

/// <summary>A horizontal or vertical ruling line: <see cref="At"/> is its y (or x), it runs from <see cref="From"/> to <see cref="To"/>.</summary>
public readonly record struct Rule(double At, double From, double To)
{
    public bool Covers(double position, double tolerance) => position >= From - tolerance && position <= To + tolerance;
}

/// <summary>The ruling lines of one table, with the row and column boundaries they define.</summary>
public sealed record RuledGrid(IReadOnlyList<Rule> Horizontal, IReadOnlyList<Rule> Vertical, IReadOnlyList<double> Rows, IReadOnlyList<double> Columns)
{
    public double Top => Rows[0];
    public double Bottom => Rows[^1];
    public double Left => Columns[0];
    public double Right => Columns[^1];

    public bool Contains(double x, double y) => x > Left && x < Right && y > Top && y < Bottom;

    /// <summary>Index of the band a position falls in, or -1 outside.</summary>
    public static int Band(IReadOnlyList<double> bounds, double v)
    {
        for (int i = 0; i + 1 < bounds.Count; i++) if (v >= bounds[i] && v < bounds[i + 1]) return i;
        return -1;
    }

    /// <summary>True when a ruling line closes the cell (row, col) from the one above it.</summary>
    public bool HasTopBorder(int row, int col, double tolerance) =>
        Horizontal.Any(h => Math.Abs(h.At - Rows[row]) <= tolerance && h.Covers((Columns[col] + Columns[col + 1]) / 2, tolerance));

    /// <summary>True when a ruling line closes the cell (row, col) from the one on its left.</summary>
    public bool HasLeftBorder(int row, int col, double tolerance) =>
        Vertical.Any(v => Math.Abs(v.At - Columns[col]) <= tolerance && v.Covers((Rows[row] + Rows[row + 1]) / 2, tolerance));
}
