using System.Text;
using System.Text.RegularExpressions;
using Extraction.Chinese;
using Extraction.Store;

namespace Extraction.Index;

/// <summary>A reviewer's query — terms separated by spaces (all must match), "quoted phrases", OR, NOT or a leading minus —
/// turned into alternatives over the index's words and bigrams, with the words and bigrams to highlight.</summary>
public sealed partial class SearchQuery
{
    /// <summary>The whole query: every term's words, its compound's parts and its bigrams.</summary>
    public TextQuery Full { get; }
    /// <summary>The same query on the words alone (what is excluded stays whole): cheap, and enough when it finds a page-full of hits.</summary>
    public TextQuery WordsFirst { get; }
    public IReadOnlySet<string> HighlightWords { get; }
    public IReadOnlySet<string> HighlightBigrams { get; }
    /// <summary>The query in FTS5's syntax, as the SQLite index runs it.</summary>
    public string Expression => SqliteSearchIndex.Fts5(Full);

    SearchQuery(TextQuery full, TextQuery wordsFirst, HashSet<string> words, HashSet<string> bigrams) =>
        (Full, WordsFirst, HighlightWords, HighlightBigrams) = (full, wordsFirst, words, bigrams);

    public static SearchQuery Parse(string query, ChineseAnalyzer analyzer)
    {
        var clauses = new List<TextClause>();
        var wordClauses = new List<TextClause>();
        bool narrower = false;
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
            var alternatives = Term(term, analyzer, excluded ? null : words, excluded ? null : bigrams);
            if (alternatives is null) continue;
            string? op = clauses.Count == 0 ? null : excluded ? "NOT" : pendingOperator == "OR" ? "OR" : "AND";
            clauses.Add(new TextClause(op, alternatives));
            // What is excluded stays excluded in full: NOT on words alone would let bigram matches through.
            wordClauses.Add(new TextClause(op, excluded ? alternatives : [alternatives[0]]));
            narrower |= !excluded && alternatives.Count > 1;
            pendingOperator = null;
        }
        var full = new TextQuery(clauses);
        return new SearchQuery(full, narrower ? new TextQuery(wordClauses) : full, words, bigrams);
    }

    /// <summary>The alternatives that match a page whose words hold the term's words close together, or whose bigrams hold the
    /// term's characters in a row (OCR splits words the dictionary would join). One character matches any bigram it starts.</summary>
    static List<TextMatch>? Term(string term, ChineseAnalyzer analyzer, HashSet<string>? words, HashSet<string>? bigrams)
    {
        var normalized = TextNormalizer.Normalize(term, false).Replace(" ", "");
        var termWords = analyzer.QueryWords(normalized);
        if (termWords.Count == 0) return null;
        var termBigrams = ChineseAnalyzer.Bigrams(normalized).Select(b => b.Text).ToList();
        words?.UnionWith(termWords);
        bigrams?.UnionWith(termBigrams);
        var alternatives = new List<TextMatch> { new(IndexColumn.Words, MatchKind.Near, termWords) };
        // A compound the lexicon keeps whole (培训总结) also matches its parts close together (培训班总结).
        var parts = Parts(termWords, analyzer);
        if (!parts.SequenceEqual(termWords)) alternatives.Add(new(IndexColumn.Words, MatchKind.Near, parts));
        // A domain term the lexicon keeps whole is cut the same on every page, so its word alone finds it; the bigram
        // phrase (costly on common terms) is for words that pages may cut otherwise.
        bool lexiconTerm = termWords.Count == 1 && analyzer.Lexicon.Terms.Contains(normalized);
        if (termBigrams.Count > 0 && !lexiconTerm) alternatives.Add(new(IndexColumn.Bigrams, MatchKind.Phrase, termBigrams));
        else if (normalized.Length == 1 && ChineseAnalyzer.IsHan(normalized[0])) alternatives.Add(new(IndexColumn.Bigrams, MatchKind.Prefix, [normalized]));
        return alternatives;
    }

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

    [GeneratedRegex("\"[^\"]+\"|\\S+")] private static partial Regex Part();
}
