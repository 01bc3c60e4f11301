using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Extraction.Extract;

/// <summary>Spreadsheets: every sheet is a page (or, when long, pages of bounded size) holding a table of its rows and cells;
/// merged ranges repeat their value.</summary>
public sealed class XlsxExtractor(ExtractionOptions options) : IExtractor
{
    public Task<ExtractedDocument> ExtractAsync(string path, CancellationToken cancellation)
    {
        using (var book = ZipGuard.Open(path, options.MaxUnpackedBytes, p => SpreadsheetDocument.Open(p, false), "Excel", ".xlsx"))
        {
            var workbook = book.WorkbookPart ?? throw new ExtractionException("Excel 文件没有工作簿部分：请检查文件是否完整");
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            var collector = new PageCollector();
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                cancellation.ThrowIfCancellationRequested();
                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) continue;
                var rows = SheetGrid(part.Worksheet, shared);
                // A long sheet goes on over pages of bounded size, each a table of its own rows.
                var chunk = new List<IReadOnlyList<string>>();
                int chars = 0;
                collector.AppendLine($"【{sheet.Name?.Value}】");
                foreach (var row in rows)
                {
                    int length = row.Sum(c => c.Length + 1);
                    if (chunk.Count > 0 && chars + length > options.MaxPageChars)
                    {
                        collector.AppendTable(chunk);
                        collector.NewPage();
                        collector.AppendLine($"【{sheet.Name?.Value}】（续）");
                        (chunk, chars) = ([], 0);
                    }
                    chunk.Add(row);
                    chars += length;
                }
                collector.AppendTable(chunk);
                collector.NewPage();
            }
            return Task.FromResult(collector.Finish("xlsx"));
        }
    }

    static List<IReadOnlyList<string>> SheetGrid(Worksheet sheet, string[] shared)
    {
        var grid = new SortedDictionary<int, SortedDictionary<int, string>>();
        foreach (var cell in sheet.Descendants<Cell>())
        {
            if (cell.CellReference?.Value is not { } reference) continue;
            var (row, col) = Parse(reference);
            var text = CellText(cell, shared);
            if (text.Length > 0) Row(grid, row)[col] = text;
        }
        foreach (var merge in sheet.Descendants<MergeCell>())
        {
            if (merge.Reference?.Value?.Split(':') is not [var from, var to]) continue;
            var (r1, c1) = Parse(from);
            var (r2, c2) = Parse(to);
            if (!grid.TryGetValue(r1, out var top) || !top.TryGetValue(c1, out var value)) continue;
            for (int r = r1; r <= r2; r++) for (int c = c1; c <= c2; c++) Row(grid, r)[c] = value;
        }
        if (grid.Count == 0) return [];
        int width = grid.Values.Max(r => r.Keys.Max()) + 1;
        return grid.Values.Select(r => (IReadOnlyList<string>)Enumerable.Range(0, width).Select(c => r.GetValueOrDefault(c, "")).ToList()).ToList();
    }

    static SortedDictionary<int, string> Row(SortedDictionary<int, SortedDictionary<int, string>> grid, int row) =>
        grid.TryGetValue(row, out var r) ? r : grid[row] = new SortedDictionary<int, string>();

    static string CellText(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, out var i) && i < shared.Length) return shared[i];
        return raw;
    }

    // "AB12" → (row 11, column 27), both zero-based.
    static (int Row, int Col) Parse(string reference)
    {
        int col = 0, i = 0;
        for (; i < reference.Length && char.IsLetter(reference[i]); i++) col = col * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        return (int.Parse(reference.AsSpan(i)) - 1, col - 1);
    }
}
