using System.Text.RegularExpressions;

namespace Extraction.Matching;

/// <summary>A region's own scores, read from section 五 (自评得分情况) of its 自评报告: a row per indicator, "N.… ⇥ score".</summary>
public static partial class SelfEvaluation
{
    public static (Dictionary<int, decimal> ByIndicator, decimal? Total) Read(string text)
    {
        var scores = new Dictionary<int, decimal>();
        decimal? total = null;
        foreach (var line in text.Split('\n'))
        {
            var cells = line.Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
            if (cells.Count < 2 || !decimal.TryParse(cells[^1], out var score)) continue;
            if (IndicatorCell().Match(cells[0]) is { Success: true } m) scores[int.Parse(m.Groups[1].Value)] = score;
            else if (cells[0].Contains("合计") || cells[0].Contains("总分")) total = score;
        }
        return (scores, total ?? (scores.Count > 0 ? scores.Values.Sum() : null));
    }

    [GeneratedRegex(@"^(\d{1,2})\s*[.、．]")] private static partial Regex IndicatorCell();
}
