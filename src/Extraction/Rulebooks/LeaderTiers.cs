using System.Text.RegularExpressions;

namespace Extraction.Rulebooks;

/// <summary>Tiers that turn on who leads a body — "组长由政府主要负责同志担任的得3分；由分管负责同志担任的得2分" — read
/// into the roles each tier names, so the document naming the leader decides the clause.</summary>
public static partial class LeaderTiers
{
    /// <summary>The <see cref="Clause.DecidedBy"/> of such clauses.</summary>
    public const string Basis = "leader";

    /// <summary>True when a condition says who leads (由…担任, 由…任组长, 组长/召集人由…).</summary>
    public static bool Leads(string condition) => LeaderPhrase().IsMatch(condition);

    /// <summary>The tiers with their roles, best first, or null when the tiers do not turn on who leads.</summary>
    public static IReadOnlyList<Award>? Read(IReadOnlyList<Award> awards)
    {
        var tiers = awards.Where(a => a.Kind == "tier").ToList();
        if (tiers.Count < 2 || !tiers.Take(tiers.Count - 1).All(t => Leads(t.Condition))) return null;
        return awards.Select(a => a.Kind == "tier" ? a with { Roles = Roles(a.Condition) } : a).ToList();
    }

    // "由市委常委、宣传部部长或联系版权工作副市长(副区长)担任" → the three roles; "未明确" names none.
    static List<string> Roles(string condition)
    {
        var m = ByRole().Match(condition);
        if (!m.Success) return [];
        return RoleSplit().Split(m.Groups["roles"].Value).Select(r => r.Trim().TrimEnd('的'))
            .Where(r => r.Length > 1 && !r.Contains("未明确")).Distinct().ToList();
    }

    // 由…担任, or 由…任组长 / 兼任 / 牵头 as other tables write it.
    [GeneratedRegex(@"由[^,;。]{2,60}?(?:担任|兼任|任组长|任召集人|牵头)|(?:组长|召集人|负责人|主任)\(?[^,;。由]{0,6}\)?由")] private static partial Regex LeaderPhrase();
    // The roles after 由, up to 担任 or to the end of the condition ("由…副部长或未明确的").
    [GeneratedRegex(@"由(?<roles>[^,;。]*?)(?:担任|兼任|任组长|任召集人|牵头|$|的$)")] private static partial Regex ByRole();
    // Roles are listed with 、 or 或, but a 、 inside brackets (州、林区) belongs to one role.
    [GeneratedRegex(@"[、或](?![^()]*\))")] private static partial Regex RoleSplit();
}
