using System.Text.Encodings.Web;
using System.Text.Json;
using Extraction.Review;
using Extraction.Host.Web.Pages;

namespace Extraction.Host.Web;

/// <summary>The JSON calls an acceptance check or another program uses: the assessment with the reviewed points, decisions,
/// the review log and the search. Unauthenticated calls answer 401, calls outside the account's role or regions 403.</summary>
internal static class Api
{
    static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNameCaseInsensitive = true,
    };

    public sealed record DecisionRequest(string? Region, int? Indicator, int? Clause, decimal? Points, string? Reason);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/assessment", Assessment);
        app.MapPost("/api/decisions", Decide).AddEndpointFilter(Guards.Antiforgery);
        app.MapGet("/api/audit-log", AuditLog);
        app.MapGet("/api/search", Search);
    }

    static IResult Assessment(HttpContext http, SiteData site, string? region)
    {
        if (string.IsNullOrEmpty(region)) return Error(400, "请用 ?region= 指定地区");
        if (!Guards.Who(http).MayRead(region)) return Error(403, $"无权查看 {region}");
        if (site.Review(region) is not { } review) return Error(404, $"{region} 尚无评分");
        var a = review.Assessment;
        return Results.Json(new
        {
            a.Region, a.SuggestedTotal, ReviewedTotal = review.Reviewed > 0 ? review.ReviewedTotal : (decimal?)null, a.SelfTotal, review.Locked,
            Indicators = a.Indicators.Select(i => new { i.Indicator, i.Suggested, Reviewed = review.ReviewedPoints(i.Indicator), i.MaxPoints, i.SelfPoints, i.Unsupported, i.NeedsReview }),
            Clauses = review.Clauses.Select(c => new
            {
                c.Indicator, c.Clause, c.MaxPoints, c.SuggestedPoints, c.Status, ReviewedPoints = c.ReviewedPoints,
                c.Suggestion.Evidence, c.Suggestion.Missing, c.Suggestion.Shortfalls, c.Suggestion.Explanations, c.Suggestion.Reason, c.Suggestion.Confidence,
            }),
        }, Json);
    }

    static async Task<IResult> Decide(HttpContext http, SiteData site)
    {
        DecisionRequest? request;
        try { request = await JsonSerializer.DeserializeAsync<DecisionRequest>(http.Request.Body, Json, http.RequestAborted); }
        catch (JsonException e) { return Error(400, $"请求不是有效的 JSON：{e.Message}"); }
        if (request is not { Region: { Length: > 0 } region, Indicator: { } indicator, Clause: { } clause })
            return Error(400, "请求应含 region、indicator、clause、points、reason");
        var who = Guards.Who(http);
        if (!who.MayDecide(region)) return Error(403, $"{who.Name}（{Account.RoleLabel(who.Role)}）无权复核 {region} 的得分");
        if (site.Review(region) is not { } review) return Error(404, $"{region} 尚无评分");
        if (request.Points is not { } points) return Error(422, "缺少复核得分 points");
        var result = site.Decisions.Decide(who, review, indicator, clause, points, request.Reason);
        return result.Refusal switch
        {
            null => Results.Json(Entry(result.Entry!), Json, statusCode: StatusCodes.Status201Created),
            DecisionRefusal.Forbidden => Error(403, result.Message),
            DecisionRefusal.NotFound => Error(404, result.Message),
            DecisionRefusal.Locked => Error(409, result.Message),
            _ => Error(422, result.Message),
        };
    }

    static IResult AuditLog(HttpContext http, SiteData site, string? region)
    {
        var who = Guards.Who(http);
        if (region is { Length: > 0 } && !(who.MayAudit || who.MayRead(region))) return Error(403, $"无权查看 {region} 的审核记录");
        if (!who.MayReadAny) return Error(403, "无权查看审核记录");
        var log = site.Store.Reviews.Log(region is { Length: > 0 } ? region : null)
            .Where(e => e.Kind == RegionReview.Decision && (who.MayAudit || who.MayRead(e.Region)));
        return Results.Json(new { Entries = log.Select(Entry) }, Json);
    }

    static IResult Search(HttpContext http, SiteData site, string? q, string? region, string? type, DateOnly? from, DateOnly? to, string? source, string? clause, int? limit)
    {
        var who = Guards.Who(http);
        if (!who.MayReadAny) return Error(403, "无权检索材料");
        var (hits, error, text) = SearchPage.Run(site, who, new SearchPage.Query(q, region, type, from, to, source, clause, Math.Clamp(limit ?? 10, 1, 100)));
        if (error is not null) return Error(region is { Length: > 0 } && !who.MayRead(region) ? 403 : 400, error);
        if (text.Length == 0) return Error(400, "请用 ?q= 给出检索词，或用 ?clause= 指定条款");
        return Results.Json(new { Hits = hits }, Json);
    }

    static object Entry(Extraction.Store.ReviewEntry e) => new
    {
        e.Id, User = e.Account, e.At, e.Region, e.Indicator, e.Clause, e.Suggested, e.Before, e.After, e.Reason,
    };

    static IResult Error(int status, string message) => Results.Json(new { error = message }, Json, statusCode: status);
}
