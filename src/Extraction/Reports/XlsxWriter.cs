using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Extraction.Reports.Sheets;
using CellStyle = Extraction.Reports.Sheets.CellStyle;

namespace Extraction.Reports;

/// <summary>Writes forms to an .xlsx that Excel, WPS and LibreOffice open as the office's own: styled and ruled cells,
/// widths, merged ranges, frozen panes, A4 landscape fitted to the page width with the title rows repeated, and
/// highlights as conditional formats. Numbers are numbers, formulas carry their value for readers that do not recalculate.</summary>
public static class XlsxWriter
{
    /// <summary>A bare grid of values (numbers stay numbers), for callers that need no form.</summary>
    public sealed record Sheet(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows);

    public static void Write(string path, IEnumerable<Sheet> sheets) => Write(path, sheets.Select(Grid));

    public static void Write(string path, IEnumerable<FormSheet> sheets)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Build();
        var list = workbook.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets());
        var names = new DefinedNames();
        var used = new HashSet<string>();
        uint index = 0;
        foreach (var sheet in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = Worksheet(sheet, selected: index == 0);
            var name = UniqueName(sheet.Name, used);
            list.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(part), SheetId = index + 1, Name = name });
            if (sheet.RepeatedRows > 0)
                names.AppendChild(new DefinedName($"'{name.Replace("'", "''")}'!$1:${sheet.RepeatedRows}") { Name = "_xlnm.Print_Titles", LocalSheetId = index });
            index++;
        }
        if (names.HasChildren) workbook.Workbook.AppendChild(names);
        // Excel and WPS recompute the totals on opening; the stored values serve readers that do not.
        workbook.Workbook.AppendChild(new CalculationProperties { FullCalculationOnLoad = true });
        workbook.Workbook.Save();
    }

    static Worksheet Worksheet(FormSheet sheet, bool selected)
    {
        var worksheet = new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true }), Views(sheet, selected));
        if (sheet.Widths.Count > 0)
            worksheet.Append(new Columns(sheet.Widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })));
        worksheet.Append(Data(sheet));
        if (sheet.Merges.Count > 0)
            worksheet.Append(new MergeCells(sheet.Merges.Select(m => new MergeCell { Reference = m.Reference })) { Count = (uint)sheet.Merges.Count });
        int priority = 1;
        foreach (var h in sheet.Highlights)
            worksheet.Append(new ConditionalFormatting(new ConditionalFormattingRule(new Formula(h.Condition))
                { Type = ConditionalFormatValues.Expression, FormatId = XlsxStyles.HighlightFormat, Priority = priority++ })
                { SequenceOfReferences = new ListValue<StringValue> { InnerText = h.Range.Reference } });
        worksheet.Append(
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            // A4 (paper size 9), landscape, as wide as one page and as many pages down as it takes.
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
            new HeaderFooter(new OddFooter("&C第 &P 页，共 &N 页")));
        return worksheet;
    }

    static SheetViews Views(FormSheet sheet, bool selected)
    {
        var view = new SheetView { WorkbookViewId = 0, TabSelected = selected };
        if (sheet.FrozenRows > 0 || sheet.FrozenColumns > 0)
        {
            var pane = sheet.FrozenColumns == 0 ? PaneValues.BottomLeft : sheet.FrozenRows == 0 ? PaneValues.TopRight : PaneValues.BottomRight;
            view.Append(new Pane
            {
                HorizontalSplit = sheet.FrozenColumns > 0 ? sheet.FrozenColumns : null,
                VerticalSplit = sheet.FrozenRows > 0 ? sheet.FrozenRows : null,
                TopLeftCell = CellReference.Of(sheet.FrozenRows, sheet.FrozenColumns),
                ActivePane = pane, State = PaneStateValues.Frozen,
            });
            view.Append(new Selection { Pane = pane, ActiveCell = CellReference.Of(sheet.FrozenRows, sheet.FrozenColumns),
                SequenceOfReferences = new ListValue<StringValue> { InnerText = CellReference.Of(sheet.FrozenRows, sheet.FrozenColumns) } });
        }
        return new SheetViews(view);
    }

    static SheetData Data(FormSheet sheet)
    {
        var data = new SheetData();
        for (int r = 0; r < sheet.Rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)r + 1 };
            if (RowHeights.Estimate(sheet, r) is { } height) (row.Height, row.CustomHeight) = (height, true);
            for (int c = 0; c < sheet.Rows[r].Count; c++)
            {
                var cell = Cell(sheet.Rows[r][c]);
                cell.CellReference = CellReference.Of(r, c);
                row.AppendChild(cell);
            }
            data.AppendChild(row);
        }
        return data;
    }

    static Cell Cell(FormCell form)
    {
        var cell = form.Value switch
        {
            null => new Cell(),
            // 107.0 and 107 are one number: stored without trailing zeros.
            decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d.ToString("0.############################", CultureInfo.InvariantCulture)) },
            int or double or long => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(form.Value, CultureInfo.InvariantCulture)!) },
            var text => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text.ToString()!) { Space = SpaceProcessingModeValues.Preserve }) },
        };
        if (form.Formula is { } formula)
        {
            // A formula whose value is blank (a total of an empty column) stores an empty string result.
            cell.InlineString = null;
            cell.DataType = form.Value is null ? CellValues.String : CellValues.Number;
            cell.CellFormula = new CellFormula(formula);
            cell.CellValue ??= new CellValue("");
        }
        cell.StyleIndex = XlsxStyles.Index(form.Style);
        return cell;
    }

    static FormSheet Grid(Sheet sheet)
    {
        var form = new FormSheet(sheet.Name);
        foreach (var row in sheet.Rows) form.Add(row.Select(v => new FormCell(v, CellStyle.Plain)).ToArray());
        return form;
    }

    // Excel allows 31 characters and no []:*?/\ in a sheet name, and no two alike.
    static string UniqueName(string name, HashSet<string> used)
    {
        var clean = new string(name.Where(c => !"[]:*?/\\".Contains(c)).ToArray());
        clean = clean.Length > 31 ? clean[..31] : clean;
        var candidate = clean;
        for (int i = 2; !used.Add(candidate); i++) candidate = $"{clean[..Math.Min(clean.Length, 28)]}({i})";
        return candidate;
    }
}
