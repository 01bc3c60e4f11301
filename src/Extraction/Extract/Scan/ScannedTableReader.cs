using Extraction.Extract.Layout;

namespace Extraction.Extract.Scan;

/// <summary>A ruled table on a scan, read cell by cell: OCR of the whole page reads across the columns and takes the ruling
/// lines for letters. The cells are stacked, a gap apart, into as few images as Tesseract's limits allow and read as
/// uniform text; each word goes back to the cell whose band it lies in. The cells go in whole, blank ones too: what
/// Tesseract reads in one cell depends on the rest of the stack, and cutting each cell to its ink with a 15-px margin
/// (stacks a third of the height) read the third layout's scan at 19 of 27 clause points against 25, with a 50-px
/// margin the seed notice's at 105 of 110 against 108 (measured).</summary>
public sealed class ScannedTableReader(ExtractionOptions options, OcrEngine ocr)
{
    public sealed record Result(string PageText, IReadOnlyList<IReadOnlyList<string>>? Rows, double? Confidence, int Cells, int Stacks);

    /// <summary>The table's rows and the page text, or null when no cell gave any text (the grid was not a table).</summary>
    public async Task<Result?> ReadAsync(GrayImage page, RuledGrid grid, double dpi, string prefix, CancellationToken cancellation)
    {
        var layout = new CellLayout(grid, dpi);
        int inset = (int)Math.Max(3, dpi / 50);
        var cells = new List<(int, int)>();
        var crops = new List<GrayImage>();
        foreach (var cell in layout.Cells())
        {
            var (l, t, r, b) = layout.Box(cell);
            if (r - l <= 2 * inset || b - t <= 2 * inset) continue;
            cells.Add(cell);
            var crop = page.Crop((int)l + inset, (int)t + inset, (int)r - inset, (int)b - inset);
            crop.EraseEdgeLines(inset * 2);
            crops.Add(crop);
        }
        if (cells.Count == 0) return null;
        // The text above and below the table (titles, notes) goes in as blocks too.
        bool hasAbove = grid.Top > dpi / 4, hasBelow = page.Height - grid.Bottom > dpi / 4;
        if (hasAbove) crops.Add(page.Crop(0, 0, page.Width, (int)grid.Top - inset));
        if (hasBelow) crops.Add(page.Crop(0, (int)grid.Bottom + inset, page.Width, page.Height));

        var chunks = CellStacks.Build(crops, (int)(dpi / 6), options.MaxStackHeight);
        var words = await Task.WhenAll(chunks.Select((chunk, i) => ReadChunkAsync(chunk, dpi, $"{prefix}-cells{i}.pgm", cancellation)));
        var found = words.SelectMany(w => w).ToList();
        found.AddRange(await RereadBlankFiguresAsync(cells, crops, found, dpi, prefix, cancellation));
        var byPart = found.GroupBy(x => x.Part).ToDictionary(g => g.Key, g => g.Select(x => x.Word).ToList());
        string TextOf(int part) => byPart.TryGetValue(part, out var ws) ? TableAssembler.LinesText(ws) : "";

        var texts = cells.Select((cell, i) => (cell, Text: TableAssembler.JoinCellLines(TextOf(i)))).ToDictionary(x => x.cell, x => x.Text);
        if (texts.Values.All(t => t.Length == 0)) return null;
        string above = hasAbove ? TextOf(cells.Count) : "", below = hasBelow ? TextOf(cells.Count + (hasAbove ? 1 : 0)) : "";
        var assembled = TableAssembler.Compose(layout, texts, above, below, dpi);
        var all = byPart.Values.SelectMany(w => w).ToList();
        double? confidence = all.Count > 0 ? Math.Round(all.Average(w => w.Confidence), 3) : null;
        return new Result(assembled.PageText, assembled.Rows, confidence, cells.Count, chunks.Count);
    }

    /// <summary>The cells of a column of figures that hold ink but gave no word in their stack, read again in a stack of
    /// their own, figures only kept: a lone score in a bold column is lost among the long cells around it (恩施's 1s).</summary>
    async Task<List<(int Part, Word Word)>> RereadBlankFiguresAsync(List<(int R, int C)> cells, List<GrayImage> crops,
        List<(int Part, Word Word)> found, double dpi, string prefix, CancellationToken cancellation)
    {
        var byPart = found.GroupBy(x => x.Part).ToDictionary(g => g.Key, g => string.Concat(g.Select(x => x.Word.Text)));
        var figureColumns = Enumerable.Range(0, cells.Count).Where(byPart.ContainsKey).GroupBy(i => cells[i].C)
            .Where(g => g.Count() >= 3 && g.Count(i => Figure.IsMatch(byPart[i])) >= options.FigureColumnShare * g.Count())
            .Select(g => g.Key).ToHashSet();
        int minInk = (int)(options.BlankCellMinInk * (dpi / 100) * (dpi / 100));
        var blanks = Enumerable.Range(0, cells.Count)
            .Where(i => figureColumns.Contains(cells[i].C) && !byPart.ContainsKey(i) && Ink(crops[i]) >= minInk).ToList();
        if (blanks.Count == 0 || blanks.Count > options.MaxBlankCellRereads) return [];
        var chunks = CellStacks.Build(blanks.Select(i => crops[i]).ToList(), (int)(dpi / 6), options.MaxStackHeight);
        var again = (await Task.WhenAll(chunks.Select((chunk, i) => ReadBandsAsync(chunk, dpi, $"{prefix}-blanks{i}.pgm", cancellation))))
            .SelectMany(w => w).Select(x => (Part: blanks[x.Part], x.Word));
        // The sure figures of the first reading calibrate the lone ones of this one.
        var blankSet = blanks.ToHashSet();
        return LoneOnes.Mend([.. found.Where(x => x.Word.Confidence >= LoneOnes.Sure), .. again])
            .Where(x => blankSet.Contains(x.Part) && Figure.IsMatch(x.Word.Text)).ToList();
    }

    static readonly System.Text.RegularExpressions.Regex Figure = new(@"^\d{1,3}(\.\d{1,2})?$");

    static int Ink(GrayImage crop) => crop.Pixels.Count(p => p < 128);

    async Task<List<(int Part, Word Word)>> ReadChunkAsync(CellStacks.Chunk chunk, double dpi, string path, CancellationToken cancellation) =>
        LoneOnes.Mend(await ReadBandsAsync(chunk, dpi, path, cancellation));

    // Each word of the stack goes to the part whose band holds its centre.
    async Task<List<(int Part, Word Word)>> ReadBandsAsync(CellStacks.Chunk chunk, double dpi, string path, CancellationToken cancellation)
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
