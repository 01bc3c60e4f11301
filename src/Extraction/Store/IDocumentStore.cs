using Extraction.Extract;

namespace Extraction.Store;

/// <summary>Documents by the sha-256 of their bytes, their pages and tables, every arrival of a file, and the runs that made them.</summary>
public interface IDocumentStore
{
    long StartRun(string command);
    void FinishRun(long run, int files, int ingested, int duplicates, int failed);
    StoredDocument? Find(string sha256);
    List<StoredPage> Pages(string sha256);
    /// <summary>Records a document and its pages and tables in one transaction, replacing an earlier failed attempt.</summary>
    void Save(StoredDocument document, IReadOnlyList<ExtractedPage> pages, IReadOnlyList<ExtractedTable> tables, long run);
    /// <summary>Records many documents in one transaction (a bulk load: benchmarks, imports).</summary>
    void SaveAll(IReadOnlyList<(StoredDocument Document, IReadOnlyList<ExtractedPage> Pages, IReadOnlyList<ExtractedTable> Tables)> documents, long run);
    void RecordArrival(string? sha256, string path, string relativePath, string? region, string status, string? error, long run);
    List<string> ArrivalPaths(string sha256);
    /// <summary>Whether an arrival other than the one at relativePath was ingested with these bytes (so this one is a copy).</summary>
    bool IngestedElsewhere(string sha256, string relativePath);
    bool HasArrival(string sha256, string relativePath);
    /// <summary>The latest arrival of these bytes at this path recorded since a moment (ISO 8601, UTC): what a job killed
    /// after recording it already decided.</summary>
    Arrival? ArrivalSince(string sha256, string relativePath, string since);
    List<Arrival> Arrivals();
    /// <summary>The documents that were read, in the order they were stored, each with the path it first arrived under.</summary>
    List<ReadableDocument> Readable();
}

/// <summary>One arrival of a file: the file as the operator filed it, and what became of it.</summary>
public sealed record Arrival(string File, string? Sha256, string? Region, string Status, string? Error);

/// <summary>A document that was read, with the path it first arrived under (its sha-256 when no arrival names it), and
/// whether any of its pages was OCR'd.</summary>
public sealed record ReadableDocument(string Sha256, string? Region, string File, bool Ocr);
