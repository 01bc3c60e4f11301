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
        var (tile, tilesX, tilesY) = SealTiles.Grid(image.Width, image.Height, dpi);
        var red = new int[tilesX * tilesY];
        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x++)
                if (IsRed(image, y * image.Width + x)) red[y / tile * tilesX + x / tile]++;
        // A round red region as large as a seal is a stamp: its ring, star and arc are never text to read.
        var stamps = SealTiles.Find(red, image.Width, image.Height, dpi, options);

        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x++)
            {
                int i = y * image.Width + x;
                if (!IsRed(image, i)) continue;
                // Under a stamp the red channel (the ink's own colour, near white) hides the ring; elsewhere the darkest
                // channel keeps red letters as dark as black ones.
                pixels[i] = stamps.Covers(x, y) ? image.R(i) : Math.Min(image.G(i), image.B(i));
            }
        return gray;
    }

    // Red ink: the red channel well above both others. Pink JPEG fringes around black letters stay below the margin.
    static bool IsRed(ColorImage image, int i) => image.R(i) - Math.Max(image.G(i), image.B(i)) > 60;
}
