using System.Text.RegularExpressions;
using Extraction.Understand;

namespace Extraction.Matching;

/// <summary>Prose that scores several indicators in one phrase: a list of them (第1项、第2项、第3项, 第16、17、18项, 第4项至第7项,
/// 指标8、指标9) followed by 分别 and as many amounts (分别自评6.5分、3分、1.5分), or by one score all of them share (均得满分,
/// 均自评2.5分, 均未扣分, 各扣0.5分).</summary>
static partial class SharedScores
{
    /// <summary>Scores what the line's lists say and returns the line with those phrases blanked, so the phrase-by-phrase
    /// reading after it does not give their amounts to one indicator.</summary>
    public static string Take(string line, IndicatorTitles titles, Dictionary<int, decimal> scores, ref int? last)
    {
        if (!line.Contains('项') && !line.Contains("指标")) return line;
        int? latest = last;
        line = Respectively().Replace(line, m =>
        {
            var items = Items(m.Groups["refs"].Value);
            var amounts = Amount().Matches(m.Groups["amounts"].Value).Select(a => decimal.Parse(a.Groups["n"].Value)).ToList();
            if (items.Count != amounts.Count) return m.Value;
            foreach (var (item, amount) in items.Zip(amounts)) Give(item, amount, titles, scores, ref latest);
            return Blank(m.Value);
        });
        line = Alike().Replace(line, m =>
        {
            var items = Items(m.Groups["refs"].Value);
            if (items.Count < 2) return m.Value;
            foreach (var item in items)
            {
                decimal? score = m.Groups["full"].Success ? titles.Most(item)
                    : m.Groups["none"].Success ? (titles.IsDeduction(item) ? 0 : titles.Most(item))
                    : m.Groups["lost"].Success ? (titles.IsBase(item) ? titles.Most(item) - decimal.Parse(m.Groups["lost"].Value) : -decimal.Parse(m.Groups["lost"].Value))
                    : decimal.Parse(m.Groups["n"].Value);
                if (score is { } s) Give(item, s, titles, scores, ref latest);
            }
            return Blank(m.Value);
        });
        last = latest;
        return line;
    }

    static void Give(int item, decimal score, IndicatorTitles titles, Dictionary<int, decimal> scores, ref int? last)
    {
        if (titles.Most(item) is null || !titles.Plausible(item, score)) return;
        scores[item] = score;
        last = item;
    }

    // The numbers a list names, a range (第4项至第7项) counted out.
    static List<int> Items(string refs)
    {
        var items = new List<int>();
        foreach (Match m in Reference().Matches(refs))
        {
            int n = ItemNumber.Value(m.Groups["n"].Value);
            if (m.Groups["to"].Success && items.Count > 0 && n > items[^1] && n - items[^1] <= 10)
                items.AddRange(Enumerable.Range(items[^1] + 1, n - items[^1]));
            else items.Add(n);
        }
        return items;
    }

    // The phrase gives way to pauses of the same length, so what follows it keeps its place and its passage start.
    static string Blank(string phrase) => "；" + new string(' ', Math.Max(0, phrase.Length - 1));

    const string Number = @"(?:\d{1,2}|[一二三四五六七八九十]{1,3})";
    const string List = @"(?<refs>(?:第|指标)\s*" + Number + @"\s*项?(?:\s*(?:[、,，和及与]|至|到|—|-|～)\s*(?:第|指标)?\s*" + Number + @"\s*项?)+)";
    const string Points = @"\d{1,3}(?:\.\d{1,2})?";

    [GeneratedRegex(List + @"[^；;。]{0,12}?分别\s*(?:自评|得|为|是)?\s*(?<amounts>" + Points + @"\s*分?(?:\s*(?:[、,，和及与])\s*(?:自评|得)?\s*" + Points + @"\s*分?)+)")]
    private static partial Regex Respectively();

    [GeneratedRegex(List + @"\s*(?:均|各|都)\s*(?:自评|为|是)?\s*(?:得)?\s*(?:(?<full>满分)|(?<none>未扣分|不扣分|无扣分)|(?<n>" + Points + @")\s*分|扣\s*(?<lost>" + Points + @")\s*分)")]
    private static partial Regex Alike();

    [GeneratedRegex(@"(?<to>至|到|—|-|～)?\s*(?:第|指标)?\s*(?<n>\d{1,2}|[一二三四五六七八九十]{1,3})\s*项?")]
    private static partial Regex Reference();

    [GeneratedRegex(@"(?<n>" + Points + ")")] private static partial Regex Amount();
}
