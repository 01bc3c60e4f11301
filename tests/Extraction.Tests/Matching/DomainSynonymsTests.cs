using Extraction.Chinese;

namespace Extraction.Tests.Matching;

public class DomainSynonymsTests
{
    [Theory]
    [InlineData("按要求及时报送“双打”工作报表", "按要求及时报送“侵权假冒”工作报表")]
    [InlineData("2019年全省打击侵犯知识产权和制售假冒伪劣商品工作要点", "2019年全省打击侵权假冒工作要点")]
    [InlineData("加强行政执法与刑事司法衔接，完善案件移送", "加强两法衔接，完善案件移送")]
    [InlineData("侵犯植物新品种权案件", "侵犯品种权案件")]
    [InlineData("开展植物新品种保护培训", "开展植物新品种保护培训")]
    public void BothSpellingsOfADomainTermAreReadAsOne(string text, string canonical) =>
        Assert.Equal(canonical, DomainSynonyms.Load().Canonical(text));

    [Fact]
    public void TheShippedFileHasAVersionAndAFileOfOtherLinesParses()
    {
        Assert.NotEqual("0", DomainSynonyms.Load().Version);
        var own = DomainSynonyms.Parse(["# version: 7", "扫黄打非 = 扫除黄色打击非法出版物"]);
        Assert.Equal("7", own.Version);
        Assert.Equal("开展扫黄打非", own.Canonical("开展扫除黄色打击非法出版物"));
    }
}
