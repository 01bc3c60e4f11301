using Extraction.Store;

namespace Extraction.Ingest;

/// <summary>What became of one file: ingested (ok), the same bytes as a document already stored (duplicate), or failed with a reason.
/// <see cref="Note"/> says, in Chinese, when an ingested document was cut at the character limit.</summary>
public sealed record FileOutcome(string File, string? Sha256, string? Region, string? Format, string Status, string? Error, IReadOnlyList<StoredPage> Pages,
    string? Note = null)
{
    public const string Ok = "ok", Duplicate = "duplicate", Failed = "failed";
}
