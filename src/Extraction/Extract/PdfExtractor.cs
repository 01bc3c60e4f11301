using System.Globalization;
using Extraction.Extract.Layout;
using Extraction.Extract.Scan;

namespace Extraction.Extract;

/// <summary>PDFs through poppler. Each page is read from its text layer when it has a usable one and OCRed otherwise,
/// so text, scanned and mixed PDFs take the same path.</summary>
public sealed partial class PdfExtractor(ExtractionOptions options, OcrEngine ocr) : IExtractor
{
    readonly ScanPageReader scans = new(options, ocr);
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
            var images = needsOcr.Count > 0 ? await EmbeddedImage.ListAsync(path, options.ProcessTimeout, cancellation) : new Dictionary<int, EmbeddedImage>();
            var scanned = new ScanPageReader.Document();
            var fromOcr = await Task.WhenAll(textPages.Where(p => needsOcr.Contains(p.Number)).Select(p => OcrPageAsync(path, p, images, scanned, work.FullName, cancellation)));
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

    async Task<PageResult> OcrPageAsync(string path, PdfTextLayer.Page page, IReadOnlyDictionary<int, EmbeddedImage> images, ScanPageReader.Document scanned, string work, CancellationToken cancellation)
    {
        var read = await scans.ReadAsync(path, page.Number, page.Width, page.Height, images.GetValueOrDefault(page.Number), scanned, work, cancellation);
        return new PageResult(read.Page, read.Table);
    }

    static ExtractionException Unreadable(string stderr) =>
        stderr.Contains("password", StringComparison.OrdinalIgnoreCase)
            ? new ExtractionException("PDF 已加密，需要密码才能打开：请提交未加密的文件")
            : stderr.Contains("Invalid page count 0", StringComparison.Ordinal)
            ? new ExtractionException("PDF 没有任何页面：请检查导出或扫描是否成功")
            : new ExtractionException($"PDF 文件损坏或不完整，无法读取：请重新导出或重新扫描（{stderr.Split('\n')[0].Trim()}）");
}
