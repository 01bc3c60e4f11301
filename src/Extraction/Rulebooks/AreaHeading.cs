using System.Text.RegularExpressions;

namespace Extraction.Rulebooks;

/// <summary>An area's heading as tables print it — 一、队伍建设, （一）组织领导（15分）, 一 beside 基础工作, or a bare
/// 宣传引导（12分）, 第一部分 组织领导 — read into its numeral and its title without the points.</summary>
public static partial class AreaHeading
{
    /// <summary>The numeral and title of a numbered heading, or null when the text does not start with one.</summary>
    public static (string Number, string Title)? Numbered(string text)
    {
        var m = NumberedHeading().Match(text.Trim());
        if (m.Success) return (m.Groups["n"].Value, Title(m.Groups["title"].Value));
        // OCR reads (二) as (=) now and then: a bracketed mark before a title is a heading whose numeral is the next one ("").
        var garbled = GarbledHeading().Match(text.Trim());
        return garbled.Success ? ("", Title(garbled.Groups["title"].Value)) : null;
    }

    /// <summary>True for a cell holding a Chinese numeral alone (一, 二 …), as a number column gives an area row.</summary>
    public static bool IsNumeral(string text) => LoneNumeral().IsMatch(text.Trim());

    /// <summary>The title without the points or caps written after it: 组织领导（15分） → 组织领导.</summary>
    public static string Title(string text) => PointsSuffix().Replace(text, "").Trim();

    /// <summary>The points or caps written after a title, brackets and all: 组织领导（15分） → （15分）; "" when none.</summary>
    public static string Points(string text) => PointsSuffix().Match(text) is { Success: true } m ? m.Value.Trim() : "";

    /// <summary>The numeral that follows <paramref name="number"/>: areas printed without numerals are numbered in order.</summary>
    public static string Next(string number) => Numerals[Math.Min(Array.IndexOf(Numerals, number) + 1, Numerals.Length - 1)];

    /// <summary>The numeral of the n-th area, 1 → 一.</summary>
    public static string Numeral(int n) => Numerals[Math.Clamp(n - 1, 0, Numerals.Length - 1)];

    static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];

    // 一、… (一)… or, as some offices head the parts of a table, 第一部分 … / 第二类：….
    [GeneratedRegex(@"^(?:\(\s*(?<n>[一二三四五六七八九十]{1,3})\s*\)|(?<n>[一二三四五六七八九十]{1,3})\s*[、.．]|第(?<n>[一二三四五六七八九十]{1,3})(?:部分|大类|类|篇)\s*[:：、.．]?)\s*(?<title>.*)$")] private static partial Regex NumberedHeading();
    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}$")] private static partial Regex LoneNumeral();
    [GeneratedRegex(@"\s*[(〈《][^()〈《]*\d+(?:\.\d+)?\s*分[^()]*[)〉》]\s*$")] private static partial Regex PointsSuffix();
    [GeneratedRegex(@"^[(〈《]\s*[^\s()\d]{1,2}\s*[)〉》]\s*(?<title>[\u4e00-\u9fff].*)$")] private static partial Regex GarbledHeading();
}
