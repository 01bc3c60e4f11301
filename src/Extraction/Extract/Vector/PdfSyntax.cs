using System.Globalization;
using System.Text;

namespace Extraction.Extract.Vector;

/// <summary>A reference to an indirect object.</summary>
public readonly record struct PdfRef(int Number);

/// <summary>A PDF name (without its slash).</summary>
public readonly record struct PdfName(string Value);

/// <summary>Reads PDF objects (numbers, names, strings, arrays, dictionaries, references) and content-stream operators
/// from a Latin-1 view of the bytes, one byte a character. Content streams hold no references, so they are read
/// without looking for any.</summary>
public sealed class PdfSyntax(string text, int position = 0, bool references = true)
{
    public int Position { get; set; } = position;
    public bool AtEnd { get { SkipBlank(); return Position >= text.Length; } }

    public static string Latin1(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);

    /// <summary>The next object; a bare word (an operator, or true/false/null) comes back as a string.</summary>
    public object? Next()
    {
        SkipBlank();
        if (Position >= text.Length) return null;
        char c = text[Position];
        switch (c)
        {
            case '/':
                int start = ++Position;
                while (Position < text.Length && !IsDelimiter(text[Position]) && !IsBlank(text[Position])) Position++;
                return new PdfName(text[start..Position]);
            case '(': return LiteralString();
            case '<' when Position + 1 < text.Length && text[Position + 1] == '<':
                Position += 2;
                return Dictionary();
            case '<':
                int end = text.IndexOf('>', Position);
                if (end < 0) end = text.Length - 1;
                Position = end + 1;
                return "";
            case '[':
                Position++;
                var list = new List<object?>();
                while (!AtEnd && text[Position] != ']') list.Add(Next());
                Position++;
                return list;
            case ']' or '>' or ')' or '{' or '}':
                Position++;
                return Next();
        }
        int wordStart = Position;
        while (Position < text.Length && !IsDelimiter(text[Position]) && !IsBlank(text[Position])) Position++;
        var span = text.AsSpan(wordStart, Position - wordStart);
        if (span.Length > 0 && (char.IsAsciiDigit(span[0]) || span[0] is '-' or '+' or '.'))
        {
            if (!double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return 0.0;
            if (!references) return number;
            var word = span.ToString();
            // "12 0 R" is a reference: look ahead without consuming anything else.
            int save = Position;
            if (word.All(char.IsAsciiDigit) && Word() is { } generation && generation.All(char.IsAsciiDigit) && Word() == "R") return new PdfRef(int.Parse(word, CultureInfo.InvariantCulture));
            Position = save;
            return number;
        }
        return span.ToString();
    }

    string? Word()
    {
        SkipBlank();
        int start = Position;
        while (Position < text.Length && !IsDelimiter(text[Position]) && !IsBlank(text[Position])) Position++;
        return Position > start ? text[start..Position] : null;
    }

    Dictionary<string, object?> Dictionary()
    {
        var dict = new Dictionary<string, object?>();
        while (true)
        {
            SkipBlank();
            if (Position >= text.Length) return dict;
            if (text[Position] == '>') { Position = Math.Min(text.Length, Position + 2); return dict; }
            if (Next() is not PdfName key) continue;
            dict[key.Value] = Next();
        }
    }

    string LiteralString()
    {
        int depth = 0;
        int start = Position;
        for (; Position < text.Length; Position++)
        {
            char c = text[Position];
            if (c == '\\') { Position++; continue; }
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) { Position++; break; }
        }
        return text[start..Math.Min(Position, text.Length)];
    }

    /// <summary>Skips a text object to its ET: text objects hold no paths, and they are most of a text page's content,
    /// so they are stepped over without tokenizing (strings are skipped whole, since they may hold "ET").</summary>
    public void SkipTextObject()
    {
        while (Position < text.Length)
        {
            char c = text[Position];
            if (c == '(') { LiteralString(); continue; }
            if (c == '<')
            {
                int close = text.IndexOf('>', Position + 1);
                Position = close < 0 ? text.Length : close + 1;
                continue;
            }
            if (c == 'E' && Position + 1 < text.Length && text[Position + 1] == 'T'
                && (Position == 0 || IsBlank(text[Position - 1]) || IsDelimiter(text[Position - 1]))
                && (Position + 2 >= text.Length || IsBlank(text[Position + 2]) || IsDelimiter(text[Position + 2])))
            {
                Position += 2;
                return;
            }
            Position++;
        }
    }

    /// <summary>Skips the data of an inline image (BI … ID data EI), which may hold any bytes.</summary>
    public void SkipInlineImage()
    {
        int at = Position;
        while ((at = text.IndexOf("EI", at, StringComparison.Ordinal)) >= 0)
        {
            bool before = at > 0 && IsBlank(text[at - 1]), after = at + 2 >= text.Length || IsBlank(text[at + 2]);
            if (before && after) { Position = at + 2; return; }
            at += 2;
        }
        Position = text.Length;
    }

    void SkipBlank()
    {
        while (Position < text.Length)
        {
            char c = text[Position];
            if (IsBlank(c)) Position++;
            else if (c == '%') { while (Position < text.Length && text[Position] is not ('\n' or '\r')) Position++; }
            else break;
        }
    }

    static bool IsBlank(char c) => c is ' ' or '\n' or '\r' or '\t' or '\f' or '\0';
    static bool IsDelimiter(char c) => c is '/' or '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '%';
}
