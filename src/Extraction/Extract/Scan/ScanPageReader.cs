using System.Globalization;
using Extraction.Extract.Layout;

namespace Extraction.Extract.Scan;

/// <summary>Reads one page that has no usable text layer, adapting to the scan: rendered at its image's own resolution
/// (multiplied up only when too coarse), red ink kept legible in gray, faint pages stretched, skew straightened only
/// past a threshold, a ruled table turned upright and read cell by cell, anything else read whole.</summary>
public sealed class ScanPageReader(ExtractionOptions options, OcrEngine ocr)
{
    // Pages in hand at once: each holds its rendered image until its OCR is done, so a long scan is not rendered all at once.
    readonly SemaphoreSlim pages = new(Math.Max(1, options.OcrParallelism));
    readonly ScannedTableReader tables = new(options, ocr);

    public sealed record Result(ExtractedPage Page, ExtractedTable? Table);

    /// <summary>What the pages of one document read so far have shown: whether its last table page read was turned upright.</summary>
    public sealed class Document
    {
        public volatile bool TablesTurned;
    }

    public async Task<Result> ReadAsync(string pdf, int number, double widthPt, double heightPt, EmbeddedImage? image, Document document, string work, CancellationToken cancellation)
    {
        await pages.WaitAsync(cancellation);
        try
        {
            var plan = ScanPlan.For(image, widthPt, heightPt, options);
            var prefix = Path.Combine(work, $"ocr-{number}");
            var gray = await RenderAsync(pdf, number, plan.Dpi, plan.Colour, prefix, cancellation);
            var notes = new List<string> { plan.Describe() };
            if (plan.Colour) notes.Add("彩色（红色印迹按区域处理）");
            return await ReadPreparedAsync(number, gray, plan, notes, dpi => RenderAsync(pdf, number, dpi, plan.Colour, prefix, cancellation), document, prefix, cancellation);
        }
        finally { pages.Release(); }
    }

    /// <summary>Reads one frame of an image file (a phone photo, a scan saved as JPEG or PNG) as a scanned page: the sheet in a
    /// photo cut out and drawn square, at the resolution its file gives or, when the file gives none a scanner would
    /// (phones write 72 dpi), the one its sheet has as an A4 page.</summary>
    public async Task<Result> ReadImageAsync(int number, ColorImage frame, double? filePpi, Document document, string work, CancellationToken cancellation)
    {
        await pages.WaitAsync(cancellation);
        try
        {
            double? credible = filePpi >= options.ImageMinCrediblePpi ? filePpi : null;
            var gray = RedInkToGray.Convert(frame, credible ?? PagePpi(frame.Width, frame.Height), options);
            var sheet = PhotoSheet.Find(gray);
            var (w, h) = sheet?.Size ?? (gray.Width, gray.Height);
            double ppi = credible ?? PagePpi(w, h);
            var plan = ScanPlan.For(new EmbeddedImage(number, w, h, ppi, true), w / ppi * 72, h / ppi * 72, options);
            var notes = new List<string> { plan.Describe() };
            if (credible is null) notes.Add($"图像未给出可信分辨率，按 A4 页面估计为 {ppi:0} ppi");
            if (sheet is not null) notes.Add("照片：纸张已裁出并校正透视");
            // The sheet (or the whole frame) drawn at the page's resolution.
            var source = gray;
            var area = sheet ?? new PhotoSheet(0, 0, w, 0, w, h, 0, h);
            GrayImage At(int dpi) => sheet is null && Math.Abs(dpi / ppi - 1) < 0.01 ? source : area.Straighten(source, dpi / ppi);
            // A photo's table is read whole as well, and the surer reading kept: cell by cell the roster photo lost all seven
            // names that the whole page gives, while the statistics photo gives its figures only cell by cell.
            return await ReadPreparedAsync(number, At(plan.Dpi), plan, notes, dpi => Task.FromResult(At(dpi)), document, Path.Combine(work, $"ocr-{number}"), cancellation, wholeToo: true);
        }
        finally { pages.Release(); }
    }

    // A page's resolution as an A4 sheet across the short side of the pixels it covers.
    double PagePpi(int width, int height) => Math.Min(width, height) / options.ImagePageInches;

