namespace Extraction.Reports.Sheets;

/// <summary>Estimates each form row's height from the text its cells wrap, since neither Excel nor WPS grows a row written
/// by a program to fit wrapped text: a Chinese character is about two width units, a Latin one about one.</summary>
public static class RowHeights
{
    const double LineSpacing = 1.3, Padding = 5, MinimumHeight = 18;

    public static double? Estimate(FormSheet sheet, int row)
    {
        double height = 0;
        var cells = sheet.Rows[row];
        for (int column = 0; column < cells.Count; column++)
        {
            if (cells[column].Value is not { } value) continue;
            var merge = sheet.Merges.FirstOrDefault(m => m.FirstRow <= row && row <= m.LastRow && m.FirstColumn <= column && column <= m.LastColumn);
            // A cell merged over several rows has their height to spread into.
            if (merge is not null && merge.LastRow > merge.FirstRow) continue;
            double width = Enumerable.Range(column, merge is null ? 1 : merge.LastColumn - column + 1)
                .Sum(c => c < sheet.Widths.Count ? sheet.Widths[c] : 8.43);
            double size = XlsxStyles.FontSize(cells[column].Style);
            double capacity = Math.Max(1, (width - 1) * 11 / size);
            double needed = Lines(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "", capacity);
            height = Math.Max(height, needed * size * LineSpacing + Padding);
        }
        // A bare grid keeps the program's default rows; a form's rows are never lower than a comfortable line.
        return cells.All(c => c.Style == CellStyle.Plain) ? null : Math.Max(MinimumHeight, height);
    }

    static double Lines(string text, double capacity) =>
        text.Split('\n').Sum(line => Math.Max(1, Math.Ceiling(line.Sum(Width) / capacity)));

    static double Width(char c) => c > 0x2E80 ? 2.0 : 1.1;
}
