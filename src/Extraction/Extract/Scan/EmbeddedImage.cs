using System.Globalization;

namespace Extraction.Extract.Scan;

/// <summary>The largest image drawn on a PDF page, as <c>pdfimages -list</c> describes it: its own resolution and colour.</summary>
public sealed record EmbeddedImage(int Page, int Width, int Height, double Ppi, bool Colour)
{
    /// <summary>The largest image of each page; a scanned page is one image covering it.</summary>
    public static async Task<IReadOnlyDictionary<int, EmbeddedImage>> ListAsync(string pdf, TimeSpan timeout, CancellationToken cancellation)
    {
        var list = await ExternalProcess.RunAsync("pdfimages", ["-list", pdf], timeout, cancellation);
        return list.ExitCode == 0 ? Parse(list.StandardOutput) : new Dictionary<int, EmbeddedImage>();
    }

    // Columns: page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio.
    public static IReadOnlyDictionary<int, EmbeddedImage> Parse(string listing)
    {
        var largest = new Dictionary<int, EmbeddedImage>();
        foreach (var line in listing.Split('\n').Skip(2))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 14 || f[2] is not ("image" or "stencil") || !int.TryParse(f[0], out var page)) continue;
            if (!int.TryParse(f[3], out var w) || !int.TryParse(f[4], out var h)) continue;
            // A mask or stencil has no colour of its own; x-ppi and y-ppi differ only on stretched images, take the lower.
            double ppi = Math.Min(Number(f[12]), Number(f[13]));
            bool colour = f[5] is not ("gray" or "-") && !(f[5] == "icc" && f[6] == "1");
            var image = new EmbeddedImage(page, w, h, ppi, colour);
            if (ppi > 0 && (!largest.TryGetValue(page, out var seen) || (long)w * h > (long)seen.Width * seen.Height)) largest[page] = image;
        }
        return largest;
    }

    static double Number(string s) => double.TryParse(s, CultureInfo.InvariantCulture, out var v) ? v : 0;
}
