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
        // The route is found from the end back, so the words starting at a position are tried as they are found,
        // without building the DAG first. A position where no word starts is a word of one character.
        var best = n + 1 <= 512 ? stackalloc double[n + 1] : new double[n + 1];
        var next = n + 1 <= 512 ? stackalloc int[n + 1] : new int[n + 1];
        best[n] = 0;
        double logTotal = Dictionary.LogTotal;
        for (int idx = n - 1; idx >= 0; idx--)
        {
            double bestScore = double.NegativeInfinity;
            int bestEnd = -1;
            int node = 0;
            for (int i = idx; i < n; i++)
            {
                node = Dictionary.Step(node, sentence[i]);
                if (node < 0) break;
                if (Dictionary.NodeFrequency(node) == 0) continue;
                double score = Dictionary.NodeLog(node) - logTotal + best[i + 1];
                if (score > bestScore || (score == bestScore && i > bestEnd)) (bestScore, bestEnd) = (score, i);
            }
            if (bestEnd < 0) (bestScore, bestEnd) = (-logTotal + best[idx + 1], idx);
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
