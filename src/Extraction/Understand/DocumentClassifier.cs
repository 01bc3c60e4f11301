using System.Text.RegularExpressions;

namespace Extraction.Understand;

/// <summary>Tells a document's type from its title first — a title ends with its type (…的通知, …的函, …工作总结), and a
/// notice that adjusts a group's members is a 通知, not a roster — then from what its text looks like: a roster is a roster
/// as a Word table, a spreadsheet or a photo; a 工作信息 is known by its 第N期 masthead.</summary>
public static partial class DocumentClassifier
{
    // The word a title ends with, and the type it makes; longer endings first (通报 before 报, 会议纪要 before 纪要).
    static readonly (string Ending, string Type)[] TitleEndings =
    [
        ("会议纪要", "会议纪要"), ("纪要", "会议纪要"), ("签到表", "人员名单"), ("花名册", "人员名单"), ("名单", "人员名单"),
        ("方案", "工作方案"), ("计划", "工作方案"), ("要点", "工作方案"), ("统计表", "统计报表"), ("报表", "统计报表"), ("统计", "统计报表"), ("总结", "总结"), ("通知", "通知"), ("通报", "通报"), ("意见", "意见"),
        ("报告", "报告"), ("请示", "请示"), ("批复", "批复"), ("决定", "决定"), ("决议", "决议"), ("公告", "公告"), ("通告", "通告"),
        ("公报", "公报"), ("命令", "命令"), ("议案", "议案"), ("函", "函"),
    ];

    // Checked in order: the more particular kind before the general one (自评报告 before 报告, 会议纪要 before 纪要).
    static readonly (string Type, Regex Title)[] ByTitle =
    [
        ("自评报告", new("自评报告|自查报告")), ("会议纪要", new("纪要")), ("人员名单", new("名单|签到表|花名册")),
        ("典型案例", new("案例")), ("工作方案", new("方案|计划|工作要点")), ("总结", new("总结")), ("统计报表", new("报表|统计表|统计$")),
        ("工作信息", new("工作信息|简报|信息专报")),
    ];

    public static string Classify(string? title, string text, bool hasDocNumber) =>
        Classify(new HeaderReader.Header(null, hasDocNumber ? "" : null, title, null, null, null, []) { FormalTitle = title?.StartsWith("关于") == true }, text);

    public static string Classify(HeaderReader.Header header, string text) => Read(header, text).Type;

    /// <summary>The type, and the title it was told from when the header's title does not tell it: a title line the
    /// header passed over (an OCR'd number taken for the title, a title whose type word wrapped onto the next line, the
    /// headline above a web reprint's 来源 line, a 关于…的通知 run into its addressee by OCR).</summary>
    public static (string Type, string? Title) Read(HeaderReader.Header header, string text)
    {
        var type = ByHeader(header, text, out bool decided);
        if (decided || header.Bulletin) return (type, null);
        foreach (var candidate in TitleLines(text))
            if (TypeOfTitle(candidate) is { } found) return (found, candidate);
        if (WebReprint().IsMatch(Head(text))) return ("新闻报道", ReprintHeadline(text));
        return (type, null);
    }

    // The header's title decides when it ends with a type or names one.
    static string ByHeader(HeaderReader.Header header, string text, out bool decided)
    {
        decided = true;
        var t = TrailingNote().Replace(header.Title ?? "", "");
        if (header.Bulletin) return "工作信息";
        if (SelfEvaluationTitle().IsMatch(t) && !t.EndsWith("通知")) return "自评报告";
        if (header.FormalTitle || header.DocNumber is not null || t.Length >= 6)
            foreach (var (ending, type) in TitleEndings)
                if (t.EndsWith(ending, StringComparison.Ordinal) && (ending.Length > 1 || header.FormalTitle || header.DocNumber is not null)) return type;
        foreach (var (type, pattern) in ByTitle)
            if (pattern.IsMatch(t)) return type;
        decided = false;
        return ByText(header, text, t);
    }