    /// <summary>The page in gray at the plan's resolution, read: uneven light evened out, a faint page stretched, skew
    /// straightened, a ruled table read cell by cell (from <paramref name="renderAt"/>'s finer image when it can give one),
    /// anything else read whole.</summary>
    async Task<Result> ReadPreparedAsync(int number, GrayImage gray, ScanPlan plan, List<string> notes, Func<int, Task<GrayImage>>? renderAt,
        Document document, string prefix, CancellationToken cancellation, bool wholeToo = false)
    {
        bool uneven = UnevenLight.EvenIfUneven(gray, plan.Dpi, options);
        if (uneven) notes.Add("光照不均已校正");
        bool faint = Contrast.StretchIfFaint(gray, options);
        if (faint) notes.Add("对比度增强");
        if (!plan.Colour && GraySeals.Lift(gray, plan.Dpi, options)) notes.Add("灰度印章淡化");
        double degrees = Deskew.EstimateDegrees(gray);
        bool skewed = Math.Abs(degrees) >= options.DeskewMinDegrees;
        if (skewed)
        {
            gray = Deskew.Straighten(gray, degrees);
            notes.Add($"纠偏 {degrees.ToString("0.0", CultureInfo.InvariantCulture)}°");
        }
        var grid = RuledGridDetector.Detect(gray, plan.Dpi, scanned: true);
        if (grid is not null)
        {
            var cells = gray;
            if (plan.TableDpi > plan.Dpi && renderAt is not null)
            {
                cells = await renderAt(plan.TableDpi);
                if (uneven) UnevenLight.EvenIfUneven(cells, plan.TableDpi, options);
                if (faint) Contrast.StretchIfFaint(cells, options);
                if (!plan.Colour) GraySeals.Lift(cells, plan.TableDpi, options);
                if (skewed) cells = Deskew.Straighten(cells, degrees);
            }
            // Most tables stand upright: read so first, and ask Tesseract's orientation detection only when the cells
            // read poorly (a table on its side reads as junk, mean confidence near 0.3 against 0.9 upright) or when an
            // earlier table page of the document had to be turned (a copier lays all the pages of a wide table on their side).
            ScannedTableReader.Result? table = null;
            int cellCount = 0;
            bool turnedBefore = document.TablesTurned, readUpright = !turnedBefore;
            if (readUpright) (table, cellCount) = await ReadTableAsync(cells, plan.TableDpi, prefix, cancellation);
            if (turnedBefore || table is null || table.Confidence < options.OcrUprightMinConfidence)
            {
                var path = prefix + "-osd.pgm";
                gray.WritePgm(path);
                int rotation = await ocr.UprightRotationAsync(path, plan.Dpi, cancellation);
                File.Delete(path);
                bool turned = false;
                if (rotation != 0)
                {
                    var (upright, uprightCells) = await ReadTableAsync(cells.Rotate(rotation), plan.TableDpi, prefix, cancellation);
                    if (upright is not null && (table is null || upright.Confidence >= table.Confidence))
                    {
                        (table, cellCount, turned) = (upright, uprightCells, true);
                        notes.Add($"旋转 {rotation}°");
                    }
                }
                if (!turned && !readUpright) (table, cellCount) = await ReadTableAsync(cells, plan.TableDpi, prefix, cancellation);
                document.TablesTurned = turned;
            }
            if (table is not null)
            {
                var wholeRead = wholeToo ? await ReadWholeAsync(gray, plan.Dpi, prefix, cancellation) : null;
                // Sure characters read, not mean confidence: the roster's cells read as surely as its whole page, but without the names.
                if (wholeRead is null || SureChars(wholeRead.Words.Sum(w => w.Text.Length), wholeRead.Confidence) <= SureChars(table.PageText.Count(c => !char.IsWhiteSpace(c)), table.Confidence))
                {
                    notes.Add($"表格 {plan.TableDpi} dpi，{table.Cells} 格，分 {table.Stacks} 次识别");
                    return new Result(Page(number, table.PageText, table.Confidence, notes),
                        table.Rows is { Count: > 0 } rows ? new ExtractedTable(number, rows) : null);
                }
                notes.Add("表格逐格识别所得少于整页，按整页识别");
                return new Result(Page(number, TableAssembler.LinesText(wholeRead.Words), wholeRead.Confidence, notes), null);
            }
            notes.Add(cellCount > options.MaxGridCells ? $"表格线超过 {options.MaxGridCells} 格，按整页识别" : "表格线无法读取，按整页识别");
        }

        var read = await ReadWholeAsync(gray, plan.Dpi, prefix, cancellation);
        return new Result(Page(number, TableAssembler.LinesText(read?.Words ?? []), read?.Confidence, notes), null);
    }

    static double SureChars(int chars, double? confidence) => chars * (confidence ?? 0);

    async Task<OcrEngine.OcrPage?> ReadWholeAsync(GrayImage gray, int dpi, string prefix, CancellationToken cancellation)
    {
        var whole = prefix + ".pgm";
        gray.WritePgm(whole);
        try { return (await ocr.ReadAsync(whole, dpi, cancellation)).FirstOrDefault(); }
        finally { File.Delete(whole); }
    }

    /// <summary>The grid found again on the image the cells are cut from, and its cells read; null when it has no grid,
    /// too many cells, or no cell gave text.</summary>
    async Task<(ScannedTableReader.Result? Table, int Cells)> ReadTableAsync(GrayImage cells, int dpi, string prefix, CancellationToken cancellation)
    {
        var grid = RuledGridDetector.Detect(cells, dpi, scanned: true);
        var count = grid is null ? 0 : (grid.Rows.Count - 1) * (grid.Columns.Count - 1);
        return (grid is null || count > options.MaxGridCells ? null : await tables.ReadAsync(cells, grid, dpi, prefix, cancellation), count);
    }

    static ExtractedPage Page(int number, string text, double? confidence, List<string> notes) =>
        new(number, PageSource.Ocr, text, confidence) { Reading = "OCR：" + string.Join("，", notes) };

    async Task<GrayImage> RenderAsync(string pdf, int number, int dpi, bool colour, string prefix, CancellationToken cancellation)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        List<string> arguments = ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", n, "-l", n, "-singlefile"];
        if (!colour) arguments.Add("-gray");
        var render = await ExternalProcess.RunAsync("pdftoppm", [.. arguments, pdf, prefix], options.ProcessTimeout, cancellation);
        if (render.ExitCode != 0) throw new ExtractionException($"第 {number} 页无法渲染为图像：{render.StandardError.Trim()}");
        var file = prefix + (colour ? ".ppm" : ".pgm");
        try { return colour ? RedInkToGray.Convert(ColorImage.ReadPpm(file), dpi, options) : GrayImage.ReadPgm(file); }
        finally { File.Delete(file); }
    }
}
