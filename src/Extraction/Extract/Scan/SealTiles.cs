namespace Extraction.Extract.Scan;

/// <summary>Where a page's seals are, from a count of seal-coloured ink per tile of an eighth of an inch: tiles with ink
/// joined into regions, and the regions kept that are round and as large as a seal (red or gray text runs in lines far
/// wider than high).</summary>
public sealed class SealTiles
{
    readonly int tile, tilesX;
    readonly bool[] inSeal, inOutline;

    SealTiles(int tile, int tilesX, bool[] inSeal, bool[] inOutline) =>
        (this.tile, this.tilesX, this.inSeal, this.inOutline) = (tile, tilesX, inSeal, inOutline);

    /// <summary>The tile side in pixels at this resolution, and how many tiles a page of this width has across.</summary>
    public static (int Tile, int TilesX, int TilesY) Grid(int width, int height, double dpi)
    {
        int tile = Math.Max(4, (int)(dpi / 8));
        return (tile, (width + tile - 1) / tile, (height + tile - 1) / tile);
    }

    /// <param name="maxInches">Largest side a seal may have (null: no bound).</param>
    /// <param name="maxFill">Largest share of its square a seal's ink tiles may take (null: no bound).</param>
    /// <param name="inkShare">Share of a tile's pixels that must be ink for the tile to count.</param>
    /// <param name="minRing">Least share of a seal's ink tiles that must lie on the ellipse its bounds draw (null: no bound).</param>
    public static SealTiles Find(int[] ink, int width, int height, double dpi, ExtractionOptions options, double? maxInches = null, double? maxFill = null, double inkShare = 0.02, double? minRing = null)
    {
        var (tile, tilesX, tilesY) = Grid(width, height, dpi);
        int minInk = (int)Math.Floor(tile * tile * inkShare + 1e-9);
        var seen = new bool[ink.Length];
        var inSeal = new bool[ink.Length];
        var inOutline = new bool[ink.Length];
        double least = dpi * options.SealMinInches, most = maxInches is { } m ? dpi * m : double.MaxValue;
        for (int start = 0; start < ink.Length; start++)
        {
            if (ink[start] < minInk || seen[start]) continue;
            var members = new List<int>();
            var queue = new Queue<int>([start]);
            seen[start] = true;
            int minX = int.MaxValue, maxX = 0, minY = int.MaxValue, maxY = 0;
            while (queue.Count > 0)
            {
                int t = queue.Dequeue(), tx = t % tilesX, ty = t / tilesX;
                members.Add(t);
                (minX, maxX, minY, maxY) = (Math.Min(minX, tx), Math.Max(maxX, tx), Math.Min(minY, ty), Math.Max(maxY, ty));
                foreach (var n in (int[])[tx > 0 ? t - 1 : -1, tx + 1 < tilesX ? t + 1 : -1, ty > 0 ? t - tilesX : -1, ty + 1 < tilesY ? t + tilesX : -1])
                    if (n >= 0 && !seen[n] && ink[n] >= minInk) { seen[n] = true; queue.Enqueue(n); }
            }
            int across = maxX - minX + 1, down = maxY - minY + 1;
            int w = across * tile, h = down * tile;
            double fill = (double)members.Count / (across * down);
            bool round = Math.Max(across, down) <= options.SealMaxAspect * Math.Min(across, down);
            if (Math.Min(w, h) >= least && Math.Max(w, h) <= most && round && (maxFill is not { } f || fill <= f)
                && (minRing is not { } r || RingShare(members, tilesX, minX, maxX, minY, maxY) >= r))
            {
                foreach (var t in members) inSeal[t] = true;
                for (int ty = minY; ty <= maxY; ty++)
                    for (int tx = minX; tx <= maxX; tx++) inOutline[ty * tilesX + tx] = true;
            }
        }
        return new SealTiles(tile, tilesX, inSeal, inOutline);
    }

    // The share of a region's ink tiles that lie on the ellipse its bounds draw (at least 0.7 of the way out), as a seal's
    // ring does: 0.59–0.96 on the seals of the seal-over-date set and the gray OCR benchmark scans, 0.51 on the gray
    // cells of the third layout's scanned table.
    static double RingShare(List<int> members, int tilesX, int minX, int maxX, int minY, int maxY)
    {
        double cx = (minX + maxX) / 2.0, cy = (minY + maxY) / 2.0, rx = Math.Max(0.5, (maxX - minX) / 2.0), ry = Math.Max(0.5, (maxY - minY) / 2.0);
        int on = members.Count(t =>
        {
            double dx = (t % tilesX - cx) / rx, dy = (t / tilesX - cy) / ry, d = Math.Sqrt(dx * dx + dy * dy);
            return d >= 0.7;
        });
        return (double)on / members.Count;
    }

    public bool Any => inSeal.Contains(true);

    /// <summary>Whether the pixel lies in a seal's region.</summary>
    public bool Covers(int x, int y) => inSeal[y / tile * tilesX + x / tile];

    /// <summary>Whether the pixel lies within a seal's outline: its star and the arc inside its ring are apart from the
    /// ring by blank tiles, but they are the seal's as much as the ring is.</summary>
    public bool Encloses(int x, int y) => inOutline[y / tile * tilesX + x / tile];
}
