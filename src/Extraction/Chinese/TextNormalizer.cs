using System.Text;
using System.Text.RegularExpressions;

namespace Extraction.Chinese;

/// <summary>Turns extracted text into the form search and matching read; the raw text is kept beside it.</summary>
public static partial class TextNormalizer
{
    /// <param name="joinWrappedLines">True for text laid out on a page (PDF, OCR), where a paragraph wraps over several lines.</param>
    public static string Normalize(string raw, bool joinWrappedLines)
    {
        // NFKC also turns full-width ASCII (ＡＢＣ１２３，) into half-width; it would turn ① into a bare 1,
        // losing the clause marker, so circled numbers become (1) first.
        var text = CircledNumber().Replace(raw, m => $"({m.Value[0] - '①' + 1})").Normalize(NormalizationForm.FormKC).Replace("\r\n", "\n").Replace('\r', '\n');
        text = SpaceBetweenHan().Replace(text, "");
        text = TrailingSpace().Replace(text, "\n");
        if (joinWrappedLines) text = JoinWrappedLines(text);
        return text.Trim();
    }

    // A line that runs to nearly the full width and stops mid-sentence wraps into the next one,
    // unless the next line starts a numbered item, is only a date (the signed date under its signature) or either is a table row.
    static string JoinWrappedLines(string text)
    {
        var lines = text.Split('\n');
        int full = lines.Where(l => !TableRow(l)).Select(l => l.Length).DefaultIfEmpty(0).Max();
        var sb = new StringBuilder();
        for (int i = 0; i < lines.Length; i++)
        {
            sb.Append(lines[i]);
            if (i == lines.Length - 1) break;
            var line = lines[i];
            var next = lines[i + 1];
            bool wraps = line.Length >= full * 0.8 && line.Length > 10 && !TableRow(line) && !TableRow(next)
                && next.Length > 0 && !EndsSentence().IsMatch(line) && !StartsItem().IsMatch(next) && !DateOnlyLine().IsMatch(next);
            sb.Append(wraps ? "" : "\n");
        }
        return sb.ToString();
    }

    // Cells are tab-separated, or in OCR of a photographed table split by the ruling lines it read as bars (…统计| | | |).
    static bool TableRow(string line) => line.Contains('\t') || line.Count(c => c is '|' or '｜') >= 2;

    const string Han = @"\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\u201c\u201d\u2018\u2019\u2014\u2026\u00d7";
    [GeneratedRegex($@"(?<=[{Han}0-9])[ \u00a0]+(?=[{Han}])|(?<=[{Han}])[ \u00a0]+(?=[0-9])")] private static partial Regex SpaceBetweenHan();
    [GeneratedRegex(@"[ \t\u00a0]+\n")] private static partial Regex TrailingSpace();
    [GeneratedRegex(@"[①-⑳]")] private static partial Regex CircledNumber();
    [GeneratedRegex(@"^\s*[\d〇○零一二三四五六七八九OoIl ]{2,8}年[\d一二三四五六七八九十 ]{1,5}月[\d一二三四五六七八九十 ]{1,6}日?\s*$")] private static partial Regex DateOnlyLine();
    [GeneratedRegex(@"[。！？；:：!?;]\s*$")] private static partial Regex EndsSentence();
    [GeneratedRegex(@"^\s*([一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]|[①-⑳]|第[一二三四五六七八九十\d]+[条章节]|附件)")] private static partial Regex StartsItem();
}
