using System.Text.RegularExpressions;

namespace Extraction.Chinese;

/// <summary>jieba's segmentation without HMM: for each run of Han, letters and digits, the DAG of dictionary words
/// starting at each character, then the route of maximum log-probability from the end back (ties to the longer
/// word, as Python's max over tuples does). Search mode also emits a long word's dictionary sub-words.</summary>
public sealed partial class Segmenter(JiebaDictionary dictionary)
{
    public JiebaDictionary Dictionary { get; } = dictionary;

    /// <summary>Accurate mode: every character of the text lands in exactly one token.</summary>
    public List<Token> Cut(string text)
    {
        var tokens = new List<Token>();
        int at = 0;
        foreach (Match block in HanBlock().Matches(text))
        {
            for (int i = at; i < block.Index; i++) tokens.Add(new Token(text[i].ToString(), i, i + 1));
            CutBlock(text, block.Index, block.Index + block.Length, tokens);
            at = block.Index + block.Length;
        }
        for (int i = at; i < text.Length; i++)
        {
            // Outside Han blocks jieba keeps "\r\n" together and every other character alone.
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { tokens.Add(new Token("\r\n", i, i + 2)); i++; }
            else tokens.Add(new Token(text[i].ToString(), i, i + 1));
        }
        return tokens;
    }

    /// <summary>Search mode: accurate tokens, each preceded by the dictionary words of two and three characters inside it.</summary>
    public List<Token> CutForSearch(string text)
    {
        var result = new List<Token>();
        foreach (var token in Cut(text))
        {
            int n = token.Text.Length;
            for (int size = 2; size <= 3; size++)
                if (n > size)
                    for (int i = 0; i + size <= n; i++)
                    {
                        var gram = token.Text.Substring(i, size);
                        if (Dictionary.IsWord(gram)) result.Add(new Token(gram, token.Start + i, token.Start + i + size));
                    }
            result.Add(token);
        }
        return result;
    }

    void CutBlock(string text, int from, int to, List<Token> tokens)
    {
        var sentence = text.AsSpan(from, to - from);
        int n = sentence.Length;
        var dag = new List<int>[n];
        for (int k = 0; k < n; k++)
        {
            var ends = new List<int>(4);
            for (int i = k; i < n; i++)
            {
                var f = Dictionary.Frequency(sentence[k..(i + 1)]);
                if (f is null) break;
                if (f > 0) ends.Add(i);
            }
            if (ends.Count == 0) ends.Add(k);
            dag[k] = ends;
        }
        var best = new double[n + 1];
        var next = new int[n + 1];
        double logTotal = Dictionary.LogTotal;
        for (int idx = n - 1; idx >= 0; idx--)
        {
            double bestScore = double.NegativeInfinity;
            int bestEnd = -1;
            foreach (var x in dag[idx])
            {
                double score = Math.Log(Math.Max(1, Dictionary.Frequency(sentence[idx..(x + 1)]) ?? 1)) - logTotal + best[x + 1];
                if (score > bestScore || (score == bestScore && x > bestEnd)) (bestScore, bestEnd) = (score, x);
            }
            best[idx] = bestScore;
            next[idx] = bestEnd;
        }
        // Single ASCII letters and digits in a row are joined back into one token, as jieba does.
        int bufferStart = -1;
        for (int x = 0; x < n;)
        {
            int y = next[x] + 1;
            if (y - x == 1 && char.IsAsciiLetterOrDigit(sentence[x]))
            {
                if (bufferStart < 0) bufferStart = x;
            }
            else
            {
                if (bufferStart >= 0) { tokens.Add(new Token(sentence[bufferStart..x].ToString(), from + bufferStart, from + x)); bufferStart = -1; }
                tokens.Add(new Token(sentence[x..y].ToString(), from + x, from + y));
            }
            x = y;
        }
        if (bufferStart >= 0) tokens.Add(new Token(sentence[bufferStart..].ToString(), from + bufferStart, from + n));
    }

    [GeneratedRegex(@"[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+")] private static partial Regex HanBlock();
}
