using Extraction.Host.Web.Pages;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Extraction.Host.Web;

/// <summary>The review pages as one unit: services (cookie sign-in, anti-forgery, the site's data) and the request
/// pipeline (security headers, sign-in required on every page but /login, the pages and the API).</summary>
public static class ReviewSite
{
    public static IServiceCollection AddReviewSite(this IServiceCollection services, SiteOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<SiteData>();
        services.AddSingleton(new PageImages(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.Store.ArchiveDirectory))!, "page-images")));
        // Sign-in cookies stay valid across restarts and for every process serving the same store.
        services.AddDataProtection().SetApplicationName("extraction-review")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.Store.ArchiveDirectory))!, "web-keys")));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.LoginPath = "/login";
            o.Cookie.Name = "extraction.signin";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // The API answers with status codes; only pages redirect to the sign-in form.
            o.Events.OnRedirectToLogin = c => Answer(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => Answer(c, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = "RequestVerificationToken";
            o.Cookie.Name = "extraction.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = options.UploadLimitBytes * 4);
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = options.UploadLimitBytes * 4);
        return services;
    }

    public static IApplicationBuilder UseReviewSite(this IApplicationBuilder app)
    {
        app.Use(async (http, next) =>
        {
            var h = http.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "same-origin";
            h.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
            await next();
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseEndpoints(endpoints =>
        {
            SignInPage.Map(endpoints);
            StaticAssets.Map(endpoints);
            var signedIn = endpoints.MapGroup("").RequireAuthorization();
            OverviewPage.Map(signedIn);
            RegionPage.Map(signedIn);
            DocumentPage.Map(signedIn);
            SearchPage.Map(signedIn);
            AuditPage.Map(signedIn);
            AgreementPage.Map(signedIn);
            TasksPage.Map(signedIn);
            InboxPage.Map(signedIn);
            Api.Map(signedIn);
        });
        return app;
    }

    static Task Answer(RedirectContext<CookieAuthenticationOptions> c, int status)
    {
        if (c.Request.Path.StartsWithSegments("/api") || status == StatusCodes.Status403Forbidden) c.Response.StatusCode = status;
        else c.Response.Redirect(c.RedirectUri);
        return Task.CompletedTask;
    }
}
