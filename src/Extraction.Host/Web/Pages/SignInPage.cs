using Extraction.Review;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Extraction.Host.Web.Pages;

/// <summary>/login and /logout: local accounts, a cookie, and a lockout after repeated wrong passwords.</summary>
internal static class SignInPage
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/login", (HttpContext http) => Form(http, null));
        app.MapPost("/login", SignIn).AddEndpointFilter(Guards.Antiforgery);
        app.MapPost("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/login");
        }).AddEndpointFilter(Guards.Antiforgery);
    }

    static async Task<IResult> SignIn(HttpContext http, SiteData site)
    {
        var form = await http.Request.ReadFormAsync();
        var result = site.Accounts.SignIn(form["username"].ToString(), form["password"].ToString());
        if (result.LockedUntil is { } until)
            return Form(http, $"连续 {Accounts.MaxFailedSignIns} 次密码错误，账户已锁定，请于 {until.ToLocalTime():HH:mm} 后再试或联系管理员", StatusCodes.Status429TooManyRequests);
        if (result.Account is not { } account) return Form(http, "用户名或密码错误", StatusCodes.Status401Unauthorized);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SignedIn.Principal(account, CookieAuthenticationDefaults.AuthenticationScheme));
        var back = http.Request.Query["ReturnUrl"].ToString();
        // Only a path of this site: a crafted link must not send a signed-in user elsewhere.
        var local = back.StartsWith('/') && !back.StartsWith("//") && !back.StartsWith("/\\");
        return Results.Redirect(local ? back : account.Role == Account.Operator ? "/inbox" : "/");
    }

    static IResult Form(HttpContext http, string? error, int status = 200) => Layout.Page(http, "登录", $"""
        {(error is null ? "" : $"<p class=\"error\">{Html.E(error)}</p>")}
        <form method="post" class="login">
          {Layout.TokenField(http)}
          <label>用户名 <input name="username" autocomplete="username" required autofocus></label>
          <label>密码 <input name="password" type="password" autocomplete="current-password" required></label>
          <button type="submit">登录</button>
        </form>
        <p class="hint">账户由管理员用 <code>extraction user add</code> 创建。</p>
        """, status);
}
