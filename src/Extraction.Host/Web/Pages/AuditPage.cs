using System.Globalization;
using System.Text;
using Extraction.Reports;
using Extraction.Review;

namespace Extraction.Host.Web.Pages;

/// <summary>抽查 /audit, for auditors: the clauses short of materials, the self-scores above what the evidence supports,
/// the files that do not count, a reproducible sample of clauses per region to check by hand, the review log, and the
/// scorecard and spot-check list as .xlsx with the reviewed points beside the suggested ones.</summary>
internal static class AuditPage
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/audit", Show);
        app.MapGet("/exports/scorecard.xlsx", (HttpContext http, SiteData site) => Export(http, site, "评分表.xlsx", ScorecardForm.Build));
        app.MapGet("/exports/audit.xlsx", (HttpContext http, SiteData site) => Export(http, site, "抽查清单.xlsx", AuditListForm.Build));
    }

    /// <summary>The exports' report: the stored assessments with the reviewers' points per indicator.</summary>
    public static AssessmentReport Report(SiteData site)
    {
        var now = site.Current();
        var reviews = site.Regions.Where(now.Assessments.ContainsKey).Select(r => site.Review(r)!).ToList();
        return AssessmentReport.Of(site.Rulebook, site.Pipeline, reviews.Select(r => r.Assessment).ToList(), now.Facts, now.Arrivals,
            reviews.SelectMany(r => r.ReviewedByIndicator()).ToDictionary(x => x.Key, x => x.Value));
    }

    static IResult Export(HttpContext http, SiteData site, string name, Func<AssessmentReport, IEnumerable<Extraction.Reports.Sheets.FormSheet>> build)
    {
        if (!Guards.Who(http).MayAudit) return Layout.Forbidden(http, "只有抽查人和管理员可以导出");
        var path = Path.Combine(Path.GetTempPath(), $"extraction-export-{Guid.NewGuid():N}.xlsx");
        XlsxWriter.Write(path, build(Report(site)));
        var bytes = File.ReadAllBytes(path);
        File.Delete(path);
        return Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    static IResult Show(HttpContext http, SiteData site, int? sample, int? seed)
    {
        if (!Guards.Who(http).MayAudit) return Layout.Forbidden(http, "只有抽查人和管理员可以使用抽查页面");
        int n = Math.Clamp(sample ?? 5, 1, 50), draw = seed ?? DateTime.Now.Year;
        var now = site.Current();
        var reviews = site.Regions.Select(site.Review).OfType<RegionReview>().ToList();
        var s = new StringBuilder("<p><a href=\"/exports/scorecard.xlsx\">导出评分表（xlsx）</a> · <a href=\"/exports/audit.xlsx\">导出抽查清单（xlsx）</a></p>");

        s.Append("<h2>缺失材料的条款</h2><table><thead><tr><th>地区</th><th>条款</th><th>内容</th><th>缺失</th></tr></thead><tbody>");
        foreach (var r in reviews)
            foreach (var c in ClauseGaps.Of(r.Assessment))
                s.Append($"<tr><td>{Html.E(r.Region)}</td><td><a href=\"{Html.Region(r.Region)}#c-{c.Indicator}-{c.Clause}\">{Labels.ClauseNumber(c.Indicator, c.Clause)}</a></td>"
                    + $"<td>{Html.E(ClauseTitles.Short(site.Rulebook, c.Indicator, c.Clause))}</td><td>{Html.E(string.Join("；", ClauseGaps.Sentences(c)))}</td></tr>");
        s.Append("</tbody></table>");

        s.Append("<h2>自评高于材料支持的指标</h2><table><thead><tr><th>地区</th><th>指标</th><th>自评</th><th>材料支持</th><th>高出</th></tr></thead><tbody>");
        foreach (var r in reviews)
            foreach (var i in r.Assessment.Indicators.Where(i => i.Unsupported))
                s.Append($"<tr><td>{Html.E(r.Region)}</td><td>{i.Indicator}. {Html.E(site.Rulebook.Indicators.First(x => x.Number == i.Indicator).Title)}</td>"
                    + $"<td>{Html.Points(i.SelfPoints)}</td><td>{Html.Points(i.Suggested)}</td><td>{Html.Points((i.SelfPoints ?? 0) - i.Suggested)}</td></tr>");
        s.Append("</tbody></table>");

        s.Append("<h2>不计分的文件</h2><table><thead><tr><th>地区</th><th>文件</th><th>问题</th><th>说明</th></tr></thead><tbody>");
        foreach (var p in FileProblems.From(now.Facts, now.Arrivals, site.Canonical))
        {
            var doc = now.ByFile.GetValueOrDefault(p.File);
            var file = doc is null ? Html.E(p.File) : $"<a href=\"/documents/{doc.Sha256}\">{Html.E(p.File)}</a>";
            var detail = p.Error ?? (p.Original is not null ? $"与 {p.Original} 重复" : p.IssuerRegion is not null ? $"发文机关属于 {p.IssuerRegion}" : p.Date is { } d ? Labels.Date(d) : "");
            s.Append($"<tr><td>{Html.E(p.Region)}</td><td>{file}</td><td>{Html.E(Labels.FileProblem(p.Kind))}</td><td>{Html.E(detail)}</td></tr>");
        }
        s.Append("</tbody></table>");

        s.Append($"<h2>随机抽查</h2><form method=\"get\" class=\"inline\">每个地区抽 <input name=\"sample\" type=\"number\" min=\"1\" max=\"50\" value=\"{n}\"> 条，"
            + $"随机种子 <input name=\"seed\" type=\"number\" value=\"{draw}\"> <button>抽取</button></form><p class=\"muted\">同一种子总是抽到同样的条款，可复现。</p>");
        s.Append("<table class=\"sample\"><thead><tr><th>地区</th><th>条款</th><th>内容</th><th>建议</th><th>复核</th></tr></thead><tbody>");
        foreach (var r in reviews)
            foreach (var c in SpotCheck.Sample(r, n, draw))
                s.Append($"<tr><td>{Html.E(r.Region)}</td><td><a href=\"{Html.Region(r.Region)}#c-{c.Indicator}-{c.Clause}\">{c.Number}</a></td><td>{Html.E(c.Title)}</td>"
                    + $"<td>{Html.Points(c.SuggestedPoints)}</td><td>{Html.Points(c.ReviewedPoints)}</td></tr>");
        s.Append("</tbody></table>");

        s.Append("<h2>审核记录</h2><table class=\"log\"><thead><tr><th>时间</th><th>用户</th><th>地区</th><th>条款</th><th>原分</th><th>新分</th><th>理由</th></tr></thead><tbody>");
        foreach (var e in site.Store.Reviews.Log())
            s.Append($"<tr><td>{e.At.ToLocalTime():yyyy-MM-dd HH:mm:ss}</td><td>{Html.E(e.Account)}</td><td>{Html.E(e.Region)}</td><td>{Kind(e)}</td>"
                + $"<td>{Html.Points(e.Before)}</td><td>{Html.Points(e.After)}</td><td>{Html.E(e.Reason)}</td></tr>");
        s.Append("</tbody></table>");
        return Layout.Page(http, "抽查", s.ToString());
    }

    static string Kind(Extraction.Store.ReviewEntry e) => e.Kind switch
    {
        RegionReview.Complete => "标记复核完成",
        RegionReview.Unlock => "解锁",
        _ => Labels.ClauseNumber(e.Indicator ?? 0, e.Clause ?? 0),
    };
}
