using Extraction.Chinese;
using Extraction.Matching;
using Extraction.Rulebooks;

namespace Extraction.Tests.Understand;

/// <summary>Self-evaluation reports in the layouts regions use, written for these tests: a table with its columns in any
/// order and naming, rows named by title, scores in prose, an OCR'd grid with misread characters, traditional characters.</summary>
public class SelfEvaluationTests
{
    static readonly Rulebook Hubei = RulebookFile.Load(Path.Combine(Corpus.Root, "pipelines", "hubei-2019", RulebookFile.FileName));

    public static TheoryData<string, string, string, string> Reports => new()
    {
        {
            "序号、考核指标、分值、自评得分、备注的表格，有合计行", """
            襄阳市2019年度打击侵权假冒工作绩效考核自评报告
            一、基本情况
            全年立案查处侵权假冒案件412件。
            五、自评得分情况
            序号	考核指标	分值	自评得分	备注
            1	开展商标专利行政执法工作情况	7	7	
            2	加强驰名商标保护情况	3	2.5	缺少培训名单
            10	查处侵犯农业植物新品种权案件情况	3	1.5	
            合计		107	96.5	
            """, "1=7;2=2.5;10=1.5", "96.5"
        },
        {
            "列序不同、以标题指称指标、自评总分行", """
            宜昌市2019年度打击侵权假冒工作自评表
            考核内容	满分	自评分	说明
            加强版权执法监管，抓好案件查办，开展系列专项行动情况	6	5	查办案件9起
            软件正版化工作	5	4.5	
            消毒产品监督抽查工作	1	1	
            自评总分			88
            """, "8=5;9=4.5;17=1", "88"
        },
        {
            "得分写在文字里", """
            荆州市2019年打击侵权假冒工作绩效考核自评报告
            五、自评得分情况
            （一）严格知识产权保护
            1.开展商标专利行政执法工作情况。全年查办商标侵权案件56件，自评得分7分。
            2.加强驰名商标保护情况：建立重点商标保护名录，得分：3分。
            加强知识产权执法指导工作情况，组织执法培训2期，自评2分。
            消毒产品监督抽查工作
            按要求完成抽查任务，自评得分为1分。
            综上，我市自评总分为95.5分。
            """, "1=7;2=3;3=2;17=1", "95.5"
        },
        {
            "扫描件的表格，序号缺失、字有误识", """
            黄冈市2019年度打击侵权假冒工作自评报告
            序号	考核指标	分值	自评得分	备注
            	开展商标专利行政执法工作情兄	7	6.5分	
            	知识产权转办案件査办情况	1	1	
            6	专利侵权纠纷办案量	1.5	1.5	
            合计		107	90	
            """, "1=6.5;4=1;6=1.5", "90"
        },
        {
            "繁体字表格", """
            序號	考核指標	分值	自評得分	備註
            1	開展商標專利行政執法工作情況	7	6	
            5	積極開展專項行動	1.5	1.5	
            """, "1=6;5=1.5", "7.5"
        },
        {
            "考核项目列是领域、考核内容列是指标", """
            考核项目	考核内容	分值	自评得分
            一、严格知识产权保护	开展商标专利行政执法工作情况	7	5
            一、严格知识产权保护	加强驰名商标保护情况	3	3
            二、加强伪劣商品治理	生产销售假劣药品案件查办情况	3	2
            """, "1=5;2=3;15=2", "10"
        },
        {
            "一段文字逐项自评，其余指标的合计不是总分", """
            五、自评得分情况
            经对照评分表，我市自评总分82分。其中：
            开展商标专利行政执法工作情况，自评得分6分；加强驰名商标保护情况，得分：2；查处侵犯农业植物新品种权案件情况，该项自评1.5分，生产销售假劣药品案件查办情况，自评得分3分。其余指标自评得分合计69.5分。
            """, "1=6;2=2;10=1.5;15=3", "82"
        },
        {
            "扫描的表格丢了小数点", """
            序号	考核指标	分值	自评得分	备注
            17	消毒产品监督抽查工作	1	1	
            19	侵权假冒商品环境无害化销毁情况	2	15	
            20	打击侵犯知识产权和制售伪劣商品犯罪	20	17	
            合计		107	80	
            """, "17=1;19=1.5;20=17", "80"
        },
        {
            "扫描的表格把小数点读成逗号、中点或带空格的点", """
            序号	考核指标	分值	自评得分	备注
            2	加强驰名商标保护情况	3	2,5	
            5	积极开展专项行动	1.5	1·5	
            8	加强版权执法监管，抓好案件查办，开展系列专项行动情况	6	5. 5	
            合计		107	9.5	
            """, "2=2.5;5=1.5;8=5.5", "9.5"
        },
        {
            "以标题首句指称长指标，扫描读重了字", """
            五、自评得分情况
            生产销售假劣药品案件查办情况，自评得分3分；
            打击侵犯知识产权和和制售伪劣商品犯罪情况，得分：15，运行数据统计和信息报送制度和开展重点专项行动等情况，自评得分6分。
            """, "15=3;20=15;23=6", "24"
        },
        {
            "扫描的表格丢了半分的小数点、扣分项写成负数", """
            序号	考核指标	分值	自评得分	备注
            4	知识产权转办案件查办情况	1	05	
            20	打击侵犯知识产权和制售伪劣商品犯罪	20	165	
            29	确保不发生系统性区域性风险	扣分项	-2	
            合计		107	15	
            """, "4=0.5;20=16.5;29=-2", "15"
        },
        {
            "扫描的表格把小数点读成数字、把5读成S、得分与备注连成一格", """
            序号	考核指标	分值	自评得分	备注
            2	加强驰名商标保护情况	3	135	
            6	专利侵权纠纷办案量	1.5	‘1S	
            10	查处侵犯农业植物新品种权案件情况	3	3	
            22	侵权假冒刑事案件审理及基础工作情况	6	3.5 审结案件2件	
            合计		107	9.5	
            """, "2=1.5;6=1.5;10=3;22=3.5", "9.5"
        },
        {
            "只有标题行的旧式表格", """
            五、自评得分情况
            考核内容	自评得分
            1.开展商标专利行政执法工作情况	7
            10.查处侵犯农业植物新品种权案件情况	1.5
            """, "1=7;10=1.5", "8.5"
        },
    };

    [Theory, MemberData(nameof(Reports))]
    public void EachLayoutOfSelfEvaluationGivesTheRegionsScoresAndTotal(string layout, string text, string expected, string total)
    {
        var (scores, own) = SelfEvaluation.Read(TextNormalizer.Normalize(text, joinWrappedLines: false), Hubei.Indicators);
        var wanted = expected.Split(';').Select(p => p.Split('=')).ToDictionary(p => int.Parse(p[0]), p => decimal.Parse(p[1]));
        Assert.True(wanted.OrderBy(x => x.Key).SequenceEqual(scores.OrderBy(x => x.Key)), $"{layout}: {string.Join(";", scores.OrderBy(x => x.Key).Select(x => $"{x.Key}={x.Value}"))}");
        Assert.Equal(decimal.Parse(total), own);
    }

    [Fact]
    public void AFigureOfTheYearsWorkIsNotTakenForASelfScore()
    {
        var text = "1.开展商标专利行政执法工作情况\n群众满意度调查得分90分，较去年提高。\n自评得分6分。";
        var (scores, _) = SelfEvaluation.Read(text, Hubei.Indicators);
        Assert.Equal(6m, scores[1]);
    }
}
