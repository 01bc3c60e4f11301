using Extraction.Extract.Layout;

namespace Extraction.Extract.Scan;

/// <summary>A ruled table on a scan, read cell by cell: OCR of the whole page reads across the columns and takes the ruling
/// lines for letters. The cells are stacked, a gap apart, into as few images as Tesseract's limits allow and read as
/// uniform text; each word goes back to the cell whose band it lies in.</summary>
public sealed class ScannedTableReader(ExtractionOptions options, OcrEngine ocr)
{
    public sealed record Result(string PageText, IReadOnlyList<IReadOnlyList<string>>? Rows, double? Confidence, int Cells, int Stacks);

    /// <summary>The table's rows and the page text, or null when no cell gave any text (the grid was not a table).</summary>
    public async Task<Result?> ReadAsync(GrayImage page, RuledGrid grid, double dpi, string prefix, CancellationToken cancellation)
    {
        var layout = new CellLayout(grid, dpi);
        int inset = (int)Math.Max(3, dpi / 50), gap = (int)(dpi / 6);
        var cells = new List<(int, int)>();
        var partOf = new List<int>();
        var crops = new List<GrayImage>();
        foreach (var cell in layout.Cells())
        {
            var (l, t, r, b) = layout.Box(cell);
            if (r - l <= 2 * inset || b - t <= 2 * inset) continue;
            cells.Add(cell);
            var crop = page.Crop((int)l + inset, (int)t + inset, (int)r - inset, (int)b - inset);
            crop.EraseEdgeLines(inset * 2);
            partOf.Add(AddInked(crops, crop, dpi));
        }
        if (cells.Count == 0) return null;
        // The text above and below the table (titles, notes) goes in as blocks too.
        int above = grid.Top > dpi / 4 ? AddInked(crops, page.Crop(0, 0, page.Width, (int)grid.Top - inset), dpi) : -1;
        int below = page.Height - grid.Bottom > dpi / 4 ? AddInked(crops, page.Crop(0, (int)grid.Bottom + inset, page.Width, page.Height), dpi) : -1;
        if (crops.Count == 0) return null;

        var chunks = CellStacks.Build(crops, gap, options.MaxStackHeight);
        var words = await Task.WhenAll(chunks.Select((chunk, i) => ReadChunkAsync(chunk, dpi, $"{prefix}-cells{i}.pgm", cancellation)));
        var byPart = words.SelectMany(w => w).GroupBy(x => x.Part).ToDictionary(g => g.Key, g => g.Select(x => x.Word).ToList());
        string TextOf(int part) => part >= 0 && byPart.TryGetValue(part, out var ws) ? TableAssembler.LinesText(ws) : "";

        var texts = cells.Select((cell, i) => (cell, Text: TableAssembler.JoinCellLines(TextOf(partOf[i])))).ToDictionary(x => x.cell, x => x.Text);
        if (texts.Values.All(t => t.Length == 0)) return null;
        var assembled = TableAssembler.Compose(layout, texts, TextOf(above), TextOf(below), dpi);
        var all = byPart.Values.SelectMany(w => w).ToList();
        double? confidence = all.Count > 0 ? Math.Round(all.Average(w => w.Confidence), 3) : null;
        return new Result(assembled.PageText, assembled.Rows, confidence, cells.Count, chunks.Count);
    }

    /// <summary>Adds a part to the stack cut down to its ink with a white margin, so blank cells and the empty parts of tall
    /// ones cost Tesseract nothing; its index among the parts, or -1 when it holds no ink.</summary>
    static int AddInked(List<GrayImage> parts, GrayImage part, double dpi)
    {
        // Darker than mid-gray and more than a speck of JPEG noise: 25 pixels at 300 dpi, less than the smallest mark.
        var box = part.InkBox(128, (int)Math.Max(4, dpi * dpi / 3600));
        if (box is not { } b) return -1;
        // A sixth of an inch of white all round, as between the stacked parts: with a twentieth the 203 ppi scoring-table
        // scan lost 6 of 27 clause points (a lone digit in a points cell, a title's words misread).
        int margin = (int)(dpi / 6);
        parts.Add(part.Crop(b.Left - margin, b.Top - margin, b.Right + margin, b.Bottom + margin));
        return parts.Count - 1;
    }

    async Task<List<(int Part, Word Word)>> ReadChunkAsync(CellStacks.Chunk chunk, double dpi, string path, CancellationToken cancellation)
    {
        chunk.Image.WritePgm(path);
        try
        {
            var words = await ocr.ReadStackAsync(path, dpi, (long)chunk.Image.Width * chunk.Image.Height, cancellation);
            var found = new List<(int, Word)>();
            foreach (var w in words)
                foreach (var band in chunk.Bands)
                    if (w.CenterY >= band.Top && w.CenterY < band.Bottom) { found.Add((band.Part, w)); break; }
            return found;
        }
        finally { File.Delete(path); }
    }
}
