using Extraction.Understand;
using Extraction.Understand.Profiles;

namespace Extraction.Tests.Matching;

/// <summary>The classes of failure found on the tuning half, each on texts written for it and read by the real
/// understanding and matching: a title the header passed over, a web reprint, a wrapped type word, a 函 that sends its
/// papers, a compilation's two-line sources, online publicity, training papers and plans that are not the act asked.</summary>
public sealed class ProfileClassesTests(MatchingFixture fixture) : IClassFixture<MatchingFixture>
{
    // (the first page as OCR or a web page gives it, the type, the title it goes by)
    public static TheoryData<string, string, string> TitlesPassedOver => new()
    {
        { "樊城区打击侵权假冒工作领导小组办公室文件\n樊打假办 (2019) 7号\n天于开展“清风2019”专项行动的通知\n各成员单位:\n区领导小组办公室决定开展“清风2019”专项行动,严厉打击假记者敲诈勒索。",
            "通知", "天于开展“清风2019”专项行动的通知" },
        { "-XJ]J 樊打假办发【2019j 3号-转发《湖北省版权局关于开展2019年软件正版化检查的通知》的通知各街道办事处:现将《湖北省版权局关于开展2019年软件正版化检查的通知》转发给你们。",
            "通知", "转发《湖北省版权局关于开展2019年软件正版化检查的通知》的通知" },
        { "枣阳市打击侵权假冒领域两法衔接工作联席会议\n纪要\n2019年5月8日,市领导小组办公室会同市检察院召开联席会议。",
            "会议纪要", "枣阳市打击侵权假冒领域两法衔接工作联席会议纪要" },
        { "首页 | 新闻 | 政务 | 服务\n当前位置:首页 > 新闻\n枣阳查获一批假冒化肥\n来源:枣阳新闻网 发布时间:2019-06-03 09:12\n6月2日,枣阳市农业农村局在琚湾镇查获假冒复合肥12吨。\n关于我们 | 联系我们",
            "新闻报道", "枣阳查获一批假冒化肥" },
        { "首页 | 政务公开\n关于开展2019年农资打假专项治理的通知\n来源:枣阳市农业农村局 发布时间:2019-03-11\n各镇农业服务中心:\n现就开展农资打假专项治理通知如下。",
            "通知", "关于开展2019年农资打假专项治理的通知" },
    };

    [Theory, MemberData(nameof(TitlesPassedOver))]
    public void ATitleTheHeaderPassedOverStillTellsTheType(string page, string type, string title)
    {
        var facts = new DocumentUnderstanding(MatchingFixture.Hubei).Understand([page], "襄阳市");
        Assert.Equal(type, facts.Type);
        Assert.Equal(title, facts.Title);
    }

    [Fact]
    public void ALetterThatSendsASummaryAndItsFiguresCarriesBoth()
    {
        var text = "关于报送枣阳市2019年软件正版化工作总结的函\n市版权局:\n现将我市2019年软件正版化工作总结及相关数据报上,请审阅。\n枣阳市文化和旅游局\n2019年12月12日";
        var profile = new DocumentProfiler(fixture.Outlets).Profile(
            new DocumentFacts("函", null, null, "关于报送枣阳市2019年软件正版化工作总结的函", null, new DateOnly(2019, 12, 12), null, [], null), text);
        Assert.Contains(profile.Carried, c => c.Kind == "总结" && c.Via == "报送");
        Assert.Contains(profile.Carried, c => c.Kind == "统计报表" && c.Title == "相关数据");
    }

    [Fact]
    public void ACompilationWhoseSourcesTakeTwoLinesHoldsOneReportPerSource()
    {
        var text = "枣阳市打击侵权假冒宣传报道汇编(2019年)\n1.荆楚网\n2019年5月6日\n2019年12月\n枣阳查获侵犯注册商标专用权轮胎\n市市场监管局查获侵权轮胎230条。\n2.《襄阳日报》\n2019年7月22日第3版\n我市开展专利执法进企业活动\n执法人员走访30家企业。";
        var profile = new DocumentProfiler(fixture.Outlets).Profile(
            new DocumentFacts("新闻报道", null, null, "枣阳市打击侵权假冒宣传报道汇编(2019年)", null, null, null, [], null), text);
        Assert.Equal(["枣阳查获侵犯注册商标专用权轮胎", "我市开展专利执法进企业活动"], profile.Items.Select(i => i.Heading).ToArray());
        Assert.Equal("省级", profile.Items[0].OutletLevel);
    }

