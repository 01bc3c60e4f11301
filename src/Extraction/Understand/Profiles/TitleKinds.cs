using System.Text.RegularExpressions;

namespace Extraction.Understand.Profiles;

/// <summary>The kind a title names by its last words (Chinese puts the head last): …工作方案 is a plan, …的通知 a circular,
/// …制度 or …办法 a rule. Used for what a document carries, whose title is all there is to go on.</summary>
public static partial class TitleKinds
{
    static readonly (string Kind, Regex Ending)[] Endings =
    [
        ("会议纪要", new("纪要$")), ("人员名单", new("(名单|签到表|花名册|名册)$")), ("典型案例", new("案例(汇编|选编)?$")),
        ("工作方案", new("(方案|计划|安排)$")), ("工作要点", new("要点$")), ("制度", new("(制度|办法|规定|细则|规则|机制|规程)$")),
        ("总结", new("总结$")), ("统计报表", new("(报表|统计表|台账|统计|数据表|数据信息|数据)$")), ("工作信息", new("(工作信息|简报|动态|信息专报|快报)$")), ("自评报告", new("(自评|自查)报告$")), ("报告", new("报告$")),
        ("通知", new("通知$")), ("通报", new("通报$")), ("意见", new("意见$")), ("函", new("函$")), ("决定", new("决定$")),
    ];

    /// <summary>The kind the title ends with, or null.</summary>
    public static string? Of(string title)
    {
        var t = Trailer().Replace(title.Trim(), "");
        foreach (var (kind, ending) in Endings)
            if (ending.IsMatch(t)) return kind;
        return null;
    }

    // "（试行）", "（2019年修订）", "(附名单)" after a title do not change what it is.
    [GeneratedRegex(@"[（(][^）)]{0,12}[）)]$")] private static partial Regex Trailer();
}
