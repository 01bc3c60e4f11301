using Extraction.Store;

namespace Extraction.Understand;

/// <summary>New documents looked up, in the order given, among their region's originals: those stored in the index and
/// those of this batch that repeat none. Only originals sharing one of the text's rarest shingles are compared, so a new
/// document costs the same however large its region: an original holding at least the threshold's part of the shingles
/// must hold one of any (1 − threshold) part + 1 of them. The batch's originals are written in one transaction at the end.</summary>
public sealed class NearDuplicateBatch(INearDuplicateIndex index, Func<string, int?> rank, double threshold = NearDuplicates.Threshold)
{
    sealed record Original(string Sha256, HashSet<int> Shingles);

    readonly Dictionary<string, Dictionary<int, List<Original>>> added = [];
    readonly List<(string Sha256, string? Region, HashSet<int> Shingles)> toWrite = [];

    /// <summary>The earliest (by rank) original this text repeats, or null, and then the text is an original itself.
    /// An original without a rank (no longer readable) is passed over.</summary>
    public string? OriginalOf(string sha256, string? region, string text)
    {
        var set = NearDuplicates.Shingles(text);
        if (set.Count < NearDuplicates.Fewest) return null;
        var here = added.TryGetValue(region ?? "", out var h) ? h : [];
        var stored = index.Frequencies(region, set);
        int Frequency(int hash) => stored.GetValueOrDefault(hash) + (here.TryGetValue(hash, out var list) ? list.Count : 0);
        int needed = set.Count - (int)Math.Floor(threshold * set.Count) + 1;
        var rarest = set.OrderBy(Frequency).ThenBy(x => x).Take(needed).Where(x => Frequency(x) > 0).ToList();

        var storedRarest = rarest.Where(stored.ContainsKey).ToList();
        var candidates = (storedRarest.Count == 0 ? [] : index.Holding(region, storedRarest))
            // Sizes alone can rule an original out before its shingles are read.
            .Where(d => Fits(d.Shingles, set.Count))
            .Select(d => (d.Sha256, Shingles: new Lazy<HashSet<int>>(() => index.ShinglesOf(d.Sha256))))
            .Concat(rarest.SelectMany(x => here.GetValueOrDefault(x) ?? []).Distinct().Where(o => Fits(o.Shingles.Count, set.Count))
                .Select(o => (o.Sha256, Shingles: new Lazy<HashSet<int>>(o.Shingles))));
        var original = candidates.Where(c => rank(c.Sha256) is not null).OrderBy(c => rank(c.Sha256))
            .FirstOrDefault(c => NearDuplicates.Repeats(set, c.Shingles.Value, threshold)).Sha256;
        if (original is null) Add(sha256, region, set);
        return original;
    }

    /// <summary>Writes the batch's originals into the index.</summary>
    public void Save()
    {
        if (toWrite.Count > 0) index.AddAll(toWrite);
        toWrite.Clear();
    }

    bool Fits(int count, int other) => Math.Min(count, other) >= threshold * Math.Max(count, other);

    void Add(string sha256, string? region, HashSet<int> set)
    {
        if (!added.TryGetValue(region ?? "", out var here)) added[region ?? ""] = here = [];
        var original = new Original(sha256, set);
        foreach (var x in set)
        {
            if (!here.TryGetValue(x, out var list)) here[x] = list = [];
            list.Add(original);
        }
        toWrite.Add((sha256, region, set));
    }
}