    [Fact]
    public void OnlinePublicityIsMetByAWebOutletOnlyAndNewsOfTheCampaignByAnyOutlet()
    {
        var paper = fixture.Document("报道.docx", "我市重拳打击侵权假冒查办案件56件\n本报讯 今年以来,我市开展打击侵权假冒专项行动,查办商标侵权案件56件。《襄阳日报》2019年11月2日");
        var web = fixture.Document("网页.txt", "首页 | 新闻\n我市打击侵权假冒工作成效明显\n来源:荆楚网 发布时间:2019-09-20 10:00\n今年以来,我市查办侵权假冒案件300余件。");
        Assert.Equal(0, fixture.Assess("27(3)", paper).SuggestedPoints);
        Assert.Equal(1, fixture.Assess("27(3)", web).SuggestedPoints);
        Assert.Equal(1, fixture.Assess("27(2)", paper).SuggestedPoints);
        var elsewhere = fixture.Document("电梯.docx", "我市开展电梯安全隐患专项排查\n本报讯 7月以来,市市场监管局排查住宅小区电梯1860台。《襄阳日报》2019年7月15日");
        Assert.Equal(0, fixture.Assess("27(2)", elsewhere).SuggestedPoints);
    }

    [Fact]
    public void ATrainingNoticeDoesNotShowTheInspectionsItTeachesNorAPlanItsCarryingOut()
    {
        var training = fixture.Document("培训.docx", "襄林函〔2019〕3号\n关于举办全市林木种苗质量监管培训班的通知\n各县市区林业局:\n为提高林木种苗质量监管水平,市林业局定于8月20日举办林木种苗执法检查培训班,培训林木种苗执法检查实务。\n襄阳市林业局\n2019年8月5日");
        Assert.Equal(0, fixture.Assess("11(2)", training).SuggestedPoints);
        var plan = fixture.Document("方案.docx", "襄卫发〔2019〕4号\n襄阳市卫生健康委员会关于印发2019年消毒产品随机监督抽查工作方案的通知\n各县市区卫生健康局:\n现将《襄阳市2019年消毒产品随机监督抽查工作方案》印发给你们,请认真组织实施。\n襄阳市卫生健康委员会\n2019年4月9日");
        Assert.Equal(0.25m, fixture.Assess("17(1)", plan).SuggestedPoints);
        Assert.Equal(0, fixture.Assess("17(2)", plan).SuggestedPoints);
    }

    [Fact]
    public void AClauseIsReadInItsIndicatorsField()
    {
        // 17 is 消毒产品监督抽查: a bulletin on seed-company inspections is an 抽查, but not of 消毒产品.
        var seeds = fixture.Document("第9期.docx", "襄阳市打击侵权假冒工作信息（第9期）\n我市完成冬季种子企业监督抽查。11月,市农业农村局对全市种子企业开展监督抽查,抽检样品46个。\n襄阳市打击侵权假冒工作领导小组办公室\n2019年11月20日");
        var disinfectant = fixture.Document("第10期.docx", "襄阳市打击侵权假冒工作信息（第10期）\n我市完成消毒产品监督抽查。10月,市卫生健康委对全市消毒产品生产经营单位开展监督抽查,抽检样品32个。\n襄阳市打击侵权假冒工作领导小组办公室\n2019年10月20日");
        Assert.Equal(0, fixture.Assess("17(2)", seeds).SuggestedPoints);
        Assert.Equal(0.25m, fixture.Assess("17(2)", disinfectant).SuggestedPoints);
        // 11(5) pays per case of 林木种苗: a case file's 复合肥 case is a case of another field.
        string Cases(string second) => $"襄阳市知识产权执法典型案例\n案例一:某商贸公司销售侵犯注册商标专用权白酒案。执法人员依法扣押涉案白酒120箱。\n案例二:{second}\n两起案件均已依法公开行政处罚信息。\n襄阳市市场监督管理局\n2019年10月8日";
        var fertilizer = fixture.Document("案例.docx", Cases("某农资经营部销售假冒专利复合肥案。枣阳市市场监管局查实某农资经营部销售标注已失效专利号的复合肥。"));
        var seedlings = fixture.Document("案例.docx", Cases("某苗圃销售假冒伪劣林木种苗案。谷城县林业局查实某苗圃销售质量不合格的杨树种苗。"));
        Assert.Equal(0, fixture.Assess("11(5)", fertilizer).SuggestedPoints);
        Assert.Equal(0.1m, fixture.Assess("11(5)", seedlings).SuggestedPoints);
    }

