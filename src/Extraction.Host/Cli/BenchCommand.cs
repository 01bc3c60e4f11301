using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Extraction.Chinese;
using Extraction.Extract;

namespace Extraction.Host.Cli;

/// <summary>`extraction bench`: our extraction side by side with the raw tools on the same files in the same run.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "语料目录", DefaultValueFactory = _ => "corpus" };
        var rounds = new Option<int>("--rounds") { Description = "文本 PDF 重复轮数", DefaultValueFactory = _ => 5 };
        var only = new Option<string?>("--only") { Description = "只跑一部分：extract、search、textpdf、ocr（扫描件集，与 ocrmypdf 对比）、store（证据库规模对新文件的影响）或 web（复核网页在 17 个地区 × 150 份文档上的响应时间）" };
        var mix = new Option<string>("--textpdf-dir") { Description = "文本 PDF 基准的文件夹（bench/textpdf-mix.sh 生成）", DefaultValueFactory = _ => "out/textpdf-mix" };
        var pages = new Option<int>("--pages") { Description = "检索基准生成的页数", DefaultValueFactory = _ => 100_000 };
        var documents = new Option<int>("--documents") { Description = "证据库规模基准预先载入的文档数", DefaultValueFactory = _ => 20_000 };
        var engine = new Option<string?>("--engine") { Description = "store 与 search 基准所用的证据库：sqlite（默认）或 postgres（自行启动一个临时 PostgreSQL 15）" };
        var db = new Option<string?>("--db") { Description = "store 与 search 基准改用这台 PostgreSQL（连接串，需可建库；临时库用后删除）" };
        var command = new Command("bench", "性能基准：与 pdftotext / tesseract / python3-jieba 直接运行对比") { corpus, rounds, only, pages, mix, documents, engine, db };
        command.SetAction(async (result, cancellation) =>
        {
            var root = result.GetValue(corpus)!;
            if (result.GetValue(only) == "ocr")
            {
                await OcrBench.RunAsync(root, cancellation);
                return 0;
            }
            if (result.GetValue(only) == "web")
            {
                await WebBench.RunAsync(RulebookCommand.DefaultPipeline, 150, 200, cancellation);
                return 0;
            }
            if (result.GetValue(only) == "store")
            {
                await StoreBench.RunAsync(RulebookCommand.DefaultPipeline, result.GetValue(documents), result.GetValue(engine), result.GetValue(db), cancellation);
                return 0;
            }
            if (result.GetValue(only) == "textpdf")
            {
                var dir = result.GetValue(mix)!;
                if (!Directory.Exists(dir)) { Console.Error.WriteLine($"找不到 {dir}：请先运行 bench/textpdf-mix.sh 生成文本 PDF 样本"); return 1; }
                await TextPdfBench.RunAsync(Directory.GetFiles(dir, "*.pdf").Order().ToList(), result.GetValue(rounds), cancellation);
                return 0;
            }
            if (result.GetValue(only) != "extract") await SearchBench.RunAsync(root, result.GetValue(pages), result.GetValue(engine), result.GetValue(db), cancellation);
            if (result.GetValue(only) == "search") return 0;
            var options = new ExtractionOptions();
            var pdf = new PdfExtractor(options, new OcrEngine(options));
            var all = Directory.GetFiles(root, "*.pdf", SearchOption.AllDirectories).Where(f => !f.Contains("/bad/")).Order().ToList();
            // The merged file holds scanned pages, so it is neither a text PDF nor a scan.
            var textPdfs = all.Where(f => !f.Contains("扫描件") && !f.Contains("合并")).ToList();
            var scans = all.Where(f => f.Contains("扫描件") && !f.Contains("任务细化表")).ToList();

            // Tables cost a rendering of their page for the ruling lines; prose pages do not.
            await TextPdfsAsync("带评分表的通知", pdf, textPdfs.Where(f => f.Contains("notices")).ToList(), result.GetValue(rounds), cancellation);
            await TextPdfsAsync("无表格的公文", pdf, textPdfs.Where(f => !f.Contains("notices")).ToList(), result.GetValue(rounds) * 4, cancellation);
            // Ruled tables on scans are read cell by cell, more work than whole-page OCR; prose scans are not.
            await ScansAsync("无表格的扫描件", pdf, options, scans.Where(f => !f.Contains("notices")).ToList(), cancellation);
            await ScansAsync("带评分表的扫描件", pdf, options, scans.Where(f => f.Contains("notices")).ToList(), cancellation);
            await CharacterErrorRateAsync(pdf, Path.Combine(root, "notices"), cancellation);
            Console.WriteLine($"本进程峰值内存：{Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB（不含 tesseract 子进程）");
            return 0;
        });
        return command;
    }

    static async Task TextPdfsAsync(string label, PdfExtractor pdf, List<string> files, int rounds, CancellationToken cancellation)
    {
        int pages = 0;
        var raw = Stopwatch.StartNew();
        for (int r = 0; r < rounds; r++)
            foreach (var f in files) await ExternalProcess.RunAsync("pdftotext", ["-layout", f, "-"], TimeSpan.FromMinutes(2), cancellation);
        raw.Stop();
        var ours = Stopwatch.StartNew();
        for (int r = 0; r < rounds; r++)
            foreach (var f in files) pages += (await pdf.ExtractAsync(f, cancellation)).Pages.Count;
        ours.Stop();
        Console.WriteLine($"文本 PDF（{label}）：{files.Count} 个文件 × {rounds} 轮，共 {pages} 页");
        Console.WriteLine($"  pdftotext -layout：{pages / raw.Elapsed.TotalSeconds:0.0} 页/秒");
        Console.WriteLine($"  extraction（文字、坐标、表格）：{pages / ours.Elapsed.TotalSeconds:0.0} 页/秒；耗时为 pdftotext 的 {ours.Elapsed / raw.Elapsed:0.00} 倍");
    }

    static async Task ScansAsync(string label, PdfExtractor pdf, ExtractionOptions options, List<string> files, CancellationToken cancellation)
    {
        // The raw baseline: render every page, then tesseract with our settings, one single-threaded process per core.
        var work = Directory.CreateTempSubdirectory("extraction-bench-");
        try
        {
            var raw = Stopwatch.StartNew();
            var images = new List<string>();
            foreach (var (f, i) in files.Select((f, i) => (f, i)))
            {
                var prefix = Path.Combine(work.FullName, $"s{i}");
                await ExternalProcess.RunAsync("pdftoppm", ["-r", options.OcrDpi.ToString(CultureInfo.InvariantCulture), "-gray", f, prefix], TimeSpan.FromMinutes(5), cancellation);
            }
            images.AddRange(Directory.GetFiles(work.FullName, "*.pgm"));
            var env = new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" };
            await Parallel.ForEachAsync(images, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation },
                async (img, ct) => await ExternalProcess.RunAsync("tesseract", [img, "stdout", "-l", options.OcrLanguages, "--psm", "1", "tsv"], TimeSpan.FromMinutes(5), ct, env));
            raw.Stop();
            var ours = Stopwatch.StartNew();
            int pages = 0;
            foreach (var f in files) pages += (await pdf.ExtractAsync(f, cancellation)).Pages.Count;
            ours.Stop();
            double rawRate = images.Count / raw.Elapsed.TotalMinutes, ourRate = pages / ours.Elapsed.TotalMinutes;
            Console.WriteLine($"扫描 PDF（{label}）：{files.Count} 个文件，共 {pages} 页，{options.OcrDpi} dpi，{Environment.ProcessorCount} 核");
            Console.WriteLine($"  pdftoppm + tesseract（每核一个单线程进程）：{rawRate:0.0} 页/分钟");
            Console.WriteLine($"  extraction（OCR + 表格）：{ourRate:0.0} 页/分钟；为直接运行的 {ourRate / rawRate:0.00} 倍");
        }
        finally { work.Delete(recursive: true); }
    }

    /// <summary>Character error rate of the scanned notice against its text-layer twin, page by page, ignoring whitespace.</summary>
    static async Task CharacterErrorRateAsync(PdfExtractor pdf, string notices, CancellationToken cancellation)
    {
        var text = await pdf.ExtractAsync(Directory.GetFiles(notices, "鄂打假办函*.pdf").Single(f => !f.Contains("扫描件")), cancellation);
        var scan = await pdf.ExtractAsync(Directory.GetFiles(notices, "鄂打假办函*扫描件*.pdf").Single(), cancellation);
        long errors = 0, total = 0;
        foreach (var (t, s) in text.Pages.Zip(scan.Pages))
        {
            var reference = Squeeze(t.RawText);
            var read = Squeeze(s.RawText);
            int e = Edits(reference, read);
            Console.WriteLine($"  第 {t.Number} 页：字符错误率 {100.0 * e / Math.Max(1, reference.Length):0.0}%（{reference.Length} 字）");
            errors += e;
            total += reference.Length;
        }
        Console.WriteLine($"OCR 字符错误率（扫描件对照文本层）：{100.0 * errors / total:0.0}%");
    }

    internal static string Squeeze(string s) => new(TextNormalizer.Normalize(s, false).Where(c => !char.IsWhiteSpace(c)).ToArray());

    internal static int Edits(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
