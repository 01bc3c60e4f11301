namespace Extraction.Understand;

/// <summary>The same text in another form (a Word file and its scan) counts once: documents whose Han text shares
/// most of its five-character shingles are near-duplicates. OCR errors change a few shingles, not most.</summary>
public static class NearDuplicates
{
    const int Shingle = 5;

    /// <summary>For each document that repeats an earlier one (in the order given), the earlier one's key.</summary>
    public static Dictionary<string, string> Find(IReadOnlyList<(string Key, string Text)> documents, double threshold = 0.8)
    {
        var sets = documents.Select(d => (d.Key, Set: Shingles(d.Text))).Where(d => d.Set.Count >= 10).ToList();
        var duplicates = new Dictionary<string, string>();
        for (int i = 0; i < sets.Count; i++)
        {
            if (duplicates.ContainsKey(sets[i].Key)) continue;
            for (int j = i + 1; j < sets.Count; j++)
            {
                if (duplicates.ContainsKey(sets[j].Key)) continue;
                var (a, b) = (sets[i].Set, sets[j].Set);
                // Sizes alone can rule a pair out.
                if (Math.Min(a.Count, b.Count) < threshold * Math.Max(a.Count, b.Count)) continue;
                int common = a.Count < b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
                if (common / (double)(a.Count + b.Count - common) >= threshold) duplicates[sets[j].Key] = sets[i].Key;
            }
        }
        return duplicates;
    }

    static HashSet<int> Shingles(string text)
    {
        var han = new string(text.Where(c => c is >= '\u4e00' and <= '\u9fff').ToArray());
        var set = new HashSet<int>();
        for (int i = 0; i + Shingle <= han.Length; i++) set.Add(string.GetHashCode(han.AsSpan(i, Shingle)));
        return set;
    }
}
