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
}
