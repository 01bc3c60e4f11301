using System.Text.RegularExpressions;

namespace Extraction.Understand.Profiles;

/// <summary>Builds a document's profile from its facts and text. The subject is read where a reader of 公文 reads it:
/// the title, the document it 印发/转发, and the opening lines after the title and the addressee.</summary>
public sealed partial class DocumentProfiler(OutletLevels outlets, int openingCharacters = 200, int rosterRows = 3)
{
    public DocumentProfile Profile(DocumentFacts facts, string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var title = (facts.Title ?? lines.FirstOrDefault() ?? "").Trim('【', '】');
        // A bulletin goes by its masthead (…打击侵权假冒工作信息（第5期）): it says what the bulletin reports on, and its
        // first item follows it, whatever line the header took for the title.
        var masthead = facts.Type == "工作信息" ? lines.Take(8).FirstOrDefault(l => Masthead().IsMatch(l)) : null;
        // A table's rows are its content: its opening runs to the full length; a document's is its first paragraph.
        var opening = Opening(lines, masthead ?? title, facts.Type is "统计报表" or "人员名单" ? openingCharacters : 30);
        var head = title + "\n" + opening;
        var names = Quoted().Matches(head).Select(m => m.Groups["n"].Value)
            .Concat(ActionName().Matches(head).Select(m => m.Value)).Prepend(masthead).OfType<string>().Distinct().ToList();
        int rows = RosterRow().Matches(text).Count;
        var carried = Carried(title, opening, facts, rows).ToList();
        var items = ContainedItems.Cases(text).Concat(ContainedItems.Reports(facts.Type, title, lines, outlets)).ToList();
        if (facts.Type == "其他" && TitleKinds.Of(title) is null && items.Count == 0 && ContainedItems.Reports("新闻报道", title, lines, outlets) is var news && Reprint().IsMatch(text))
            items.AddRange(news);
        // A type left 其他 by understanding is read from the title's last words (…案件统计, …工作动态（第2期）, …的通知).
        var kind = facts.Type != "其他" ? facts.Type : TitleKinds.Of(title) ?? "其他";
        return new DocumentProfile(kind, title, carried, names, opening, facts.Issuer, facts.IssuerRegion, facts.Date, items, rows);
    }

    // The opening: what follows the title line (and the addressee line ending in a colon), cut to a few sentences.
    string Opening(List<string> lines, string title, int paragraph)
    {
        var tail = title.Length >= 6 ? title[^6..] : title;
        int at = lines.FindIndex(l => tail.Length > 0 && l.Contains(tail, StringComparison.Ordinal));
        var body = lines.Skip(at + 1).ToList();
        if (body.Count > 0 && body[0].Length <= 80 && (body[0].EndsWith(':') || body[0].EndsWith('：'))) body.RemoveAt(0);
        // The first paragraph states what the document is for; the numbered sections after it are its content.
        var opening = "";
        foreach (var line in body)
        {
            opening = opening.Length == 0 ? line : opening + "\n" + line;
            if (opening.Length >= paragraph) break;
        }
        return opening.Length <= openingCharacters ? opening : opening[..openingCharacters];
    }

    IEnumerable<CarriedDocument> Carried(string title, string opening, DocumentFacts facts, int rows)
    {
        var seen = new HashSet<string>();
        if ((Wrapper().Match(title) is { Success: true } b ? b : BareWrapper().Match(title) is { Success: true } c ? c : Sends().Match(title)) is { Success: true } w && seen.Add(w.Groups["t"].Value))
            yield return new(TitleKinds.Of(w.Groups["t"].Value) ?? "文件", w.Groups["t"].Value, w.Groups["via"].Value);
        foreach (Match m in IssuedInOpening().Matches(opening))
            if (seen.Add(m.Groups["t"].Value)) yield return new(TitleKinds.Of(m.Groups["t"].Value) ?? "文件", m.Groups["t"].Value, m.Groups["via"].Value);
        // A 函 sending its papers names each in its opening (现将…工作总结及相关数据报上): it carries each of them.
        if (facts.Type is "函" or "报告" && SentInOpening().Match(opening) is { Success: true } sent)
            foreach (var part in sent.Groups["t"].Value.Split(['及', '和', '、']).Select(x => x.Trim()))
                if (part.Length >= 2 && TitleKinds.Of(part) is { } kind && seen.Add(part)) yield return new(kind, part, "报送");
        foreach (var attachment in facts.Attachments)
        {
            var t = AttachmentNumber().Replace(attachment, "").Trim();
            if (t.Length > 0 && seen.Add(t)) yield return new(TitleKinds.Of(t) ?? "文件", t, "附件");
        }
        // A summary "（附名单）" carries its roster; a circular adjusting a body's members lists them but is no roster.
        bool adjustsMembers = MemberAdjustment().IsMatch(title);
        if (WithRoster().IsMatch(title) && !adjustsMembers) yield return new("人员名单", title, "附名单");
        else if (rows >= rosterRows && facts.Type != "人员名单" && !adjustsMembers) yield return new("人员名单", title, "附表");
    }

    [GeneratedRegex(@"(?<via>印发|转发|下发|颁发|公布)《(?<t>.{4,80})》的(?:通知|函|通报|决定)$")] private static partial Regex Wrapper();
    [GeneratedRegex(@"(?<via>印发|转发|下发|颁发|公布)(?<t>[^《》]{4,80}?)的(?:通知|函|通报|决定)$")] private static partial Regex BareWrapper();
    // A 函 or 报告 that 报送 a summary or figures sends them (关于报送…工作总结的函); a 通知 asking for them sends nothing.
    [GeneratedRegex(@"(?<via>报送|上报|呈报|报来)《?(?<t>[^《》]{4,80}?)》?的(?:函|报告)$")] private static partial Regex Sends();
    [GeneratedRegex(@"^.{2,40}(工作信息|简报|动态|信息专报|快报)\s*([（(]?(20\d\d\s*年)?\s*第\s*\d{1,3}\s*期[）)]?)?$")] private static partial Regex Masthead();
    [GeneratedRegex(@"现将(?<t>[^,，。；]{2,60}?)(?:报上|报送|上报|呈报|报来|报给)")] private static partial Regex SentInOpening();
    [GeneratedRegex(@"现将《(?<t>[^》]{4,80})》(?<via>印发|转发|下发)")] private static partial Regex IssuedInOpening();
    [GeneratedRegex(@"《(?<n>[^》]{2,80})》|[“""](?<n>[^”""]{2,20})[”""]")] private static partial Regex Quoted();
    [GeneratedRegex(@"[\u4e00-\u9fff]{2}20\d\d(?![\d年])")] private static partial Regex ActionName();
    [GeneratedRegex(@"(?m)^\s*\d{1,3}\s*[\t|｜]\s*[\u4e00-\u9fff]{2,4}\s*[\t|｜]")] private static partial Regex RosterRow();
    [GeneratedRegex(@"^附件\s*\d*\s*[:：.．、]?")] private static partial Regex AttachmentNumber();
    [GeneratedRegex(@"[（(]附[^）)]*名单[）)]|附[^，。]{0,10}名单")] private static partial Regex WithRoster();
    [GeneratedRegex(@"调整.{0,30}(成员|组成人员)")] private static partial Regex MemberAdjustment();
    // A web reprint of a news item: a 来源/发布时间 line, or a paper's 讯/电 dateline.
    [GeneratedRegex(@"(?m)^\s*来源[:：].{0,40}(发布时间|20\d\d)|本报讯|(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,6}讯[（(]?记者|新华社.{0,8}电")] private static partial Regex Reprint();
}
