using System.Globalization;
using Extraction.Extract.Layout;

namespace Extraction.Extract;

/// <summary>PDFs through poppler. Each page is read from its text layer when it has a usable one and OCRed otherwise,
/// so text, scanned and mixed PDFs take the same path.</summary>
public sealed partial class PdfExtractor(ExtractionOptions options, OcrEngine ocr) : IExtractor
{
    // Ruling lines are found on a cheap low-resolution rendering of text pages; 72 dpi makes pixels equal points.
    const int GridDpi = 72;

    public async Task<ExtractedDocument> ExtractAsync(string path, CancellationToken cancellation)
    {
        // One page past the limit is enough to know the limit is exceeded, without reading a huge file whole.
        var last = (options.MaxPages + 1).ToString(CultureInfo.InvariantCulture);
        var layer = await ExternalProcess.RunAsync("pdftotext", ["-bbox-layout", "-enc", "UTF-8", "-l", last, path, "-"], options.ProcessTimeout, cancellation);
        if (layer.ExitCode != 0) throw Unreadable(layer.StandardError);
        var textPages = PdfTextLayer.Parse(layer.StandardOutput);
        if (textPages.Count == 0) throw new ExtractionException("PDF 没有任何页面：请检查导出或扫描是否成功");
        if (textPages.Count > options.MaxPages)
            throw new ExtractionException($"PDF 超过单个文件 {options.MaxPages} 页的上限：请拆分后再提交");

        var work = Directory.CreateTempSubdirectory("extraction-pdf-");
        try
        {
            var needsOcr = textPages.Where(NeedsOcr).Select(p => p.Number).ToHashSet();
            var fromText = textPages.Count > needsOcr.Count ? await ReadTextPagesAsync(path, textPages, needsOcr, work.FullName, cancellation) : [];
            var fromOcr = await Task.WhenAll(textPages.Where(p => needsOcr.Contains(p.Number)).Select(p => OcrPageAsync(path, p, work.FullName, cancellation)));
            var all = fromText.Concat(fromOcr).OrderBy(r => r.Page.Number).ToList();
            string format = needsOcr.Count == 0 ? "pdf-text" : needsOcr.Count == textPages.Count ? "pdf-scan" : "pdf-mixed";
            return new ExtractedDocument(format, all.Select(r => r.Page).ToList(), all.Where(r => r.Table is not null).Select(r => r.Table!).ToList());
        }
        finally { work.Delete(recursive: true); }
    }

    sealed record PageResult(ExtractedPage Page, ExtractedTable? Table);

    /// <summary>Almost no characters, or mostly glyphs without a Unicode mapping, means the text layer is not worth reading.</summary>
    bool NeedsOcr(PdfTextLayer.Page page)
    {
        var chars = page.Words.SelectMany(w => w.Text).Where(c => !char.IsWhiteSpace(c)).ToList();
        if (chars.Count < options.MinTextLayerChars) return true;
        double unmapped = chars.Count(c => c == '\uFFFD' || char.GetUnicodeCategory(c) is UnicodeCategory.PrivateUse or UnicodeCategory.Control) / (double)chars.Count;
        return unmapped > options.MaxUnmappedGlyphShare;
    }

    async Task<List<PageResult>> ReadTextPagesAsync(string path, List<PdfTextLayer.Page> pages, HashSet<int> skip, string work, CancellationToken cancellation)
    {
        // Ruling lines are painted from the PDF's own drawing operators where they can be followed; otherwise only the
        // pages whose lines stand in columns are rendered for them.
        var tabular = pages.Where(p => !skip.Contains(p.Number) && TableHint.LooksTabular(p.Words)).Select(p => p.Number).ToHashSet();
        var images = await GridImages.ForPagesAsync(path, pages.Select(p => p.Number).Where(n => !skip.Contains(n)).ToList(), tabular.Contains, GridDpi, work, options, cancellation);
        var results = new List<PageResult>();
        foreach (var page in pages.Where(p => !skip.Contains(p.Number)))
        {
            var grid = images.TryGetValue(page.Number, out var image) && image is not null ? RuledGridDetector.Detect(image, GridDpi, scanned: false) : null;
            var assembled = TableAssembler.Assemble(page.Words, grid, GridDpi);
            results.Add(new PageResult(new ExtractedPage(page.Number, PageSource.Text, assembled.PageText, null),
                assembled.Rows is { Count: > 0 } rows ? new ExtractedTable(page.Number, rows) : null));
        }
        return results;
    }

