namespace Extraction.Reports.Sheets;

/// <summary>One cell of a form: a text, a number or a formula (with the value it gives, for readers that do not
/// recalculate), in one of the form's styles. An empty cell still carries its style, so ruled cells stay ruled.</summary>
public sealed record FormCell(object? Value, CellStyle Style)
{
    /// <summary>A formula without the leading "=", e.g. SUM(D4:D32); <see cref="Value"/> is what it evaluates to.</summary>
    public string? Formula { get; init; }

    public static FormCell Text(string? text, CellStyle style = CellStyle.Text) => new(string.IsNullOrEmpty(text) ? null : text, style);

    public static FormCell Number(decimal? number, CellStyle style = CellStyle.Number) => new(number, style);

    public static FormCell Computed(string formula, decimal value, CellStyle style = CellStyle.TotalNumber) => new(value, style) { Formula = formula };

    public static FormCell Empty(CellStyle style) => new(null, style);
}

/// <summary>The styles a form uses (Count: whole numbers; Area: an area title merged down its indicators, at the top so a page break does not hide it; Plain: the workbook's default, for bare grids); <see cref="XlsxStyles"/> gives each its font, fill, border, alignment and number format.</summary>
public enum CellStyle { Title, Subtitle, Header, Text, Centered, Number, TotalLabel, TotalNumber, Note, Count, TotalCount, Area, Plain }
