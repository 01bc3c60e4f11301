using Extraction.Matching;
using Extraction.Rulebooks;

namespace Extraction.Tests.Matching;

/// <summary>Clauses of the real rulebook decided on documents written in the ways offices write them: what a document is
/// and is about meets a requirement, a mention further down does not; wrappers carry what they issue; one file can hold
/// several items; every clause short of its maximum names what is missing.</summary>
public class ClauseRequirementTests(MatchingFixture fixture) : IClassFixture<MatchingFixture>
{
    const string Clipping = "我市严打侵权假冒 “铁拳”出击见实效\n本报讯（记者 陈某）今年以来，市市场监管局持续推进知识产权执法“铁拳”行动，共查办商标侵权案件41件。\n《襄阳晚报》2019年10月8日第3版";
    const string Deployment = "襄阳市打击侵权假冒工作领导小组办公室文件\n襄打假办发〔2019〕3号\n关于开展2019年知识产权执法“铁拳”行动的通知\n各县（市、区）打击侵权假冒工作领导小组办公室：\n为严厉打击商标侵权、假冒专利违法行为，决定在全市组织开展知识产权执法“铁拳”行动。\n一、行动时间……\n襄阳市打击侵权假冒工作领导小组办公室\n2019年4月15日";
    const string Forwarded = "襄阳市市场监督管理局\n关于转发《湖北省市场监督管理局关于开展2019年知识产权执法“铁拳”行动的通知》的通知\n各县（市、区）局，局机关各科室：\n现将省局通知转发给你们，请结合实际，认真贯彻执行。\n襄阳市市场监督管理局\n2019年4月20日";
    const string DisinfectionPlan = "襄阳市卫生健康委员会\n关于印发2019年消毒产品随机监督抽查工作方案的通知\n各县（市、区）卫生健康局：\n现将《襄阳市2019年消毒产品随机监督抽查工作方案》印发给你们，请遵照执行。\n一、抽查范围……\n五、宣传报道。各地要做好宣传报道工作方案的落实，及时报送信息。\n2019年3月8日";
    const string PublicityPlan = "襄阳市打击侵权假冒工作领导小组办公室文件\n襄打假办发〔2019〕8号\n关于印发《襄阳市2019年打击侵权假冒宣传报道工作方案》的通知\n市领导小组各成员单位：\n现将《襄阳市2019年打击侵权假冒宣传报道工作方案》印发给你们，请认真组织实施。\n2019年5月10日";
    const string CaseLetter = "襄阳市市场监督管理局\n关于报送知识产权执法典型案例的函\n湖北省市场监督管理局：\n现将我市2019年知识产权执法典型案例报送如下：\n案例一：某酒业公司侵犯注册商标专用权案\n2019年5月，执法人员查扣侵权白酒86箱，罚款6万元。\n案例二：某电器公司假冒专利案\n当事人在插座包装上标注他人专利号，依法责令改正并处罚款。\n襄阳市市场监督管理局\n2019年9月2日";

    [Fact]
    public void AClippingThatMentionsTheActionIsNotItsDeploymentAndTheShortfallIsNamed()
    {
        var clause = fixture.Assess("1(1)", fixture.Document("襄阳市/晚报剪报.docx", Clipping));
        Assert.Equal((Suggestion.Missing_, 0m), (clause.Status, clause.SuggestedPoints));
        Assert.Equal(["通知"], clause.Missing);
        Assert.Equal(["缺少：知识产权执法“铁拳”行动部署通知"], clause.Shortfalls);
    }

    [Theory]
    [InlineData(Deployment, "标题或开头点明")]
    [InlineData(Forwarded, "类型为通知")]
    public void TheRegionsOwnOrForwardedCircularIsItsDeployment(string text, string why)
    {
        var clause = fixture.Assess("1(1)", fixture.Document("襄阳市/铁拳.docx", text), fixture.Document("襄阳市/晚报剪报.docx", Clipping));
        Assert.Equal((Suggestion.Met, 1m), (clause.Status, clause.SuggestedPoints));
        Assert.Contains(why, Assert.Single(clause.Explanations));
        Assert.DoesNotContain(clause.Evidence, e => e.File.Contains("剪报"));
    }

    [Fact]
    public void APlanAboutAnotherSubjectIsNoPublicityPlanButOneIssuedByACircularIs()
    {
        var other = fixture.Assess("27(1)", fixture.Document("襄阳市/消毒产品抽查方案.docx", DisinfectionPlan));
        Assert.Equal(0m, other.SuggestedPoints);
        Assert.Equal(["缺少：宣传报道工作方案"], other.Shortfalls);
        var issued = fixture.Assess("27(1)", fixture.Document("襄阳市/消毒产品抽查方案.docx", DisinfectionPlan), fixture.Document("襄阳市/宣传方案.docx", PublicityPlan));
        Assert.Equal(1m, issued.SuggestedPoints);
        Assert.Contains("经“印发”附带工作方案", Assert.Single(issued.Explanations));
    }

