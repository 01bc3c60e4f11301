using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Extraction.Reports.Sheets;

/// <summary>The stylesheet of the forms: 宋体 throughout, thin rules on every table cell, grey headers and totals,
/// points with one decimal, and one differential format (red on pink) for highlights.</summary>
public static class XlsxStyles
{
    /// <summary>The custom number format of points: one decimal as offices print scores (7.0, 0.5), a second only where
    /// the points have one (0.25 of a clause must not read 0.3).</summary>
    public const uint PointsFormat = 164;
    public const string PointsCode = "0.0#";
    /// <summary>Excel's built-in format of whole numbers ("0"), for counts.</summary>
    public const uint WholeFormat = 1;
    public const uint HighlightFormat = 0;
    const string FontName = "宋体";

    /// <summary>The style index of a cell style: the stylesheet's cell formats follow the enum, after the default.</summary>
    public static uint Index(CellStyle style) => style == CellStyle.Plain ? 0 : (uint)style + 1;

    /// <summary>The font size, in points, a style prints at (row heights are estimated from it).</summary>
    public static double FontSize(CellStyle style) => style switch { CellStyle.Title => 16, CellStyle.Note => 10, _ => 11 };

    public static Stylesheet Build()
    {
        var fonts = new Fonts(Font(11, false), Font(11, true), Font(16, true), Font(10, false)) { Count = 4 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFD9D9D9"), Solid("FFEDEDED")) { Count = 4 };
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), Thin()) { Count = 2 };
        var formats = new CellFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0 });
        foreach (var style in Enum.GetValues<CellStyle>().Where(s => s != CellStyle.Plain)) formats.Append(Format(style));
        formats.Count = (uint)formats.ChildElements.Count;
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = PointsFormat, FormatCode = PointsCode }) { Count = 1 },
            fonts, fills, borders,
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            formats,
            new DifferentialFormats(new DifferentialFormat(
                new Font(new Bold(), new Color { Rgb = "FF9C0006" }),
                new Fill(new PatternFill(new BackgroundColor { Rgb = "FFFFC7CE" }) { PatternType = PatternValues.Solid }))) { Count = 1 });
    }

    static CellFormat Format(CellStyle style)
    {
        // (font, fill, border, alignment, shown as points); every format wraps, so long reasons stay inside their column.
        var (font, fill, border, horizontal, format) = style switch
        {
            CellStyle.Title => (2u, 0u, 0u, HorizontalAlignmentValues.Center, 0u),
            CellStyle.Subtitle => (0u, 0u, 0u, HorizontalAlignmentValues.Left, 0u),
            CellStyle.Header => (1u, 2u, 1u, HorizontalAlignmentValues.Center, 0u),
            CellStyle.Text => (0u, 0u, 1u, HorizontalAlignmentValues.Left, 0u),
            CellStyle.Centered => (0u, 0u, 1u, HorizontalAlignmentValues.Center, 0u),
            CellStyle.Number => (0u, 0u, 1u, HorizontalAlignmentValues.Center, PointsFormat),
            CellStyle.TotalLabel => (1u, 3u, 1u, HorizontalAlignmentValues.Center, 0u),
            CellStyle.TotalNumber => (1u, 3u, 1u, HorizontalAlignmentValues.Center, PointsFormat),
            CellStyle.Count => (0u, 0u, 1u, HorizontalAlignmentValues.Center, WholeFormat),
            CellStyle.TotalCount => (1u, 3u, 1u, HorizontalAlignmentValues.Center, WholeFormat),
            CellStyle.Area => (1u, 0u, 1u, HorizontalAlignmentValues.Center, 0u),
            _ => (3u, 0u, 0u, HorizontalAlignmentValues.Left, 0u),
        };
        var vertical = style == CellStyle.Area ? VerticalAlignmentValues.Top : VerticalAlignmentValues.Center;
        return new CellFormat(new Alignment { Horizontal = horizontal, Vertical = vertical, WrapText = true })
        {
            FontId = font, FillId = fill, BorderId = border, FormatId = 0,
            NumberFormatId = format,
            ApplyFont = true, ApplyFill = fill > 0, ApplyBorder = border > 0, ApplyAlignment = true, ApplyNumberFormat = format > 0,
        };
    }

    static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = size }, new FontName { Val = FontName }, new FontCharSet { Val = 134 });
        return font;
    }

    static Fill Solid(string rgb) => new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    static Border Thin() => new(
        new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
        new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
        new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
        new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
        new DiagonalBorder());
}
