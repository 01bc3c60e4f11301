using System.Globalization;
using Extraction.Extract.Scan;

namespace Extraction.Extract;

/// <summary>Photos and scans saved as images (JPEG, PNG, multi-page TIFF): every frame is decoded (ImageMagick) and read as
/// a scanned page is, so a phone photo has its sheet cut out, squared and its light evened before Tesseract sees it.</summary>
public sealed class ImageExtractor(ExtractionOptions options, OcrEngine ocr) : IExtractor
{
    readonly ScanPageReader scans = new(options, ocr);

    public async Task<ExtractedDocument> ExtractAsync(string path, CancellationToken cancellation)
    {
        if (ImageHeader.Size(path) is var (w, h) && w * h > options.MaxImagePixels)
            throw new ExtractionException($"图像尺寸 {w}×{h} 像素超过上限（{options.MaxImagePixels / 1_000_000} 百万像素）：请缩小分辨率后再提交");
        // A full path: ImageMagick reads "name:" at the front of a relative one as a format.
        path = Path.GetFullPath(path);
        var frames = await FramesAsync(path, cancellation);
        var work = Directory.CreateTempSubdirectory("extraction-image-");
        try
        {
            var document = new ScanPageReader.Document();
            var pages = new List<ExtractedPage>();
            // One frame at a time: each is decoded whole into memory.
            for (int i = 0; i < Math.Min(frames.Count, options.MaxPages); i++)
            {
                var frame = await DecodeAsync(path, i, work.FullName, cancellation);
                pages.Add((await scans.ReadImageAsync(i + 1, frame, frames[i], document, work.FullName, cancellation)).Page);
            }
            return new ExtractedDocument("image", pages, []);
        }
        finally { work.Delete(recursive: true); }
    }

    /// <summary>The resolution each frame's file gives, in pixels per inch; null where it gives none.</summary>
    async Task<List<double?>> FramesAsync(string path, CancellationToken cancellation)
    {
        var list = await ExternalProcess.RunAsync("identify", ["-format", "%x %U\\n", path], options.ProcessTimeout, cancellation);
        if (list.ExitCode != 0) throw new ExtractionException($"图像无法解码：{FirstLine(list.StandardError)}");
        var frames = new List<double?>();
        foreach (var line in list.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            double? ppi = f.Length == 2 && double.TryParse(f[0], CultureInfo.InvariantCulture, out var v) && v > 0
                ? f[1] switch { "PixelsPerInch" => v, "PixelsPerCentimeter" => v * 2.54, _ => null } : null;
            frames.Add(ppi);
        }
        return frames.Count > 0 ? frames : [null];
    }

    async Task<ColorImage> DecodeAsync(string path, int frame, string work, CancellationToken cancellation)
    {
        var ppm = Path.Combine(work, $"frame-{frame}.ppm");
        // -auto-orient: a phone records how it was held in EXIF rather than turning the pixels.
        var run = await ExternalProcess.RunAsync("convert", [$"{path}[{frame}]", "-auto-orient", "-depth", "8", "-colorspace", "sRGB", "-type", "TrueColor", $"ppm:{ppm}"],
            options.ProcessTimeout, cancellation);
        if (run.ExitCode != 0 || !File.Exists(ppm)) throw new ExtractionException($"图像无法解码：{FirstLine(run.StandardError)}");
        try { return ColorImage.ReadPpm(ppm); }
        finally { File.Delete(ppm); }
    }

    static string FirstLine(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "";
}
