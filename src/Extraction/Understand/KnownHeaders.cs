namespace Extraction.Understand;

/// <summary>What the text layers of the same store spell out: issuers, and the agency part of their 发文字号 with the
/// region of the issuer that used it. OCR'd headers are mended against these.</summary>
public sealed record KnownHeaders(IReadOnlyCollection<string> Issuers, IReadOnlyDictionary<string, string?> NumberAgencies)
{
    public static readonly KnownHeaders None = new([], new Dictionary<string, string?>());
}
