using Extraction.Matching;
using Extraction.Rulebooks;

namespace Extraction.Tests.Matching;

public class RequirementReaderTests
{
    // (condition, the requirements as material|alternative:count, separated by ;)
    [Theory]
    [InlineData("开展植物新品种保护培训,有培训通知、培训总结、人员名单等材料的", "培训通知:1;培训总结:1;人员名单:1")]
    [InlineData("有开展政府机关软件正版化考核评议通知或考核结果等材料的", "通知:1")]
    [InlineData("及时报送知识产权执法典型案例(不少于2个)", "典型案例:2")]
    [InlineData("部署开展知识产权执法“铁拳”行动", "通知:1")]
    [InlineData("建立知识产权执法联络员制度", "文件:1")]
    [InlineData("召开会议部署落实全国打击侵权假冒工作电视电话会议", "会议纪要:1")]
    [InlineData("主动发布新闻,曝光大案要案,通报工作进展的", "宣传报道:1")]
    [InlineData("查处生产销售假冒伪劣林木种苗案件", "典型案例:1")]
    [InlineData("落实省政府卷烟打假市场整顿工作会议精神开展工作的", "通知:1")]
    [InlineData("有工作方案或实施方案的", "方案:1")]
    public void ARequirementIsReadAsKindAndCountWithAlternatives(string condition, string expected)
    {
        var requirements = RequirementReader.Read(condition, MaterialLexicon.Find(condition), condition);
        Assert.Equal(expected, string.Join(";", requirements.Select(r => $"{string.Join("|", r.Materials)}:{r.Count}")));
    }

    [Fact]
    public void MaterialsJoinedByOrAreAlternativesOfOneRequirement()
    {
        var requirements = RequirementReader.Read("有工作总结或统计报表的", ["总结", "统计报表"], "工作总结");
        Assert.Equal(["总结", "统计报表"], Assert.Single(requirements).Materials);
    }

    // What is missing is named as kind + subject.
    [Theory]
    [InlineData("知识产权执法联络员制度", "文件", "知识产权执法联络员制度文件")]
    [InlineData("制定宣传报道工作方案并组织实施", "方案", "宣传报道工作方案")]
    [InlineData("政府机关和企业软件正版化培训", "培训通知", "政府机关和企业软件正版化培训通知")]
    [InlineData("报送知识产权执法典型案例(不少于2个)", "典型案例", "知识产权执法典型案例")]
    [InlineData("知识产权执法“铁拳”行动", "通知", "知识产权执法“铁拳”行动部署通知")]
    public void AShortfallIsNamedAsKindAndSubject(string subject, string material, string phrase) =>
        Assert.Equal(phrase, RequirementWords.Phrase(subject, material));
}
