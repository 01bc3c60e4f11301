using Extraction.Extract.Layout;

namespace Extraction.Extract;

/// <summary>Photos and scans saved as images (JPEG, PNG, multi-page TIFF): every frame is OCRed as a page.</summary>
public sealed class ImageExtractor(ExtractionOptions options, OcrEngine ocr) : IExtractor
{
    public async Task<ExtractedDocument> ExtractAsync(string path, CancellationToken cancellation)
    {
        if (ImageHeader.Size(path) is var (w, h) && w * h > options.MaxImagePixels)
            throw new ExtractionException($"图像尺寸 {w}×{h} 像素超过上限（{options.MaxImagePixels / 1_000_000} 百万像素）：请缩小分辨率后再提交");
        var pages = await ocr.ReadAsync(path, null, cancellation);
        if (pages.Count == 0) pages = [new OcrEngine.OcrPage(1, [], null)];
        var extracted = pages.Select(p => new ExtractedPage(p.Number, PageSource.Ocr, TableAssembler.LinesText(p.Words), p.Confidence)).ToList();
        return new ExtractedDocument("image", extracted, []);
    }
}
