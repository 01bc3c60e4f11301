using Extraction.Review;
using Microsoft.AspNetCore.Antiforgery;

namespace Extraction.Host.Web;

/// <summary>Checks shared by the endpoints: the anti-forgery token on every state-changing request, and the account's right.</summary>
internal static class Guards
{
    /// <summary>400 unless the request carries a valid token (form field __RequestVerificationToken or header RequestVerificationToken).</summary>
    public static async ValueTask<object?> Antiforgery(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
            return http.Request.Path.StartsWithSegments("/api")
                ? Results.Json(new { error = "缺少或无效的防伪令牌（RequestVerificationToken），请刷新页面后重试" }, statusCode: StatusCodes.Status400BadRequest)
                : Layout.Page(http, "请求无效", "<p class=\"error\">页面已过期或缺少防伪令牌，请返回刷新页面后重试。</p>", StatusCodes.Status400BadRequest);
        return await next(context);
    }

    public static Account Who(HttpContext http) => SignedIn.Account(http);

    public static IResult ApiForbidden(string why) => Results.Json(new { error = why }, statusCode: StatusCodes.Status403Forbidden);
}
