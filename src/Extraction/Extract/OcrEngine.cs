using System.Globalization;
using Extraction.Extract.Layout;

namespace Extraction.Extract;

/// <summary>Tesseract 5 through its command line, one single-threaded process per page, at most as many at once as there are cores.</summary>
public sealed class OcrEngine(ExtractionOptions options)
{
    // OpenMP's own threads on top of one process per core slow a page from about 5 s to 30 s on two cores.
    static readonly Dictionary<string, string> SingleThreaded = new() { ["OMP_THREAD_LIMIT"] = "1" };
    readonly SemaphoreSlim slots = new(Math.Max(1, options.OcrParallelism));
    int pageReads, stackReads, orientationQueries;

    /// <summary>Tesseract runs so far: whole pages (a Latin re-read counts again), stacks of table cells, orientation queries.</summary>
    public (int Pages, int Stacks, int Orientations) Runs => (pageReads, stackReads, orientationQueries);

    /// <summary>One page (or one frame of a multi-page TIFF) as Tesseract read it.</summary>
    public sealed record OcrPage(int Number, IReadOnlyList<Word> Words, double? Confidence);

    /// <summary>Reads an image file; automatic page segmentation with orientation and script detection turns rotated pages upright.
    /// Chinese alone reads 鄂打假办函 as Chinese where chi_sim+eng makes Latin of it; a page that comes out mostly Latin
    /// letters is read again with English added.</summary>
    /// <param name="dpi">The resolution of a page we rendered; null for a photo or scan, whose file says its own.</param>
    public async Task<IReadOnlyList<OcrPage>> ReadAsync(string imagePath, double? dpi, CancellationToken cancellation)
    {
        Interlocked.Increment(ref pageReads);
        var pages = await RunAsync(imagePath, dpi, "1", options.OcrLanguages, cancellation);
        if (options.OcrLatinLanguages.Length == 0 || LatinShare(pages.SelectMany(p => p.Words)) <= options.OcrLatinShare) return pages;
        Interlocked.Increment(ref pageReads);
        return await RunAsync(imagePath, dpi, "1", options.OcrLatinLanguages, cancellation);
    }

    /// <summary>Reads an image of blocks stacked one above the other (the cells of a table) as uniform text.</summary>
    /// <param name="pixels">The stack's size: Tesseract's time grows with it, so it is given the process timeout per
    /// <see cref="ExtractionOptions.OcrPixelsPerTimeout"/> pixels rather than failing the whole table.</param>
    public async Task<IReadOnlyList<Word>> ReadStackAsync(string imagePath, double dpi, long pixels, CancellationToken cancellation)
    {
        // An empty cell still holds specks and ends of ruling lines, which Tesseract reads as Latin junk ("= eee | fi");
        // an unsure l or ] is kept for LoneOnes to tell a cell's lone 1 from junk.
        var timeout = options.ProcessTimeout * Math.Max(1, pixels / (double)options.OcrPixelsPerTimeout);
        Interlocked.Increment(ref stackReads);
        var pages = await RunAsync(imagePath, dpi, "6", options.OcrTableLanguages, cancellation, dropUnsureLatin: true, timeout);
        return pages.SelectMany(p => p.Words).ToList();
    }

    /// <summary>How far clockwise the page must be turned to stand upright (0, 90, 180, 270), by Tesseract's orientation
    /// detection; 0 when it cannot tell (too little text) or is unsure.</summary>
    public async Task<int> UprightRotationAsync(string imagePath, double dpi, CancellationToken cancellation)
    {
        Interlocked.Increment(ref orientationQueries);
        await slots.WaitAsync(cancellation);
        try
        {
            var result = await ExternalProcess.RunAsync("tesseract", [imagePath, "stdout", "--psm", "0", "--dpi", dpi.ToString(CultureInfo.InvariantCulture)],
                options.ProcessTimeout, cancellation, SingleThreaded);
            if (result.ExitCode != 0) return 0;
            int rotate = 0;
            double sure = 0;
            foreach (var line in result.StandardOutput.Split('\n'))
            {
                var parts = line.Split(':', 2, StringSplitOptions.TrimEntries);
                if (parts.Length < 2) continue;
                if (parts[0] == "Rotate") int.TryParse(parts[1], CultureInfo.InvariantCulture, out rotate);
                if (parts[0] == "Orientation confidence") double.TryParse(parts[1], CultureInfo.InvariantCulture, out sure);
            }
            return sure >= options.OrientationMinConfidence ? rotate : 0;
        }
        finally { slots.Release(); }
    }

