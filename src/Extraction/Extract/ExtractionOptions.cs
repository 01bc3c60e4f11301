namespace Extraction.Extract;

/// <summary>Limits and settings of extraction; each default is what the README documents.</summary>
public sealed class ExtractionOptions
{
    /// <summary>Resolution a page without an image of its own is rendered at for OCR (default 300 dpi); a scanned page is
    /// read at its image's resolution.</summary>
    public int OcrDpi { get; set; } = 300;
    /// <summary>A scan coarser than this is multiplied up by a whole factor to reach it (default 150 ppi: a 96 ppi scan is read at 192).</summary>
    public double OcrMinPpi { get; set; } = 150;
    /// <summary>Resolution a page holding a ruled table is read at, at least (default 300 dpi): its cells' small print
    /// ("1." and "(1)" that number indicators and clauses) is lost on a 96 ppi scan read at 192; the 203 ppi scans of the
    /// scoring tables read at 288 lost 6 of 27 clause points (third layout) against 300.</summary>
    public double OcrTableMinDpi { get; set; } = 300;
    /// <summary>Resolution the table cells of a scan coarser than <see cref="OcrMinPpi"/> are read at (default 240 dpi): on five
    /// scoring tables scanned at 96 and 120 ppi, 323 of 467 clause points at 240 against 299 at 300; with the table reader's
    /// repairs of lost numbers, 363 at 240 against 346 at 192 (measured).</summary>
    public double OcrCoarseTableDpi { get; set; } = 240;
    /// <summary>The largest factor a coarse scan is multiplied by (default 3).</summary>
    public int OcrMaxUpscale { get; set; } = 3;
    /// <summary>The highest resolution a scan is read at (default 600 dpi); finer images are rendered down to it.</summary>
    public double OcrMaxDpi { get; set; } = 600;
    /// <summary>Tesseract languages (default chi_sim: with eng added, Tesseract reads Chinese document numbers as Latin).</summary>
    public string OcrLanguages { get; set; } = "chi_sim";
    /// <summary>Languages the cells of a scanned table are read with (default chi_sim+eng: on the 96 ppi notice scan it reads
    /// clause marks "(2)" that chi_sim alone reads as "人 (人" — 15 of 17 marks against 10).</summary>
    public string OcrTableLanguages { get; set; } = "chi_sim+eng";
    /// <summary>Languages a page is read again with when the first reading is mostly Latin letters (default chi_sim+eng; empty: never).</summary>
    public string OcrLatinLanguages { get; set; } = "chi_sim+eng";
    /// <summary>Share of Latin letters among the letters read above which a page is read again with English (default 0.3).</summary>
    public double OcrLatinShare { get; set; } = 0.3;
    /// <summary>Gray levels between ink and paper below which a faint scan is stretched (default 120).</summary>
    public int OcrMinContrast { get; set; } = 120;
    /// <summary>Gray levels by which the paper of a page may be darker in one part than in another before the light is
    /// evened out (default 32: on the corpus scans, faint ones too, it varies by 3 at most; on the phone photos by 68 to 71).</summary>
    public int OcrUnevenLightLevels { get; set; } = 32;
    /// <summary>Resolution an image file must give for it to be believed (default 100 ppi): phones write 72 whatever the
    /// photo, and a scanner writes its own, 150 and above.</summary>
    public double ImageMinCrediblePpi { get; set; } = 100;
    /// <summary>Inches across the short side of the page an image shows when its file gives no credible resolution
    /// (default 8.27, an A4 sheet, the size of 公文).</summary>
    public double ImagePageInches { get; set; } = 8.27;
    /// <summary>Skew in degrees below which a scan is not straightened (default 0.3°: Tesseract reads such lines as they are).</summary>
    public double DeskewMinDegrees { get; set; } = 0.3;
    /// <summary>Orientation confidence of Tesseract's OSD from which a table page is turned (default 2).</summary>
    public double OrientationMinConfidence { get; set; } = 2;
    /// <summary>Mean word confidence of a table page read upright below which its orientation is detected and the page read
    /// again turned (default 0.6: the cells of the upright task-table scan read at 0.94, the same cells on their side at 0.27).</summary>
    public double OcrUprightMinConfidence { get; set; } = 0.6;
    /// <summary>Both sides of a red region at least this long (inches) make it a seal (default 0.8).</summary>
    public double SealMinInches { get; set; } = 0.8;
    /// <summary>Both sides of a gray region at most this long (inches) for it to be taken for a seal (default 2.4: an organ's
    /// seal is 38–45 mm across).</summary>
    public double SealMaxInches { get; set; } = 2.4;
    /// <summary>Longer side over shorter side of a seal-sized red region up to which it is a round stamp and lifted out (default 1.4:
    /// seals measured 1.0–1.1 with their arc text; a masthead line is several times wider than high).</summary>
    public double SealMaxAspect { get; set; } = 1.4;
    /// <summary>Cells of one ruled grid at most (default 2000); a grid past it is taken for noise and the page read whole.</summary>
    public int MaxGridCells { get; set; } = 2000;
    /// <summary>Pages OCRed at once across the whole run (default: the number of cores).</summary>
    public int OcrParallelism { get; set; } = Environment.ProcessorCount;
    /// <summary>Height in pixels of one stack of a scanned table's cells read in one Tesseract pass (default 30,000;
    /// Tesseract refuses images over 32,767 px; shorter stacks were measured to read the scoring tables worse).</summary>
    public int MaxStackHeight { get; set; } = 30_000;
    /// <summary>Dark pixels (per 100 dpi squared) a cell must hold, its ruling lines erased, for a blank reading of it to be
    /// read again.</summary>
    public int BlankCellMinInk { get; set; } = 4;
    /// <summary>Share of a column's read cells that are figures for its blank cells with ink to be read again.</summary>
    public double FigureColumnShare { get; set; } = 0.6;
    /// <summary>Blank cells with ink read again per table at most; more is a table whose blanks are its design (a form).</summary>
    public int MaxBlankCellRereads { get; set; } = 40;
    /// <summary>Pixels of a stack of table cells per process timeout it is given (default 20 million): a 30,000-px stack of a
    /// landscape table page at 300 dpi is about 100 million pixels, which Tesseract cannot read in one timeout on a busy machine.</summary>
    public long OcrPixelsPerTimeout { get; set; } = 20_000_000;
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
