using Extraction.Extract.Layout;

namespace Extraction.Extract.Scan;

/// <summary>Evens out light that falls off across a page (a phone photo under a desk lamp): each pixel divided by the
/// paper's own level around it. Tesseract splits ink from paper at one level for the whole page, so on such a page the
/// dark side goes black and the letters in it are lost; a global stretch cannot help, the paper of one side is darker
/// than the ink of the other.</summary>
public static class UnevenLight
{
    /// <summary>The paper's level in tiles about a sixth of an inch across: the brightest of each tile and its neighbours,
    /// so a tile filled by a large letter or a seal takes the paper beside it.</summary>
    public static (int[] Levels, int Tile, int Across, int Down) Paper(GrayImage image, double dpi)
    {
        int tile = Math.Max(8, (int)(dpi / 6));
        int across = (image.Width + tile - 1) / tile, down = (image.Height + tile - 1) / tile;
        var brightest = new int[across * down];
        var histogram = new int[256];
        for (int ty = 0; ty < down; ty++)
            for (int tx = 0; tx < across; tx++)
            {
                Array.Clear(histogram);
                int n = 0;
                for (int y = ty * tile; y < Math.Min(image.Height, (ty + 1) * tile); y++)
                    for (int x = tx * tile; x < Math.Min(image.Width, (tx + 1) * tile); x++) { histogram[image[x, y]]++; n++; }
                // The level with 2% of the tile above it: noise and JPEG ringing do not set the paper.
                int seen = 0, level = 255;
                for (; level > 0; level--) { seen += histogram[level]; if (seen >= n / 50 + 1) break; }
                brightest[ty * across + tx] = level;
            }
        var levels = new int[brightest.Length];
        for (int ty = 0; ty < down; ty++)
            for (int tx = 0; tx < across; tx++)
            {
                int best = 0;
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++)
                    {
                        int x = tx + dx, y = ty + dy;
                        if (x >= 0 && y >= 0 && x < across && y < down) best = Math.Max(best, brightest[y * across + x]);
                    }
                levels[ty * across + tx] = best;
            }
        return (levels, tile, across, down);
    }

    /// <summary>How far the paper's level drops across the page: the brightest tiles' level less the darkest's (5th and
    /// 95th percentiles), in gray levels. A flatbed scan, faint or not, stays within a few levels.</summary>
    public static int Spread(int[] levels)
    {
        var sorted = levels.Order().ToArray();
        return sorted[sorted.Length * 95 / 100] - sorted[sorted.Length * 5 / 100];
    }

    /// <summary>True when the page's light was uneven past the options' limit and has been evened out.</summary>
    public static bool EvenIfUneven(GrayImage image, double dpi, ExtractionOptions options)
    {
        var (levels, tile, across, down) = Paper(image, dpi);
        if (Spread(levels) < options.OcrUnevenLightLevels) return false;
        var pixels = image.Pixels;
        for (int y = 0; y < image.Height; y++)
        {
            // The paper's level at each pixel, interpolated between tile centres so no tile's edge shows.
            double fy = Math.Clamp((y + 0.5) / tile - 0.5, 0, down - 1);
            int y0 = (int)fy, y1 = Math.Min(y0 + 1, down - 1);
            double wy = fy - y0;
            for (int x = 0; x < image.Width; x++)
            {
                double fx = Math.Clamp((x + 0.5) / tile - 0.5, 0, across - 1);
                int x0 = (int)fx, x1 = Math.Min(x0 + 1, across - 1);
                double wx = fx - x0;
                double top = levels[y0 * across + x0] * (1 - wx) + levels[y0 * across + x1] * wx;
                double bottom = levels[y1 * across + x0] * (1 - wx) + levels[y1 * across + x1] * wx;
                double paper = Math.Max(1, top * (1 - wy) + bottom * wy);
                int i = y * image.Width + x;
                pixels[i] = (byte)Math.Min(255, pixels[i] * 255 / paper);
            }
        }
        return true;
    }
}
