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
                if (Redder(image, y * image.Width + x, RedMargin)) red[y / tile * tilesX + x / tile]++;
        // A round red region as large as a seal is a stamp: its ring, star and arc are never text to read.
        var stamps = SealTiles.Find(red, image.Width, image.Height, dpi, options);
        bool stamped = stamps.Any;

        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x++)
            {
                int i = y * image.Width + x;
                // Within a seal the red channel (the ink's own colour, near white) hides the ring, the star and the pink
                // fringes JPEG leaves around them; elsewhere the darkest channel keeps red letters as dark as black ones.
                if (stamped && stamps.Encloses(x, y)) { if (Redder(image, i, SealMargin)) pixels[i] = image.R(i); }
                else if (Redder(image, i, RedMargin)) pixels[i] = Math.Min(image.G(i), image.B(i));
            }
        return gray;
    }

    // Red ink: the red channel well above both others. Pink JPEG fringes around black letters stay below the margin,
    // except within a seal, where nothing black is pink.
    const int RedMargin = 60, SealMargin = 25;

    static bool Redder(ColorImage image, int i, int margin) => image.R(i) - Math.Max(image.G(i), image.B(i)) > margin;
}
