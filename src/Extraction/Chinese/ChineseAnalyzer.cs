namespace Extraction.Chinese;

/// <summary>What the analyzer makes of a text: words (search-mode segmentation) and overlapping Han bigrams, each with its offsets.</summary>
public sealed record AnalyzedText(IReadOnlyList<Token> Words, IReadOnlyList<Token> Bigrams);

/// <summary>The one analysis chain, for documents and queries alike:
/// normalize (NFKC, half-width, OCR spacing) → segment with jieba's algorithm over its dictionary and the domain
/// lexicon (search mode) → keep the tokens that carry letters, digits or Han → add overlapping Han bigrams, for
/// recall on OCR errors and words no dictionary holds. No stemming or stop words: Chinese has no inflection, and
/// the short function words are left to bm25's weighting.</summary>
public sealed class ChineseAnalyzer
{
    public Segmenter Segmenter { get; }
    public DomainLexicon Lexicon { get; }

    public ChineseAnalyzer(DomainLexicon lexicon)
    {
        var dictionary = JiebaDictionary.LoadDefault();
        lexicon.AddTo(dictionary);
        Segmenter = new Segmenter(dictionary);
        Lexicon = lexicon;
    }

    /// <summary>Analyzes text already normalized (stored page text); offsets point into it.</summary>
    public AnalyzedText Analyze(string normalized)
    {
        var words = Segmenter.CutForSearch(normalized).Where(t => t.Text.Any(char.IsLetterOrDigit))
            .Select(t => t with { Text = t.Text.ToLowerInvariant() }).ToList();
        return new AnalyzedText(words, Bigrams(normalized));
    }

    /// <summary>Normalizes a query the way pages were, then analyzes it.</summary>
    public AnalyzedText AnalyzeQuery(string query) => Analyze(TextNormalizer.Normalize(query, joinWrappedLines: false));

    /// <summary>Accurate-mode words of a query term (no sub-words), for phrase matching.</summary>
    public List<string> QueryWords(string term) =>
        Segmenter.Cut(TextNormalizer.Normalize(term, false)).Select(t => t.Text.ToLowerInvariant()).Where(t => t.Any(char.IsLetterOrDigit)).ToList();

    /// <summary>Pairs of Han characters in a row; quotes and punctuation between two (“铁拳”行动) do not break the row,
    /// so a query for 铁拳行动 still finds it.</summary>
    public static List<Token> Bigrams(string text)
    {
        var grams = new List<Token>();
        int previous = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsHan(c))
            {
                if (previous >= 0) grams.Add(new Token(string.Concat(text[previous], c), previous, i + 1));
                previous = i;
            }
            else if (previous >= 0 && (i - previous > 2 || !char.IsPunctuation(c))) previous = -1;
        }
        return grams;
    }

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';
}
