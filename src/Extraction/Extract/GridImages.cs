using System.Globalization;
using System.Text.RegularExpressions;
using Extraction.Extract.Layout;
using Extraction.Extract.Vector;

namespace Extraction.Extract;

/// <summary>Page images for finding ruling lines on text pages. The lines are painted from the page's own drawing
/// operators, which costs a fraction of a rendering (rendering is mostly drawing the glyphs, which the grid does not
/// need), so every page is looked at; a page whose content this cannot follow is rendered by pdftoppm, when its
/// words look tabular, in one run for the document. A page painted without any ink maps to null: it has no grid.</summary>
public static partial class GridImages
{
    public static async Task<Dictionary<int, GrayImage?>> ForPagesAsync(string path, IReadOnlyCollection<int> pages, Func<int, bool> worthRendering,
        double dpi, string work, ExtractionOptions options, CancellationToken cancellation)
    {
        var images = new Dictionary<int, GrayImage?>();
        if (pages.Count == 0) return images;
        foreach (var (number, image) in Painted(path, pages, dpi)) images[number] = image;
        var rest = pages.Where(p => !images.ContainsKey(p) && worthRendering(p)).Order().ToList();
        if (rest.Count == 0) return images;
        // One poppler run for the pages left, rendering only those (not every page between the first and the last).
        foreach (var (from, to) in Runs(rest))
        {
            var render = await ExternalProcess.RunAsync("pdftoppm", ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray",
                "-f", from.ToString(CultureInfo.InvariantCulture), "-l", to.ToString(CultureInfo.InvariantCulture), path, Path.Combine(work, $"grid{from}")],
                options.ProcessTimeout, cancellation);
            if (render.ExitCode != 0) continue;
            foreach (var file in Directory.GetFiles(work, $"grid{from}-*.pgm"))
            {
                images[PageOf(file)] = GrayImage.ReadPgm(file);
                File.Delete(file);
            }
        }
        return images;
    }

    static IEnumerable<(int Number, GrayImage? Image)> Painted(string path, IReadOnlyCollection<int> pages, double dpi)
    {
        List<PdfDocument.Page>? all;
        // A PDF this reader cannot follow is no error: the renderer reads it.
        try { all = PdfDocument.Open(File.ReadAllBytes(path)).Pages(); }
        catch (Exception e) when (e is FormatException or InvalidDataException or ArgumentException or IndexOutOfRangeException or InvalidCastException or OverflowException) { all = null; }
        if (all is null) yield break;
        foreach (var page in all.Where(p => pages.Contains(p.Number)))
        {
            RulingPainter.Result painted;
            try { painted = RulingPainter.TryPaint(page, dpi); }
            catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException or InvalidCastException or OverflowException) { continue; }
            if (painted.Followed) yield return (page.Number, painted.Image);
        }
    }

    // Consecutive page numbers as ranges, so pages far apart do not render everything between them.
    static IEnumerable<(int From, int To)> Runs(List<int> sorted)
    {
        int start = sorted[0], previous = sorted[0];
        foreach (var n in sorted.Skip(1))
        {
            if (n == previous + 1) { previous = n; continue; }
            yield return (start, previous);
            start = previous = n;
        }
        yield return (start, previous);
    }

    static int PageOf(string file) => int.Parse(PageNumber().Match(Path.GetFileNameWithoutExtension(file)).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"-(\d+)$")] private static partial Regex PageNumber();
}
