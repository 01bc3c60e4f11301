namespace Extraction.Store;

/// <summary>What each document is, as understanding last read it, and with which understanding.</summary>
public interface IFactStore
{
    List<StoredFacts> All();
    /// <summary>Writes the facts of some documents in one transaction, each marked with the understanding that read it.</summary>
    void Save(IReadOnlyList<StoredFacts> facts);
}

/// <summary>One document's facts as columns: dates as yyyy-MM-dd, lists as JSON; UnderstoodWith names the understanding
/// (its version and the pipeline) that read them, so a change re-reads only what it affects.</summary>
public sealed record StoredFacts(string Sha256, string Type, string? Issuer, string? DocNumber, string? Title, string? Addressee, string? Date,
    string? PrintedDate, string AttachmentsJson, string? IssuerRegion, string FlagsJson, string? AsReadJson, string? UnderstoodWith);
