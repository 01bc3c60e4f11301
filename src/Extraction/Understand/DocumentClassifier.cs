using System.Text.RegularExpressions;

namespace Extraction.Understand;

/// <summary>Tells a document's type from its title first (a 公文's title ends with its type), then from what its text
/// looks like: a roster is a roster as a Word table, a spreadsheet or a photo.</summary>
public static partial class DocumentClassifier
{
    // Checked in order: the more particular kind before the general one (自评报告 before 报告, 会议纪要 before 纪要).
    static readonly (string Type, Regex Title)[] ByTitle =
    [
        ("自评报告", new("自评报告|自查报告")), ("会议纪要", new("纪要")), ("人员名单", new("名单|签到表|花名册")),
        ("典型案例", new("案例")), ("工作方案", new("方案|计划")), ("总结", new("总结")), ("统计报表", new("报表|统计表")),
        ("工作信息", new("工作信息|简报|信息专报")),
    ];

    public static string Classify(string? title, string text, bool hasDocNumber)
    {
        var t = title ?? "";
        // A circular issuing a plan (关于印发…方案的通知) is a 通知: the type is the title's last word.
        if (hasDocNumber || t.StartsWith("关于"))
            foreach (var type in DocumentTypes.Statutory.OrderByDescending(s => s.Length))
                if (t.EndsWith(type, StringComparison.Ordinal)) return type == "纪要" ? "会议纪要" : type;
        foreach (var (type, pattern) in ByTitle)
            if (pattern.IsMatch(t)) return type;
        if (NewsCue().IsMatch(text)) return "新闻报道";
        // Minutes say what the meeting heard, held and asked, whatever OCR made of their title.
        if (MinutesCue().Matches(text).Select(m => m.Value).Distinct().Count() >= 2) return "会议纪要";
        if (RosterHeader().IsMatch(text)) return "人员名单";
        if (t.EndsWith("报告")) return "报告";
        foreach (var type in DocumentTypes.Statutory)
            if (t.EndsWith(type, StringComparison.Ordinal)) return type;
        return "其他";
    }

    [GeneratedRegex(@"本报讯|记者|通讯员|《[^》]{1,10}(日报|晚报|报)》")] private static partial Regex NewsCue();
    [GeneratedRegex(@"会议(认为|要求|听取|明确|强调|指出|决定)|出席|列席")] private static partial Regex MinutesCue();
    [GeneratedRegex(@"序号[\s|\t]*姓名|姓名[\s|\t]*(单位|职务|性别)")] private static partial Regex RosterHeader();
}
