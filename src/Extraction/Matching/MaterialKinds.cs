using Extraction.Understand;

namespace Extraction.Matching;

/// <summary>Which documents can stand for a material a clause asks for (a training notice is a 通知 about a training;
/// a roster is a roster whatever its form).</summary>
public static class MaterialKinds
{
    static readonly HashSet<string> Circulars = ["通知", "通报", "意见", "决定", "函", "公告", "通告"];

    public static bool Satisfies(string material, DocumentFacts facts, string text)
    {
        var title = facts.Title ?? "";
        return material switch
        {
            "通知" => Circulars.Contains(facts.Type),
            "培训通知" => Circulars.Contains(facts.Type) && (title.Contains("培训") || text.Contains("培训班")),
            "培训总结" => facts.Type == "总结" && (title.Contains("培训") || text.Contains("培训班")),
            "人员名单" => facts.Type == "人员名单",
            "会议纪要" => facts.Type == "会议纪要",
            "方案" => facts.Type == "工作方案" || (Circulars.Contains(facts.Type) && title.Contains("方案")),
            "总结" => facts.Type is "总结" or "自评报告",
            "典型案例" => facts.Type == "典型案例",
            "宣传报道" => facts.Type == "新闻报道",
            "统计报表" => facts.Type == "统计报表",
            "工作信息" => facts.Type == "工作信息",
            "督查报告" or "年度报告" or "审计报告" => facts.Type == "报告" && title.Contains(material[..2]),
            "文件" => DocumentTypes.Statutory.Contains(facts.Type),
            _ => false,
        };
    }
}