    async Task<PageResult> OcrPageAsync(string path, PdfTextLayer.Page page, string work, CancellationToken cancellation)
    {
        // Lower the resolution of an oversized page rather than decode more pixels than the limit allows.
        double dpi = options.OcrDpi;
        double pixels = page.Width / 72 * dpi * (page.Height / 72 * dpi);
        if (pixels > options.MaxImagePixels) dpi = Math.Floor(dpi * Math.Sqrt(options.MaxImagePixels / pixels));
        var prefix = Path.Combine(work, $"ocr-{page.Number}");
        var n = page.Number.ToString(CultureInfo.InvariantCulture);
        var render = await ExternalProcess.RunAsync("pdftoppm", ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-f", n, "-l", n, "-singlefile", path, prefix],
            options.ProcessTimeout, cancellation);
        if (render.ExitCode != 0) throw new ExtractionException($"第 {page.Number} 页无法渲染为图像：{render.StandardError.Trim()}");
        var image = prefix + ".pgm";
        var page0 = GrayImage.ReadPgm(image);
        double degrees = Deskew.EstimateDegrees(page0);
        var straight = Math.Abs(degrees) < 0.1 ? page0 : Deskew.Straighten(page0, degrees);
        var grid = RuledGridDetector.Detect(straight, dpi, scanned: true);
        if (grid is not null)
        {
            var table = await ReadCellsAsync(straight, grid, dpi, prefix, page.Number, cancellation);
            File.Delete(image);
            return table;
        }
        var read = (await ocr.ReadAsync(image, dpi, cancellation)).FirstOrDefault();
        File.Delete(image);
        return new PageResult(new ExtractedPage(page.Number, PageSource.Ocr, TableAssembler.LinesText(read?.Words ?? []), read?.Confidence), null);
    }

    /// <summary>A ruled table on a scan is read cell by cell: OCR of the whole page reads across the columns and takes
    /// the ruling lines for letters. The cells are stacked into one image, a gap apart, and read in one pass as
    /// uniform text; each word goes back to the cell whose band it lies in.</summary>
    async Task<PageResult> ReadCellsAsync(GrayImage page, RuledGrid grid, double dpi, string prefix, int number, CancellationToken cancellation)
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
            crops.Add(page.Crop((int)l + inset, (int)t + inset, (int)r - inset, (int)b - inset));
        }
        // The text above and below the table (titles, notes) goes in as blocks too.
        bool hasAbove = grid.Top > dpi / 4, hasBelow = page.Height - grid.Bottom > dpi / 4;
        if (hasAbove) crops.Add(page.Crop(0, 0, page.Width, (int)grid.Top - inset));
        if (hasBelow) crops.Add(page.Crop(0, (int)grid.Bottom + inset, page.Width, page.Height));

        var words = new List<Word>();
        var byBand = new Dictionary<int, List<Word>>();
        int gap = (int)(dpi / 6), first = 0;  // first: the index, among all crops, of the chunk's first crop
        foreach (var chunk in StackChunks(crops, options.MaxStackHeight, gap))
        {
            var (stack, bands) = GrayImage.Stack(chunk, gap);
            var path = prefix + $"-cells-{first}.pgm";
            stack.WritePgm(path);
            var read = await ocr.ReadStackAsync(path, dpi, cancellation);
            File.Delete(path);
            words.AddRange(read);
            foreach (var group in read.GroupBy(w => bands.FindIndex(b => w.CenterY >= b.Top && w.CenterY < b.Bottom)).Where(g => g.Key >= 0))
                byBand[first + group.Key] = group.ToList();
            first += chunk.Count;
        }
        string TextOf(int band) => byBand.TryGetValue(band, out var ws) ? TableAssembler.LinesText(ws) : "";

        var texts = cells.Select((cell, i) => (cell, Text: TableAssembler.JoinCellLines(TextOf(i)))).ToDictionary(x => x.cell, x => x.Text);
        string above = hasAbove ? TextOf(cells.Count) : "", below = hasBelow ? TextOf(cells.Count + (hasAbove ? 1 : 0)) : "";
        var assembled = TableAssembler.Compose(layout, texts, above, below, dpi);
        double? confidence = words.Count > 0 ? Math.Round(words.Average(w => w.Confidence), 3) : null;
        return new PageResult(new ExtractedPage(number, PageSource.Ocr, assembled.PageText, confidence),
            assembled.Rows is { Count: > 0 } rows ? new ExtractedTable(number, rows) : null);
    }

    /// <summary>The cells in order, cut into runs whose stack stays under the height limit (a cell taller than it goes alone).</summary>
    internal static IEnumerable<List<GrayImage>> StackChunks(IReadOnlyList<GrayImage> crops, int maxHeight, int gap)
    {
        var chunk = new List<GrayImage>();
        int height = 0;
        foreach (var crop in crops)
        {
            if (chunk.Count > 0 && height + gap + crop.Height > maxHeight) { yield return chunk; chunk = []; height = 0; }
            height += (chunk.Count > 0 ? gap : 0) + crop.Height;
            chunk.Add(crop);
        }
        if (chunk.Count > 0) yield return chunk;
    }

    static ExtractionException Unreadable(string stderr) =>
        stderr.Contains("password", StringComparison.OrdinalIgnoreCase)
            ? new ExtractionException("PDF 已加密，需要密码才能打开：请提交未加密的文件")
            : stderr.Contains("Invalid page count 0", StringComparison.Ordinal)
            ? new ExtractionException("PDF 没有任何页面：请检查导出或扫描是否成功")
            : new ExtractionException($"PDF 文件损坏或不完整，无法读取：请重新导出或重新扫描（{stderr.Split('\n')[0].Trim()}）");
}
