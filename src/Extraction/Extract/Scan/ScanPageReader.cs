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

    public async Task<Result> ReadAsync(string pdf, int number, double widthPt, double heightPt, EmbeddedImage? image, string work, CancellationToken cancellation)
    {
        await pages.WaitAsync(cancellation);
        try
        {
            var plan = ScanPlan.For(image, widthPt, heightPt, options);
            var prefix = Path.Combine(work, $"ocr-{number}");
            var gray = await RenderAsync(pdf, number, plan.Dpi, plan.Colour, prefix, cancellation);
            var notes = new List<string> { plan.Describe() };
            if (plan.Colour) notes.Add("彩色（红色印迹按区域处理）");
            bool faint = Contrast.StretchIfFaint(gray, options);
            if (faint) notes.Add("对比度增强");
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
                // A copier lays a wide table on its side; the cells can only be read once the page stands upright.
                var path = prefix + "-osd.pgm";
                gray.WritePgm(path);
                int rotation = await ocr.UprightRotationAsync(path, plan.Dpi, cancellation);
                File.Delete(path);
                if (rotation != 0) notes.Add($"旋转 {rotation}°");
                var cells = gray;
                if (plan.TableDpi > plan.Dpi)
                {
                    cells = await RenderAsync(pdf, number, plan.TableDpi, plan.Colour, prefix, cancellation);
                    if (faint) Contrast.StretchIfFaint(cells, options);
                    if (skewed) cells = Deskew.Straighten(cells, degrees);
                }
                cells = cells.Rotate(rotation);
                grid = RuledGridDetector.Detect(cells, plan.TableDpi, scanned: true);
                var cellCount = grid is null ? 0 : (grid.Rows.Count - 1) * (grid.Columns.Count - 1);
                var table = grid is null || cellCount > options.MaxGridCells ? null : await tables.ReadAsync(cells, grid, plan.TableDpi, prefix, cancellation);
                if (table is not null)
                {
                    notes.Add($"表格 {plan.TableDpi} dpi，{table.Cells} 格，分 {table.Stacks} 次识别");
                    return new Result(Page(number, table.PageText, table.Confidence, notes),
                        table.Rows is { Count: > 0 } rows ? new ExtractedTable(number, rows) : null);
                }
                notes.Add(cellCount > options.MaxGridCells ? $"表格线超过 {options.MaxGridCells} 格，按整页识别" : "表格线无法读取，按整页识别");
            }

            var whole = prefix + ".pgm";
            gray.WritePgm(whole);
            var read = (await ocr.ReadAsync(whole, plan.Dpi, cancellation)).FirstOrDefault();
            File.Delete(whole);
            return new Result(Page(number, TableAssembler.LinesText(read?.Words ?? []), read?.Confidence, notes), null);
        }
        finally { pages.Release(); }
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
