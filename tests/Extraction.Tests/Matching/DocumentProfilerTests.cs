using Extraction.Understand;
using Extraction.Understand.Profiles;

namespace Extraction.Tests.Matching;

public class DocumentProfilerTests
{
    static readonly DocumentProfiler Profiler = new(OutletLevels.From(MatchingFixture.Hubei));

    static DocumentFacts Facts(string type, string? title, params string[] attachments) =>
        new(type, null, null, title, null, new DateOnly(2019, 6, 1), null, attachments, null);

    // (type, title, text, what it carries as kind/via, or "" for nothing)
    public static TheoryData<string, string, string, string> Wrappers => new()
    {
        { "通知", "关于转发《湖北省市场监督管理局关于开展2019年知识产权执法“铁拳”行动的通知》的通知",
            "各县（市、区）局：\n现将省局通知转发给你们，请结合本地实际，抓好贯彻落实。", "通知/转发" },
        { "通知", "关于印发《襄阳市2019年打击侵权假冒宣传报道工作方案》的通知",
            "市领导小组各成员单位：\n《方案》已经市领导小组同意，现印发给你们，请认真组织实施。", "工作方案/印发" },
        { "通知", "关于印发襄阳市打击侵权假冒工作要点的通知", "各成员单位：\n经研究，现印发给你们。", "工作要点/印发" },
        { "总结", "全市政府机关软件正版化培训班总结（附名单）", "10月15日，市版权局举办培训班，参训学员62人。", "人员名单/附名单" },
        { "通知", "关于召开全市种苗执法工作会议的通知", "各县市区林业局：\n定于7月3日召开会议。\n附件：参会回执", "文件/附件" },
        { "通知", "关于调整市打击侵权假冒工作领导小组成员的通知",
            "各区人民政府：\n因人事变动，现将领导小组成员调整如下：\n1\t张某某\t副市长\t组长\n2\t李某某\t市政府副秘书长\t副组长\n3\t王某某\t市市场监管局局长\t成员", "" },
    };

    [Theory, MemberData(nameof(Wrappers))]
    public void AWrapperCarriesWhatItIssuesOrForwardsAndAnAdjustmentOfMembersIsNoRoster(string type, string title, string text, string carried)
    {
        var facts = Facts(type, title, text.Contains("附件：") ? ["参会回执"] : []);
        var profile = Profiler.Profile(facts, title + "\n" + text);
        Assert.Equal(type, profile.Kind);
        Assert.Equal(carried, string.Join(";", profile.Carried.Select(c => $"{c.Kind}/{c.Via}")));
    }

    [Fact]
    public void ALetterThatSendsNumberedCasesHoldsEachCase()
    {
        var text = "关于报送知识产权执法典型案例的函\n省市场监管局：\n现将我局查办的典型案例报送如下。\n案例一：某酒业公司侵犯“楚乡”注册商标专用权案\n2019年5月，市局接举报后查扣假冒白酒……\n案例二、某科技公司假冒专利案。当事人在产品包装上标注他人专利号……\n襄阳市市场监督管理局\n2019年9月2日";
        var profile = Profiler.Profile(Facts("函", "关于报送知识产权执法典型案例的函"), text);
        Assert.Equal("函", profile.Kind);
        Assert.Equal(["案例一：某酒业公司侵犯“楚乡”注册商标专用权案", "案例二、某科技公司假冒专利案"], profile.Items.Where(i => i.Kind == "典型案例").Select(i => i.Heading));
    }

    public static TheoryData<string, string[]> Compilations => new()
    {
        // The source line heads each report, numbered 一、二、… with the paper in 《》.
        { "宣传报道汇编\n市打假办编 2019年12月\n一、《人民日报》2019年6月14日第11版 商标执法护航老字号\n查处侵犯老字号商标案件17件。\n二、《湖北日报》2019年8月3日第5版 假冒专利案件同比增三成\n该市查处假冒专利案件26件。\n三、《某某晚报》2019年10月16日第2版 商标侵权案件查办提速\n平均办案时间缩短至30天。",
            ["中央", "省级", "—"] },
        // Numbered 1． with the outlet bare, the date after it.
        { "媒体报道汇总（2019年）\n1．荆楚网 2019年5月6日 查获一批侵权轮胎\n市场监管局查获侵权轮胎230条。\n2．某某新闻网 2019年10月9日 曝光五起商标侵权案件\n涉及服装、白酒、电器。",
            ["省级", "—"] },
        // Clippings pasted one after another, each closed by its source line.
        { "新闻剪报\n我市严打制售假冒农资\n市农业农村局查处假劣化肥案件9起。\n来源：湖北日报 2019-04-02\n侵权假冒商品集中销毁\n销毁侵权假冒商品12吨。\n来源：新华网 2019-11-20",
            ["省级", "中央"] },
    };

    [Theory, MemberData(nameof(Compilations))]
    public void ACompilationHoldsOneReportPerSourceLineEachAtItsOutletsLevel(string text, string[] levels)
    {
        var title = text.Split('\n')[0];
        var profile = Profiler.Profile(Facts("其他", title), text);
        Assert.Equal(levels, profile.Items.Where(i => i.Kind == "新闻报道").Select(i => i.OutletLevel ?? "—"));
    }

    [Fact]
    public void TheSubjectIsTheTitleTheQuotedNamesAndTheOpeningNotTheSectionsBelow()
    {
        var text = "关于开展“剑网2019”专项行动的通知\n各县（市、区）文化和旅游局：\n按照国家版权局等四部门部署，现就在全市开展“剑网2019”专项行动通知如下。\n一、工作目标\n二、宣传报道。各地要加强宣传报道，营造声势。";
        var profile = Profiler.Profile(Facts("通知", "关于开展“剑网2019”专项行动的通知"), text);
        Assert.Contains("剑网2019", profile.Names);
        Assert.Contains("按照国家版权局", profile.About);
        Assert.DoesNotContain("宣传报道", profile.About);
    }

    [Fact]
    public void ATypeLeftOtherIsReadFromTheTitlesLastWords()
    {
        var profile = Profiler.Profile(Facts("其他", "荆州市打击侵权假冒工作动态（第2期）"), "荆州市打击侵权假冒工作动态（第2期）\n我市开展春季农资打假。");
        Assert.Equal("工作信息", profile.Kind);
    }
}
