using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Extraction.Extract;

/// <summary>Word documents: paragraphs in order, tables as cell grids with merged cells resolved, headers and footers.
/// Explicit page breaks start new pages; otherwise the document is one page.</summary>
public sealed class DocxExtractor(ExtractionOptions options) : IExtractor
{
    public Task<ExtractedDocument> ExtractAsync(string path, CancellationToken cancellation)
    {
        using (var word = ZipGuard.Open(path, options.MaxUnpackedBytes, p => WordprocessingDocument.Open(p, false), "Word", ".docx"))
        {
            var body = word.MainDocumentPart?.Document?.Body
                ?? throw new ExtractionException("Word 文件没有正文部分：请检查文件是否完整");
            var reader = new PageCollector();
            foreach (var header in word.MainDocumentPart!.HeaderParts)
                reader.AppendLine(string.Join(" ", header.Header.Descendants<Paragraph>().Select(ParagraphText).Where(t => t.Length > 0)));
            foreach (var block in body.ChildElements)
            {
                cancellation.ThrowIfCancellationRequested();
                switch (block)
                {
                    case Paragraph p:
                        if (p.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page) || p.ParagraphProperties?.PageBreakBefore is not null)
                            reader.NewPage();
                        reader.AppendLine(ParagraphText(p));
                        break;
                    case Table t:
                        reader.AppendTable(TableGrid(t));
                        break;
                }
            }
            foreach (var footer in word.MainDocumentPart.FooterParts)
                reader.AppendLine(string.Join(" ", footer.Footer.Descendants<Paragraph>().Select(ParagraphText).Where(t => t.Length > 0)));
            return Task.FromResult(reader.Finish("docx"));
        }
    }

    static string ParagraphText(Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var e in p.Descendants())
        {
            if (e is Text t) sb.Append(t.Text);
            else if (e is TabChar) sb.Append('\t');
            else if (e is Break b && b.Type?.Value != BreakValues.Page) sb.Append('\n');
        }
        return sb.ToString();
    }

    // gridSpan widens a cell over several grid columns; vMerge continues the cell above, whose text is repeated.
    static List<IReadOnlyList<string>> TableGrid(Table table)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var props = cell.TableCellProperties;
                int span = props?.GridSpan?.Val?.Value ?? 1;
                string text = string.Join("\n", cell.Elements<Paragraph>().Select(ParagraphText)).Trim();
                var merge = props?.VerticalMerge;
                if (merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue) && rows.Count > 0)
                {
                    var above = rows[^1];
                    text = cells.Count < above.Count ? above[cells.Count] : text;
                }
                cells.Add(text);
                for (int i = 1; i < span; i++) cells.Add("");
            }
            rows.Add(cells);
        }
        return rows;
    }
}
