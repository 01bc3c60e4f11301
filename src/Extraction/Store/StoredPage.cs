namespace Extraction.Store;

/// <summary>A page as the store keeps it.</summary>
public sealed record StoredPage(int Number, string Source, double? Confidence, string Text, string RawText, int Chars);

/// <summary>A document as the store keeps it, with where it is archived.</summary>
public sealed record StoredDocument(string Sha256, long Size, string? Format, string Status, string? Error, string? Region, string ArchivePath, int PageCount);
