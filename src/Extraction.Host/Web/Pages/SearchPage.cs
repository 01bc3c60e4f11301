using System.Globalization;
using System.Text;
using Extraction.Index;
using Extraction.Review;
using Extraction.Store;

namespace Extraction.Host.Web.Pages;

/// <summary>检索 /search: the evidence search with its filters (region, type, date, source) or by clause; each hit opens
/// the evidence page at its page with the words marked. The account's regions bound every result.</summary>
internal static class SearchPage
{
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/search", Show);

    public sealed record Query(string? Q, string? Region, string? Type, DateOnly? From, DateOnly? To, string? Source, string? Clause, int Limit = 20);

    /// <summary>The hits the account may see, or the reason the query cannot run.</summary>
    public static (List<SearchHit> Hits, string? Error, string Text) Run(SiteData site, Account who, Query query)
    {
        string text = query.Q?.Trim() ?? "";
        if (query.Clause is { Length: > 0 } address)
        {
            if (IndicatorQuery.ParseAddress(address) is not { } parsed) return ([], $"条款写法“{address}”无法识别，应为 10 或 10(2)", text);
            try { text = IndicatorQuery.For(site.Rulebook, parsed.Indicator, parsed.Clause, site.Analyzer) + (text.Length > 0 ? $" {text}" : ""); }
            catch (ArgumentException e) { return ([], e.Message, text); }
        }
        if (text.Length == 0) return ([], null, text);
        if (query.Region is { Length: > 0 } r && !who.MayRead(r)) return ([], $"该账户无权检索 {r} 的材料", text);
        var filters = new SearchFilters(query.Region is { Length: > 0 } ? query.Region : null, null, query.Source is { Length: > 0 } ? query.Source : null,
            query.Type is { Length: > 0 } ? query.Type : null, query.From, query.To);
        // Ask for more than shown, then keep what the account may read: a reviewer of two regions sees only theirs.
        var hits = new Searcher(site.Store, site.Analyzer).Search(text, filters, query.Limit * 4)
            .Where(h => who.MayRead(site.Canonical(h.Region) ?? "")).Take(query.Limit).ToList();
        return (hits, null, text);
    }

    static IResult Show(HttpContext http, SiteData site, string? q, string? region, string? type, DateOnly? from, DateOnly? to, string? source, string? clause)
    {
        var who = Guards.Who(http);
        if (!who.MayReadAny) return Layout.Forbidden(http, "该账户无权检索材料");
        var (hits, error, text) = Run(site, who, new Query(q, region, type, from, to, source, clause));
        var clauses = site.Rulebook.Indicators.SelectMany(i => i.Clauses.Select(c => (Value: $"{i.Number}({c.Number})",
            Label: $"{i.Number}({c.Number}) {Extraction.Reports.ClauseTitles.Short(site.Rulebook, i.Number, c.Number)}")));
        var types = site.Current().Facts.Select(f => f.Facts.Type).Distinct().Order().Select(t => (t, t));
        var s = new StringBuilder();
        s.Append($"""
            <form method="get" class="search">
              <input name="q" value="{Html.E(q)}" placeholder="检索词，如 培训 名单；支持 "短语"、OR、-词" size="40">
              <select name="clause"><option value="">按条款检索（可选）</option>{Html.Options(clauses, clause)}</select>
              <select name="region"><option value="">全部地区</option>{Html.Options(site.Regions.Where(who.MayRead).Select(r => (r, r)), region)}</select>
              <select name="type"><option value="">全部类型</option>{Html.Options(types, type)}</select>
              <label>成文日期 <input name="from" type="date" value="{from:yyyy-MM-dd}"> 至 <input name="to" type="date" value="{to:yyyy-MM-dd}"></label>
              <select name="source"><option value="">全部来源</option>{Html.Options([("text", "文字层"), ("ocr", "OCR 识别")], source)}</select>
              <button type="submit">检索</button>
            </form>
            """);
        if (error is not null) s.Append($"<p class=\"error\">{Html.E(error)}</p>");
        else if (text.Length > 0 && hits.Count == 0) s.Append("<p>没有找到匹配的材料。</p>");
        if (hits.Count > 0)
        {
            s.Append($"<p class=\"muted\">共 {hits.Count} 条结果（按相关度排序）。</p><ol class=\"hits\">");
            var highlight = string.Join(" ", hits.SelectMany(h => h.Highlights.Select(x => h.Snippet[x[0]..x[1]])).Distinct().Take(10));
            foreach (var h in hits)
            {
                var snippet = new StringBuilder();
                int at = 0;
                foreach (var x in h.Highlights.OrderBy(x => x[0]))
                {
                    if (x[0] < at) continue;
                    snippet.Append(Html.E(h.Snippet[at..x[0]])).Append("<mark>").Append(Html.E(h.Snippet[x[0]..x[1]])).Append("</mark>");
                    at = x[1];
                }
                snippet.Append(Html.E(h.Snippet[at..]));
                var link = Html.Url("/documents/" + h.Sha256, ("page", h.Page.ToString(CultureInfo.InvariantCulture)), ("q", highlight));
                s.Append($"<li><a href=\"{link}\">{Html.E(h.File)}</a> 第 {h.Page} 页 · {Html.E(site.Canonical(h.Region))} · 相关度 {h.Score:0.00}<br>{snippet}</li>");
            }
            s.Append("</ol>");
        }
        return Layout.Page(http, "检索", s.ToString());
    }
}
