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
        var blue = new int[tilesX * tilesY];
        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x++)
            {
                int i = y * image.Width + x;
                if (Redder(image, i, RedMargin)) red[y / tile * tilesX + x / tile]++;
                else if (Bluer(image, i, BlueMargin)) blue[y / tile * tilesX + x / tile]++;
            }
        // A round red region as large as a seal is a stamp: its ring, star and arc are never text to read. Some offices
        // stamp in blue: a round blue region is one too.
        var stamps = SealTiles.Find(red, image.Width, image.Height, dpi, options);
        var blueStamps = SealTiles.Find(blue, image.Width, image.Height, dpi, options);
        bool stamped = stamps.Any, blueStamped = blueStamps.Any;

        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x++)
            {
                int i = y * image.Width + x;
                // Within a seal the red channel (the ink's own colour, near white) hides the ring, the star and the pink
                // fringes JPEG leaves around them; elsewhere the darkest channel keeps red letters as dark as black ones.
                if (stamped && stamps.Encloses(x, y)) { if (Redder(image, i, SealMargin)) pixels[i] = Lifted(image, i); }
                // Blue ink thinned on paper leaves even its own channel light gray: lifted to paper, what lies under stays darker.
                else if (blueStamped && blueStamps.Encloses(x, y)) { if (Bluer(image, i, SealMargin)) pixels[i] = (byte)Math.Min(255, image.B(i) + BlueLift); }
                else if (Redder(image, i, RedMargin)) pixels[i] = Math.Min(image.G(i), image.B(i));
            }
        return gray;
    }

    // Red ink: the red channel well above both others. Pink JPEG fringes around black letters stay below the margin,
    // except within a seal, where nothing black is pink.
    const int RedMargin = 60, SealMargin = 25;

    // Blue stamp ink is darker than red and thinned on paper comes out pale: its blue channel stands less far above.
    const int BlueMargin = 30, BlueLift = 50;

    // Within a seal the red channel is lifted by half as much again as it stands above the others: a seal pressed hard
    // (#8c0f17) is mid-gray in its own channel and buries the date under it, and a bright one's haze still dims a stroke
    // for Tesseract. Half, not all: black signature strokes blended with the ring are redder too, and lifted in full they
    // thin away (seal-dates: issuers 9 of 16 against 12; by half 12, and dates 12 of 16 against 10).
    static byte Lifted(ColorImage image, int i) => (byte)Math.Min(255, image.R(i) + (image.R(i) - Math.Max(image.G(i), image.B(i))) / 2);

    static bool Redder(ColorImage image, int i, int margin) => image.R(i) - Math.Max(image.G(i), image.B(i)) > margin;

    static bool Bluer(ColorImage image, int i, int margin) => image.B(i) - Math.Max(image.R(i), image.G(i)) > margin;
}
