using System.Text;
using Extraction.Rulebooks;

namespace Extraction.Host.Web.Pages;

/// <summary>总览: every region the account may read × every indicator — suggested, reviewed, maximum — with how far
/// review has gone and the files that need a look.</summary>
internal static class OverviewPage
{
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/", Show);

    static IResult Show(HttpContext http, SiteData site)
    {
        var who = Guards.Who(http);
        if (!who.MayReadAny) return who.Role == Extraction.Review.Account.Operator ? Results.Redirect("/inbox") : Layout.Forbidden(http, "该账户无权查看评分");
        var now = site.Current();
        var indicators = site.Rulebook.Indicators;
        var s = new StringBuilder();
        s.Append($"<p>{Html.E(site.Pipeline?.Title ?? site.Rulebook.Notice.Title ?? "")}：基本分满分 {Html.Points(site.Rulebook.TotalPoints)} 分。"
            + "每格为 建议得分 / <b>复核得分</b>，表头为分值。</p>");
        s.Append("<div class=\"wide\"><table class=\"grid\"><thead><tr><th>地区</th><th>材料</th><th>建议总分</th><th>复核总分</th><th>复核进度</th><th>待查文件</th><th>状态</th>");
        foreach (var i in indicators)
            s.Append($"<th title=\"{Html.E(i.Title)}\">{i.Number}<br><small>{(i.Kind == IndicatorKind.Base ? "" : i.Kind == IndicatorKind.Bonus ? "+" : "-")}{Html.Points(i.MaxPoints)}</small></th>");
        s.Append("</tr></thead><tbody>");
        foreach (var region in site.Regions.Where(who.MayRead))
        {
            var review = site.Review(region);
            var (files, flagged) = now.Counts.GetValueOrDefault(region);
            s.Append($"<tr><th><a href=\"{Html.Region(region)}\">{Html.E(region)}</a></th><td>{files}</td>");
            if (review is null)
            {
                s.Append($"<td colspan=\"{5 + indicators.Count}\" class=\"muted\">尚无材料或尚未评分</td></tr>");
                continue;
            }
            s.Append($"<td>{Html.Points(review.SuggestedTotal)}</td><td><b>{(review.Reviewed > 0 ? Html.Points(review.ReviewedTotal) : "—")}</b></td>"
                + $"<td><progress max=\"{review.Clauses.Count}\" value=\"{review.Reviewed}\"></progress> {review.Reviewed}/{review.Clauses.Count}</td>"
                + $"<td>{(flagged > 0 ? $"<span class=\"flag\">{flagged}</span>" : "0")}</td><td>{(review.Locked ? "复核完成" : review.Reviewed > 0 ? "复核中" : "待复核")}</td>");
            foreach (var i in indicators)
            {
                var score = review.Assessment.Indicators.FirstOrDefault(x => x.Indicator == i.Number);
                var reviewed = review.ReviewedPoints(i.Number);
                var css = score?.Unsupported == true ? " class=\"over\"" : "";
                s.Append($"<td{css}>{Html.Points(score?.Suggested)}{(reviewed is { } r ? $" / <b>{Html.Points(r)}</b>" : "")}</td>");
            }
            s.Append("</tr>");
        }
        s.Append("</tbody></table></div><p class=\"hint\">红底：自评高于材料支持的分数。</p>");
        return Layout.Page(http, "总览", s.ToString());
    }
}
