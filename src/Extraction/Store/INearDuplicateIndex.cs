namespace Extraction.Store;

/// <summary>The shingles of each region's originals (documents that repeat no earlier one), and in how many originals of
/// the region each shingle occurs, so that a new document is compared only with the few originals it could repeat.</summary>
public interface INearDuplicateIndex
{
    /// <summary>In how many of the region's originals each of these shingles occurs; a shingle in none is left out.</summary>
    Dictionary<int, int> Frequencies(string? region, IReadOnlyCollection<int> shingles);
    /// <summary>The region's originals holding any of these shingles, each with how many shingles it has.</summary>
    List<ShingledDocument> Holding(string? region, IReadOnlyCollection<int> shingles);
    HashSet<int> ShinglesOf(string sha256);
    /// <summary>Records documents as originals of their regions, in one transaction.</summary>
    void AddAll(IReadOnlyList<(string Sha256, string? Region, HashSet<int> Shingles)> documents);
    /// <summary>Takes documents out of the index (they are being read again).</summary>
    void Forget(IReadOnlyCollection<string> sha256s);
}

public sealed record ShingledDocument(string Sha256, int Shingles);
