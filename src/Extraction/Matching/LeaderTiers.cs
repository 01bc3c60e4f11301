using System.Text.RegularExpressions;
using Extraction.Rulebooks;

namespace Extraction.Matching;

/// <summary>A tiered clause about who leads a body ("总召集人（组长）由…部长担任的得1分；由…副部长担任的得0.5分") is
/// decided from the document that names who leads: the highest tier whose offices the named leader holds.</summary>
public static partial class LeaderTiers
{
    public static bool Applies(Clause clause) => clause.Rule == RuleShape.Tiered && LeaderCue().IsMatch(clause.Text);

    /// <summary>The leader a document names ("由市委常委、宣传部部长任组长", "组长：…副市长"), with the passage.</summary>
    public static (string Leader, RegionDocument Document)? FindLeader(IEnumerable<RegionDocument> documents, Func<RegionDocument, bool> about)
    {
        foreach (var d in documents.OrderByDescending(about))
            if (LeaderPassage().Match(d.Text) is { Success: true } m)
                return (m.Groups["who"].Value.Trim(), d);
        return null;
    }

    /// <summary>The tiers, highest first, and whether the leader holds the offices each names.</summary>
    public static Award? Tier(Clause clause, string leader) =>
        clause.Awards.Where(a => !a.Kind.StartsWith("deduction", StringComparison.Ordinal) && a.Amount > 0)
            .OrderByDescending(a => a.Amount)
            .FirstOrDefault(a => Alternatives(a.Condition).Any(offices => offices.Count > 0 && offices.All(o => Holds(leader, o))));

    // "由…委常委、宣传部部长或联系版权工作副市长担任": either the first offices together, or the second.
    static IEnumerable<List<string>> Alternatives(string condition)
    {
        var m = TierOffices().Match(condition);
        // "副市长(副区长)": the bracket names the same office elsewhere, not a second one needed.
        return Bracket().Replace(m.Success ? m.Groups[1].Value : condition, "").Split('或')
            .Select(part => Office().Matches(part).Select(x => x.Value).Distinct().ToList());
    }

    // 部长 is not held by a 副部长.
    static bool Holds(string leader, string office) =>
        office.StartsWith('副') ? leader.Contains(office, StringComparison.Ordinal) : Regex.IsMatch(leader, $"(?<!副){Regex.Escape(office)}");

    [GeneratedRegex(@"[(（][^)）]*[)）]")] private static partial Regex Bracket();
    [GeneratedRegex(@"担任|任组长|召集人")] private static partial Regex LeaderCue();
    [GeneratedRegex(@"由(?<who>[^。；;，,]{2,40}?)(?:担任|任)(?:总召集人|召集人|组长)|(?:总召集人|组长)[（(]?[^）)。；]{0,6}[）)]?由(?<who>[^。；;]{2,40}?)担任|组长[:：]\s*(?<who>[^。；;\n]{2,40})")] private static partial Regex LeaderPassage();
    [GeneratedRegex(@"由(.{2,40}?)(?:担任|任)")] private static partial Regex TierOffices();
    [GeneratedRegex(@"副?(?:常委|书记|部长|市长|州长|区长|秘书长|主任|局长|厅长)")] private static partial Regex Office();
}
