using System.Text.RegularExpressions;
using Extraction.Rulebooks;

namespace Extraction.Understand;

/// <summary>What a signed date is read against when OCR damaged it: the document's whole text (the years it names, its
/// 发文字号's year, the dates of its body) and the latest date a document of the pipeline can bear (the notice's deadline:
/// nothing submitted is dated after it); null when the pipeline sets none.</summary>
public sealed record DateContext(string Text, DateOnly? Latest);

/// <summary>Signed dates as OCR damages them. A red seal stamped over the date leaves the year unreadable (2全9年4月25日,
/// 2册9年5月20日, 20上年3月26日, 20年1月6日) while its month and day stay clear; a date in numerals has its 〇 read as O or
/// 0, its 一 as a dash, its 十 as a plus. The year is told from what can still be read of it, among the years the document
/// itself names: its 发文字号's year first, else the one year that fits, else the one nearest the dates its body names,
/// else the latest not beyond the pipeline's deadline. A year nothing in the document supports stays unread.</summary>
public static partial class SignedDates
{
    /// <summary>The date of a line that is only a date whose year OCR could not read, or null. The seal's mark over the closing
    /// 日 makes it another character (12各, 5朵): a line that is only a date may end in any one.</summary>
    public static DateOnly? Mend(string line, DateContext context)
    {
        var m = UnreadYearLine().Match(UndoConfusions(line));
        if (!m.Success) return null;
        var year = m.Groups["y"].Value;
        int month = Number(m.Groups["m"].Value), day = Number(m.Groups["d"].Value);
        var readable = Digits(year);
        if (readable.Length == 0) return null;
        // Four clear digits are the year, unless no document of the pipeline can bear it: then the seal changed digits.
        bool changed = readable.Length == 4 && year.Length == 4;
        if (changed && !Impossible(int.Parse(readable), context)) return null;

        var candidates = YearsNamed(context.Text)
            .Where(y => changed ? Changed(readable, y.ToString()) : Fits(year, y.ToString()))
            .Select(y => ChineseDate.TryMake(y, month, day))
            .OfType<DateOnly>()
            .Where(d => context.Latest is not { } latest || d <= latest)
            .ToList();
        if (candidates.Count == 0) return null;
        if (NumberYear(context.Text) is { } own && candidates.FirstOrDefault(d => d.Year == own) is { Year: > 0 } numbered) return numbered;
        if (candidates.Count == 1) return candidates[0];
        // A document is written near the dates it names (a meeting's minutes the day after it, a notice before its deadlines).
        var named = ChineseDate.FindAll(context.Text);
        if (named.Count > 0)
            return candidates.OrderBy(d => named.Min(n => Math.Abs(n.DayNumber - d.DayNumber))).ThenByDescending(d => d).First();
        return candidates.Max();
    }

    /// <summary>A short line of a date with OCR's confusions undone: in a date of numerals 〇 for O, 0, ○ or @, 一 for a
    /// dash, 十 for a plus, 二 for an equals sign, 八 for a 作 after the year; in a date of digits the digit a letter
    /// stands for (0 for O, 1 for l, 5 for S, 8 for B) and 11 for a month or day read 开; in either, 日 for a closing
    /// 目, 曰 or 白; a numeral year of more than four marks loses every mark
    /// that is no numeral and its doubled 〇 (二GO〇一九, 二人〇一九). Any other line comes back as it was.</summary>
    public static string UndoConfusions(string line)
    {
        if (line.Length > 16 || !line.Contains('年') || !line.Contains('月')) return line;
        int at = line.IndexOf('年');
        bool numerals = line.Any(c => "一二三四五六七八九十".Contains(c)) || line[..at].Any(c => "〇○零".Contains(c));
        var chars = line.Replace(" ", "").ToCharArray();
        int yearAt = Array.IndexOf(chars, '年');
        for (int i = 0; i < chars.Length; i++)
            chars[i] = numerals
                ? chars[i] switch { 'O' or 'o' or '0' or 'Q' or '○' or 'D' or '口' or '@' => '〇', '-' or '—' or '–' or '―' or '‐' or 'ー' or '_' or '1' => '一', '+' or '†' => '十', '=' => '二', '作' when i > yearAt => '八', var c => c }
                : chars[i] switch { 'O' or 'o' or 'Q' or 'D' => '0', 'l' or 'I' or '|' or 'i' => '1', 'Z' or 'z' => '2', 'S' or 's' => '5', 'b' => '6', 'B' => '8', 'g' => '9', var c => c };
        if (chars.Length > 0 && chars[^1] is '目' or '曰' or '白' or 'H' or '臼') chars[^1] = '日';
        var undone = new string(chars);
        // Tesseract's Chinese model reads a month or day 11 as 开, two strokes and their bar.
        if (!numerals) undone = OpenForEleven().Replace(undone, "11");
        // A large 〇 comes out as two marks or more (二GO〇一九, 二人〇一九): in a numeral year longer than four, what is no
        // numeral is noise and a run of 〇 is one.
        if (numerals && undone.IndexOf('年') is > 4 and var year)
        {
            var marks = NumeralYearNoise().Replace(undone[..year], "");
            undone = (marks.Length > 4 ? ZeroRun().Replace(marks, "〇") : marks) + undone[year..];
        }
        return undone;
    }

