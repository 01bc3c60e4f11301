using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Extraction.Reports.Documents;

/// <summary>A Word document laid out after GB/T 9704-2012: A4 with 37/35/28/26 mm margins, the title in 2号小标宋,
/// the body in 3号仿宋 on a fixed 28-point line, headings 一、 in 黑体 and （一） in 楷体, tables in 小四, page
/// numbers "— 1 —" in 4号宋体 at the foot. Paragraphs are added in reading order, then <see cref="Save"/>.</summary>
public sealed class OfficialDocument
{
    // Sizes in half-points: 2号 22pt, 3号 16pt, 4号 14pt, 小四 12pt.
    const string TitleSize = "44", BodySize = "32", FooterSize = "28", TableSize = "24";
    // Twentieths of a point: a fixed 28-point line (22 lines on a page), and two characters of 3号 as the first-line indent.
    const int LineTwips = 560, IndentTwips = 640;
    readonly List<OpenXmlElement> body = [];

    public void Title(string text) => body.Add(Paragraph(text, ReportFonts.Title, TitleSize, JustificationValues.Center, spacingAfter: 0));

    /// <summary>A line under the title (地区, date), centred in 楷体.</summary>
    public void Subtitle(string text) => body.Add(Paragraph(text, ReportFonts.Kai, BodySize, JustificationValues.Center));

    /// <summary>一、… in 黑体 (level 1) or （一）… in 楷体 (level 2).</summary>
    public void Heading(string text, int level) => body.Add(Paragraph(text, level == 1 ? ReportFonts.Hei : ReportFonts.Kai, BodySize, JustificationValues.Left, indent: true));

    public void Text(string text) => body.Add(Paragraph(text, ReportFonts.Body, BodySize, JustificationValues.Both, indent: true));

    /// <summary>Signature lines and dates, flush right as 署名 and 成文日期 stand.</summary>
    public void Right(string text) => body.Add(Paragraph(text, ReportFonts.Body, BodySize, JustificationValues.Right));

    /// <summary>A line flush left without indent (附件 at the head of an annex).</summary>
    public void Left(string text, bool heading = false) => body.Add(Paragraph(text, heading ? ReportFonts.Hei : ReportFonts.Body, BodySize, JustificationValues.Left));

    public void Blank() => body.Add(Paragraph("", ReportFonts.Body, BodySize, JustificationValues.Left));

    public void PageBreak() => body.Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    /// <summary>A ruled table: a bold header row repeated on every page, widths in per cent of the text width.</summary>
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<int> widths, IEnumerable<IReadOnlyList<string>> rows, IReadOnlySet<int>? centred = null)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = (w * TextWidthTwips / 100).ToString() })));
        table.Append(Row(headers, widths, header: true, centred: null));
        foreach (var row in rows) table.Append(Row(row, widths, header: false, centred));
        body.Add(table);
        body.Add(Paragraph("", ReportFonts.Body, TableSize, JustificationValues.Left));
    }

    // A4 is 11906 twips wide; less 28 mm and 26 mm margins.
    const int TextWidthTwips = 11906 - 1588 - 1474;

    static TableRow Row(IReadOnlyList<string> cells, IReadOnlyList<int> widths, bool header, IReadOnlySet<int>? centred)
    {
        var row = new TableRow();
        if (header) row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (int i = 0; i < cells.Count; i++)
        {
            var properties = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Pct, Width = (widths[i] * 50).ToString() },
                new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
            if (header) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "D9D9D9" });
            var align = header || centred?.Contains(i) == true ? JustificationValues.Center : JustificationValues.Left;
            var cell = new TableCell(properties);
            foreach (var line in cells[i].Split('\n'))
                cell.Append(Paragraph(line, header ? ReportFonts.Hei : ReportFonts.Body, TableSize, align, spacingAfter: 0, exact: false));
            row.Append(cell);
        }
        return row;
    }

    static Paragraph Paragraph(string text, string font, string size, JustificationValues align, bool indent = false, int spacingAfter = 0, bool exact = true)
    {
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Line = exact ? LineTwips.ToString() : "300", LineRule = exact ? LineSpacingRuleValues.Exact : LineSpacingRuleValues.Auto, After = spacingAfter.ToString(), Before = "0" },
            new Indentation { FirstLine = indent ? IndentTwips.ToString() : "0" },
            new Justification { Val = align });
        var run = new Run(new RunProperties(
            new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font },
            new FontSize { Val = size }, new FontSizeComplexScript { Val = size },
            // Chinese text: where a face is missing, the stand-in is a Simplified Chinese one.
            new Languages { Val = "zh-CN", EastAsia = "zh-CN" }),
            new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return new Paragraph(properties, run);
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<FontTablePart>().Fonts = ReportFonts.Table();
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = PageNumberFooter();
        var section = new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = 11906, Height = 16838 },
            // 37 mm top, 35 mm bottom, 28 mm left, 26 mm right.
            new PageMargin { Top = 2098, Bottom = 1985, Left = 1588, Right = 1474, Header = 851, Footer = 992, Gutter = 0 },
            new DocGrid { Type = DocGridValues.Default });
        main.Document = new Document(new Body([.. body.Select(e => e.CloneNode(true)), section]));
        main.Document.Save();
    }

    // "— 1 —": the page number between two dashes, centred, in 4号宋体.
    static Footer PageNumberFooter()
    {
        RunProperties Font() => new(new RunFonts { Ascii = ReportFonts.Song, HighAnsi = ReportFonts.Song, EastAsia = ReportFonts.Song }, new FontSize { Val = FooterSize });
        return new Footer(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(Font(), new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(Font(), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(Font(), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(Font(), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(Font(), new Text("1")),
            new Run(Font(), new FieldChar { FieldCharType = FieldCharValues.End }),
            new Run(Font(), new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
    }
}
