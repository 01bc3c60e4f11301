namespace Extraction.Extract;

/// <summary>Plain text in UTF-8 or GB18030; a form feed separates pages, and a page longer than the page limit is split
/// at line breaks. Past the document's character limit only a prefix of the file is read.</summary>
public sealed class TextFileExtractor(ExtractionOptions options) : IExtractor
{
    public async Task<ExtractedDocument> ExtractAsync(string path, CancellationToken cancellation)
    {
        // A character is at most four bytes in UTF-8 and GB18030, so this prefix holds more characters than the limit
        // whenever the file goes on past it: the cut is then seen and recorded by ingestion.
        long prefix = (options.MaxDocumentChars + 1L) * 4;
        var (bytes, whole) = await ReadPrefixAsync(path, prefix, cancellation);
        var (text, _) = TextDecoding.Decode(whole ? bytes : TextDecoding.WithoutPartialUtf8Tail(bytes));
        if (text.Length > options.MaxDocumentChars + 1) text = text[..(options.MaxDocumentChars + 1)];
        var pages = text.Split('\f').SelectMany(p => PageSplitter.Split(p, options.MaxPageChars))
            .Select((t, i) => new ExtractedPage(i + 1, PageSource.Text, t, null)).ToList();
        return new ExtractedDocument("text", pages, TabSeparatedTables(pages));
    }

    static async Task<(byte[] Bytes, bool Whole)> ReadPrefixAsync(string path, long limit, CancellationToken cancellation)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, useAsync: true);
        if (stream.Length <= limit) return (await File.ReadAllBytesAsync(path, cancellation), true);
        var buffer = new byte[limit];
        await stream.ReadExactlyAsync(buffer, cancellation);
        return (buffer, false);
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
