using System.Text.RegularExpressions;
using Extraction.Rulebooks;

namespace Extraction.Reports;

/// <summary>A clause's short title for people: its subject as the rulebook read it, unless the subject only points at
/// a list ("下列工作之一", "符合以下条件之一的得1.5分") or is too short to say anything — then its indicator's title.</summary>
public static partial class ClauseTitles
{
    const int MaxLength = 30;

    public static string Short(Rulebook rulebook, int indicator, int clause)
    {
        var i = rulebook.Indicators.FirstOrDefault(x => x.Number == indicator);
        var c = i?.Clauses.FirstOrDefault(x => x.Number == clause);
        if (i is null) return "";
        var subject = c?.Subject.Trim() ?? "";
        var title = subject.Length < 2 || PointsAtAList().IsMatch(subject) || PointsWording().IsMatch(subject) ? i.Title : subject;
        return title.Length > MaxLength ? title[..(MaxLength - 1)] + "…" : title;
    }

    [GeneratedRegex(@"^(下列|以下|符合|如下)")] private static partial Regex PointsAtAList();
    [GeneratedRegex(@"得\d+(\.\d+)?分")] private static partial Regex PointsWording();
}
