using System.Text.RegularExpressions;

namespace Extraction.Rulebooks;

/// <summary>Dates as Chinese documents write them: 2019年12月27日, 2019 年 12 月 27 日, 二〇一九年十二月二十七日, and the same as OCR damages them (二O一九年, 2019年1 2月).</summary>
public static partial class ChineseDate
{
    public static List<DateOnly> FindAll(string text)
    {
        var dates = new List<DateOnly>();
        foreach (Match m in DigitDate().Matches(text))
            if (TryMake(Digits(m.Groups[1].Value), Digits(m.Groups[2].Value), Digits(m.Groups[3].Value)) is { } d) dates.Add(d);
        foreach (Match m in NumeralDate().Matches(text))
            if (TryMake(Numeral(m.Groups[1].Value, positional: true), Numeral(m.Groups[2].Value), Numeral(m.Groups[3].Value)) is { } d) dates.Add(d);
        return dates;
    }

    /// <summary>The dates a text names save the deadlines it sets (请于2020年1月10日前报送): a deadline dates what is asked
    /// for, not the document.</summary>
    public static List<DateOnly> FindAllButDeadlines(string text) => FindAll(Deadline().Replace(text, ""));

    internal static DateOnly? TryMake(int y, int m, int d) =>
        y is >= 1949 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    // OCR splits a number with a space now and then (2019年1 2月): the digits are one number.
    static int Digits(string group) => int.Parse(group.Replace(" ", ""));

    const string HanDigits = "〇一二三四五六七八九";

    // A year is read digit by digit (二〇一九); a month or day as a number (二十七).
    internal static int Numeral(string s, bool positional = false)
    {
        s = s.Replace('零', '〇').Replace('O', '〇').Replace('○', '〇').Replace('0', '〇').Replace('o', '〇').Replace('Q', '〇');
        if (positional) return s.Aggregate(0, (n, c) => n * 10 + HanDigits.IndexOf(c));
        if (s == "十") return 10;
        var parts = s.Split('十');
        if (parts.Length == 1) return HanDigits.IndexOf(s[0]);
        int tens = parts[0].Length == 0 ? 1 : HanDigits.IndexOf(parts[0][0]);
        int ones = parts[1].Length == 0 ? 0 : HanDigits.IndexOf(parts[1][0]);
        return tens * 10 + ones;
    }

    const string DigitPattern = @"(\d{4})\s*年\s*(\d ?\d?)\s*月\s*(\d ?\d?)\s*日";
    // 二〇一九 as OCR may give it: 〇 read as O, 0, o or Q.
    const string NumeralPattern = @"([〇零○O0oQ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日";
    [GeneratedRegex(DigitPattern)] private static partial Regex DigitDate();
    [GeneratedRegex(NumeralPattern)] private static partial Regex NumeralDate();
    [GeneratedRegex("(?:" + DigitPattern + "|" + NumeralPattern + @")\s*(?:之前|以前|前|为止)")] private static partial Regex Deadline();
}
