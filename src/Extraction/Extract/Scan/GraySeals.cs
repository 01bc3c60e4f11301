using Extraction.Extract.Layout;

namespace Extraction.Extract.Scan;

/// <summary>Lifts a red seal out of a scan that arrived gray. Its ink turns mid-gray there: solid strokes lighter than the
/// black text, with no black core. Tesseract takes such a ring for a picture and drops the signature and the date beneath
/// it with it. Mid-gray ink far from any black is whitened inside round, seal-sized regions only; black text stays.</summary>
public static class GraySeals
{
    const byte Black = 60;            // the core of a printed stroke, even through JPEG
    const byte SealLight = 160;       // lighter than this is paper or JPEG haze, not ink
    const double MaxFill = 0.75;      // share of a seal's square its ink tiles take at most
    const double JoinedInkShare = 0.05; // share of a tile's pixels in seal-gray for it to count, when the ring touches text
    const double JoinedMaxFill = 0.4;   // counted so, a ring is mostly paper within (0.36 measured)
    const double JoinedMinRing = 0.65;  // and its ink lies on its outline (0.74 measured; a scanned table's gray cells 0.51)

    public static bool Lift(GrayImage image, double dpi, ExtractionOptions options)
    {
        int width = image.Width, height = image.Height;
        var pixels = image.Pixels;
        int reach = Math.Max(1, (int)Math.Round(dpi / 100));
        var nearBlack = NearBlack(pixels, width, height, reach);
        long black = 0;
        var (tile, tilesX, tilesY) = SealTiles.Grid(width, height, dpi);
        var ink = new int[tilesX * tilesY];
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
            {
                int i = y * width + x;
                if (pixels[i] < Black) black++;
                else if (pixels[i] < SealLight && !nearBlack[i]) ink[y / tile * tilesX + x / tile]++;
            }
        // A page with no black at all is a faint copy whose text is gray; it is stretched before this.
        if (black == 0) return false;

        // A seal is a ring with a star and an arc of letters: much of its square is paper; a block of gray text is not.
        var stamps = SealTiles.Find(ink, width, height, dpi, options, options.SealMaxInches, MaxFill);
        bool joined = false;
        // A seal stamped across the signature joins the JPEG haze of its letters into one wide region: counted at a
        // stronger share of ink per tile, the haze falls away and the ring stands round again; all within it is the seal's.
        if (!stamps.Any)
        {
            stamps = SealTiles.Find(ink, width, height, dpi, options, options.SealMaxInches, JoinedMaxFill, JoinedInkShare, JoinedMinRing);
            joined = true;
        }
        if (!stamps.Any) return false;
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
            {
                int i = y * width + x;
                if (pixels[i] >= Black && pixels[i] < SealLight && !nearBlack[i] && (joined ? stamps.Encloses(x, y) : stamps.Covers(x, y))) pixels[i] = 255;
            }
        return true;
    }

    // Pixels within reach of a black one, through a summed-area table of black pixels.
    static bool[] NearBlack(byte[] pixels, int width, int height, int reach)
    {
        var sum = new int[(width + 1) * (height + 1)];
        for (int y = 0; y < height; y++)
        {
            int row = 0;
            for (int x = 0; x < width; x++)
            {
                row += pixels[y * width + x] < Black ? 1 : 0;
                sum[(y + 1) * (width + 1) + x + 1] = sum[y * (width + 1) + x + 1] + row;
            }
        }
        var near = new bool[pixels.Length];
        for (int y = 0; y < height; y++)
        {
            int top = Math.Max(0, y - reach), bottom = Math.Min(height, y + reach + 1);
            for (int x = 0; x < width; x++)
            {
                int left = Math.Max(0, x - reach), right = Math.Min(width, x + reach + 1);
                near[y * width + x] = sum[bottom * (width + 1) + right] - sum[top * (width + 1) + right] - sum[bottom * (width + 1) + left] + sum[top * (width + 1) + left] > 0;
            }
        }
        return near;
    }
}
