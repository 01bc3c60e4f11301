using Extraction.Store;

namespace Extraction.Understand;

/// <summary>The same text in another form (a Word file and its scan) counts once: documents whose Han text shares
/// most of its five-character shingles are near-duplicates. OCR errors change a few shingles, not most.</summary>
public static class NearDuplicates
{
    const int Shingle = 5, Fewest = 10;
    public const double Threshold = 0.8;

    /// <summary>For each document that repeats an earlier one (in the order given), the earlier one's key.</summary>
    public static Dictionary<string, string> Find(IReadOnlyList<(string Key, string Text)> documents, double threshold = Threshold)
    {
        var sets = documents.Select(d => (d.Key, Set: Shingles(d.Text))).Where(d => d.Set.Count >= Fewest).ToList();
        var duplicates = new Dictionary<string, string>();
        for (int i = 0; i < sets.Count; i++)
        {
            if (duplicates.ContainsKey(sets[i].Key)) continue;
            for (int j = i + 1; j < sets.Count; j++)
            {
                if (duplicates.ContainsKey(sets[j].Key)) continue;
                if (Repeats(sets[j].Set, sets[i].Set, threshold)) duplicates[sets[j].Key] = sets[i].Key;
            }
        }
        return duplicates;
    }

    /// <summary>The earliest (by rank) of the region's indexed originals that this text repeats, or null; a text that
    /// repeats none is indexed as an original itself. Only originals sharing one of the text's rarest shingles are
    /// compared: one that shares at least the threshold's part of them must hold one of any (1 − threshold) part + 1.
    /// An original without a rank (no longer readable) is passed over.</summary>
    public static string? OriginalOf(INearDuplicateIndex index, string sha256, string? region, string text, Func<string, int?> rank, double threshold = Threshold)
    {
        var set = Shingles(text);
        if (set.Count < Fewest) return null;
        var frequency = index.Frequencies(region, set);
        int needed = set.Count - (int)Math.Floor(threshold * set.Count) + 1;
        var rarest = set.OrderBy(h => frequency.GetValueOrDefault(h)).ThenBy(h => h).Take(needed).Where(frequency.ContainsKey).ToList();
        var original = rarest.Count == 0 ? null : index.Holding(region, rarest)
            // Sizes alone can rule an original out before its shingles are read.
            .Where(d => Math.Min(d.Shingles, set.Count) >= threshold * Math.Max(d.Shingles, set.Count))
            .Where(d => rank(d.Sha256) is not null)
            .OrderBy(d => rank(d.Sha256))
            .FirstOrDefault(d => Repeats(set, index.ShinglesOf(d.Sha256), threshold))?.Sha256;
        if (original is null) index.Add(sha256, region, set);
        return original;
    }

    static bool Repeats(HashSet<int> a, HashSet<int> b, double threshold)
    {
        if (Math.Min(a.Count, b.Count) < threshold * Math.Max(a.Count, b.Count)) return false;
        int common = a.Count < b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return common / (double)(a.Count + b.Count - common) >= threshold;
    }

    /// <summary>The text's Han shingles as hashes that stay the same from one process to the next (they are stored).</summary>
    public static HashSet<int> Shingles(string text)
    {
        var han = text.Where(c => c is >= '\u4e00' and <= '\u9fff').ToArray();
        var set = new HashSet<int>();
        for (int i = 0; i + Shingle <= han.Length; i++)
        {
            // FNV-1a over the shingle's characters.
            uint hash = 2166136261;
            for (int k = i; k < i + Shingle; k++) hash = (hash ^ han[k]) * 16777619;
            set.Add(unchecked((int)hash));
        }
        return set;
    }
}
