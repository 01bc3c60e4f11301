using System.Text;
using Extraction.Review;

namespace Extraction.Host.Web.Pages;

/// <summary>一致率 /agreement: how often reviewers kept the suggested points, per indicator and overall.</summary>
internal static class AgreementPage
{
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/agreement", Show);

    static IResult Show(HttpContext http, SiteData site)
    {
        var who = Guards.Who(http);
        if (!who.MayReadAny) return Layout.Forbidden(http, "该账户无权查看一致率");
        var log = site.Store.Reviews.Log().Where(e => who.MayRead(e.Region)).ToList();
        var agreement = Agreement.Of(log);
        var s = new StringBuilder();
        if (agreement.Decided == 0) return Layout.Page(http, "一致率", "<p>还没有复核记录。复核人确认或调整得分后，这里显示机器建议被保留的比例。</p>");
        s.Append($"<p class=\"totals\">已复核 {agreement.Decided} 条，保留建议得分 {agreement.Kept} 条，一致率 <b>{agreement.Rate:P1}</b>。</p>");
        s.Append("<table><thead><tr><th>指标</th><th>已复核</th><th>保留建议</th><th>一致率</th></tr></thead><tbody>");
        foreach (var (indicator, decided, kept) in agreement.ByIndicator)
        {
            var title = site.Rulebook.Indicators.FirstOrDefault(i => i.Number == indicator)?.Title ?? "";
            s.Append($"<tr><td>{indicator}. {Html.E(title)}</td><td>{decided}</td><td>{kept}</td><td>{(double)kept / decided:P0}</td></tr>");
        }
        s.Append("</tbody></table>");
        return Layout.Page(http, "一致率", s.ToString());
    }
}
