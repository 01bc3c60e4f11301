using Extraction.Review;
using Microsoft.AspNetCore.Antiforgery;

namespace Extraction.Host.Web;

/// <summary>The frame of every page: title, the menu the account's role may use, who is signed in, and the
/// anti-forgery token every form and script posts back.</summary>
internal static class Layout
{
    public static string Token(HttpContext http) => http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http).RequestToken ?? "";

    /// <summary>The hidden input a form posts its token in.</summary>
    public static string TokenField(HttpContext http) => $"<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"{Html.E(Token(http))}\">";

    public static IResult Page(HttpContext http, string title, string body, int status = 200)
    {
        var signedIn = http.User.Identity?.IsAuthenticated == true;
        var account = signedIn ? SignedIn.Account(http) : null;
        var menu = account is null ? "" : string.Concat(Menu(account).Select(m => $"<a href=\"{m.Href}\"{(Current(http, m.Href) ? " class=\"here\"" : "")}>{m.Label}</a>"))
            + $"<span class=\"who\">{Html.E(account.Name)}（{Account.RoleLabel(account.Role)}）</span>"
            + $"<form method=\"post\" action=\"/logout\" class=\"inline\">{TokenField(http)}<button type=\"submit\">退出</button></form>";
        var html = $"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="request-verification-token" content="{(signedIn ? Html.E(Token(http)) : "")}">
            <title>{Html.E(title)} - 打击侵权假冒绩效考核复核</title><link rel="stylesheet" href="/static/site.css"><script src="/static/site.js" defer></script></head>
            <body><header><strong>打击侵权假冒绩效考核复核</strong><nav>{menu}</nav></header>
            <main><h1>{Html.E(title)}</h1>{body}</main></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", null, status);
    }

    public static IResult Forbidden(HttpContext http, string why) => Page(http, "无权访问", $"<p class=\"error\">{Html.E(why)}</p>", StatusCodes.Status403Forbidden);

    public static IResult NotFound(HttpContext http, string what) => Page(http, "未找到", $"<p class=\"error\">{Html.E(what)}</p>", StatusCodes.Status404NotFound);

    /// <summary>A one-line notice carried across a redirect after a form (?msg=…, ?err=…).</summary>
    public static string Notice(HttpContext http) =>
        (http.Request.Query["msg"].ToString() is { Length: > 0 } m ? $"<p class=\"notice\">{Html.E(m)}</p>" : "")
        + (http.Request.Query["err"].ToString() is { Length: > 0 } e ? $"<p class=\"error\">{Html.E(e)}</p>" : "");

    static IEnumerable<(string Href, string Label)> Menu(Account a)
    {
        if (a.MayReadAny) { yield return ("/", "总览"); yield return ("/search", "检索"); }
        if (a.MayAudit) yield return ("/audit", "抽查");
        if (a.MayReadAny) { yield return ("/tasks", "任务落实"); yield return ("/agreement", "一致率"); }
        if (a.Role is Account.Admin or Account.Operator) yield return ("/inbox", "收件");
    }

    static bool Current(HttpContext http, string href) => href == "/" ? http.Request.Path == "/" : http.Request.Path.StartsWithSegments(href);
}
