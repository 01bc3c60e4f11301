using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Extraction.Reports;

/// <summary>Writes sheets of rows to an .xlsx that Excel and WPS open: numbers as numbers, text as inline strings,
/// every cell with its reference.</summary>
public static class XlsxWriter
{
    public sealed record Sheet(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows);

    public static void Write(string path, IEnumerable<Sheet> sheets)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var list = workbook.Workbook.AppendChild(new Sheets());
        uint id = 1;
        var used = new HashSet<string>();
        foreach (var sheet in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint number = 1;
            foreach (var row in sheet.Rows)
            {
                var r = new Row { RowIndex = number };
                int column = 0;
                foreach (var value in row)
                {
                    var cell = Cell(value);
                    cell.CellReference = Column(column++) + number;
                    r.AppendChild(cell);
                }
                data.AppendChild(r);
                number++;
            }
            part.Worksheet = new Worksheet(data);
            list.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = UniqueName(sheet.Name, used) });
        }
        workbook.Workbook.Save();
    }

    static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        decimal or int or double or long => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!) },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString()!) { Space = SpaceProcessingModeValues.Preserve }) },
    };

    // 0 → A, 25 → Z, 26 → AA.
    static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);

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
