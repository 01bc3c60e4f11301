using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Extraction.Tests.Reports;

/// <summary>An exported .xlsx opened with the OpenXml SDK, read the way a spreadsheet program reads it.</summary>
internal sealed class Workbook : IDisposable
{
    readonly SpreadsheetDocument document;
    public Workbook(string path) => document = SpreadsheetDocument.Open(path, false);
    public void Dispose() => document.Dispose();

    public WorkbookPart Part => document.WorkbookPart!;
    public IReadOnlyList<string> SheetNames => Part.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public Worksheet Sheet(string name) =>
        ((WorksheetPart)Part.GetPartById(Part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!)).Worksheet;

    public static Cell? Cell(Worksheet sheet, string reference) => sheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);

    /// <summary>A cell's text as stored: an inline string, or the number or formula value.</summary>
    public static string Text(Worksheet sheet, string reference) => Cell(sheet, reference) is { } c
        ? c.InlineString?.InnerText ?? c.CellValue?.Text ?? "" : "";

    /// <summary>The texts of a row (1-based), in column order.</summary>
    public static List<string> Row(Worksheet sheet, int row) =>
        sheet.Descendants<Row>().Single(r => r.RowIndex?.Value == (uint)row).Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList();

    /// <summary>The 1-based row whose cell in <paramref name="column"/> starts with <paramref name="prefix"/>.</summary>
    public static int RowStarting(Worksheet sheet, string column, string prefix) =>
        (int)sheet.Descendants<Row>().First(r => r.Elements<Cell>().Any(c => c.CellReference == column + r.RowIndex
            && (c.InlineString?.InnerText ?? "").StartsWith(prefix))).RowIndex!.Value;

    /// <summary>The number format code a cell is shown with.</summary>
    public string NumberFormat(Cell cell)
    {
        var styles = Part.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        uint id = format.NumberFormatId?.Value ?? 0;
        return styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(n => n.NumberFormatId?.Value == id)?.FormatCode?.Value ?? $"builtin:{id}";
    }
}
