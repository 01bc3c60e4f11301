using System.Diagnostics;
using Extraction.Extract;

namespace Extraction.Host.Cli;

/// <summary>Text PDFs, with and without tables: our extraction (words, boxes, tables; documents side by side on the
/// cores as `ingest` runs them) against `pdftotext -layout` run file after file as a user would, on the same files in one run.</summary>
internal static class TextPdfBench
{
    public static async Task RunAsync(IReadOnlyList<string> files, int rounds, CancellationToken cancellation)
    {
        var options = new ExtractionOptions();
        var pdf = new PdfExtractor(options, new OcrEngine(options));
        // One untimed pass warms the page cache and the JIT for both sides.
        foreach (var f in files.Take(3)) { await ExternalProcess.RunAsync("pdftotext", ["-layout", f, "-"], options.ProcessTimeout, cancellation); await pdf.ExtractAsync(f, cancellation); }

        var raw = Stopwatch.StartNew();
        for (int r = 0; r < rounds; r++)
            foreach (var f in files) await ExternalProcess.RunAsync("pdftotext", ["-layout", f, "-"], options.ProcessTimeout, cancellation);
        raw.Stop();

        int pages = 0, tables = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var ours = Stopwatch.StartNew();
        for (int r = 0; r < rounds; r++)
            await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, options.OcrParallelism), CancellationToken = cancellation }, async (f, ct) =>
            {
                var document = await pdf.ExtractAsync(f, ct);
                Interlocked.Add(ref pages, document.Pages.Count);
                Interlocked.Add(ref tables, document.Tables.Count);
            });
        ours.Stop();
        var ourCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

        double rawRate = pages / raw.Elapsed.TotalSeconds, ourRate = pages / ours.Elapsed.TotalSeconds;
        Console.WriteLine($"文本 PDF：{files.Count} 个文件 × {rounds} 轮，共 {pages} 页（识别出表格 {tables} 个），{Environment.ProcessorCount} 核");
        Console.WriteLine($"  pdftotext -layout（逐个文件）：{rawRate:0.0} 页/秒");
        Console.WriteLine($"  extraction（文字、坐标、表格，按文档并行）：{ourRate:0.0} 页/秒，为 pdftotext 的 {ourRate / rawRate:0.00} 倍");
        Console.WriteLine($"  extraction 本进程 CPU：{ourCpu.TotalSeconds:0.00} 秒（不含 poppler 子进程）");
    }
}
