namespace Extraction.Extract.Layout;

/// <summary>An 8-bit grayscale bitmap, read from the binary PGM (P5) that pdftoppm -gray writes.</summary>
public sealed class GrayImage(int width, int height, byte[] pixels)
{
    readonly byte[] pixels = pixels;
    public int Width { get; } = width;
    public int Height { get; } = height;
    public byte this[int x, int y] => pixels[y * Width + x];
    /// <summary>The pixels row by row, for filters that work on the whole image in place.</summary>
    public byte[] Pixels => pixels;

    /// <summary>The image turned clockwise by a multiple of 90°, as OSD says a page must be turned to stand upright.</summary>
    public GrayImage Rotate(int degreesClockwise)
    {
        int turns = ((degreesClockwise / 90) % 4 + 4) % 4;
        if (turns == 0) return this;
        int w = turns == 2 ? Width : Height, h = turns == 2 ? Height : Width;
        var turned = new byte[w * h];
        for (int y = 0; y < Height; y++)
            for (int x = 0; x < Width; x++)
            {
                var (nx, ny) = turns switch { 1 => (Height - 1 - y, x), 2 => (Width - 1 - x, Height - 1 - y), _ => (y, Width - 1 - x) };
                turned[ny * w + nx] = pixels[y * Width + x];
            }
        return new GrayImage(w, h, turned);
    }

    /// <summary>The part of the image inside the box, clipped to the image.</summary>
    public GrayImage Crop(int left, int top, int right, int bottom)
    {
        left = Math.Clamp(left, 0, Width); right = Math.Clamp(right, left, Width);
        top = Math.Clamp(top, 0, Height); bottom = Math.Clamp(bottom, top, Height);
        int w = Math.Max(1, right - left), h = Math.Max(1, bottom - top);
        var crop = new byte[w * h];
        for (int y = 0; y < h && top + y < Height; y++)
            Array.Copy(pixels, (top + y) * Width + left, crop, y * w, Math.Min(w, Width - left));
        return new GrayImage(w, h, crop);
    }

    /// <summary>Whitens what is left of ruling lines along the edges of a cut-out cell: within <paramref name="depth"/> pixels
    /// of an edge, a column (row) dark over most of its length is a line, never a character, which Tesseract would
    /// otherwise read as "|", "!" or fold into a "(" as "人".</summary>
    public void EraseEdgeLines(int depth, byte dark = 170, double share = 0.5)
    {
        bool Dark(int x, int y) => pixels[y * Width + x] < dark;
        for (int d = 0; d < Math.Min(depth, Width / 2); d++)
            foreach (int x in (int[])[d, Width - 1 - d])
                if (Enumerable.Range(0, Height).Count(y => Dark(x, y)) > share * Height)
                    for (int y = 0; y < Height; y++) pixels[y * Width + x] = 255;
        for (int d = 0; d < Math.Min(depth, Height / 2); d++)
            foreach (int y in (int[])[d, Height - 1 - d])
                if (Enumerable.Range(0, Width).Count(x => Dark(x, y)) > share * Width)
                    Array.Fill(pixels, (byte)255, y * Width, Width);
    }

    /// <summary>The images one above the other on white, a gap between them and before their left edge (Tesseract drops
    /// a character touching the image's edge, such as the "(1)" a cell begins with); each one's rows in the stack.</summary>
    public static (GrayImage Stack, List<(int Top, int Bottom)> Bands) Stack(IReadOnlyList<GrayImage> parts, int gap)
    {
        int width = parts.Max(p => p.Width) + 2 * gap, height = parts.Sum(p => p.Height + gap) + gap;
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)255);
        var bands = new List<(int, int)>();
        int y = gap;
        foreach (var part in parts)
        {
            for (int row = 0; row < part.Height; row++)
                Array.Copy(part.pixels, row * part.Width, pixels, (y + row) * width + gap, part.Width);
            bands.Add((y, y + part.Height));
            y += part.Height + gap;
        }
        return (new GrayImage(width, height, pixels), bands);
    }

    public void WritePgm(string path)
    {
        using var file = File.Create(path);
        file.Write(System.Text.Encoding.ASCII.GetBytes($"P5\n{Width} {Height}\n255\n"));
        file.Write(pixels);
    }

    public static GrayImage ReadPgm(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var (magic, w, h, pos) = Scan.NetpbmHeader.Read(bytes);
        if (magic != "P5") throw new ExtractionException("页面图像格式异常（不是 PGM）");
        if (bytes.Length - pos < (long)w * h) throw new ExtractionException("页面图像数据不完整");
        return new GrayImage(w, h, bytes.AsSpan(pos, w * h).ToArray());
    }
}
