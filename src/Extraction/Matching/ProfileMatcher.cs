using System.Text.RegularExpressions;
using Extraction.Understand;
using Extraction.Understand.Profiles;

namespace Extraction.Matching;

/// <summary>Decides a requirement against the region's document profiles: a document meets it when it is of the kind
/// asked (itself, or what it carries, or the items it holds) and about the subject where a reader looks — its title,
/// what it 印发/转发, its opening. A word further down in the body never meets a requirement alone; only minutes and
/// summaries, which record what was done passage by passage, meet an act (not a named material) from a passage.</summary>
public sealed partial class ProfileMatcher(SubjectWeights weights, MatchingOptions options)
{
    static readonly HashSet<string> Circulars = ["通知", "通报", "意见", "决定", "函", "公告", "通告"];
    static readonly HashSet<string> Records = ["会议纪要", "总结", "工作信息", "报告", "典型案例"];
    static readonly HashSet<string> Directives = ["通知", "意见", "决定", "工作方案"];
    static readonly HashSet<string> NotRegionFiles = ["新闻报道", "自评报告", "人员名单", "统计报表", "其他"];

    public RequirementOutcome Decide(Requirement requirement, IReadOnlyList<RegionDocument> documents, double? share = null)
    {
        var keys = weights.Keys(requirement.Subject, requirement.Materials.Concat(requirement.Named));
        // The field's words must show; those the subject names keep their weight, the others add none.
        keys = keys.Select(k => requirement.Field.Contains(k.Word) ? k with { Field = true } : k)
            .Concat(requirement.Field.Where(w => keys.All(k => k.Word != w)).Select(w => new SubjectKey(w, 0, -1) { Field = true })).ToList();
        double needed = share ?? options.SubjectShare;
        var matches = new List<RequirementMatch>();
        foreach (var document in documents)
        {
            var profile = document.Profile!;
            foreach (var material in requirement.Materials)
            {
                var found = Match(material, requirement.Implied, SetsUp().IsMatch(requirement.Subject), keys, needed, document, profile,
                        Training().IsMatch(requirement.Wording ?? requirement.Subject) || material.StartsWith("培训", StringComparison.Ordinal),
                        requirement.Implied && Implements().IsMatch(requirement.Subject), NamedMeeting().IsMatch(requirement.Wording ?? requirement.Subject))
                    .Where(m => !requirement.Online || Online(m)).ToList();
                if (found.Count == 0) continue;
                matches.AddRange(found);
                break;
            }
        }
        // Surest first: documents about the subject before acts read from a passage.
        return new RequirementOutcome(requirement, matches.OrderByDescending(m => m.Factor).ToList());
    }

    IEnumerable<RequirementMatch> Match(string material, bool implied, bool system, List<SubjectKey> keys, double needed, RegionDocument document, DocumentProfile profile,
        bool trainingAsked = true, bool implements = false, bool namedMeeting = false)
    {
        if (material is "典型案例" or "宣传报道")
        {
            var kind = material == "典型案例" ? "典型案例" : "新闻报道";
            var items = profile.Items.Where(i => i.Kind == kind).ToList();
            if (items.Count > 0)
            {
                // An item is read with its file's title: 《…知识产权执法典型案例》 tells the domain of each case in it.
                foreach (var item in items)
                    if (About(keys, Own(profile, profile.Title + "\n" + item.Heading + "\n" + Head(item.Text)), needed))
                        yield return new(document, item, $"{Quote(profile)}内{(kind == "典型案例" ? "案例" : "报道")}“{Cut(item.Heading)}”{Names(keys, item.Heading + item.Text)}", 1);
                yield break;
            }
        }
        // A training's notice or summary is about the training: it meets a clause that asks for one, not the acts it
        // teaches (执法检查实务) nor the work it trains for (软件正版化工作).
        if (!trainingAsked && Training().IsMatch(profile.Title)) yield break;
        // Carrying out (组织实施…工作) is not shown by the plan for it: a plan, or a circular issuing one, is planning.
        if (implements && profile.Kinds.Contains("工作方案")) yield break;
        var why = KindWhy(material, implied, profile);
        if (why is not null && About(keys, Own(profile, profile.About), needed))
        {
            yield return new(document, null, $"{Quote(profile)}：{(keys.Count == 0 ? "" : $"标题或开头点明{Names(keys, profile.About)}；")}{why}", 1);
            yield break;
        }
        // Only an act (a deployment, a system set up, a case handled) can be read from a passage; a named document cannot.
        // Minutes asked for a meeting that did something (召开会议部署落实…电视电话会议,有会议纪要) show it in a passage. Minutes
        // asked by their meeting's name (两法衔接联席会议纪要) are that meeting's own: another meeting's minutes whose passage
        // mentions its subject are not them.
        bool minutes = material == "会议纪要" && profile.Kind == "会议纪要" && !namedMeeting;
        if (!minutes && (!implied || material is not ("通知" or "文件" or "典型案例"))) yield break;
        needed = Math.Max(needed, options.SubjectShare);
        // Minutes, summaries and case reports record acts passage by passage: one passage can show the act was done. A
        // region's own circular sets up a system (建立…制度) by ordering it.
        bool records = Records.Contains(profile.Kind);
        bool setsUp = material == "文件" && system && Directives.Contains(profile.Kind);
        if (!records && !setsUp) yield break;
        var passage = Passage().Split(Own(profile, weights.Canonical(document.Text))).FirstOrDefault(p => keys.Any(k => k.Weight > 0) && About(keys, p, needed));
        if (passage is not null)
            yield return new(document, null, $"{Quote(profile)}正文{(records ? "记载" : "部署")}“{Cut(passage.Trim())}”（{profile.Kind}）", options.RecordFactor);
    }

