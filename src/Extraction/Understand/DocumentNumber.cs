using System.Text.RegularExpressions;

namespace Extraction.Understand;

/// <summary>发文字号 — agency abbreviation + type + 〔year〕 + number + 号 — normalized to 〔〕 whatever OCR or a typist
/// made of the brackets: [], 【】, (), （）, 〈〉, 〖〗, a closing one read as j or l, an opening one lost.</summary>
public static partial class DocumentNumber
{
    public static string? Find(string text) => Locate(text)?.Number;

    /// <summary>The first number in the text with where it stands (its brackets around it included when a title carries it
    /// beside itself: 关于…的通知（黔农办发〔2011〕140号）).</summary>
    public static (string Number, string Agency, int Start, int Length)? Locate(string text)
    {
        var m = Pattern().Match(text);
        if (!m.Success) return null;
        var agency = m.Groups["agency"].Value;
        return ($"{agency}〔{m.Groups["year"].Value}〕{int.Parse(m.Groups["n"].Value)}号", agency, m.Index, m.Length);
    }

    /// <summary>The agency part of a normalized number (襄打假办发 of 襄打假办发〔2019〕3号).</summary>
    public static string Agency(string number) => number.Split('〔')[0];

    /// <summary>The year in a number's brackets (2019 of 宜打假办发〔2019〕15号).</summary>
    public static int? YearOf(string number) => number.Split('〔', '〕') is [_, var y, ..] && int.TryParse(y, out var year) ? year : null;

    // OCR reads the closing 〕 as j, l, | or 」 now and then (【2019j 15号), or as two marks ([2019]j 18号), and may lose the
    // opening one (十市监发 2019] 21号) — the closing one is always there.
    [GeneratedRegex(@"(?<agency>[\u4e00-\u9fff]{2,12}?)\s*[〔\[【(（〈〖「{]?\s*(?<year>(19|20)\d{2})\s*[〕\]】)）〉〗」}jJl|]{1,2}\s*(?<n>\d{1,4})\s*号")] private static partial Regex Pattern();
}
