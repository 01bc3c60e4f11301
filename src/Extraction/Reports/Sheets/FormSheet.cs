namespace Extraction.Reports.Sheets;

/// <summary>A sheet laid out as a printed form: rows of styled cells, column widths, merged ranges, the header rows
/// and first columns frozen on screen, the title rows repeated on every printed page, and highlights that colour a
/// cell while a condition on its row holds. Rows and columns count from 0.</summary>
public sealed class FormSheet(string name)
{
    public string Name { get; } = name;
    public List<IReadOnlyList<FormCell>> Rows { get; } = [];
    /// <summary>Widths in characters of the default font (a Chinese character takes about two).</summary>
    public List<double> Widths { get; } = [];
    public List<CellRange> Merges { get; } = [];
    public int FrozenRows { get; set; }
    public int FrozenColumns { get; set; }
    /// <summary>How many rows from the top are printed again at the top of every page.</summary>
    public int RepeatedRows { get; set; }
    public List<Highlight> Highlights { get; } = [];

    /// <summary>Adds a row and returns its index.</summary>
    public int Add(params FormCell[] cells)
    {
        Rows.Add(cells);
        return Rows.Count - 1;
    }

    /// <summary>A row of one text across all columns (title, notes, signature lines), merged.</summary>
    public int AddWide(string text, CellStyle style)
    {
        var cells = new FormCell[Math.Max(1, Widths.Count)];
        cells[0] = FormCell.Text(text, style);
        for (int i = 1; i < cells.Length; i++) cells[i] = FormCell.Empty(style);
        int row = Add(cells);
        if (cells.Length > 1) Merges.Add(new CellRange(row, 0, row, cells.Length - 1));
        return row;
    }
}

/// <summary>A rectangle of cells, both corners included.</summary>
public sealed record CellRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    public string Reference => FirstRow == LastRow && FirstColumn == LastColumn
        ? CellReference.Of(FirstRow, FirstColumn) : $"{CellReference.Of(FirstRow, FirstColumn)}:{CellReference.Of(LastRow, LastColumn)}";
}

/// <summary>Colours the cells of <see cref="Range"/> while <see cref="Condition"/> holds; the condition is written for the
/// range's top-left cell (relative references shift down the range, as in Excel).</summary>
public sealed record Highlight(CellRange Range, string Condition);

/// <summary>A1-style references.</summary>
public static class CellReference
{
    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);

    public static string Of(int row, int column) => Column(column) + (row + 1);
}
