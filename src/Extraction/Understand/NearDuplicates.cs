namespace Extraction.Understand;

/// <summary>The same text in another form (a Word file and its scan) counts once: documents whose Han text shares
/// most of its five-character shingles are near-duplicates. OCR errors change a few shingles, not most.</summary>
public static class NearDuplicates
{
    const int Shingle = 5;
    public const int Fewest = 10;
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

    internal static bool Repeats(HashSet<int> a, HashSet<int> b, double threshold)
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
