namespace Extraction.Extract.Layout;

/// <summary>The cells of a ruled grid with merged cells resolved: every grid position knows the cell that owns it.</summary>
public sealed class CellLayout
{
    readonly (int R, int C)[,] owner;
    public RuledGrid Grid { get; }
    public int RowCount { get; }
    public int ColumnCount { get; }

    public CellLayout(RuledGrid grid, double dpi)
    {
        Grid = grid;
        double tolerance = Math.Max(2, dpi / 40);
        RowCount = grid.Rows.Count - 1;
        ColumnCount = grid.Columns.Count - 1;
        owner = new (int, int)[RowCount, ColumnCount];
        // A cell without its own top (left) border belongs to the cell above (on its left): a merged cell.
        for (int r = 0; r < RowCount; r++)
            for (int c = 0; c < ColumnCount; c++)
                owner[r, c] = c > 0 && !grid.HasLeftBorder(r, c, tolerance) ? owner[r, c - 1]
                    : r > 0 && !grid.HasTopBorder(r, c, tolerance) ? owner[r - 1, c] : (r, c);
    }

    public (int R, int C) Owner(int r, int c) => owner[r, c];

    /// <summary>The cells that own themselves, each once, top to bottom and left to right.</summary>
    public IEnumerable<(int R, int C)> Cells()
    {
        for (int r = 0; r < RowCount; r++)
            for (int c = 0; c < ColumnCount; c++)
                if (owner[r, c] == (r, c)) yield return (r, c);
    }

    /// <summary>The box a cell covers, merged positions included.</summary>
    public (double Left, double Top, double Right, double Bottom) Box((int R, int C) cell)
    {
        int lastR = cell.R, lastC = cell.C;
        for (int r = cell.R; r < RowCount; r++)
            for (int c = cell.C; c < ColumnCount; c++)
                if (owner[r, c] == cell) { lastR = Math.Max(lastR, r); lastC = Math.Max(lastC, c); }
        return (Grid.Columns[cell.C], Grid.Rows[cell.R], Grid.Columns[lastC + 1], Grid.Rows[lastR + 1]);
    }
}
