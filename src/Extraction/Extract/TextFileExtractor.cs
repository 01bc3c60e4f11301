namespace Extraction.Extract;

/// <summary>Plain text in UTF-8 or GB18030; a form feed separates pages.</summary>
public sealed class TextFileExtractor : IExtractor
{
    public async Task<ExtractedDocument> ExtractAsync(string path, CancellationToken cancellation)
    {
        var (text, _) = TextDecoding.Decode(await File.ReadAllBytesAsync(path, cancellation));
        var pages = text.Split('\f').Select((t, i) => new ExtractedPage(i + 1, PageSource.Text, t, null)).ToList();
        return new ExtractedDocument("text", pages, TabSeparatedTables(pages));
    }

    // Text renderings of tables keep cells apart with tabs; consecutive such lines are one table.
    static List<ExtractedTable> TabSeparatedTables(IEnumerable<ExtractedPage> pages)
    {
        var tables = new List<ExtractedTable>();
        foreach (var page in pages)
        {
            var rows = new List<IReadOnlyList<string>>();
            foreach (var line in page.RawText.Split('\n'))
            {
                if (line.Contains('\t')) { rows.Add(line.TrimEnd('\r').Split('\t').Select(c => c.Trim()).ToList()); continue; }
                if (line.Trim().Length == 0) continue;
                if (rows.Count > 1) tables.Add(new ExtractedTable(page.Number, rows));
                rows = [];
            }
            if (rows.Count > 1) tables.Add(new ExtractedTable(page.Number, rows));
        }
        return tables;
    }
}
