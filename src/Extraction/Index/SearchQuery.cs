using System.Text;
using System.Text.RegularExpressions;
using Extraction.Chinese;

namespace Extraction.Index;

/// <summary>A reviewer's query — terms separated by spaces (all must match), "quoted phrases", OR, NOT or a leading minus —
/// turned into an FTS5 expression over the words and bigrams columns, with the words and bigrams to highlight.</summary>
public sealed partial class SearchQuery
{
    public string Expression { get; }
    /// <summary>The same query on the words column alone: cheap, and enough when it finds a page-full of hits.</summary>
    public string WordsFirst { get; }
    public IReadOnlySet<string> HighlightWords { get; }
    public IReadOnlySet<string> HighlightBigrams { get; }

    SearchQuery(string expression, string wordsFirst, HashSet<string> words, HashSet<string> bigrams) =>
        (Expression, WordsFirst, HighlightWords, HighlightBigrams) = (expression, wordsFirst, words, bigrams);

    public static SearchQuery Parse(string query, ChineseAnalyzer analyzer)
    {
        var parts = new List<string>();
        var wordParts = new List<string>();
        var words = new HashSet<string>();
        var bigrams = new HashSet<string>();
        string? pendingOperator = null;
        foreach (Match m in Part().Matches(query))
        {
            var raw = m.Value;
            if (raw is "OR" or "AND" or "NOT") { pendingOperator = raw; continue; }
            bool negated = raw.StartsWith('-') && raw.Length > 1;
            var term = (negated ? raw[1..] : raw).Trim('"');
            bool excluded = negated || pendingOperator == "NOT";
            var clause = Term(term, analyzer, excluded ? null : words, excluded ? null : bigrams);
            if (clause is null) continue;
            if (parts.Count > 0)
            {
                var op = excluded ? "NOT" : pendingOperator == "OR" ? "OR" : "AND";
                parts.Add(op);
                wordParts.Add(op);
            }
            parts.Add(clause.Value.Full);
            // What is excluded stays excluded in full: NOT on words alone would let bigram matches through.
            wordParts.Add(excluded ? clause.Value.Full : clause.Value.Words);
            pendingOperator = null;
        }
        return new SearchQuery(string.Join(' ', parts), string.Join(' ', wordParts), words, bigrams);
    }

    /// <summary>A clause that matches a page whose words hold the term's words close together, or whose bigrams hold the
    /// term's characters in a row (OCR splits words the dictionary would join). One character matches any bigram it starts.</summary>
    static (string Full, string Words)? Term(string term, ChineseAnalyzer analyzer, HashSet<string>? words, HashSet<string>? bigrams)
    {
        var normalized = TextNormalizer.Normalize(term, false).Replace(" ", "");
        var termWords = analyzer.QueryWords(normalized);
        if (termWords.Count == 0) return null;
        var termBigrams = ChineseAnalyzer.Bigrams(normalized).Select(b => b.Text).ToList();
        words?.UnionWith(termWords);
        bigrams?.UnionWith(termBigrams);
        var sb = new StringBuilder("(");
        sb.Append(Near(termWords));
        var wordsOnly = $"({Near(termWords)})";
        // A compound the lexicon keeps whole (培训总结) also matches its parts close together (培训班总结).
        var parts = Parts(termWords, analyzer);
        if (!parts.SequenceEqual(termWords)) sb.Append(" OR ").Append(Near(parts));
        // A domain term the lexicon keeps whole is cut the same on every page, so its word alone finds it; the bigram
        // phrase (costly on common terms) is for words that pages may cut otherwise.
        bool lexiconTerm = termWords.Count == 1 && analyzer.Lexicon.Terms.Contains(normalized);
        if (termBigrams.Count > 0 && !lexiconTerm) sb.Append($" OR bigrams : {Quote(string.Join(' ', termBigrams))}");
        else if (normalized.Length == 1 && ChineseAnalyzer.IsHan(normalized[0])) sb.Append($" OR bigrams : {Quote(normalized)}*");
        return (sb.Append(')').ToString(), wordsOnly);
    }

    static string Near(List<string> words) =>
        words.Count == 1 ? $"words : {Quote(words[0])}" : $"words : NEAR({string.Join(' ', words.Select(Quote))}, {words.Count + 2})";

    // Each long word replaced by the dictionary words inside it, when they cover it end to end.
    static List<string> Parts(List<string> words, ChineseAnalyzer analyzer)
    {
        var parts = new List<string>();
        foreach (var word in words)
        {
            var inner = analyzer.Segmenter.CutForSearch(word).Where(t => t.Text.Length >= 2 && t.Text.Length < word.Length).OrderBy(t => t.Start).ToList();
            var tiling = new List<string>();
            int at = 0;
            foreach (var t in inner)
                if (t.Start == at) { tiling.Add(t.Text); at = t.End; }
            if (word.Length > 2 && at == word.Length && tiling.Count > 1) parts.AddRange(tiling);
            else parts.Add(word);
        }
        return parts;
    }

    static string Quote(string s) => "\"" + s.Replace("\"", "\"\"") + "\"";

    [GeneratedRegex("\"[^\"]+\"|\\S+")] private static partial Regex Part();
}