    [Fact]
    public void ACampaignIsACampaignWhateverItIsCalledAndHowBigItIsSaidToBe()
    {
        // 14(2) asks for 重大专项活动 of 农资: a 专项治理 of 农资打假 is one; the same 专项治理 of 电梯 is not of the field.
        string Bulletin(string field) => $"襄阳市打击侵权假冒工作信息（第5期）\n襄阳市召开{field}专项治理推进会。5月20日,市农业农村局召开推进会,部署夏季重点工作。\n襄阳市打击侵权假冒工作领导小组办公室\n2019年5月22日";
        Assert.Equal(0.75m, fixture.Assess("14(2)", fixture.Document("第5期.docx", Bulletin("农资打假"))).SuggestedPoints);
        Assert.Equal(0, fixture.Assess("14(2)", fixture.Document("第5期.docx", Bulletin("电梯安全"))).SuggestedPoints);
    }

    [Fact]
    public void ASystemOfTheListIsTheListsSystemAndTheTwoAuthoritiesAreTwoLawsLinkage()
    {
        // 25(1): 行政执法部门与司法机关 is 两法衔接, and 案情通报、案件移送、案件协查及案件咨询 are alternatives: a summary
        // naming two of the four shows the systems; minutes of the 两法衔接 meeting that set them up, too.
        var summary = fixture.Document("总结.docx", "襄阳市2019年打击侵权假冒工作总结\n全年共查办侵权假冒案件205件。\n建立健全行政执法部门与司法机关案情通报、案件移送制度,召开联席会议2次。\n襄阳市打击侵权假冒工作领导小组办公室\n2019年12月25日");
        var minutes = fixture.Document("纪要.docx", "襄阳市打击侵权假冒领域行政执法与刑事司法衔接工作联席会议纪要\n2019年6月13日,市领导小组办公室会同市检察院召开联席会议。\n会议决定建立联席会议制度;明确涉嫌犯罪案件移送标准和程序,建立案情通报、案件协查和咨询制度。");
        var unrelated = fixture.Document("总结.docx", "襄阳市2019年安全生产工作总结\n全年开展安全检查1200次。\n建立健全安全隐患通报制度。\n襄阳市应急管理局\n2019年12月25日");
        Assert.Equal(1, fixture.Assess("25(1)", summary).SuggestedPoints);
        Assert.Equal(1, fixture.Assess("25(1)", minutes).SuggestedPoints);
        Assert.Equal(0, fixture.Assess("25(1)", unrelated).SuggestedPoints);
    }

    [Fact]
    public void AdministrativeProtectionIsEnforcementAndEachCaseOfAFileCounts()
    {
        // 1(4) asks for 知识产权执法典型案例, at least 2: a 函 sending two 商标专利行政保护 cases sends two of them.
        string Letter(string what) => $"襄阳市市场监督管理局\n襄市监函〔2019〕30号\n关于报送襄阳市{what}典型案例的函\n省知识产权局:\n现将我市2019年典型案例报送如下。\n案例一:某公司侵犯注册商标专用权案。依法没收侵权商品,罚款5万元。\n案例二:某商店假冒专利案。依法责令改正,罚款1万元。\n襄阳市市场监督管理局\n2019年11月5日";
        Assert.Equal(2, fixture.Assess("1(4)", fixture.Document("函.docx", Letter("商标专利行政保护"))).SuggestedPoints);
        Assert.Equal(0, fixture.Assess("1(4)", fixture.Document("函.docx", Letter("安全生产"))).SuggestedPoints);
    }
}