    [Fact]
    public void ALetterWithTwoNumberedCasesIsTwoCaseReports()
    {
        var clause = fixture.Assess("1(4)", fixture.Document("襄阳市/典型案例的函.docx", CaseLetter));
        Assert.Equal((Suggestion.Met, 2m), (clause.Status, clause.SuggestedPoints));
        Assert.Contains("案例二", clause.Reason);
        var one = fixture.Assess("1(4)", fixture.Document("襄阳市/典型案例的函.docx", CaseLetter[..CaseLetter.IndexOf("案例二", StringComparison.Ordinal)]));
        Assert.Equal(0m, one.SuggestedPoints);
        Assert.Contains("要求不少于 2 个，找到 1 个", Assert.Single(one.Shortfalls));
    }

    [Fact]
    public void ACompilationEarnsPerReportAtEachOutletsLevelUpToTheCap()
    {
        var compilation = "襄阳市打击侵权假冒宣传报道汇编（2019年）\n一、《人民日报》2019年6月14日第11版 襄阳：商标执法为老字号护航\n查处侵犯老字号注册商标专用权案件17件。\n二、《湖北日报》2019年8月3日第5版 襄阳查处假冒专利案件同比增长三成\n查处假冒专利案件26件。";
        var clause = fixture.Assess("1(6)", fixture.Document("襄阳市/宣传报道汇编.pdf", compilation));
        Assert.Equal(0.8m, clause.SuggestedPoints);
        Assert.Equal(["宣传报道"], clause.Missing);
    }

    [Fact]
    public void EveryDecidableClauseBelowItsMaximumNamesWhatIsMissing()
    {
        var documents = new[] { fixture.Document("襄阳市/铁拳.docx", Deployment), fixture.Document("襄阳市/晚报剪报.docx", Clipping), fixture.Document("襄阳市/典型案例的函.docx", CaseLetter) };
        var assessment = new Assessor(fixture.Rulebook, fixture.Analyzer, null, fixture.Outlets).Assess("襄阳市", documents);
        var short_ = assessment.Clauses.Where(c => c.Status != Suggestion.NeedsReview && c.SuggestedPoints < c.MaxPoints).ToList();
        Assert.True(short_.Count > 50);
        Assert.All(short_, c => Assert.True(c.Missing.Count > 0 && c.Shortfalls.All(s => s.StartsWith("缺少：")) && c.Shortfalls.Count > 0, $"{c.Indicator}({c.Clause}) names nothing"));
        Assert.All(assessment.Clauses.Where(c => c.Status == Suggestion.Met), c => Assert.NotEmpty(c.Explanations));
    }

    [Theory]
    [InlineData("总召集人由市委常委、宣传部部长担任", 1)]
    [InlineData("由市委宣传部副部长担任总召集人", 0.5)]
    [InlineData("由联系版权工作的副市长担任总召集人", 1)]
    public void WhoLeadsTheBodyDecidesTheTier(string leader, decimal points)
    {
        var text = $"关于调整市推进使用正版软件工作联席会议成员的通知\n各成员单位：\n为推进软件正版化工作，经研究，对联席会议成员调整如下：{leader}，市版权局局长任副总召集人。\n2019年3月5日";
        var clause = fixture.Assess("9(1)", fixture.Document("襄阳市/软件正版化联席会议.docx", text));
        Assert.Equal(points, clause.SuggestedPoints);
        Assert.Contains("任组长", clause.Reason);
    }

    [Fact]
    public void AlternativeAwardsGiveTheMostOneOfThemGivesNotTheirSum()
    {
        var clause = new Clause(1, "有宣传报道工作方案的得1分；仅有部署通知的得0.5分。", 1, RuleShape.TwoAwards,
            [new Award("有宣传报道工作方案的", 1, "tier"), new Award("仅有宣传报道部署通知的", 0.5m, "tier")], null, "宣传报道", ["方案", "通知"], true, null);
        var indicator = fixture.Rulebook.Indicators.Single(i => i.Number == 27) with { Clauses = [clause] };
        var suggestion = new ClauseAssessor(fixture.Analyzer, fixture.Rulebook).Assess(indicator, clause,
            new Assessor(fixture.Rulebook, fixture.Analyzer).Profiled([fixture.Document("襄阳市/宣传方案.docx", PublicityPlan)]));
        Assert.Equal(1m, suggestion.SuggestedPoints);
    }
}
