using System.Text.RegularExpressions;
using Extraction.Rulebooks;

namespace Extraction.Understand;

/// <summary>Reads the GB/T 9704 parts of a document from its first and last lines: 发文机关 (the masthead, or the
/// signature above the date), 发文字号, 标题, 主送机关, 成文日期, 印发日期 and 附件. Text that is not a 公文 gets its
/// best title (its first short line) and its date.</summary>
public static partial class HeaderReader
{
    public sealed record Header(string? Issuer, string? DocNumber, string? Title, string? Addressee, DateOnly? Date, DateOnly? PrintedDate, IReadOnlyList<string> Attachments);

    public static Header Read(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0) return new Header(null, null, null, null, null, null, []);
        var head = lines.Take(8).ToList();

        int numberAt = head.FindIndex(l => DocumentNumber.Find(l) is not null && l.Length <= 30);
        string? number = numberAt >= 0 ? DocumentNumber.Find(head[numberAt]) : null;
        // The masthead: the lines above the number, without the word 文件 that mastheads end with.
        string? masthead = numberAt > 0 ? MastheadEnd().Replace(string.Concat(head[..numberAt]), "") : null;

        int titleAt = lines.FindIndex(Math.Max(0, numberAt + 1), l => TitleStart().IsMatch(l));
        string? title = null;
        if (titleAt >= 0 && titleAt < 10)
        {
            title = lines[titleAt];
            for (int i = titleAt + 1; i < lines.Count && i <= titleAt + 2 && !TypeEnd().IsMatch(title); i++) title += lines[i];
        }
        title ??= lines.Skip(numberAt + 1).FirstOrDefault(l => l.Length is >= 4 and <= 40 && !l.Contains('\t') && LineDate(l) is null)?.Trim('【', '】');

        string? addressee = null;
        if (titleAt >= 0)
            addressee = lines.Skip(titleAt + 1).Take(3).FirstOrDefault(l => l.EndsWith(':') || l.EndsWith('：'))?.TrimEnd(':', '：');

        // 成文日期: the last line that is only a date (digits or Chinese numerals); its line above is the signature.
        int dateAt = lines.FindLastIndex(l => LineDate(l) is not null);
        DateOnly? date = dateAt >= 0 ? LineDate(lines[dateAt]) : null;
        string? signature = dateAt > 0 && lines[dateAt - 1].Length <= 30 && !lines[dateAt - 1].Contains('\t') && IssuerName().IsMatch(lines[dateAt - 1]) ? lines[dateAt - 1] : null;
        // Evidence without a signed date (a clipping, a roster) takes the first date it names.
        date ??= lines.SelectMany(ChineseDate.FindAll).Cast<DateOnly?>().FirstOrDefault();

        DateOnly? printed = lines.Select(l => PrintedLine().Match(l)).Where(m => m.Success).Select(m => ChineseDate.FindAll(m.Value).FirstOrDefault()).Where(d => d != default).Cast<DateOnly?>().LastOrDefault();
        var attachments = lines.Select(l => AttachmentLine().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value.Trim()).Where(a => a.Length > 0).ToList();
        return new Header(masthead is { Length: > 0 } ? masthead : signature, number, title, addressee, date, printed, attachments);
    }

    /// <summary>The date a page is signed with: its last line that is only a date; null when it has none.</summary>
    public static DateOnly? SignedDate(string text)
    {
        return text.Split('\n').Select(l => LineDate(l.Trim())).LastOrDefault(d => d is not null);
    }

    // A line that is only a date; OCR often drops or misreads the 日 that closes a signed date (2019年8月12晶).
    static DateOnly? LineDate(string line)
    {
        if (DateLine().IsMatch(line) && ChineseDate.FindAll(line) is [var date]) return date;
        var m = OcrDateLine().Match(line);
        return m.Success ? ChineseDate.TryMake(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value)) : null;
    }

    [GeneratedRegex(@"(文件|文件头)$")] private static partial Regex MastheadEnd();
    [GeneratedRegex(@"^关于")] private static partial Regex TitleStart();
    [GeneratedRegex(@"(决议|决定|命令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要|方案|总结)$")] private static partial Regex TypeEnd();
    [GeneratedRegex(@"^[\d〇零○一二三四五六七八九十]{4}\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$")] private static partial Regex DateLine();
    [GeneratedRegex(@"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[^\d\s]?$")] private static partial Regex OcrDateLine();
    [GeneratedRegex(@"(办公室|局|委|厅|院|部|政府|领导小组|中心|站|队|会)$")] private static partial Regex IssuerName();
    [GeneratedRegex(@"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发")] private static partial Regex PrintedLine();
    [GeneratedRegex(@"^附件\s*[:：]?\s*\d*[.、．]?\s*(.+)$")] private static partial Regex AttachmentLine();
}
