using System.Globalization;
using System.Text;
using Extraction.Reports;
using Extraction.Review;
using Extraction.Rulebooks;

namespace Extraction.Host.Web.Pages;

/// <summary>地区评分 /regions/{region}: the clause table — maximum, suggested, reviewed, status — each clause opening its
/// evidence, what is missing, its decisions, and the form to confirm or set its points with a reason.</summary>
internal static class RegionPage
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/regions/{region}", Show);
        app.MapPost("/regions/{region}/clauses/{indicator:int}/{clause:int}", Decide).AddEndpointFilter(Guards.Antiforgery);
        app.MapPost("/regions/{region}/complete", Complete).AddEndpointFilter(Guards.Antiforgery);
        app.MapPost("/regions/{region}/unlock", Unlock).AddEndpointFilter(Guards.Antiforgery);
    }

    static IResult Show(HttpContext http, SiteData site, string region)
    {
        var who = Guards.Who(http);
        if (!who.MayRead(region)) return Layout.Forbidden(http, $"该账户无权查看 {region}");
        if (site.Review(region) is not { } review) return Layout.NotFound(http, $"{region} 尚无材料或尚未评分");
        var may = who.MayDecide(region) && !review.Locked;
        var token = Layout.TokenField(http);
        var files = site.Current().ByFile;
        var s = new StringBuilder(Layout.Notice(http));
        s.Append($"<p class=\"totals\">建议得分 <b>{Html.Points(review.SuggestedTotal)}</b> 分；复核得分 <b>{(review.Reviewed > 0 ? Html.Points(review.ReviewedTotal) : "—")}</b> 分；"
            + $"自评 {Html.Points(review.Assessment.SelfTotal)} 分；已复核 {review.Reviewed}/{review.Clauses.Count} 条。"
            + $" <a href=\"{Html.Url("/search", ("region", region))}\">检索本地区材料</a>"
            + (site.TaskRegion == region ? " · <a href=\"/tasks\">任务落实情况</a>" : "") + "</p>");
        s.Append(LockBar(http, who, review));
        s.Append("<table class=\"clauses\"><thead><tr><th>条款</th><th>内容</th><th>分值</th><th>建议</th><th>复核</th><th>状态</th></tr></thead><tbody>");
        foreach (var indicator in site.Rulebook.Indicators)
        {
            var score = review.Assessment.Indicators.FirstOrDefault(i => i.Indicator == indicator.Number);
            s.Append($"<tr class=\"indicator\"><th colspan=\"6\">{indicator.Number}. {Html.E(indicator.Title)}（{Html.E(Labels.MaxPoints(indicator))}）"
                + $" 建议 {Html.Points(score?.Suggested)} 分，复核 {Html.Points(review.ReviewedPoints(indicator.Number))} 分，自评 {Html.Points(score?.SelfPoints)} 分"
                + (score?.Unsupported == true ? " <span class=\"flag\">自评高于材料支持</span>" : "") + "</th></tr>");
            foreach (var c in review.Clauses.Where(c => c.Indicator == indicator.Number))
                s.Append(ClauseRows(site, review, c, may, token, files));
        }
        s.Append("</tbody></table>");
        return Layout.Page(http, $"{region} 评分复核", s.ToString());
    }

    static string LockBar(HttpContext http, Account who, RegionReview review)
    {
        var token = Layout.TokenField(http);
        var action = Html.Region(review.Region);
        if (review.Locked)
            return $"<p class=\"locked\">已复核完成并锁定（{Html.E(review.LockEntry!.Account)}，{review.LockEntry.At.ToLocalTime():yyyy-MM-dd HH:mm}）。</p>"
                + (who.MayUnlock ? $"<form method=\"post\" action=\"{action}/unlock\" class=\"inline\">{token}<input name=\"reason\" placeholder=\"解锁理由（必填）\" required><button>解锁</button></form>" : "");
        return who.MayDecide(review.Region)
            ? $"<form method=\"post\" action=\"{action}/complete\" class=\"inline\">{token}<button>标记复核完成并锁定</button></form>" : "";
    }

    static string ClauseRows(SiteData site, RegionReview review, ClauseReview c, bool may, string token, Dictionary<string, Extraction.Understand.DocumentFactsStore.Entry> files)
    {
        var id = $"c-{c.Indicator}-{c.Clause}";
        var s = new StringBuilder();
        s.Append($"<tr id=\"{id}\" class=\"clause {c.Status}\"><td>{c.Number}</td><td><details><summary>{Html.E(c.Title)}</summary>");
        s.Append($"<div class=\"detail\"><p class=\"rule\">{Html.E(c.Text)}</p><p>{Html.E(c.Suggestion.Reason)}</p>");
        var why = c.Suggestion.Explanations.Where(e => e != c.Suggestion.Reason).ToList();
        if (why.Count > 0) s.Append("<ul class=\"why\">" + string.Concat(why.Select(e => $"<li>{Html.E(e)}</li>")) + "</ul>");
        if (c.Suggestion.Evidence.Count > 0)
        {
            s.Append("<h4>依据材料</h4><ul class=\"evidence\">");
            foreach (var e in c.Suggestion.Evidence)
            {
                var terms = site.HighlightTerms(e.Material, c.Title);
                var link = files.TryGetValue(e.File, out var doc)
                    ? $"<a href=\"{Html.Url("/documents/" + doc.Sha256, ("page", e.Page.ToString(CultureInfo.InvariantCulture)), ("q", terms))}\">{Html.E(e.File)}</a>"
                    : Html.E(e.File);
                s.Append($"<li>{link} 第 {e.Page} 页{(e.Material is null ? "" : $"（{Html.E(e.Material)}）")}<br><small>{Html.Marked(e.Snippet, Html.Terms(terms))}</small></li>");
            }
            s.Append("</ul>");
        }
        var gaps = c.Suggestion.Shortfalls.Count > 0 ? c.Suggestion.Shortfalls : c.Suggestion.Missing;
        if (gaps.Count > 0) s.Append("<h4>缺失材料</h4><ul class=\"missing\">" + string.Concat(gaps.Select(m => $"<li>{Html.E(m)}</li>")) + "</ul>");
        var history = review.Log.Where(e => e.Indicator == c.Indicator && e.Clause == c.Clause).ToList();
        if (history.Count > 0)
            s.Append("<h4>复核记录</h4><ul class=\"log\">" + string.Concat(history.Select(h =>
                $"<li>{h.At.ToLocalTime():yyyy-MM-dd HH:mm} {Html.E(h.Account)}：{Html.Points(h.Before)} → {Html.Points(h.After)} 分，{Html.E(h.Reason)}</li>")) + "</ul>");
        if (may)
            s.Append($"""
                <form method="post" action="{Html.Region(review.Region)}/clauses/{c.Indicator}/{c.Clause}" class="decide">
                  {token}
                  <label>复核得分 <input name="points" type="number" step="0.01" min="{Labels.Points(Math.Min(0, c.MaxPoints))}" max="{Labels.Points(Math.Max(0, c.MaxPoints))}" value="{Labels.Points(c.Points)}" required></label>
                  <label>理由 <input name="reason" required placeholder="必填：确认或调整的依据"></label>
                  <button type="submit">保存</button>
                </form>
                """);
        s.Append("</div></details></td>");
        s.Append($"<td>{Html.Points(c.MaxPoints)}</td><td>{Html.Points(c.SuggestedPoints)}</td><td class=\"reviewed\">{Html.Points(c.ReviewedPoints)}</td>"
            + $"<td>{Html.E(Labels.Status(c.Status))}</td></tr>");
        return s.ToString();
    }

    static async Task<IResult> Decide(HttpContext http, SiteData site, string region, int indicator, int clause)
    {
        if (site.Review(region) is not { } review) return Layout.NotFound(http, $"{region} 尚无评分");
        var form = await http.Request.ReadFormAsync();
        var points = decimal.TryParse(form["points"], NumberStyles.Number, CultureInfo.InvariantCulture, out var p) ? p : (decimal?)null;
        if (points is null) return Back(region, $"c-{indicator}-{clause}", null, "复核得分应为数字");
        var result = site.Decisions.Decide(Guards.Who(http), review, indicator, clause, points.Value, form["reason"]);
        if (result.Refusal == DecisionRefusal.Forbidden) return Layout.Forbidden(http, result.Message);
        return Back(region, $"c-{indicator}-{clause}", result.Recorded ? result.Message : null, result.Recorded ? null : result.Message);
    }

    static async Task<IResult> Complete(HttpContext http, SiteData site, string region) => await RegionAction(http, site, region, (who, review, reason) => site.Decisions.Complete(who, review, reason));

    static async Task<IResult> Unlock(HttpContext http, SiteData site, string region) => await RegionAction(http, site, region, (who, review, reason) => site.Decisions.Unlock(who, review, reason));

    static async Task<IResult> RegionAction(HttpContext http, SiteData site, string region, Func<Account, RegionReview, string?, DecisionResult> act)
    {
        if (site.Review(region) is not { } review) return Layout.NotFound(http, $"{region} 尚无评分");
        var form = await http.Request.ReadFormAsync();
        var result = act(Guards.Who(http), review, form["reason"]);
        if (result.Refusal == DecisionRefusal.Forbidden) return Layout.Forbidden(http, result.Message);
        return Back(region, null, result.Recorded ? result.Message : null, result.Recorded ? null : result.Message);
    }

    static IResult Back(string region, string? anchor, string? message, string? error) =>
        Results.Redirect(Html.Url(Html.Region(region), ("msg", message), ("err", error)) + (anchor is null ? "" : "#" + anchor));
}
