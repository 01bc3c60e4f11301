using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Extraction.Extract;
using Extraction.Store;

namespace Extraction.Host.Web;

/// <summary>A page of an archived original as a picture, and where words lie on it: from the text layer for text PDFs
/// (pdftotext -bbox), from Tesseract's word boxes for scans and photos. Both are made once and cached.</summary>
internal sealed partial class PageImages(string cacheDirectory)
{
    const int Dpi = 110;
    static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    readonly ConcurrentDictionary<string, Lazy<Task<List<Line>>>> layouts = new();

    /// <summary>A character's box as fractions of the page (0–1), so the page may be shown at any size.</summary>
    public sealed record Box(double Left, double Top, double Width, double Height);
    sealed record Line(string Text, IReadOnlyList<Box> Chars);

    public static bool CanRender(StoredDocument doc) => doc.Format is "pdf-text" or "pdf-scan" or "pdf-mixed" or "image";

    /// <summary>The PNG of a page, rendered on first request; null for formats without pages (Word, Excel, text).</summary>
    public async Task<string?> PngAsync(StoredDocument doc, int page, CancellationToken cancel)
    {
        if (!CanRender(doc) || page < 1 || page > Math.Max(1, doc.PageCount)) return null;
        Directory.CreateDirectory(cacheDirectory);
        var png = Path.Combine(cacheDirectory, $"{doc.Sha256}-{page}.png");
        if (File.Exists(png)) return png;
        var partial = png + $".{Environment.ProcessId}.{Guid.NewGuid():N}";
        var result = doc.Format == "image"
            ? await ExternalProcess.RunAsync("convert", [doc.ArchivePath + "[0]", "-auto-orient", "-resize", "1600x1600>", "png:" + partial], Timeout, cancel)
            : await ExternalProcess.RunAsync("pdftoppm", ["-f", P(page), "-l", P(page), "-r", P(Dpi), "-png", "-singlefile", doc.ArchivePath, partial], Timeout, cancel);
        var made = doc.Format == "image" ? partial : partial + ".png";
        if (result.ExitCode != 0 || !File.Exists(made)) return null;
        File.Move(made, png, overwrite: true);
        return png;
    }

    /// <summary>Boxes around every occurrence of the terms on the page.</summary>
    public async Task<List<Box>> HitsAsync(StoredDocument doc, StoredPage page, IReadOnlyCollection<string> terms, CancellationToken cancel)
    {
        if (terms.Count == 0 || !CanRender(doc)) return [];
        var key = $"{doc.Sha256}-{page.Number}";
        var lines = await layouts.GetOrAdd(key, _ => new Lazy<Task<List<Line>>>(() => LayoutAsync(doc, page, cancel))).Value;
        var boxes = new List<Box>();
        foreach (var line in lines)
            foreach (var term in terms.Where(t => t.Length > 0))
                for (int at = line.Text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0; at = line.Text.IndexOf(term, at + term.Length, StringComparison.OrdinalIgnoreCase))
                    boxes.Add(Union(line.Chars.Skip(at).Take(term.Length)));
        return boxes;
    }

    async Task<List<Line>> LayoutAsync(StoredDocument doc, StoredPage page, CancellationToken cancel)
    {
        bool textLayer = doc.Format != "image" && !page.Source.StartsWith("ocr", StringComparison.OrdinalIgnoreCase);
        if (textLayer)
        {
            var r = await ExternalProcess.RunAsync("pdftotext", ["-f", P(page.Number), "-l", P(page.Number), "-bbox", doc.ArchivePath, "-"], Timeout, cancel);
            return r.ExitCode == 0 ? FromBbox(r.StandardOutput) : [];
        }
        if (await PngAsync(doc, page.Number, cancel) is not { } png) return [];
        var t = await ExternalProcess.RunAsync("tesseract", [png, "stdout", "-l", "chi_sim", "--psm", "3", "tsv"], Timeout, cancel,
            new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" });
        return t.ExitCode == 0 ? FromTsv(t.StandardOutput, png) : [];
    }

    // pdftotext -bbox: <page width=".." height=".."> then <word xMin=".." yMin=".." xMax=".." yMax="..">text</word>; a word's
    // characters are spread evenly over its box, and the words of one line (same yMin) are joined.
    static List<Line> FromBbox(string html)
    {
        var size = PageSize().Match(html);
        if (!size.Success) return [];
        double w = D(size.Groups[1].Value), h = D(size.Groups[2].Value);
        var words = WordBox().Matches(html).Select(m => (x0: D(m.Groups[1].Value), y0: D(m.Groups[2].Value), x1: D(m.Groups[3].Value), y1: D(m.Groups[4].Value),
            text: System.Net.WebUtility.HtmlDecode(m.Groups[5].Value))).ToList();
        return words.GroupBy(x => Math.Round(x.y0)).Select(g =>
        {
            var chars = new List<Box>();
            var text = "";
            foreach (var word in g.OrderBy(x => x.x0))
            {
                double step = (word.x1 - word.x0) / Math.Max(1, word.text.Length);
                for (int i = 0; i < word.text.Length; i++) chars.Add(new Box((word.x0 + i * step) / w, word.y0 / h, step / w, (word.y1 - word.y0) / h));
                text += word.text;
            }
            return new Line(text, chars);
        }).ToList();
    }

    // Tesseract's TSV: level 5 rows are words with left, top, width, height in pixels of the PNG, grouped by block/paragraph/line.
    static List<Line> FromTsv(string tsv, string png)
    {
        var (w, h) = PngSize(png);
        if (w == 0) return [];
        var rows = tsv.Split('\n').Skip(1).Select(l => l.Split('\t')).Where(c => c.Length >= 12 && c[0] == "5" && c[11].Trim().Length > 0).ToList();
        return rows.GroupBy(c => (c[2], c[3], c[4])).Select(g =>
        {
            var chars = new List<Box>();
            var text = "";
            foreach (var c in g)
            {
                var word = c[11].Trim();
                double left = D(c[6]), top = D(c[7]), width = D(c[8]), height = D(c[9]), step = width / word.Length;
                for (int i = 0; i < word.Length; i++) chars.Add(new Box((left + i * step) / w, top / h, step / w, height / h));
                text += word;
            }
            return new Line(text, chars);
        }).ToList();
    }

    static (int W, int H) PngSize(string png)
    {
        var head = new byte[24];
        using (var f = File.OpenRead(png)) f.ReadExactly(head);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(20)));
    }

    static Box Union(IEnumerable<Box> chars)
    {
        var list = chars.ToList();
        double l = list.Min(b => b.Left), t = list.Min(b => b.Top), r = list.Max(b => b.Left + b.Width), bottom = list.Max(b => b.Top + b.Height);
        return new Box(l, t, r - l, bottom - t);
    }

    static string P(int n) => n.ToString(CultureInfo.InvariantCulture);
    static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<page width=""([\d.]+)"" height=""([\d.]+)"">")] private static partial Regex PageSize();
    [GeneratedRegex(@"<word xMin=""([\d.]+)"" yMin=""([\d.]+)"" xMax=""([\d.]+)"" yMax=""([\d.]+)"">([^<]*)</word>")] private static partial Regex WordBox();
}
