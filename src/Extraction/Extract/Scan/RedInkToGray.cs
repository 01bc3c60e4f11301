using Extraction.Extract.Layout;

namespace Extraction.Extract.Scan;

/// <summary>Turns a colour scan gray so that red ink reads as it should. Red text (a masthead, a red-ink number)
/// is kept dark: luminance makes it mid-gray, which binarization can lose. A red seal stamped over black text is
/// lifted out instead, so the text under it is not buried in the ring (nor the lines beside it dropped with it as a picture).</summary>
public static class RedInkToGray
{
    public static GrayImage Convert(ColorImage image, double dpi, ExtractionOptions options)
    {
        var gray = image.Luminance();
        var pixels = gray.Pixels;
        int tile = Math.Max(4, (int)(dpi / 8));
        int tilesX = (image.Width + tile - 1) / tile, tilesY = (image.Height + tile - 1) / tile;
        var red = new int[tilesX * tilesY];
        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x++)
            {
                int i = y * image.Width + x, t = y / tile * tilesX + x / tile;
                if (IsRed(image, i)) red[t]++;
            }

        // Red tiles joined into regions; a round one as large as a seal is a stamp (its ring, star and arc are never text to
        // read), while red text runs in lines far wider than high.
        int minRed = tile * tile / 50;
        var region = new int[red.Length];
        Array.Fill(region, -1);
        var stamps = new HashSet<int>();
        int regions = 0;
        double sealSize = dpi * options.SealMinInches;
        for (int start = 0; start < red.Length; start++)
        {
            if (red[start] < minRed || region[start] >= 0) continue;
            var queue = new Queue<int>([start]);
            region[start] = regions;
            int minX = int.MaxValue, maxX = 0, minY = int.MaxValue, maxY = 0;
            while (queue.Count > 0)
            {
                int t = queue.Dequeue(), tx = t % tilesX, ty = t / tilesX;
                (minX, maxX, minY, maxY) = (Math.Min(minX, tx), Math.Max(maxX, tx), Math.Min(minY, ty), Math.Max(maxY, ty));
                foreach (var n in (int[])[tx > 0 ? t - 1 : -1, tx + 1 < tilesX ? t + 1 : -1, ty > 0 ? t - tilesX : -1, ty + 1 < tilesY ? t + tilesX : -1])
                    if (n >= 0 && region[n] < 0 && red[n] >= minRed) { region[n] = regions; queue.Enqueue(n); }
            }
            int width = maxX - minX + 1, height = maxY - minY + 1;
            bool sealSized = width * tile >= sealSize && height * tile >= sealSize;
            if (sealSized && Math.Max(width, height) <= options.SealMaxAspect * Math.Min(width, height)) stamps.Add(regions);
            regions++;
        }

        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x++)
            {
                int i = y * image.Width + x;
                if (!IsRed(image, i)) continue;
                // Under a stamp the red channel (the ink's own colour, near white) hides the ring; elsewhere the darkest
                // channel keeps red letters as dark as black ones.
                pixels[i] = stamps.Contains(region[y / tile * tilesX + x / tile]) ? image.R(i) : Math.Min(image.G(i), image.B(i));
            }
        return gray;
    }

    // Red ink: the red channel well above both others. Pink JPEG fringes around black letters stay below the margin.
    static bool IsRed(ColorImage image, int i) => image.R(i) - Math.Max(image.G(i), image.B(i)) > 60;
}
