namespace Extraction.Extract.Layout;

/// <summary>The cut-out cells of a table, stacked one above the other into as many images as it takes to stay under
/// Tesseract's 32767-pixel side and a pixel budget that bounds its memory.</summary>
public static class CellStacks
{
    /// <summary>One stack: its image, and for each part in it the part's index and its rows in the stack.</summary>
    public sealed record Chunk(GrayImage Image, IReadOnlyList<(int Part, int Top, int Bottom)> Bands);

    public static List<Chunk> Build(IReadOnlyList<GrayImage> parts, int gap, int maxHeight, long maxPixels)
    {
        var chunks = new List<Chunk>();
        int first = 0;
        while (first < parts.Count)
        {
            // Take parts while the stack stays under both bounds; a part over them alone still goes in, alone.
            int last = first, width = parts[first].Width + 2 * gap, height = gap + parts[first].Height + gap;
            while (last + 1 < parts.Count)
            {
                var next = parts[last + 1];
                int w = Math.Max(width, next.Width + 2 * gap), h = height + next.Height + gap;
                if (h > maxHeight || (long)w * h > maxPixels) break;
                (width, height, last) = (w, h, last + 1);
            }
            var (stack, bands) = GrayImage.Stack(parts.Skip(first).Take(last - first + 1).ToList(), gap);
            chunks.Add(new Chunk(stack, bands.Select((b, i) => (first + i, b.Top, b.Bottom)).ToList()));
            first = last + 1;
        }
        return chunks;
    }
}
