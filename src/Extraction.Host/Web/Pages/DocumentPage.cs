using System.Globalization;
using System.Text;
using Extraction.Reports;

namespace Extraction.Host.Web.Pages;

/// <summary>证据 /documents/{sha256}: what the document is (type, 公文 header, flags), one page at a time as a picture of
/// the archived original with the matched words boxed, its text with the words marked, and the clauses it serves.</summary>
internal static class DocumentPage
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/documents/{sha256}", Show);
        app.MapGet("/documents/{sha256}/pages/{page:int}.png", Image);
    }

    static async Task<IResult> Show(HttpContext http, SiteData site, PageImages images, string sha256, int? page, string? q)
    {
        var who = Guards.Who(http);
        var now = site.Current();
        if (now.BySha(sha256) is not { } entry || site.Store.FindDocument(sha256) is not { } doc) return Layout.NotFound(http, "证据库中没有这份文件");
        var region = site.Canonical(entry.Region) ?? "";
        if (!who.MayRead(region)) return Layout.Forbidden(http, $"该账户无权查看 {region} 的材料");
        var pages = site.Store.Pages(sha256);
        int number = Math.Clamp(page ?? 1, 1, Math.Max(1, pages.Count));
        var shown = pages.FirstOrDefault(p => p.Number == number);
        var terms = Html.Terms(q);
        var f = entry.Facts;
        var s = new StringBuilder();
        s.Append("<table class=\"facts\">");
        void Row(string label, string? value) => s.Append($"<tr><th>{label}</th><td>{Html.E(value ?? "—")}</td></tr>");
        Row("文件", entry.File);
        Row("地区", region);
        Row("类型", f.Type);
        Row("发文机关", f.Issuer);
        Row("发文字号", f.DocNumber);
        Row("标题", f.Title);
        Row("成文日期", f.Date is { } d ? Labels.Date(d) : null);
        Row("格式", doc.Format is null ? null : Labels.Format(doc.Format));
        Row("页数", pages.Count.ToString(CultureInfo.InvariantCulture));
        s.Append($"<tr><th>提示</th><td>{(f.Flags.Count == 0 ? "—" : string.Join("；", f.Flags.Select(x => $"<span class=\"flag\">{Html.E(Labels.FlagDetail(x, f.IssuerRegion))}</span>")))}</td></tr>");
        s.Append("</table>");
        s.Append(ServedClauses(site, region, entry.File));

        s.Append($"<form method=\"get\" class=\"pager\"><input type=\"hidden\" name=\"q\" value=\"{Html.E(q)}\">第 <input name=\"page\" type=\"number\" min=\"1\" max=\"{pages.Count}\" value=\"{number}\"> 页 / 共 {pages.Count} 页 <button>转到</button>"
            + (number > 1 ? $" <a href=\"{Html.Url("/documents/" + sha256, ("page", (number - 1).ToString(CultureInfo.InvariantCulture)), ("q", q))}\">上一页</a>" : "")
            + (number < pages.Count ? $" <a href=\"{Html.Url("/documents/" + sha256, ("page", (number + 1).ToString(CultureInfo.InvariantCulture)), ("q", q))}\">下一页</a>" : "")
            + (shown is null ? "" : $" <span class=\"muted\">文字来源：{(shown.Source == "ocr" ? $"OCR 识别（置信度 {shown.Confidence:0}）" : "文字层")}</span>") + "</form>");
        s.Append("<div class=\"document\">");
        if (PageImages.CanRender(doc) && shown is not null)
        {
            var hits = await images.HitsAsync(doc, shown, terms, http.RequestAborted);
            // The boxes are drawn in an SVG laid over the picture in page fractions (×1000): geometry attributes, not inline
            // styles, so the strict content-security policy holds.
            s.Append($"<div class=\"sheet\"><img src=\"/documents/{sha256}/pages/{number}.png\" alt=\"第 {number} 页\">"
                + "<svg class=\"hits\" viewBox=\"0 0 1000 1000\" preserveAspectRatio=\"none\">");
            foreach (var b in hits)
                s.Append($"<rect class=\"hit\" x=\"{K(b.Left)}\" y=\"{K(b.Top)}\" width=\"{K(b.Width)}\" height=\"{K(b.Height)}\"></rect>");
            s.Append("</svg></div>");
        }
        else s.Append("<p class=\"muted\">Word、Excel 和纯文本文件没有页面图像，下面是其文字。</p>");
        s.Append($"<pre class=\"text\">{(shown is null ? "（此页没有文字）" : Html.Marked(shown.Text, terms))}</pre></div>");
        return Layout.Page(http, f.Title ?? Path.GetFileName(entry.File), s.ToString());
    }

    static string ServedClauses(SiteData site, string region, string file)
    {
        if (!site.Current().Assessments.TryGetValue(region, out var a)) return "";
        var served = a.Clauses.Where(c => c.Evidence.Any(e => e.File == file)).ToList();
        if (served.Count == 0) return "<p class=\"muted\">这份文件目前不是任何条款的依据材料。</p>";
        return "<p>作为依据材料的条款：" + string.Join("、", served.Select(c =>
            $"<a href=\"{Html.Region(region)}#c-{c.Indicator}-{c.Clause}\">{Labels.ClauseNumber(c.Indicator, c.Clause)} {Html.E(ClauseTitles.Short(site.Rulebook, c.Indicator, c.Clause))}</a>")) + "</p>";
    }

    static async Task<IResult> Image(HttpContext http, SiteData site, PageImages images, string sha256, int page)
    {
        if (site.Current().BySha(sha256) is not { } entry || site.Store.FindDocument(sha256) is not { } doc) return Results.NotFound();
        if (!Guards.Who(http).MayRead(site.Canonical(entry.Region) ?? "")) return Results.StatusCode(StatusCodes.Status403Forbidden);
        var png = await images.PngAsync(doc, page, http.RequestAborted);
        if (png is null) return Results.NotFound();
        // The original never changes under its sha-256, so neither does its picture.
        http.Response.Headers.CacheControl = "private, max-age=86400";
        return Results.File(png, "image/png");
    }

    static string K(double fraction) => (fraction * 1000).ToString("0.#", CultureInfo.InvariantCulture);
}