    // A line standing for a title: it ends with a type word (…的通知, …统计表), or names one (…会议纪要), at least six long.
    static string? TypeOfTitle(string line)
    {
        var t = TrailingNote().Replace(line, "");
        if (t.Length < 6) return null;
        if (SelfEvaluationTitle().IsMatch(t) && !t.EndsWith("通知")) return "自评报告";
        foreach (var (ending, type) in TitleEndings)
            if (ending.Length > 1 && t.EndsWith(ending, StringComparison.Ordinal)) return type;
        return null;
    }

    // The lines a title may stand on at the top of the first page: each of the first few, each joined with a short next
    // line (…联席会议 / 纪要), and a 关于…的通知 run together with the number before it by OCR (…15号-转发《…》的通知…).
    static IEnumerable<string> TitleLines(string text)
    {
        var lines = Head(text).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(6).ToList();
        for (int i = 0; i < lines.Count; i++)
        {
            if (i + 1 < lines.Count && lines[i + 1].Length <= 4) yield return lines[i] + lines[i + 1];
            yield return lines[i];
            foreach (Match m in InlineTitle().Matches(lines[i])) yield return m.Groups["t"].Value;
        }
    }

    static string Head(string text) => text.Length <= 600 ? text : text[..600];

    // A web reprint's headline is the line above its 来源/发布时间 line.
    static string? ReprintHeadline(string text)
    {
        var lines = Head(text).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        int at = lines.FindIndex(l => SourceLine().IsMatch(l));
        return at > 0 ? lines[at - 1] : null;
    }

    static string ByText(HeaderReader.Header header, string text, string t)
    {
        if (NewsCue().IsMatch(text) || header.WebPage && !header.FormalTitle && header.DocNumber is null) return "新闻报道";
        // Minutes say what the meeting heard, held and asked, whatever OCR made of their title.
        if (MinutesCue().Matches(text).Select(m => m.Value).Distinct().Count() >= 2) return "会议纪要";
        if (RosterHeader().IsMatch(text)) return "人员名单";
        // A self-score table whose header OCR garbled still states its own total (填报单位…自评总分：96分).
        if (SelfScoreHeader().IsMatch(text) || SelfTotal().IsMatch(text)) return "自评报告";
        foreach (var (ending, type) in TitleEndings)
            if (t.EndsWith(ending, StringComparison.Ordinal)) return type;
        return "其他";
    }

    [GeneratedRegex(@"本报讯|记者|通讯员|《[^》]{1,10}(日报|晚报|报)》")] private static partial Regex NewsCue();
    // 关于…的通知 right after a number in a run-together line, not followed by 》 (that would be a document it quotes).
    [GeneratedRegex(@"号\s*[-—_]?\s*(?<t>(?:关于|转发|印发)[^。；;]{2,120}?的(?:通知|通报|意见|函|决定|报告|请示|批复))(?!》)")] private static partial Regex InlineTitle();
    // A web page's 来源/发布时间 line near the top: what it carries is a reprinted report, unless its title says otherwise.
    [GeneratedRegex(@"(?m)^\s*[（(]?(来源|发布时间|发布日期)[:：]")] private static partial Regex SourceLine();
    [GeneratedRegex(@"(?m)^\s*[（(]?(来源|发布时间|发布日期)[:：].{0,60}(20\d\d|发布时间)")] private static partial Regex WebReprint();
    [GeneratedRegex(@"会议(认为|要求|听取|明确|强调|指出|决定)|出席|列席")] private static partial Regex MinutesCue();
    [GeneratedRegex(@"序号[\s|\t]*姓名|姓名[\s|\t]*(单位|职务|性别)")] private static partial Regex RosterHeader();
    [GeneratedRegex(@"自评报告|自查报告|自评情况|自评表|自我评价报告|自评材料")] private static partial Regex SelfEvaluationTitle();
    [GeneratedRegex(@"(考核指标|考核内容|指标名称)[^\n]{0,40}(自评得分|自评分)")] private static partial Regex SelfScoreHeader();
    [GeneratedRegex(@"(自评总分|自评得分合计|自评总得分)\s*[:：]?\s*\d")] private static partial Regex SelfTotal();
    // A note in brackets after the type (（附名单）, （此件公开发布）, (2019年)) is not the title's last word.
    [GeneratedRegex(@"\s*[（(][^（()）]{1,20}[)）]\s*$")] private static partial Regex TrailingNote();
}
