namespace Extraction.Extract;

/// <summary>Limits and settings of extraction; each default is what the README documents.</summary>
public sealed class ExtractionOptions
{
    /// <summary>Resolution pages are rendered at for OCR (default 300 dpi).</summary>
    public int OcrDpi { get; set; } = 300;
    /// <summary>Tesseract languages (default chi_sim+eng).</summary>
    public string OcrLanguages { get; set; } = "chi_sim+eng";
    /// <summary>Pages OCRed at once across the whole run (default: the number of cores).</summary>
    public int OcrParallelism { get; set; } = Environment.ProcessorCount;
    /// <summary>Height in pixels of one stack of a scanned table's cells read in one Tesseract pass (default 30,000;
    /// Tesseract refuses images over 32,767 px; shorter stacks were measured to read the scoring tables worse).</summary>
    public int MaxStackHeight { get; set; } = 30_000;
    /// <summary>A page whose text layer has fewer non-blank characters than this is OCRed (default 20).</summary>
    public int MinTextLayerChars { get; set; } = 20;
    /// <summary>A page whose text layer is more than this share of unmapped glyphs is OCRed (default 0.3).</summary>
    public double MaxUnmappedGlyphShare { get; set; } = 0.3;
    /// <summary>Pages read from one document at most (default 500).</summary>
    public int MaxPages { get; set; } = 500;
    /// <summary>Characters stored of one document at most (default 2 million, about 1,500 printed pages): past it the
    /// document is cut and the cut recorded, so a log or data dump dropped by mistake cannot swamp the store and search.</summary>
    public int MaxDocumentChars { get; set; } = 2_000_000;
    /// <summary>Characters of one page of plain text or spreadsheet at most (default 10,000, several printed pages):
    /// indexing, snippets and review work page by page.</summary>
    public int MaxPageChars { get; set; } = 10_000;
    /// <summary>Pixels of one image at most (default 100 million, about a 40×40 cm page at 600 dpi).</summary>
    public long MaxImagePixels { get; set; } = 100_000_000;
    /// <summary>Bytes an Office file may unpack to (default 200 MB): a cap against zip bombs.</summary>
    public long MaxUnpackedBytes { get; set; } = 200L * 1024 * 1024;
    /// <summary>Time one external process (poppler, Tesseract) may take before it is killed (default 120 s).</summary>
    public TimeSpan ProcessTimeout { get; set; } = TimeSpan.FromSeconds(120);
    /// <summary>Time one LibreOffice conversion may take before it is killed (default 180 s).</summary>
    public TimeSpan ConversionTimeout { get; set; } = TimeSpan.FromSeconds(180);
}
