using Extraction.Extract.Layout;

namespace Extraction.Extract.Scan;

/// <summary>Stretches a faint scan (gray ink on gray paper) so its ink reaches black and its paper white.</summary>
public static class Contrast
{
    /// <summary>The ink and paper levels: the darkest and lightest percent of the pixels left out as noise.</summary>
    public static (int Ink, int Paper) Levels(GrayImage image)
    {
        var histogram = new long[256];
        foreach (var p in image.Pixels) histogram[p]++;
        long total = image.Pixels.Length, seen = 0;
        int ink = 0, paper = 255;
        for (int v = 0; v < 256; v++) { seen += histogram[v]; if (seen >= total / 200) { ink = v; break; } }
        seen = 0;
        for (int v = 255; v >= 0; v--) { seen += histogram[v]; if (seen >= total / 20) { paper = v; break; } }
        return (ink, paper);
    }

    /// <summary>True when the page was stretched: ink and paper were closer than the options allow.</summary>
    public static bool StretchIfFaint(GrayImage image, ExtractionOptions options)
    {
        var (ink, paper) = Levels(image);
        if (paper - ink >= options.OcrMinContrast || paper <= ink) return false;
        var map = new byte[256];
        for (int v = 0; v < 256; v++) map[v] = (byte)Math.Clamp((v - ink) * 255 / (paper - ink), 0, 255);
        var pixels = image.Pixels;
        for (int i = 0; i < pixels.Length; i++) pixels[i] = map[pixels[i]];
        return true;
    }
}
