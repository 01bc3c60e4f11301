using System.Text.RegularExpressions;

namespace Extraction.Understand;

/// <summary>发文字号 — agency abbreviation + type + 〔year〕 + number + 号 — normalized to 〔〕 whatever OCR or a typist
/// made of the brackets: [], 【】, (), （）, 〈〉, 〖〗.</summary>
public static partial class DocumentNumber
{
    public static string? Find(string text)
    {
        var m = Pattern().Match(text);
        return m.Success ? $"{m.Groups["agency"].Value}〔{m.Groups["year"].Value}〕{int.Parse(m.Groups["n"].Value)}号" : null;
    }

    [GeneratedRegex(@"(?<agency>[\u4e00-\u9fff]{2,12}?)\s*[〔\[【(（〈〖]\s*(?<year>(19|20)\d{2})\s*[〕\]】)）〉〗]\s*(?<n>\d{1,4})\s*号")] private static partial Regex Pattern();
}
