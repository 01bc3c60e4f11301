using Extraction.Extract.Layout;

namespace Extraction.Extract.Scan;

/// <summary>The sheet in a phone photo: a bright quadrilateral of paper on a darker desk, seen in perspective. Tesseract
/// reads such a photo badly as it is: the lines run at different slants from top to bottom and the desk around the
/// sheet is taken for blocks of ink. Found here, the sheet is cut out and drawn square, so it reads like a scan.</summary>
public sealed record PhotoSheet(double X0, double Y0, double X1, double Y1, double X2, double Y2, double X3, double Y3)
{
    // The corners are looked for on a copy about this many pixels on its long side: enough to place them within a few pixels.
    const int Sample = 512;

    /// <summary>Width and height of the sheet drawn square: the mean of its opposite sides.</summary>
    public (int Width, int Height) Size => (
        (int)Math.Round((double.Hypot(X1 - X0, Y1 - Y0) + double.Hypot(X2 - X3, Y2 - Y3)) / 2),
        (int)Math.Round((double.Hypot(X3 - X0, Y3 - Y0) + double.Hypot(X2 - X1, Y2 - Y1)) / 2));

    /// <summary>The sheet's corners (top left, top right, bottom right, bottom left), or null when the image is not a photo
    /// of a sheet on a darker ground: a scan whose paper fills the frame, or a sheet too small or too cut off to be the page.</summary>
    public static PhotoSheet? Find(GrayImage image)
    {
        int step = Math.Max(1, Math.Max(image.Width, image.Height) / Sample);
        int w = image.Width / step, h = image.Height / step;
        if (w < 16 || h < 16) return null;
        var small = new byte[w * h];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) small[y * w + x] = image[x * step, y * step];
        int threshold = Otsu(small);
        var sheet = LargestBright(small, w, h, threshold, out int area);
        // Paper that fills the frame is a scan or a cropped photo; a small bright patch is not the page.
        if (area < 0.3 * w * h || area > 0.95 * w * h) return null;
        // The ground must be clearly darker than the paper, and show on most of the frame's border.
        long inside = 0, outside = 0; int nIn = 0, nOut = 0, borderOut = 0, border = 0;
        for (int i = 0; i < small.Length; i++)
        {
            if (sheet[i]) { inside += small[i]; nIn++; } else { outside += small[i]; nOut++; }
            int x = i % w, y = i / w;
            if (x == 0 || y == 0 || x == w - 1 || y == h - 1) { border++; if (!sheet[i]) borderOut++; }
        }
        if (nOut == 0 || inside / (double)nIn - outside / (double)nOut < 40 || borderOut < 0.6 * border) return null;
        // The corners: the sheet's points farthest along each diagonal.
        (int X, int Y) tl = (0, 0), tr = (0, 0), br = (0, 0), bl = (0, 0);
        int minSum = int.MaxValue, maxSum = int.MinValue, maxDiff = int.MinValue, minDiff = int.MaxValue;
        for (int i = 0; i < sheet.Length; i++)
        {
            if (!sheet[i]) continue;
            int x = i % w, y = i / w;
            if (x + y < minSum) { minSum = x + y; tl = (x, y); }
            if (x + y > maxSum) { maxSum = x + y; br = (x, y); }
            if (x - y > maxDiff) { maxDiff = x - y; tr = (x, y); }
            if (x - y < minDiff) { minDiff = x - y; bl = (x, y); }
        }
        var found = new PhotoSheet(tl.X * step, tl.Y * step, (tr.X + 1) * step, tr.Y * step,
            (br.X + 1) * step, (br.Y + 1) * step, bl.X * step, (bl.Y + 1) * step);
        var (sw, sh) = found.Size;
        // Four points bunched together (a round or ragged bright blob) are no sheet.
        return sw < w * step / 3 || sh < h * step / 3 ? null : found.Inset(Math.Max(2, step));
    }

    /// <summary>The sheet drawn square, <paramref name="scale"/> times its size in the photo; bilinear, so letters keep their edges.</summary>
    public GrayImage Straighten(GrayImage image, double scale = 1)
    {
        var (sw, sh) = Size;
        int w = Math.Max(1, (int)(sw * scale)), h = Math.Max(1, (int)(sh * scale));
        var map = Projective();
        var pixels = new byte[w * h];
        for (int y = 0; y < h; y++)
        {
            double v = (y + 0.5) / h;
            for (int x = 0; x < w; x++)
            {
                var (sx, sy) = map((x + 0.5) / w, v);
                pixels[y * w + x] = Bilinear(image, sx - 0.5, sy - 0.5);
            }
        }
        return new GrayImage(w, h, pixels);
    }

    // The map from the unit square to the sheet: (0,0) top left, (1,0) top right, (1,1) bottom right, (0,1) bottom left.
    Func<double, double, (double, double)> Projective()
    {
        double sx = X0 - X1 + X2 - X3, sy = Y0 - Y1 + Y2 - Y3;
        double dx1 = X1 - X2, dx2 = X3 - X2, dy1 = Y1 - Y2, dy2 = Y3 - Y2;
        double den = dx1 * dy2 - dx2 * dy1;
        double g = den == 0 ? 0 : (sx * dy2 - dx2 * sy) / den, k = den == 0 ? 0 : (dx1 * sy - sx * dy1) / den;
        double a = X1 - X0 + g * X1, b = X3 - X0 + k * X3, d = Y1 - Y0 + g * Y1, e = Y3 - Y0 + k * Y3;
        return (u, v) =>
        {
            double z = g * u + k * v + 1;
            return ((a * u + b * v + X0) / z, (d * u + e * v + Y0) / z);
        };
    }

    // Each corner moved a few pixels towards the middle, so the desk's edge does not come in as a dark line.
    PhotoSheet Inset(double by)
    {
        double cx = (X0 + X1 + X2 + X3) / 4, cy = (Y0 + Y1 + Y2 + Y3) / 4;
        (double, double) In(double x, double y)
        {
            double dx = cx - x, dy = cy - y, length = Math.Max(1, double.Hypot(dx, dy));
            return (x + dx / length * by * 1.5, y + dy / length * by * 1.5);
        }
        var (a, b) = In(X0, Y0); var (c, d) = In(X1, Y1); var (e, f) = In(X2, Y2); var (g, h) = In(X3, Y3);
        return new PhotoSheet(a, b, c, d, e, f, g, h);
    }

    static byte Bilinear(GrayImage image, double x, double y)
    {
        x = Math.Clamp(x, 0, image.Width - 1); y = Math.Clamp(y, 0, image.Height - 1);
        int x0 = (int)x, y0 = (int)y, x1 = Math.Min(x0 + 1, image.Width - 1), y1 = Math.Min(y0 + 1, image.Height - 1);
        double fx = x - x0, fy = y - y0;
        double top = image[x0, y0] + (image[x1, y0] - image[x0, y0]) * fx;
        double bottom = image[x0, y1] + (image[x1, y1] - image[x0, y1]) * fx;
        return (byte)Math.Round(top + (bottom - top) * fy);
    }

    // The level that best splits the pixels in two classes (Otsu's method).
    static int Otsu(byte[] pixels)
    {
        var histogram = new long[256];
        foreach (var p in pixels) histogram[p]++;
        double all = 0;
        for (int v = 0; v < 256; v++) all += v * (double)histogram[v];
        double below = 0, best = -1; long n = 0; int threshold = 128;
        for (int v = 0; v < 256; v++)
        {
            n += histogram[v];
            if (n == 0) continue;
            long rest = pixels.Length - n;
            if (rest == 0) break;
            below += v * (double)histogram[v];
            double m0 = below / n, m1 = (all - below) / rest, between = (double)n * rest * (m0 - m1) * (m0 - m1);
            if (between > best) (best, threshold) = (between, v);
        }
        return threshold;
    }

    // The largest 4-connected region of pixels above the threshold, with its holes (the ink on the sheet) filled.
    static bool[] LargestBright(byte[] pixels, int w, int h, int threshold, out int area)
    {
        var label = new int[pixels.Length];
        int best = 0, bestSize = 0, next = 0;
        var stack = new Stack<int>();
        for (int start = 0; start < pixels.Length; start++)
        {
            if (pixels[start] <= threshold || label[start] != 0) continue;
            label[start] = ++next;
            stack.Push(start);
            int size = 0;
            while (stack.Count > 0)
            {
                int p = stack.Pop(), x = p % w;
                size++;
                foreach (int q in (int[])[x > 0 ? p - 1 : -1, x + 1 < w ? p + 1 : -1, p - w, p + w])
                    if (q >= 0 && q < pixels.Length && label[q] == 0 && pixels[q] > threshold) { label[q] = next; stack.Push(q); }
            }
            if (size > bestSize) (best, bestSize) = (next, size);
        }
        // Holes: whatever the frame's border cannot reach without crossing the region.
        var outside = new bool[pixels.Length];
        for (int i = 0; i < pixels.Length; i++)
        {
            int x = i % w, y = i / w;
            if ((x == 0 || y == 0 || x == w - 1 || y == h - 1) && label[i] != best && !outside[i]) { outside[i] = true; stack.Push(i); }
        }
        while (stack.Count > 0)
        {
            int p = stack.Pop(), x = p % w;
            foreach (int q in (int[])[x > 0 ? p - 1 : -1, x + 1 < w ? p + 1 : -1, p - w, p + w])
                if (q >= 0 && q < pixels.Length && !outside[q] && label[q] != best) { outside[q] = true; stack.Push(q); }
        }
        var sheet = new bool[pixels.Length];
        area = 0;
        for (int i = 0; i < pixels.Length; i++) if (!outside[i]) { sheet[i] = true; area++; }
        return sheet;
    }
}
