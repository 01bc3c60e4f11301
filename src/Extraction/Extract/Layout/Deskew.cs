namespace Extraction.Extract.Layout;

/// <summary>Finds how far a scanned page is turned and turns it back, so ruling lines run straight along rows and columns.
/// The angle is the one whose shear makes the dark pixels pile up in the fewest rows (projection profile).</summary>
public static class Deskew
{
    const double MaxDegrees = 3, Step = 0.1;

    public static double EstimateDegrees(GrayImage image)
    {
        // Every third column of every row is enough to see the lines; skipping rows would favour the unturned angle,
        // whose sheared rows all fall on the rows sampled.
        var points = new List<(int X, int Y)>();
        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x += 3)
                if (image[x, y] < 200) points.Add((x, y));
        if (points.Count < 100) return 0;

        double best = 0, bestScore = double.MinValue;
        var rows = new int[image.Height + image.Width];
        for (double degrees = -MaxDegrees; degrees <= MaxDegrees + 1e-9; degrees += Step)
        {
            Array.Clear(rows);
            double tan = Math.Tan(degrees * Math.PI / 180);
            int offset = image.Width;
            foreach (var (x, y) in points)
            {
                int row = (int)Math.Round(y - x * tan) + offset / 2;
                if (row >= 0 && row < rows.Length) rows[row]++;
            }
            double score = 0;
            foreach (var r in rows) score += (double)r * r;
            if (score > bestScore) (bestScore, best) = (score, degrees);
        }
        return Math.Round(best, 1);
    }

    /// <summary>The image turned by −degrees about its centre (nearest pixel; white where nothing maps).</summary>
    public static GrayImage Straighten(GrayImage image, double degrees)
    {
        var pixels = new byte[image.Width * image.Height];
        double a = degrees * Math.PI / 180, cos = Math.Cos(a), sin = Math.Sin(a);
        double cx = image.Width / 2.0, cy = image.Height / 2.0;
        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x++)
            {
                // Where this pixel of the straight page lies on the turned one.
                double dx = x - cx, dy = y - cy;
                int sx = (int)Math.Round(cx + dx * cos - dy * sin), sy = (int)Math.Round(cy + dx * sin + dy * cos);
                pixels[y * image.Width + x] = sx >= 0 && sx < image.Width && sy >= 0 && sy < image.Height ? image[sx, sy] : (byte)255;
            }
        return new GrayImage(image.Width, image.Height, pixels);
    }

    /// <summary>A word's box moved from the turned page onto the straightened one.</summary>
    public static Word Straighten(Word word, double degrees, double width, double height)
    {
        double a = -degrees * Math.PI / 180, cos = Math.Cos(a), sin = Math.Sin(a);
        double cx = width / 2, cy = height / 2, dx = word.CenterX - cx, dy = word.CenterY - cy;
        double nx = cx + dx * cos - dy * sin, ny = cy + dx * sin + dy * cos;
        double shiftX = nx - word.CenterX, shiftY = ny - word.CenterY;
        return word with { Left = word.Left + shiftX, Right = word.Right + shiftX, Top = word.Top + shiftY, Bottom = word.Bottom + shiftY };
    }
}
