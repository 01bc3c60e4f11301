using System.Text.RegularExpressions;

namespace Extraction.Matching;

/// <summary>The words a requirement is read from and written back with: the kind an act implies when a clause names no
/// material, and the kind + subject phrase a shortfall is named by.</summary>
public static partial class RequirementWords
{
    // Checked in order; the first act the clause's words show decides the kind (DOMAIN.md's material names).
    static readonly (Regex Act, string Material)[] Acts =
    [
        (new("(建立|健全|落实|完善).{0,40}(制度|机制)"), "文件"), (new("培训"), "培训通知"), (new("召开.{0,20}会议|会议纪要"), "会议纪要"), (new("方案|计划"), "方案"),
        (new("宣传|新闻|报道|曝光|舆论"), "宣传报道"), (new("报送.{0,12}(案例|案件)|典型案件|查处.{0,20}案件"), "典型案例"),
        (new("数据|报表|统计"), "统计报表"), (new("工作信息|信息报送"), "工作信息"), (new("总结|工作材料|进展情况"), "总结"),
        (new("部署|行动|专项|整治|检查|抽查|暗访|清理|会议精神"), "通知"),
    ];

    /// <summary>The material a clause's act implies when it lists none; 文件 (any formal document) otherwise.</summary>
    public static string Implied(string condition) =>
        Acts.FirstOrDefault(a => a.Act.IsMatch(condition)).Material ?? "文件";

    static readonly Dictionary<string, string> Labels = new()
    {
        ["方案"] = "工作方案", ["总结"] = "工作总结", ["通知"] = "部署通知", ["文件"] = "文件",
    };

    /// <summary>"知识产权执法联络员制度" + 文件 → 知识产权执法联络员制度文件; "制定宣传报道工作方案并组织实施" + 方案 →
    /// 宣传报道工作方案; a phrase already ending with the kind keeps it once.</summary>
    public static string Phrase(string subject, string material)
    {
        var phrase = Verbs().Replace(Count().Replace(subject.Split('并', ',', '，', ';', '；')[0], ""), "").Trim().TrimEnd('的');
        var label = Labels.GetValueOrDefault(material, material);
        foreach (var ending in new[] { label, material, label[^2..] })
            if (phrase.EndsWith(ending, StringComparison.Ordinal)) return phrase;
        for (int k = Math.Min(label.Length - 1, phrase.Length); k > 0; k--)
            if (phrase.EndsWith(label[..k], StringComparison.Ordinal)) return phrase + label[k..];
        return phrase + label;
    }

    [GeneratedRegex(@"[(（]?不少于\s*\d+\s*[个件篇项][)）]?")] internal static partial Regex Count();
    [GeneratedRegex(@"^(?:积极|按要求|及时|按时|严格|认真|深入|组织|部署|开展|建立|健全|落实|明确|加强|有效|制定|制订|报送|上报|召开|印发|有|对|在|通过|实施)+")] private static partial Regex Verbs();
}
