using Extraction.Extract.Layout;

namespace Extraction.Extract.Scan;

/// <summary>A table cell that holds only a 1 (a score, a 分值), as Tesseract's Chinese model reads it in a stack of cells:
/// unsure, as l, ll, i, jl or ], which the stack's reading would drop as Latin junk. Such a word alone in its cell, as tall
/// as the stack's digits and as wide as the 1s read in it, is the 1 (two ones when twice as wide); any other unsure
/// lookalike is junk. A 7 read so is wider than a 1 (18 px against 13–15 at 300 dpi on the fifth batch of self-report
/// scans, where a lost score cell was mostly such a 1).</summary>
public static class LoneOnes
{
    /// <summary>The confidence of a word Tesseract is sure of.</summary>
    public const double Sure = 0.8;
    const double MinHeight = 0.8, MaxHeight = 1.25, MinWidth = 0.6, MaxWidth = 1.15, MinTwoOnes = 1.7, MaxTwoOnes = 2.3;

    /// <summary>Whether an unsure word could be a misread 1, so that the stack's reading keeps it for <see cref="Mend"/>.</summary>
    public static bool MayBeOne(string text) => text.Length is 1 or 2 && text.All(c => "lIij|[]!".Contains(c));

    /// <summary>The words of a stack by cell, each unsure lookalike that stands alone in its cell with a 1's size read as 1
    /// (or 11), the other unsure lookalikes left out.</summary>
    public static List<(int Part, Word Word)> Mend(IReadOnlyList<(int Part, Word Word)> found)
    {
        var words = found.Select(x => x.Word).ToList();
        double? digitHeight = Median(words.Where(w => w.Confidence >= Sure && w.Text.Length > 0 && w.Text.All(char.IsAsciiDigit)).Select(Height));
        double? oneWidth = digitHeight is { } dh ? Median(words.Where(w => w.Text == "1" && DigitTall(w, dh)).Select(w => w.Right - w.Left)) : null;
        var alone = found.GroupBy(x => x.Part).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet();
        var mended = new List<(int, Word)>(found.Count);
        foreach (var (part, word) in found)
        {
            if (word.Confidence >= Sure || !MayBeOne(word.Text)) { mended.Add((part, word)); continue; }
            if (digitHeight is not { } height || oneWidth is not { } one || !alone.Contains(part) || !DigitTall(word, height)) continue;
            double ones = (word.Right - word.Left) / one;
            if (ones is >= MinWidth and <= MaxWidth) mended.Add((part, word with { Text = "1" }));
            else if (ones is >= MinTwoOnes and <= MaxTwoOnes) mended.Add((part, word with { Text = "11" }));
        }
        return mended;
    }

    static bool DigitTall(Word w, double digitHeight) => Height(w) >= MinHeight * digitHeight && Height(w) <= MaxHeight * digitHeight;

    static double Height(Word w) => w.Bottom - w.Top;

    static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count > 0 ? sorted[sorted.Count / 2] : null;
    }
}
