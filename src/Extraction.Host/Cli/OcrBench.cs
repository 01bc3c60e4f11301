using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Extraction.Chinese;
using Extraction.Extract;
using Extraction.Pipelines;
using Extraction.Understand;

namespace Extraction.Host.Cli;

/// <summary>`extraction bench --only ocr`: the scan set of corpus/scans (see corpus/build-scans.sh) read by our extraction,
/// in-process as `ingest` reads it, and by `ocrmypdf -l chi_sim`, kind by kind in the same run. Per page kind: the character
/// error rate against the text twins and pages per minute for both; on the labelled scans, 发文字号, 成文日期 and 发文机关.</summary>
internal static class OcrBench
{
    sealed record Scan(string File, string Kind, string Ppi, string Quality, string Colour, string Skew, string Twin);

    sealed record Label(string DocNumber, DateOnly Date, string Issuer);

    /// <summary>Edits and reference length of one page; pages of a file that one tool did not return count as wholly wrong.</summary>
    sealed record Score(long Edits, long Length)
    {
        public static Score operator +(Score a, Score b) => new(a.Edits + b.Edits, a.Length + b.Length);
        public double Rate => Length == 0 ? 0 : (double)Edits / Length;
    }

    public static async Task RunAsync(string corpus, CancellationToken cancellation)
    {
        var folder = Path.Combine(corpus, "scans");
        if (!File.Exists(Path.Combine(folder, "manifest.tsv")))
        {
            Console.Error.WriteLine($"找不到扫描件集 {folder}/manifest.tsv：请先运行 corpus/build-scans.sh 生成");
            return;
        }
        var scans = Rows(Path.Combine(folder, "manifest.tsv")).Select(r => new Scan(r[0], r[1], r[2], r[3], r[4], r[5], r[6])).ToList();
        var labels = Rows(Path.Combine(folder, "truth.tsv"))
            .ToDictionary(r => r[0], r => new Label(r[1], DateOnly.ParseExact(r[2], "yyyy-MM-dd", CultureInfo.InvariantCulture), r[3]));
        var understanding = new DocumentUnderstanding(PipelineDefinition.LoadIfPresent(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(corpus))!, "pipelines", "hubei-2019")));
        var options = new ExtractionOptions();
        var extractors = new ExtractorSelector(options);
        var work = Directory.CreateTempSubdirectory("extraction-ocrbench-");
        Console.WriteLine($"扫描件集 {folder}：{scans.Count} 个文件；{Environment.ProcessorCount} 核，负载 {Load()}");
        Console.WriteLine("ocrmypdf -l chi_sim --force-ocr --jobs 2 --output-type pdf -O0（OMP_THREAD_LIMIT=1，同时处理的文件数 = 核数），文字取自 pdftotext -raw；extraction 在进程内按 ingest 的方式读取");
        var ours = new ConcurrentDictionary<string, List<string>>();
        var theirs = new ConcurrentDictionary<string, List<string>>();
        var rows = new List<string[]>();
        try
        {
            // Kind by kind, the two tools in turn, so a change in the machine's load falls on both.
            foreach (var kind in scans.GroupBy(s => s.Kind))
            {
                var files = kind.ToList();
                var ocrmypdf = await TimeAsync(files, async (s, ct) => theirs[s.File] = await OcrMyPdfAsync(Path.Combine(folder, s.File), s.Ppi, work.FullName, ct), cancellation);
                var extraction = await TimeAsync(files, async (s, ct) => ours[s.File] = await ExtractAsync(extractors, Path.Combine(folder, s.File), ct), cancellation);
                var twins = files.ToDictionary(s => s.File, s => File.ReadAllText(Path.Combine(folder, s.Twin)).TrimEnd('\f').Split('\f'));
                int pages = files.Sum(s => twins[s.File].Length);
                var our = files.Select(s => Compare(twins[s.File], ours[s.File])).Aggregate((a, b) => a + b);
                var their = files.Select(s => Compare(twins[s.File], theirs[s.File])).Aggregate((a, b) => a + b);
                double ourRate = pages / extraction.TotalMinutes, theirRate = pages / ocrmypdf.TotalMinutes;
                rows.Add([kind.Key, pages.ToString(CultureInfo.InvariantCulture), Percent(our.Rate), Percent(their.Rate),
                    $"{ourRate:0.0}", $"{theirRate:0.0}", $"{ourRate / theirRate:0.00}×"]);
                foreach (var s in files)
                    Console.WriteLine($"  {s.File}（{s.Kind}，{s.Ppi} ppi，质量 {s.Quality}，{s.Colour}，倾斜 {s.Skew}）：extraction {Percent(Compare(twins[s.File], ours[s.File]).Rate)}，ocrmypdf {Percent(Compare(twins[s.File], theirs[s.File]).Rate)}");
            }
        }
        finally { work.Delete(recursive: true); }

        Console.WriteLine();
        Console.WriteLine("| 页面类型 | 页数 | 字符错误率 extraction | 字符错误率 ocrmypdf | extraction 页/分钟 | ocrmypdf 页/分钟 | 速度比 |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var r in rows) Console.WriteLine($"| {string.Join(" | ", r)} |");
        Headers("extraction", labels, ours, understanding);
        Headers("ocrmypdf", labels, theirs, understanding);
        Console.WriteLine($"负载（结束时）{Load()}；本进程峰值内存 {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB（不含子进程）");
    }

    /// <summary>Pages of normalized text, as ingest stores them.</summary>
    static async Task<List<string>> ExtractAsync(ExtractorSelector extractors, string file, CancellationToken cancellation)
    {
        var document = await extractors.For(FormatSniffer.Sniff(file)).ExtractAsync(file, cancellation);
        return document.Pages.Select(p => TextNormalizer.Normalize(p.RawText, joinWrappedLines: true)).ToList();
    }

    static async Task<List<string>> OcrMyPdfAsync(string file, string ppi, string work, CancellationToken cancellation)
    {
        var output = Path.Combine(work, Path.GetFileNameWithoutExtension(file) + ".ocr.pdf");
        var env = new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" };
        // A phone photo says 72 dpi, which ocrmypdf refuses; a user tells it the resolution, as the manifest does here.
        string[] photo = FormatSniffer.Sniff(file) == FileKind.Image ? ["--image-dpi", ppi] : [];
        var run = await ExternalProcess.RunAsync("ocrmypdf", ["-l", "chi_sim", "--force-ocr", "--jobs", "2", "--output-type", "pdf", "-O0", "-q", .. photo, file, output],
            TimeSpan.FromMinutes(10), cancellation, env);
        if (run.ExitCode != 0)
        {
            Console.Error.WriteLine($"ocrmypdf failed on {file} (exit {run.ExitCode}): {run.StandardError.Trim()}");
            return [];
        }
        // -raw keeps Tesseract's own reading order; the default layout analysis breaks the lines of a skewed page apart.
        var text = await ExternalProcess.RunAsync("pdftotext", ["-raw", "-enc", "UTF-8", output, "-"], TimeSpan.FromMinutes(1), cancellation);
        return text.StandardOutput.TrimEnd('\f').Split('\f').Select(p => TextNormalizer.Normalize(p, joinWrappedLines: true)).ToList();
    }

    static async Task<TimeSpan> TimeAsync(List<Scan> files, Func<Scan, CancellationToken, Task> read, CancellationToken cancellation)
    {
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation },
            async (s, ct) => await read(s, ct));
        return watch.Elapsed;
    }

    static Score Compare(string[] twin, List<string> read)
    {
        var total = new Score(0, 0);
        for (int i = 0; i < twin.Length; i++)
        {
            var reference = BenchCommand.Squeeze(twin[i]);
            total += new Score(i < read.Count ? BenchCommand.Edits(reference, BenchCommand.Squeeze(read[i])) : reference.Length, reference.Length);
        }
        return total;
    }

    /// <summary>发文字号, 成文日期 and 发文机关 read by the product's own understanding from each tool's text.</summary>
    static void Headers(string tool, Dictionary<string, Label> labels, ConcurrentDictionary<string, List<string>> texts, DocumentUnderstanding understanding)
    {
        int number = 0, date = 0, issuer = 0, all = 0;
        var wrong = new List<string>();
        foreach (var (file, label) in labels.OrderBy(l => l.Key))
        {
            // Read as ingest reads an OCR'd document: its header mended against the pipeline's places and organs (no text layers here).
            var facts = understanding.Understand(texts.GetValueOrDefault(file) ?? [], null, NoTextLayers);
            bool n = Same(facts.DocNumber, label.DocNumber), d = facts.Date == label.Date, i = Same(facts.Issuer, label.Issuer);
            number += n ? 1 : 0; date += d ? 1 : 0; issuer += i ? 1 : 0; all += n && d && i ? 1 : 0;
            if (!(n && d && i)) wrong.Add($"{file}：{facts.DocNumber ?? "—"} / {facts.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—"} / {facts.Issuer ?? "—"}");
        }
        int fields = 3 * labels.Count;
        Console.WriteLine($"{tool}：标注扫描件 {labels.Count} 个，发文字号 {number}、成文日期 {date}、发文机关 {issuer} 个正确（字段 {Percent((double)(number + date + issuer) / fields)}），三项全对 {all} 个");
        foreach (var w in wrong) Console.WriteLine($"  {w}");
    }

    static readonly KnownHeaders NoTextLayers = new(new HashSet<string>(), new Dictionary<string, string?>());

    static bool Same(string? read, string truth) => read is not null && BenchCommand.Squeeze(read) == BenchCommand.Squeeze(truth);

    static string Percent(double share) => $"{100 * share:0.0}%";

    static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    static List<string[]> Rows(string tsv) =>
        File.ReadAllLines(tsv).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
}
