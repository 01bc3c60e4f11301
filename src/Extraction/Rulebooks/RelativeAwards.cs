using System.Globalization;
using System.Text.RegularExpressions;

namespace Extraction.Rulebooks;

/// <summary>Awards written against the item's own points — 得满分, 得该项分值的60% — turned into amounts, where the item is
/// one clause and its points are known.</summary>
public static partial class RelativeAwards
{
    public static string Resolve(string text, decimal points)
    {
        text = Share().Replace(text, m => $"得{Format(points * decimal.Parse(m.Groups["p"].Value, CultureInfo.InvariantCulture) / 100)}分");
        return FullMarks().Replace(text, $"得{Format(points)}分");
    }

    static string Format(decimal amount) => (amount / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"得满分")] private static partial Regex FullMarks();
    [GeneratedRegex(@"得(?:该项|本项)?(?:分值|满分|标准分)的\s*(?<p>\d+(?:\.\d+)?)\s*%(?:的分)?")] private static partial Regex Share();
}
