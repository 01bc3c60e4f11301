namespace Extraction.Extract.Layout;

/// <summary>An 8-bit grayscale bitmap, read from the binary PGM (P5) that pdftoppm -gray writes.</summary>
public sealed class GrayImage(int width, int height, byte[] pixels)
{
    readonly byte[] pixels = pixels;
    public int Width { get; } = width;
    public int Height { get; } = height;
    public byte this[int x, int y] => pixels[y * Width + x];

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

    /// <summary>The images one above the other, left-aligned on white with a gap between; each one's rows in the stack.</summary>
    public static (GrayImage Stack, List<(int Top, int Bottom)> Bands) Stack(IReadOnlyList<GrayImage> parts, int gap)
    {
        int width = parts.Max(p => p.Width), height = parts.Sum(p => p.Height + gap) + gap;
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)255);
        var bands = new List<(int, int)>();
        int y = gap;
        foreach (var part in parts)
        {
            for (int row = 0; row < part.Height; row++)
                Array.Copy(part.pixels, row * part.Width, pixels, (y + row) * width, part.Width);
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
        int pos = 0;
        string Next()
        {
            while (pos < bytes.Length && (char.IsWhiteSpace((char)bytes[pos]) || bytes[pos] == '#'))
            {
                if (bytes[pos] == '#') while (pos < bytes.Length && bytes[pos] != '\n') pos++;
                else pos++;
            }
            int start = pos;
            while (pos < bytes.Length && !char.IsWhiteSpace((char)bytes[pos])) pos++;
            return System.Text.Encoding.ASCII.GetString(bytes, start, pos - start);
        }
        if (Next() != "P5") throw new ExtractionException("页面图像格式异常（不是 PGM）");
        int w = int.Parse(Next()), h = int.Parse(Next());
        if (int.Parse(Next()) > 255) throw new ExtractionException("页面图像位深不受支持");
        pos++;
        if (bytes.Length - pos < (long)w * h) throw new ExtractionException("页面图像数据不完整");
        return new GrayImage(w, h, bytes.AsSpan(pos, w * h).ToArray());
    }
}
