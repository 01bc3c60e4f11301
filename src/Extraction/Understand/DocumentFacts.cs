namespace Extraction.Understand;

/// <summary>What a document is, read from its text: the GB/T 9704 header of a 公文 (or, for other evidence, its best
/// title and date), its type, the region its issuer belongs to, and what makes it not count.</summary>
public sealed record DocumentFacts(
    string Type,
    string? Issuer,
    string? DocNumber,
    string? Title,
    string? Addressee,
    DateOnly? Date,
    DateOnly? PrintedDate,
    IReadOnlyList<string> Attachments,
    string? IssuerRegion)
{
    /// <summary>Flags for the operator: misfiled, wrong_year, duplicate_of:…</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>The header as it was read, before traditional characters were read as simplified and OCR misreadings
    /// mended; null where nothing was changed.</summary>
    public RawHeader? AsRead { get; init; }
}

/// <summary>Issuer, 发文字号 and title exactly as the text gives them; and the signed date's line as OCR gave it, when the
/// date was read through its misreadings (null when it read cleanly).</summary>
public sealed record RawHeader(string? Issuer, string? DocNumber, string? Title, string? Date = null);
