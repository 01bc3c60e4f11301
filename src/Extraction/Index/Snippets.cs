using Extraction.Chinese;

namespace Extraction.Index;

/// <summary>Builds a snippet and its highlights from a page's stored text and the analyzer's offsets, not from FTS5's
/// highlight(), which would show the space-joined tokens. Only a window of the page is analyzed, wherever the query's
/// words stand densest, so the cost does not grow with the page.</summary>
public static class Snippets
{
    const int Width = 90, Lead = 15;
    // Occurrences looked at per term: enough to find the densest window, bounded on a page full of one word.
    const int MaxOccurrences = 256;

    public static (string Snippet, List<int[]> Highlights) Make(string text, ChineseAnalyzer analyzer, SearchQuery query)
    {
        int windowStart = DensestWindow(text, query.HighlightWords.Concat(query.HighlightBigrams));
        // A margin either side lets the analyzer see whole words at the window's edges.
        int from = Math.Max(0, windowStart - Width), to = Math.Min(text.Length, windowStart + 2 * Width);
        var part = text[from..to];
        var analyzed = analyzer.Analyze(part);
        var spans = analyzed.Words.Where(t => query.HighlightWords.Contains(t.Text)).Select(t => (Start: t.Start + from, End: t.End + from))
            .Concat(analyzed.Bigrams.Where(t => query.HighlightBigrams.Contains(t.Text)).Select(t => (Start: t.Start + from, End: t.End + from)))
            .OrderBy(s => s.Start).ToList();
        var merged = new List<(int Start, int End)>();
        foreach (var s in spans)
            if (merged.Count > 0 && s.Start <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, s.End));
            else merged.Add(s);

        // The window that holds the most highlighted characters.
        int bestStart = windowStart, bestCover = -1;
        foreach (var anchor in merged)
        {
            int start = Math.Max(0, anchor.Start - Lead);
            int cover = merged.Where(m => m.Start >= start && m.End <= start + Width).Sum(m => m.End - m.Start);
            if (cover > bestCover) (bestStart, bestCover) = (start, cover);
        }
        int end = Math.Min(text.Length, bestStart + Width);
        var snippet = text[bestStart..end].Replace('\n', ' ').Replace('\t', ' ');
        var highlights = merged.Where(m => m.Start >= bestStart && m.End <= end).Select(m => new[] { m.Start - bestStart, m.End - bestStart }).ToList();
        return (snippet, highlights);
    }

    /// <summary>Where the snippet window should start: found by plain substring search, which is linear and cheap,
    /// at the occurrence with the most query characters in the window after it.</summary>
    static int DensestWindow(string text, IEnumerable<string> terms)
    {
        var hits = new List<(int Start, int Length)>();
        foreach (var term in terms.Where(t => t.Length > 0))
            for (int i = text.IndexOf(term, StringComparison.OrdinalIgnoreCase), n = 0; i >= 0 && n < MaxOccurrences; i = text.IndexOf(term, i + term.Length, StringComparison.OrdinalIgnoreCase), n++)
                hits.Add((i, term.Length));
        if (hits.Count == 0) return 0;
        hits.Sort();
        int best = 0, bestCover = -1;
        for (int first = 0; first < hits.Count; first++)
        {
            int start = Math.Max(0, hits[first].Start - Lead), cover = 0;
            for (int j = first; j < hits.Count && hits[j].Start + hits[j].Length <= start + Width; j++) cover += hits[j].Length;
            if (cover > bestCover) (best, bestCover) = (start, cover);
        }
        return best;
    }
}