    // A report runs online when its source is a website, a client or a web page (荆楚网2019年…, 来源：…网, 门户网站).
    static bool Online(RequirementMatch m) => WebOutlet().IsMatch(m.Item?.Text ?? m.Document.Text);

    // Why the document is of the kind asked: its own type, or what it carries (印发《…方案》, 附件, 附名单).
    static string? KindWhy(string material, bool implied, DocumentProfile p)
    {
        string? Own(Func<string, bool> accepts) =>
            accepts(p.Kind) ? $"类型为{p.Kind}" : p.Carried.FirstOrDefault(c => accepts(c.Kind)) is { } c ? $"经“{c.Via}”附带{c.Kind}《{Cut(c.Title)}》" : null;
        bool trains = p.About.Contains("培训", StringComparison.Ordinal);
        return material switch
        {
            "通知" => Own(k => Circulars.Contains(k) || (implied && k is "工作方案" or "会议纪要" or "工作要点")),
            "培训通知" => trains ? Own(Circulars.Contains) : null,
            "培训总结" => trains ? Own(k => k == "总结") : null,
            "人员名单" => Own(k => k == "人员名单"),
            "会议纪要" => Own(k => k == "会议纪要"),
            "方案" => Own(k => k == "工作方案"),
            "总结" => Own(k => k == "总结"),
            "典型案例" => Own(k => k == "典型案例"),
            "宣传报道" => Own(k => k == "新闻报道"),
            "统计报表" => Own(k => k == "统计报表"),
            "工作信息" => Own(k => k == "工作信息"),
            "督查报告" or "年度报告" or "审计报告" => p.Title.Contains(material[..2]) ? Own(k => k == "报告") : null,
            "文件" when implied => Own(k => !NotRegionFiles.Contains(k)),
            "文件" => Own(k => DocumentTypes.Statutory.Contains(k) || k is "工作方案" or "制度" or "工作要点"),
            _ => null,
        };
    }

    // About the subject: most of the subject's weight is in the text, and always its most telling words — those that
    // tell this clause from the others (经费 for 植物新品种保护执法经费, not 植物新品种; 调整 and 领导小组 alike).
    bool About(List<SubjectKey> keys, string text, double needed)
    {
        if (keys.Count == 0) return true;
        var canonical = weights.Canonical(text);
        bool Shows(SubjectKey k) => canonical.Contains(k.Word, StringComparison.Ordinal);
        // A field word must show (农资 beside 专项治理; 林木种苗 in a case of 林木种苗, not of 复合肥).
        if (keys.Any(k => k.Field) && !keys.Where(k => k.Field).Any(Shows)) return false;
        if (keys.All(k => k.Weight == 0)) return true;
        var groups = keys.GroupBy(k => k.Group)
            .Select(g => (Weight: g.Max(k => k.Weight), Found: g.Any(Shows))).ToList();
        double top = groups.Max(g => g.Weight);
        // A document already of the kind asked needs only part of the subject (a report on 商标侵权 cases is publicity of
        // 商标专利执法), so its telling words are not all required.
        bool ofKind = needed < options.SubjectShare;
        if (options.RequireTellingWord && !ofKind && groups.Count > 1 && groups.Any(g => g.Weight >= options.TellingBand * top && !g.Found)) return false;
        return groups.Where(g => g.Found).Sum(g => g.Weight) / groups.Sum(g => g.Weight) >= needed - 1e-9;
    }

    // The sender naming itself (市领导小组办公室定于…) says who wrote, not what about: its name and the shorter forms of
    // it (a suffix of four or more characters after 市/县/区/本) are taken out before matching.
    string Own(DocumentProfile profile, string text)
    {
        if (profile.Issuer is not { Length: >= 4 }) return text;
        foreach (var issuer in new[] { profile.Issuer, weights.Canonical(profile.Issuer) })
        {
            text = text.Replace(issuer, " ", StringComparison.Ordinal);
            for (int n = issuer.Length - 1; n >= 4; n--)
                foreach (var self in new[] { "市", "县", "区", "本" })
                    text = text.Replace(self + issuer[^n..], " ", StringComparison.Ordinal);
        }
        return text;
    }

    string Head(string text) => text.Length <= options.OpeningCharacters ? text : text[..options.OpeningCharacters];

    string Names(List<SubjectKey> keys, string text)
    {
        var canonical = weights.Canonical(text);
        var found = keys.Where(k => canonical.Contains(k.Word, StringComparison.Ordinal)).OrderByDescending(k => k.Weight).Take(4).Select(k => k.Word).ToList();
        return found.Count == 0 ? "" : $"“{string.Join("、", found)}”";
    }

    static string Quote(DocumentProfile p) => $"《{Cut(p.Title)}》";

    static string Cut(string s) => s.Length <= 40 ? s : s[..40] + "…";

    [GeneratedRegex(@"[。；！？\n]")] private static partial Regex Passage();
    [GeneratedRegex(@"制度|机制")] private static partial Regex SetsUp();
    [GeneratedRegex(@"培训")] private static partial Regex Training();
    // Minutes named by their meeting: a name right before 会议纪要 or 会纪要 (联席会议纪要, 座谈会纪要), not an act (有会议纪要).
    [GeneratedRegex(@"[\u4e00-\u9fff”》](?<!有|形成|印发|报送|提供|附|及|和|与|的|并|或)会议纪要|[\u4e00-\u9fff](?<!议)会纪要")] private static partial Regex NamedMeeting();
    [GeneratedRegex(@"实施(?!方案)")] private static partial Regex Implements();
    [GeneratedRegex(@"[\u4e00-\u9fff]{2,8}网(?=[（(\s\d:：]|$)|网站|网页|客户端|公众号|来源[:：][^\n]{0,20}网")] private static partial Regex WebOutlet();
}
