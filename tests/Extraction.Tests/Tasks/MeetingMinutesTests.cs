using Extraction.Matching;
using Extraction.Tasks;
using Extraction.Tests.Matching;
using TaskStatus = Extraction.Tasks.TaskStatus;

namespace Extraction.Tests.Tasks;

/// <summary>Minutes named by their meeting (两法衔接联席会议纪要) are that meeting's own minutes: the minutes of another
/// meeting (the leadership group's) whose passage asks to 健全联席会议制度 and use the 两法衔接 platform do not show that the
/// joint meeting was held. Minutes asked for a meeting that did something (召开会议部署落实…,有会议纪要) still show it in a passage.</summary>
public sealed class MeetingMinutesTests(MatchingFixture fixture) : IClassFixture<MatchingFixture>
{
    static readonly DateOnly AsOf = new(2020, 1, 6);

    const string LeadershipMinutes =
        "襄阳市打击侵权假冒工作领导小组2019年全体会议纪要\n" +
        "2019年4月2日，市打击侵权假冒工作领导小组召开全体会议，传达学习全国打击侵权假冒工作电视电话会议精神，部署全市2019年打击侵权假冒工作。\n" +
        "会议要求：一是落实行政执法与刑事司法衔接工作，健全联席会议制度，及时向两法衔接信息共享平台录入案件信息；二是按时报送工作信息。\n" +
        "襄阳市打击侵权假冒工作领导小组办公室\n2019年4月3日";

    const string JointMeetingMinutes =
        "襄阳市打击侵权假冒领域两法衔接工作联席会议纪要\n" +
        "2019年9月10日，市检察院会同市公安局、市市场监管局召开行政执法与刑事司法衔接工作联席会议，通报上半年案件移送情况。\n" +
        "会议商定，各单位每季度互通案件信息。\n" +
        "襄阳市人民检察院\n2019年9月12日";

    static TaskBook Book(string output, string text) => new("襄阳市2019年打击侵权假冒工作任务分解表", "襄阳市", 2019, TaskForm.Table, [],
        [new WorkTask(null, 1, text, null, [output], new TaskDeadline(DeadlineKind.YearEnd, new DateOnly(2019, 12, 31), "2019年底"),
            ["市检察院", "市公安局", "市市场监管局"], ["市检察院"], [], 1)], []);

    TaskProgress Track(TaskBook book, params RegionDocument[] documents) =>
        new TaskTracker(book, fixture.Analyzer, fixture.Rulebook, outlets: fixture.Outlets).Track(documents, AsOf).Single();

    [Fact]
    public void AnotherMeetingsMinutesMentioningTheSubjectAreNotTheNamedMeetingsMinutes()
    {
        var book = Book("两法衔接联席会议纪要", "健全两法衔接");
        var progress = Track(book, fixture.Document("领导小组会议纪要.pdf", LeadershipMinutes));
        Assert.Equal(TaskStatus.Overdue, progress.Status);
        Assert.Empty(progress.Evidence);
    }

    [Fact]
    public void TheNamedMeetingsOwnMinutesShowIt()
    {
        var book = Book("两法衔接联席会议纪要", "健全两法衔接");
        var progress = Track(book, fixture.Document("领导小组会议纪要.pdf", LeadershipMinutes), fixture.Document("两法衔接联席会议纪要.docx", JointMeetingMinutes));
        Assert.Equal(TaskStatus.Done, progress.Status);
        Assert.Equal(["两法衔接联席会议纪要.docx"], progress.Evidence.Select(e => e.File).Distinct().ToArray());
    }

    [Fact]
    public void MinutesAskedForAMeetingThatDeployedSomethingAreStillShownByAPassage()
    {
        // 23(1): 调整领导小组及办公室 2分; 召开会议部署落实全国打击侵权假冒工作电视电话会议,有会议纪要 1分. The minutes meet the second award.
        var suggestion = fixture.Assess("23(1)", fixture.Document("领导小组会议纪要.pdf", LeadershipMinutes));
        Assert.Equal(1, suggestion.SuggestedPoints);
    }
}
