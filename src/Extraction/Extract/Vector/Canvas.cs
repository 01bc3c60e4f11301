namespace Extraction.Extract.Vector;

/// <summary>An 8-bit gray pixel buffer that axis-aligned strokes and rectangles are painted on, opaque as in PDF.</summary>
internal sealed class Canvas(byte[] pixels, int width, int height)
{
    // Half a pixel of slant is still a straight line for a ruling.
    const double Straight = 0.5;

    /// <summary>True once anything darker than white was painted: a page without ink has no ruling lines to look for.</summary>
    public bool Inked { get; private set; }

    public void StrokeIfStraight((double X, double Y) a, (double X, double Y) b, double thickness, byte gray)
    {
        double half = thickness / 2;
        if (Math.Abs(a.Y - b.Y) <= Straight)
            Paint(Math.Min(a.X, b.X) - half, (a.Y + b.Y) / 2 - half, Math.Max(a.X, b.X) + half, (a.Y + b.Y) / 2 + half, gray);
        else if (Math.Abs(a.X - b.X) <= Straight)
            Paint((a.X + b.X) / 2 - half, Math.Min(a.Y, b.Y) - half, (a.X + b.X) / 2 + half, Math.Max(a.Y, b.Y) + half, gray);
    }

    /// <summary>Fills a closed path when it is an axis-aligned rectangle (how many writers draw thin borders).</summary>
    public void FillIfRectangle((double X, double Y)[] shape, byte gray)
    {
        if (shape.Length is < 4 or > 5) return;
        var xs = shape.Select(p => p.X).ToArray();
        var ys = shape.Select(p => p.Y).ToArray();
        double left = xs.Min(), right = xs.Max(), top = ys.Min(), bottom = ys.Max();
        bool onEdges = shape.All(p => (Near(p.X, left) || Near(p.X, right)) && (Near(p.Y, top) || Near(p.Y, bottom)));
        if (!onEdges) return;
        // A rectangle thinner than a pixel still shows, as a renderer's anti-aliasing would show it.
        if (right - left < 1) (left, right) = ((left + right) / 2 - 0.5, (left + right) / 2 + 0.5);
        if (bottom - top < 1) (top, bottom) = ((top + bottom) / 2 - 0.5, (top + bottom) / 2 + 0.5);
        Paint(left, top, right, bottom, gray);
    }

    static bool Near(double a, double b) => Math.Abs(a - b) <= Straight;

    void Paint(double left, double top, double right, double bottom, byte gray)
    {
        int x0 = Math.Clamp((int)Math.Round(left), 0, width), x1 = Math.Clamp((int)Math.Round(right), 0, width);
        int y0 = Math.Clamp((int)Math.Round(top), 0, height), y1 = Math.Clamp((int)Math.Round(bottom), 0, height);
        if (x1 == x0 && x0 < width) x1 = x0 + 1;
        if (y1 == y0 && y0 < height) y1 = y0 + 1;
        if (x1 <= x0 || y1 <= y0) return;
        Inked |= gray < 255;
        for (int y = y0; y < y1; y++) pixels.AsSpan(y * width + x0, x1 - x0).Fill(gray);
    }
}
