using System.Text.Json;
using Extraction.Chinese;
using Extraction.Matching;
using Extraction.Rulebooks;

namespace Extraction.Tests.Understand;

/// <summary>The classes of self-evaluation layouts the third batch of corpus/selfreports brought (build-selfreports3.sh),
/// one small case each, read with the rulebook's areas as the assessor reads them.</summary>
public class SelfEvaluationClassTests
{
    static readonly Rulebook Hubei = RulebookFile.Load(Path.Combine(Corpus.Root, "pipelines", "hubei-2019", RulebookFile.FileName));

    public static TheoryData<string, string, string, string> Layouts => new()
    {
        {
            "按考核重点分段，段内（一）（二）重新编号、指标用简称，领域标题带领域得分", """
            一、严格知识产权保护（满分44分，自评8.5分）
            （一）商标执法。查办案件40件，自评得6.5分。
            （二）名牌保护。建立保护名录，自评得2分。
            二、加强伪劣商品治理（满分14分，自评3分）
            （一）农资。查办假劣农资案件12件，自评得3分。
            六、防范系统性风险（扣分项，自评0分）
            七、存在的问题
            （一）基层力量不足。
            """, "1=6.5;2=2;14=3;29=0", "11.5"
        },
        {
            "序号按考核重点重新从1编起，领域行隔开，表头跨页重复", """
            序号	考核内容	分值	自评得分	备注
            一、严格知识产权保护
            1	商标执法	7	6	
            2	名牌保护	3	3	
            二、加强伪劣商品治理
            1	农资	3	2.5	
            序号	考核内容	分值	自评得分	备注
            2	药品	3	3	
            三、严厉打击刑事犯罪
            1	公安	20	18	
            合计		107	32.5	
            """, "1=6;2=3;14=2.5;15=3;20=18", "32.5"
        },
        {
            "项次写第N项、十以上用中文数字", """
            项次	考核指标	分值	自评分	说明
            第1项	商标执法	7	6	
            第十二项	文化市场	3	2.5	
            第二十项	公安	20	17	
            """, "1=6;12=2.5;20=17", "25.5"
        },
        {
            "指标十二式序号，总计行在前，领域合计行与其中行不是指标也不是总分", """
            序号	考核内容	分值	自评得分
            总计		107	90
            其中：加分		2	1
            其中：扣分			0
            一、严格知识产权保护
            指标一	商标执法	7	7
            指标十三	反不正当竞争	6	5
            合计	严格知识产权保护	44	12
            """, "1=7;13=5", "90"
        },
        {
            "加分项表与扣分项表另列，扣分表里说明基础指标失分的行不算扣分项", """
            加分事项	加分依据	自评加分
            经验做法获通报表扬	省局通报	1
            协作机制被推广	市政府批示	0.5
            扣分事项	扣分原因	自评扣分
            假冒农资坑农事件	媒体报道	1
            开展商标专利行政执法工作情况	典型案例不足	0.5
            合计		1
            """, "26=1.5;29=-1", "0.5"
        },
        {
            "加分项表的合计行是该项之和，其后写的总分是报告的", """
            序号	考核指标	分值	自评得分
            1	开展商标专利行政执法工作情况	7	6
            加分事项	加分依据	自评加分
            经验做法获通报表扬	省局通报	1
            合计		1
            自评总分		96.5
            """, "1=6;26=1", "96.5"
        },
        {
            "指标十二、第十二项交替，本项得N分、自评加分N分、扣分项扣N分", """
            指标一、商标执法。查办案件30件，本项得6分。
            第十二项　文化市场。举报全部办结，本项得2.5分，扣0.5分，原因是督办案件未办结。
            指标二十六、创新工作。做法被推广，自评加分1分。
            第二十九项　区域风险（扣分项）。发生一起假冒种子事件，按评分标准扣2分。
            """, "1=6;12=2.5;26=1;29=-2", "7.5"
        },
        {
            "考核重点列合并、序号在每个领域重新编号", """
            考核重点	序号	考核内容	分值	自评得分
            一、严格知识产权保护	1	商标执法工作	7	6
            	2	名牌保护工作	3	3
            二、加强伪劣商品治理	1	农资打假工作	3	2
            	2	药品案件工作	3	2.5
            """, "1=6;2=3;14=2;15=2.5", "13.5"
        },
        {
            "自查报告：自查得分列与自查得分N分", """
            序号	评分项目	标准分	自查得分
            1	商标执法工作	7	6
            2.驰名商标保护。建立重点商标保护名录，自查得分2.5分。
            """, "1=6;2=2.5", "8.5"
        },
        {
            "表中加分项、扣分项两行只写项名", """
            序号	考核内容	分值	自评得分
            1	开展商标专利行政执法工作情况	7	6
            加分项	经验做法获表扬	2	1
            扣分项	无	/	0
            合计		107	7
            """, "1=6;26=1;29=0", "7"
        },
        {
            "文字里以加分项开头的一段", """
            1.开展商标专利行政执法工作情况，自评得分6分。
            加分项：我市经验做法获省政府通报表扬，加1分。
            """, "1=6;26=1", "7"
        },
        {
            "本项得满分，扣分项写不扣分", """
            五、提高社会公众意识
            1.网上清理工作。本项得满分。
            六、防范系统性风险
            全年未发生系统性区域性风险，不扣分。
            """, "27=4;29=0", "4"
        },
    };

    [Theory, MemberData(nameof(Layouts))]
    public void EachClassOfLayoutGivesTheScoresAndTotal(string layout, string text, string expected, string total)
    {
        var (scores, own) = SelfEvaluation.Read(TextNormalizer.Normalize(text, joinWrappedLines: false), Hubei.Indicators, areas: Hubei.Areas);
        var wanted = expected.Split(';').Select(p => p.Split('=')).ToDictionary(p => int.Parse(p[0]), p => decimal.Parse(p[1]));
        Assert.True(wanted.OrderBy(x => x.Key).SequenceEqual(scores.OrderBy(x => x.Key)), $"{layout}: {string.Join(";", scores.OrderBy(x => x.Key).Select(x => $"{x.Key}={x.Value}"))}");
        Assert.Equal(decimal.Parse(total), own);
    }

    [Fact]
    public void TheThirdBatchIsInTheCorpusWithEveryIndicatorInItsTruth()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(SelfReportFiles.Folder, "truth.json")));
        var third = json.RootElement.GetProperty("reports").EnumerateObject()
            .Where(r => r.Value.TryGetProperty("batch", out var b) && b.GetInt32() == 3).ToList();
        Assert.Equal(6, third.Count);
        Assert.All(third, r => Assert.True(File.Exists(Path.Combine(SelfReportFiles.Folder, r.Name)), $"{r.Name} 不在语料中"));
        Assert.All(third, r => Assert.Equal(29, r.Value.GetProperty("indicators").EnumerateObject().Count()));
    }
}
