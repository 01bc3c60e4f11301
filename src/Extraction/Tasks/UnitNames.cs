using System.Text.RegularExpressions;

namespace Extraction.Tasks;

/// <summary>Reads the responsible units of a task — a cell (市市场监管局（牵头）、市公安局), a bracket (市市场监管局、市知识产权局按职责
/// 分工负责; 责任单位：…; 牵头单位：…；配合单位：…; X牵头，Y配合) — into one list, with those marked 牵头 and 配合 apart,
/// every name normalized: 市市场监管局, 市场监管局 and 襄阳市市场监督管理局 are one unit of the city, 市市场监管局.</summary>
public static partial class UnitNames
{
    /// <summary>The units a text names, normalized for the plan's region; parts that name no unit are left out.</summary>
    public static UnitList Read(string? text, string? region)
    {
        var all = new List<string>();
        var lead = new List<string>();
        var support = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return new UnitList(all, lead, support);
        foreach (var raw in Segments().Split(Quotes().Replace(text, "")))
        {
            var segment = raw.Trim();
            if (segment.Length == 0) continue;
            bool leads = LeadLabel().IsMatch(segment) || LeadMark().IsMatch(segment);
            bool supports = SupportLabel().IsMatch(segment) || SupportMark().IsMatch(segment);
            // "市公安局（牵头）、市检察院": the mark belongs to the name before it, not to the whole segment.
            foreach (var part in segment.Split('、', '/', '／'))
            {
                bool partLeads = InlineLead().IsMatch(part);
                var name = Normalize(RoleWords().Replace(Label().Replace(part, ""), ""), region);
                if (name is null) continue;
                Add(all, name);
                if (partLeads || (leads && !InlineLead().IsMatch(segment))) Add(lead, name);
                else if (supports) Add(support, name);
            }
        }
        return new UnitList(all, lead, support);
    }

    static void Add(List<string> list, string name) { if (!list.Contains(name)) list.Add(name); }

    /// <summary>True when a text is a list of units and nothing else (a bare bracket "（市林业局、市农业农村局）").</summary>
    public static bool IsUnitList(string text, string? region)
    {
        var parts = Segments().Split(Quotes().Replace(text, "")).SelectMany(s => s.Split('、')).Select(p => RoleWords().Replace(Label().Replace(p, ""), "").Trim()).Where(p => p.Length > 0).ToList();
        return parts.Count > 0 && parts.All(p => Normalize(p, region) is not null);
    }

    /// <summary>One unit's name in its normal form: the plan's region taken off (襄阳市公安局 → 市公安局), a bare name made
    /// the city's (公安局 → 市公安局), the short name of its kind (市场监督管理局 → 市场监管局); a name of another place
    /// (武汉海关) is kept as written. Null when the text names no unit.</summary>
    public static string? Normalize(string name, string? region)
    {
        var n = Spaces().Replace(Quotes().Replace(name, ""), "").Trim('，', ',', '。', '；', ';', '：', ':');
        if (n.Length < 2 || n.Length > 30 || !OrganEnd().IsMatch(n) || n.Any(char.IsDigit)) return null;
        if (NotUnit().IsMatch(n)) return null;
        if (n.StartsWith("各", StringComparison.Ordinal) || HigherLevel().IsMatch(n)) return n;
        bool city = false;
        if (region is { Length: >= 2 } && n.StartsWith(region, StringComparison.Ordinal) && n.Length > region.Length + 1)
            (n, city) = (n[region.Length..], true);
        else if (region is { Length: >= 3 } && n.StartsWith(region[..^1], StringComparison.Ordinal))
            return n;  // 襄阳海关, 鄂州海关: the place's own name, not the city's office
        if (n.StartsWith("市", StringComparison.Ordinal) && !n.StartsWith("市场", StringComparison.Ordinal)) (n, city) = (n[1..], true);
        else if (!city && OtherPlace().IsMatch(n)) return n;
        foreach (var (written, shortName) in UnitAliases.Forms)
            if (n.EndsWith(written, StringComparison.Ordinal)) { n = n[..^written.Length] + shortName; break; }
        foreach (var (bare, full) in UnitAliases.PartyOrgans)
            if (n == bare) n = full;
        if (n.Contains("海关") || n.Contains("银行")) return n;
        return "市" + n;
    }

    /// <summary>True when two names are the same unit (both normalized for their own region).</summary>
    public static bool Same(string a, string b) => a == b;

    [GeneratedRegex(@"[；;，,]")] private static partial Regex Segments();
    [GeneratedRegex(@"[“”""‘’「」]")] private static partial Regex Quotes();
    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
    [GeneratedRegex(@"简称|以下|^含|^包括|^如|^即")] private static partial Regex NotUnit();
    [GeneratedRegex(@"^(?:省|国家|中央|全国|国务院)")] private static partial Regex HigherLevel();
    [GeneratedRegex(@"^(?:牵头单位|牵头部门|主责单位|主办单位)\s*[:：]")] private static partial Regex LeadLabel();
    [GeneratedRegex(@"(?<![（(])牵头$|牵头(?:负责|抓总)$")] private static partial Regex LeadMark();
    [GeneratedRegex(@"[（(]牵头[）)]")] private static partial Regex InlineLead();
    [GeneratedRegex(@"^(?:配合单位|配合部门|协办单位|参与单位|协助单位)\s*[:：]")] private static partial Regex SupportLabel();
    [GeneratedRegex(@"(?:配合|协助|协办|参与)$")] private static partial Regex SupportMark();
    [GeneratedRegex(@"^[^:：]{0,8}[:：]")] private static partial Regex Label();
    [GeneratedRegex(@"[（(]?(?:牵头|配合|协助|协办|参与)[）)]?|按职责分工负责|按职责负责|分工负责|共同负责|负责落实|负责|按职责|等$|等单位$|等部门$")] private static partial Regex RoleWords();
    [GeneratedRegex(@"(?:局|委|办|院|部|厅|会|海关|中心|公司|政府|单位|部门|分行|支行|营管部|总队|支队|大队|所|站|处|室|联|馆|团|社|协会)$")] private static partial Regex OrganEnd();
    [GeneratedRegex(@"^[\u4e00-\u9fff]{2,3}(?:省|市|州|县|区)(?!场)")] private static partial Regex OtherPlace();
}

/// <summary>The units of a task: all of them, those marked 牵头, those marked 配合.</summary>
public sealed record UnitList(IReadOnlyList<string> All, IReadOnlyList<string> Lead, IReadOnlyList<string> Support);
