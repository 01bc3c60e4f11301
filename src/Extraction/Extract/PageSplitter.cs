namespace Extraction.Extract;

/// <summary>Cuts flowing text into pages of at most a given length, at a line break (or failing that a sentence end or
/// a space) in the page's last fifth, so no page is unbounded and few words are cut in two.</summary>
public static class PageSplitter
{
    static readonly char[] SentenceEnds = ['。', '！', '？', '；', '.', '!', '?', ';'];

    public static IEnumerable<string> Split(string text, int maxChars)
    {
        int start = 0;
        while (text.Length - start > maxChars)
        {
            int end = start + maxChars, earliest = start + maxChars * 4 / 5;
            int cut = Last(text, ['\n'], earliest, end);
            if (cut < 0) cut = Last(text, SentenceEnds, earliest, end);
            if (cut < 0) cut = Last(text, [' ', '\t'], earliest, end);
            // Keep a surrogate pair whole when the cut falls between its halves.
            int next = cut >= 0 ? cut + 1 : char.IsHighSurrogate(text[end - 1]) ? end - 1 : end;
            yield return text[start..next];
            start = next;
        }
        yield return text[start..];
    }

    static int Last(string text, char[] any, int from, int to)
    {
        int i = text.LastIndexOfAny(any, to - 1, to - from);
        return i >= from ? i : -1;
    }
}
