using System.Text;

namespace Extraction.Extract;

/// <summary>Gathers the text and tables of a flowing document (Word, spreadsheet) into pages.</summary>
internal sealed class PageCollector
{
    readonly List<ExtractedPage> pages = [];
    readonly List<ExtractedTable> tables = [];
    readonly StringBuilder current = new();

    public void AppendLine(string line)
    {
        if (line.Length > 0) current.Append(line).Append('\n');
    }

    /// <summary>A table goes into the page text as tab-separated rows and into the tables as cells.</summary>
    public void AppendTable(List<IReadOnlyList<string>> rows)
    {
        if (rows.Count == 0) return;
        tables.Add(new ExtractedTable(pages.Count + 1, rows));
        foreach (var row in rows) current.Append(string.Join('\t', row.Select(c => c.Replace('\n', ' ')))).Append('\n');
    }

    public void NewPage()
    {
        if (current.Length == 0) return;
        pages.Add(new ExtractedPage(pages.Count + 1, PageSource.Text, current.ToString(), null));
        current.Clear();
    }

    public ExtractedDocument Finish(string format)
    {
        NewPage();
        if (pages.Count == 0) pages.Add(new ExtractedPage(1, PageSource.Text, "", null));
        return new ExtractedDocument(format, pages, tables);
    }
}