    static double LatinShare(IEnumerable<Word> words)
    {
        int latin = 0, han = 0;
        foreach (var c in words.SelectMany(w => w.Text))
        {
            if (char.IsAsciiLetter(c)) latin++;
            else if (c is >= '\u4e00' and <= '\u9fff') han++;
        }
        return latin + han == 0 ? 0 : latin / (double)(latin + han);
    }

    async Task<IReadOnlyList<OcrPage>> RunAsync(string input, double? dpi, string pageSegmentation, string languages, CancellationToken cancellation, bool dropUnsureLatin = false, TimeSpan? timeout = null)
    {
        await slots.WaitAsync(cancellation);
        try
        {
            List<string> arguments = [input, "stdout", "-l", languages, "--psm", pageSegmentation];
            if (dpi is not null) arguments.AddRange(["--dpi", dpi.Value.ToString(CultureInfo.InvariantCulture)]);
            var result = await ExternalProcess.RunAsync("tesseract", [.. arguments, "tsv"], timeout ?? options.ProcessTimeout, cancellation, SingleThreaded);
            if (result.ExitCode != 0)
                throw new ExtractionException($"OCR 识别失败（tesseract 退出码 {result.ExitCode}）：{FirstLine(result.StandardError)}");
            return ParseTsv(result.StandardOutput, dropUnsureLatin);
        }
        finally { slots.Release(); }
    }

    // TSV columns: level page block par line word left top width height conf text; level 5 rows are words.
    static List<OcrPage> ParseTsv(string tsv, bool dropUnsureLatin)
    {
        var pages = new SortedDictionary<int, (List<Word> Words, List<double> Conf)>();
        var lineIds = new Dictionary<(int, int, int, int), int>();
        foreach (var row in tsv.Split('\n').Skip(1))
        {
            var f = row.Split('\t');
            if (f.Length < 12 || f[0] != "5" || f[11].Trim().Length == 0) continue;
            int page = int.Parse(f[1]);
            var text = OcrMisreads.Mend(f[11].Trim());
            if (dropUnsureLatin && double.TryParse(f[10], CultureInfo.InvariantCulture, out var sure) && sure < 80
                && !text.Any(c => char.IsAsciiDigit(c) || c is >= '\u4e00' and <= '\u9fff') && !Scan.LoneOnes.MayBeOne(text)) continue;
            var key = (page, int.Parse(f[2]), int.Parse(f[3]), int.Parse(f[4]));
            if (!lineIds.TryGetValue(key, out var line)) lineIds[key] = line = lineIds.Count;
            double left = double.Parse(f[6], CultureInfo.InvariantCulture), top = double.Parse(f[7], CultureInfo.InvariantCulture);
            double width = double.Parse(f[8], CultureInfo.InvariantCulture), height = double.Parse(f[9], CultureInfo.InvariantCulture);
            if (!pages.TryGetValue(page, out var p)) pages[page] = p = ([], []);
            double conf = double.TryParse(f[10], CultureInfo.InvariantCulture, out var c) && c >= 0 ? c / 100 : 0;
            p.Words.Add(new Word(text, left, top, left + width, top + height, line) { Confidence = conf });
            p.Conf.Add(conf);
        }
        return pages.Select(kv => new OcrPage(kv.Key, OnesInDates.Mend(kv.Value.Words), kv.Value.Conf.Count > 0 ? Math.Round(kv.Value.Conf.Average(), 3) : null)).ToList();
    }

    static string FirstLine(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "";
}
