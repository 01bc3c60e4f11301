namespace Extraction.Extract.Layout;

/// <summary>The cut-out cells of a table, stacked one above the other into as many images as it takes to stay under
/// Tesseract's 32767-pixel side (tall stacks read the scoring tables better than short ones: measured).</summary>
public static class CellStacks
{
    /// <summary>One stack: its image, and for each part in it the part's index and its rows in the stack.</summary>
    public sealed record Chunk(GrayImage Image, IReadOnlyList<(int Part, int Top, int Bottom)> Bands);

    public static List<Chunk> Build(IReadOnlyList<GrayImage> parts, int gap, int maxHeight)
    {
        var chunks = new List<Chunk>();
        int first = 0;
        while (first < parts.Count)
        {
            // Take parts while the stack stays under the bound; a part over it still goes in, alone.
            int last = first, height = gap + parts[first].Height + gap;
            while (last + 1 < parts.Count)
            {
                int h = height + parts[last + 1].Height + gap;
                if (h > maxHeight) break;
                (height, last) = (h, last + 1);
            }
            var (stack, bands) = GrayImage.Stack(parts.Skip(first).Take(last - first + 1).ToList(), gap);
            chunks.Add(new Chunk(stack, bands.Select((b, i) => (first + i, b.Top, b.Bottom)).ToList()));
            first = last + 1;
        }
        return chunks;
    }
}
