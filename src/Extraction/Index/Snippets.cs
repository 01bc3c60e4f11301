using Extraction.Chinese;

namespace Extraction.Index;

/// <summary>Builds a snippet and its highlights from a page's stored text and the analyzer's offsets, not from FTS5's
/// highlight(), which would show the space-joined tokens.</summary>
public static class Snippets
{
    const int Width = 90;

    public static (string Snippet, List<int[]> Highlights) Make(string text, ChineseAnalyzer analyzer, SearchQuery query)
    {
        var analyzed = analyzer.Analyze(text);
        var spans = analyzed.Words.Where(t => query.HighlightWords.Contains(t.Text)).Select(t => (t.Start, t.End))
            .Concat(analyzed.Bigrams.Where(t => query.HighlightBigrams.Contains(t.Text)).Select(t => (t.Start, t.End)))
            .OrderBy(s => s.Start).ToList();
        var merged = new List<(int Start, int End)>();
        foreach (var s in spans)
            if (merged.Count > 0 && s.Start <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, s.End));
            else merged.Add(s);

        // The window of the page that holds the most highlighted characters.
        int bestStart = 0, bestCover = -1;
        foreach (var anchor in merged)
        {
            int start = Math.Max(0, anchor.Start - 15);
            int cover = merged.Where(m => m.Start >= start && m.End <= start + Width).Sum(m => m.End - m.Start);
            if (cover > bestCover) (bestStart, bestCover) = (start, cover);
        }
        int end = Math.Min(text.Length, bestStart + Width);
        var snippet = text[bestStart..end].Replace('\n', ' ').Replace('\t', ' ');
        var highlights = merged.Where(m => m.Start >= bestStart && m.End <= end).Select(m => new[] { m.Start - bestStart, m.End - bestStart }).ToList();
        return (snippet, highlights);
    }
}
