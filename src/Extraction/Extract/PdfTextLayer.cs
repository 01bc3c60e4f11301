using System.Globalization;
using System.Xml;
using Extraction.Extract.Layout;

namespace Extraction.Extract;

/// <summary>The words of every page of a PDF with their boxes in points, from pdftotext -bbox-layout.</summary>
public static class PdfTextLayer
{
    public sealed record Page(int Number, double Width, double Height, IReadOnlyList<Word> Words);

    public static List<Page> Parse(string xhtml)
    {
        var pages = new List<Page>();
        using var reader = XmlReader.Create(new StringReader(xhtml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
        List<Word>? words = null;
        double width = 0, height = 0;
        int line = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "page":
                        words = [];
                        width = Number(reader, "width");
                        height = Number(reader, "height");
                        break;
                    case "line":
                        line++;
                        break;
                    case "word" when words is not null:
                        double l = Number(reader, "xMin"), t = Number(reader, "yMin"), r = Number(reader, "xMax"), b = Number(reader, "yMax");
                        var text = reader.ReadElementContentAsString();
                        if (text.Trim().Length > 0) words.Add(new Word(text, l, t, r, b, line));
                        break;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "page" && words is not null)
            {
                pages.Add(new Page(pages.Count + 1, width, height, words));
                words = null;
            }
        }
        return pages;
    }

    static double Number(XmlReader reader, string attribute) =>
        double.Parse(reader.GetAttribute(attribute) ?? "0", CultureInfo.InvariantCulture);
}
