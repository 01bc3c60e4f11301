namespace Extraction.Extract;

/// <summary>Where the text of a page came from.</summary>
public enum PageSource { Text, Ocr }

/// <summary>One page of extracted text; <see cref="Confidence"/> is the OCR mean word confidence (0–1), null for a text layer.</summary>
public sealed record ExtractedPage(int Number, PageSource Source, string RawText, double? Confidence)
{
    /// <summary>The normalized text (filled in after extraction).</summary>
    public string Text { get; init; } = RawText;
    /// <summary>How an OCRed page was read (resolution, turns, table or whole page and why), in Chinese; null for a text layer.</summary>
    public string? Reading { get; init; }
}

/// <summary>A table as rows of cells, on the page it was found.</summary>
public sealed record ExtractedTable(int Page, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>What an extractor read out of one file.</summary>
public sealed record ExtractedDocument(string Format, IReadOnlyList<ExtractedPage> Pages, IReadOnlyList<ExtractedTable> Tables);
