using Extraction.Extract.Layout;

namespace Extraction.Extract.Vector;

/// <summary>Paints what a page's content stream draws as straight horizontal and vertical strokes and rectangles, at
/// their colours' gray, onto a white page image: the ruling lines of a table as a renderer would show them, with no
/// text and no images, for a few milliseconds instead of a full rendering.</summary>
public static class RulingPainter
{
    sealed class State
    {
        public Matrix Ctm = Matrix.Identity;
        public double LineWidth = 1;
        public byte Stroke, Fill;
        public State Copy() => (State)MemberwiseClone();
    }

    /// <summary>What painting a page gave: its image (null when nothing was drawn, so no grid can be there), or that the
    /// content does something this does not follow and the page must be rendered.</summary>
    public sealed record Result(bool Followed, GrayImage? Image);

    public static GrayImage? Paint(PdfDocument.Page page, double dpi) => TryPaint(page, dpi) is { Followed: true } r ? r.Image ?? Blank(page, dpi) : null;

    static GrayImage Blank(PdfDocument.Page page, double dpi)
    {
        int width = (int)Math.Ceiling(page.Width * dpi / 72), height = (int)Math.Ceiling(page.Height * dpi / 72);
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)255);
        return new GrayImage(width, height, pixels);
    }

    public static Result TryPaint(PdfDocument.Page page, double dpi)
    {
        var cannot = new Result(false, null);
        if (page.Contents is null) return cannot;
        double scale = dpi / 72;
        int width = (int)Math.Ceiling(page.Width * scale), height = (int)Math.Ceiling(page.Height * scale);
        if (width <= 0 || height <= 0 || (long)width * height > 50_000_000) return cannot;
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)255);
        // Page space (points, y up, origin at the box's corner) to image pixels (y down).
        var toImage = new Matrix(scale, 0, 0, -scale, -page.Left * scale, (page.Bottom + page.Height) * scale);
        var canvas = new Canvas(pixels, width, height);

        var state = new State();
        var saved = new Stack<State>();
        var operands = new List<object?>();
        var path = new List<List<(double X, double Y)>>();
        List<(double X, double Y)>? subpath = null;
        bool curved = false;
        foreach (var content in page.Contents)
        {
            var syntax = new PdfSyntax(PdfSyntax.Latin1(content), references: false);
            while (!syntax.AtEnd)
            {
                var token = syntax.Next();
                if (token is not string op || op.Length == 0) { operands.Add(token); continue; }
                double N(int i) => operands.Count > i && operands[i] is double d ? d : 0;
                switch (op)
                {
                    case "q": saved.Push(state.Copy()); break;
                    case "Q": if (saved.Count > 0) state = saved.Pop(); break;
                    case "cm": state.Ctm = new Matrix(N(0), N(1), N(2), N(3), N(4), N(5)).Then(state.Ctm); break;
                    case "w": state.LineWidth = N(0); break;
                    case "G": state.Stroke = Gray(N(0)); break;
                    case "g": state.Fill = Gray(N(0)); break;
                    case "RG": state.Stroke = Rgb(N(0), N(1), N(2)); break;
                    case "rg": state.Fill = Rgb(N(0), N(1), N(2)); break;
                    case "K": state.Stroke = Cmyk(N(0), N(1), N(2), N(3)); break;
                    case "k": state.Fill = Cmyk(N(0), N(1), N(2), N(3)); break;
                    case "SC" or "SCN": state.Stroke = Components(operands); break;
                    case "sc" or "scn": state.Fill = Components(operands); break;
                    case "CS": state.Stroke = 0; break;
                    case "cs": state.Fill = 0; break;
                    case "m":
                        subpath = [(N(0), N(1))];
                        path.Add(subpath);
                        break;
                    case "l":
                        subpath?.Add((N(0), N(1)));
                        break;
                    case "c" or "v" or "y":
                        curved = true;
                        subpath?.Add(op == "c" ? (N(4), N(5)) : (N(2), N(3)));
                        break;
                    case "h":
                        if (subpath is { Count: > 0 }) subpath.Add(subpath[0]);
                        break;
                    case "re":
                        subpath = null;
                        double x = N(0), y = N(1), w = N(2), hgt = N(3);
                        path.Add([(x, y), (x + w, y), (x + w, y + hgt), (x, y + hgt), (x, y)]);
                        break;
                    case "S" or "s" or "f" or "F" or "f*" or "B" or "B*" or "b" or "b*" or "n":
                        var transform = state.Ctm.Then(toImage);
                        var shapes = path.Where(p => p.Count > 0).Select(p => p.Select(pt => transform.Apply(pt.X, pt.Y)).ToArray()).ToList();
                        bool fill = op is not ("S" or "s" or "n"), stroke = op is "S" or "s" or "B" or "B*" or "b" or "b*";
                        if (fill && !curved) foreach (var shape in shapes) canvas.FillIfRectangle(shape, state.Fill);
                        if (stroke)
                        {
                            double thickness = Math.Max(1, state.LineWidth * transform.Scale);
                            foreach (var shape in shapes)
                                for (int i = 0; i + 1 < shape.Length; i++) canvas.StrokeIfStraight(shape[i], shape[i + 1], thickness, state.Stroke);
                        }
                        path.Clear();
                        subpath = null;
                        curved = false;
                        break;
                    case "BI": syntax.SkipInlineImage(); break;
                    case "BT": syntax.SkipTextObject(); break;
                    // An image is no ruling; a form may hold some, so such a page is left to the renderer.
                    case "Do" when operands.Count > 0 && operands[0] is PdfName name && !page.ImageNames.Contains(name.Value): return cannot;
                }
                operands.Clear();
            }
        }
        return new Result(true, canvas.Inked ? new GrayImage(width, height, pixels) : null);
    }

    static byte Gray(double g) => (byte)Math.Clamp(Math.Round(g * 255), 0, 255);
    static byte Rgb(double r, double g, double b) => Gray(0.299 * r + 0.587 * g + 0.114 * b);
    static byte Cmyk(double c, double m, double y, double k) => Rgb((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k));

    // A colour in a named space: one component is gray, three RGB, four CMYK; a pattern counts as dark.
    static byte Components(List<object?> operands)
    {
        var values = operands.OfType<double>().ToList();
        return values.Count switch { 1 => Gray(values[0]), 3 => Rgb(values[0], values[1], values[2]), 4 => Cmyk(values[0], values[1], values[2], values[3]), _ => 0 };
    }
}