    // A year past the one after the pipeline's deadline (or, without one, after next year) is no year a document is signed
    // in: a seal changed its digits. A document dated just after the deadline keeps its date, to be flagged.
    public static bool Impossible(int year, DateContext context) => year > (context.Latest?.Year ?? DateTime.Today.Year) + 1 || year < 1949;

    // The seal changed a clear year's digits: the first and the last stay, at most two of the four differ (2949 for 2019).
    static bool Changed(string asRead, string year) =>
        year.Length == 4 && asRead[0] == year[0] && asRead[3] == year[3] && Enumerable.Range(0, 4).Count(i => asRead[i] != year[i]) <= 2;

    // The year as read fits a year when the digits that can be read stand in it in their order, from its first: a seal
    // may merge two digits into one mark (2全9) or blot them out (20年).
    static bool Fits(string asRead, string year)
    {
        var digits = Digits(asRead);
        if (asRead.Length > 5 || digits.Length == 0) return false;
        // A seal over the year's start leaves its end (一九年 for 二〇一九年); OCR may misread its first two marks (三白一九).
        if (digits.Length >= 2 && year.EndsWith(digits, StringComparison.Ordinal)) return true;
        if (asRead.Length == 4 && Digits(asRead[2..]) is { Length: 2 } end && year.EndsWith(end, StringComparison.Ordinal)) return true;
        if (!year.StartsWith(digits[0])) return false;
        int at = 0;
        foreach (var d in digits)
        {
            at = year.IndexOf(d, at);
            if (at < 0) return false;
            at++;
        }
        return true;
    }

    static string Digits(string text) =>
        string.Concat(text.Select(c => c is >= '0' and <= '9' ? c : HanDigits.IndexOf(c) is >= 0 and var i ? (char)('0' + i) : '\0').Where(c => c != '\0'));

    const string HanDigits = "〇一二三四五六七八九";

    static int Number(string s) => int.TryParse(s, out var n) ? n : Rulebooks.ChineseDate.Numeral(s);

    // The years a document names: a year of its text (2019年) or of a number's brackets (〔2019〕).
    static SortedSet<int> YearsNamed(string text)
    {
        var years = new SortedSet<int>();
        foreach (Match m in NamedYear().Matches(text)) years.Add(int.Parse(m.Groups["y"].Value));
        foreach (Match m in NumeralYear().Matches(text))
            if (Digits(m.Groups["y"].Value) is { Length: 4 } d) years.Add(int.Parse(d));
        return years;
    }

    // The year of the document's own 发文字号, in its header.
    static int? NumberYear(string text)
    {
        var head = string.Join("\n", text.Split('\n').Take(14));
        return DocumentNumber.Find(head) is { } n ? DocumentNumber.YearOf(n) : null;
    }

    [GeneratedRegex(@"^(?<y>[^\s年月日，。,:：;；]{1,5})年(?<m>\d{1,2}|[一二三四五六七八九十]{1,2})月(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})[\u4e00-\u9fff]?$")] private static partial Regex UnreadYearLine();
    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})(?=\s*年|\s*[〕\]】)）])")] private static partial Regex NamedYear();
    [GeneratedRegex(@"(?<y>[〇○零一二三四五六七八九]{4})年")] private static partial Regex NumeralYear();
    [GeneratedRegex(@"[^〇零一二三四五六七八九]")] private static partial Regex NumeralYearNoise();
    [GeneratedRegex(@"〇{2,}")] private static partial Regex ZeroRun();
    [GeneratedRegex(@"(?<=[年月])开(?=[月日])")] private static partial Regex OpenForEleven();
}
