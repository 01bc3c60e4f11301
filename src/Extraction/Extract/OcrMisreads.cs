using System.Text.RegularExpressions;

namespace Extraction.Extract;

/// <summary>Latin glyphs Tesseract's Chinese model puts in place of digits in enumeration marks: "(1)" at the start of a
/// line comes out as "(D)" or "(D" (the "1)" read as one "D"), "(I)" or "(l)". Such a word stands for the digit.</summary>
public static partial class OcrMisreads
{
    static readonly Dictionary<char, char> DigitLookalikes = new()
    {
        ['D'] = '1', ['I'] = '1', ['l'] = '1', ['|'] = '1', ['i'] = '1', ['Z'] = '2', ['z'] = '2', ['S'] = '5', ['O'] = '0', ['o'] = '0', ['B'] = '8',
    };

    /// <summary>The word with a misread enumeration mark restored, or the word itself.</summary>
    public static string Mend(string word)
    {
        var m = Enumeration().Match(word);
        if (!m.Success || !DigitLookalikes.TryGetValue(m.Groups[2].Value[0], out var digit)) return word;
        return $"{m.Groups[1].Value}{digit}{(m.Groups[3].Value.Length > 0 ? m.Groups[3].Value : ")")}{m.Groups[4].Value}";
    }

    // An opening bracket, one lookalike glyph, the closing bracket if it survived, and whatever Chinese follows.
    [GeneratedRegex(@"^([(（])([DIl|iZzSOoB])([)）]?)(\p{IsCJKUnifiedIdeographs}*)$")]
    private static partial Regex Enumeration();
}
