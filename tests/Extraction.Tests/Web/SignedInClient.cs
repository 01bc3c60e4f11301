using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Extraction.Tests.Web;

/// <summary>A browser-like client of the site: keeps cookies, signs in through the form with its anti-forgery token,
/// and reads the token the pages carry for later posts.</summary>
public sealed partial class SignedInClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static SignedInClient Anonymous(ReviewSiteFactory factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public static async Task<SignedInClient> As(ReviewSiteFactory factory, string name, string password = ReviewSiteFixture.Password)
    {
        var client = Anonymous(factory);
        var response = await client.SignIn(name, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public async Task<HttpResponseMessage> SignIn(string name, string password)
    {
        var token = Token(await Http.GetStringAsync("/login"));
        return await Http.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = name, ["password"] = password, ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>The token of a page's forms (the hidden input), or of its meta tag.</summary>
    public static string Token(string html)
    {
        var m = HiddenToken().Match(html);
        if (!m.Success) m = MetaToken().Match(html);
        Assert.True(m.Success, "no anti-forgery token on the page");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    public async Task<string> PageToken(string path = "/agreement") => Token(await Http.GetStringAsync(path));

    [GeneratedRegex(@"name=""__RequestVerificationToken"" value=""([^""]+)""")] private static partial Regex HiddenToken();
    [GeneratedRegex(@"name=""request-verification-token"" content=""([^""]+)""")] private static partial Regex MetaToken();
}
