using System.Security.Claims;
using Extraction.Review;

namespace Extraction.Host.Web;

/// <summary>The account of a request, carried in the sign-in cookie as claims: name, role, one claim per region.</summary>
internal static class SignedIn
{
    const string RegionClaim = "extraction:region";

    public static ClaimsPrincipal Principal(Account account, string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, account.Name), new(ClaimTypes.Role, account.Role) };
        claims.AddRange(account.Regions.Select(r => new Claim(RegionClaim, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static Account Account(HttpContext http) => new(http.User.Identity?.Name ?? "",
        http.User.FindFirstValue(ClaimTypes.Role) ?? "", http.User.FindAll(RegionClaim).Select(c => c.Value).ToList());
}
