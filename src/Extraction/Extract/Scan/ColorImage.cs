using Extraction.Extract.Layout;

namespace Extraction.Extract.Scan;

/// <summary>A 24-bit RGB bitmap, read from the binary PPM (P6) that pdftoppm writes.</summary>
public sealed class ColorImage(int width, int height, byte[] rgb)
{
    public int Width { get; } = width;
    public int Height { get; } = height;
    public byte R(int i) => rgb[3 * i];
    public byte G(int i) => rgb[3 * i + 1];
    public byte B(int i) => rgb[3 * i + 2];

    public static ColorImage ReadPpm(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var (magic, w, h, start) = NetpbmHeader.Read(bytes);
        if (magic != "P6") throw new ExtractionException("页面图像格式异常（不是 PPM）");
        if (bytes.Length - start < 3L * w * h) throw new ExtractionException("页面图像数据不完整");
        return new ColorImage(w, h, bytes.AsSpan(start, 3 * w * h).ToArray());
    }

    /// <summary>Luminance of each pixel, as a grayscale copier would give it.</summary>
    public GrayImage Luminance()
    {
        var gray = new byte[Width * Height];
        for (int i = 0; i < gray.Length; i++) gray[i] = (byte)((299 * R(i) + 587 * G(i) + 114 * B(i)) / 1000);
        return new GrayImage(Width, Height, gray);
    }
}
