using System.Text.Json;
using Extraction.Tests.Cli;
using Xunit.Abstractions;

namespace Extraction.Tests.Tasks;

/// <summary>`tasks import` then `tasks status` as a user runs them, on the 襄阳市 task table written for the corpus and the
/// 襄阳市 submissions of the tuning half: each task's status as of 2020-01-06 against its hand label.</summary>
public sealed class TaskStatusCommandTests(XiangyangStoreFixture store, ITestOutputHelper output) : IClassFixture<XiangyangStoreFixture>
{
    const string Table = "襄打假办发〔2019〕12号 任务分解表（测试用）.docx";
    static readonly TaskTruth Truth = TaskTruth.Load();

    async Task<JsonElement> Status(params string[] extra)
    {
        var import = await ExtractionProcess.Run(["tasks", "import", Path.Combine(TaskTruth.Folder, Table), "--pipeline", store.Pipeline]);
        Assert.True(import.Code == 0, import.Err);
        Assert.True(File.Exists(Path.Combine(store.Pipeline, "tasks.json")));
        var status = await ExtractionProcess.Run(["tasks", "status", "--pipeline", store.Pipeline, "--db", store.Db, "--as-of", Truth.AsOf.ToString("yyyy-MM-dd"), "--json", .. extra]);
        Assert.True(status.Code == 0, status.Err);
        return JsonDocument.Parse(status.Out).RootElement.Clone();
    }

    [Fact]
    public async Task NineInTenTasksHaveTheStatusAReviewerGives()
    {
        var json = await Status();
        Assert.Equal("2020-01-06", json.GetProperty("as_of").GetString());
        var tasks = json.GetProperty("tasks").EnumerateArray().ToList();
        var labels = Truth.Files[Table];
        int right = 0;
        foreach (var label in labels)
        {
            var task = tasks.Single(t => t.GetProperty("number").GetInt32() == label.Number);
            var status = task.GetProperty("status").GetString();
            if (status == label.Status) right++;
            else output.WriteLine($"任务 {label.Number}：{status}，应为 {label.Status}；{task.GetProperty("reason").GetString()}");
        }
        output.WriteLine($"襄阳市任务分解表：状态正确 {right}/{labels.Count}（{right / (double)labels.Count:P1}）");
        Assert.True(right >= 0.9 * labels.Count, $"{right}/{labels.Count} statuses right");
    }

    [Fact]
    public async Task ADoneTaskCitesItsDocumentAndALateOneSaysWhichOutputCameAfterTheDeadline()
    {
        var tasks = (await Status()).GetProperty("tasks").EnumerateArray().ToList();
        var plant = tasks.Single(t => t.GetProperty("number").GetInt32() == 4);
        Assert.Equal("done", plant.GetProperty("status").GetString());
        Assert.Contains(plant.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("file").GetString()!.Contains("植物新品种保护培训总结") && e.GetProperty("date").GetString() == "2019-06-21");
        var police = tasks.Single(t => t.GetProperty("number").GetInt32() == 2);
        Assert.Equal("late", police.GetProperty("status").GetString());
        Assert.Contains("晚于完成时限 2019-03-31", police.GetProperty("reason").GetString());
        var tobacco = tasks.Single(t => t.GetProperty("number").GetInt32() == 8);
        Assert.Equal(new[] { "专项整治工作总结" }, tobacco.GetProperty("missing").EnumerateArray().Select(m => m.GetString()!).ToArray());
        Assert.Equal("month", tobacco.GetProperty("deadline").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task MinutesOfTheLeadershipGroupMentioningTheJointMeetingsSubjectAreNotItsMinutes()
    {
        // Task 11 asks for 两法衔接联席会议纪要; the leadership group's minutes ask in a passage to 健全联席会议制度 and use the
        // 两法衔接 platform, and no joint meeting's minutes were submitted.
        var tasks = (await Status()).GetProperty("tasks").EnumerateArray().ToList();
        var joint = tasks.Single(t => t.GetProperty("number").GetInt32() == 11);
        Assert.Equal(Truth.Files[Table].Single(l => l.Number == 11).Status, joint.GetProperty("status").GetString());
        Assert.DoesNotContain(joint.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("file").GetString()!.Contains("领导小组会议纪要"));
        // The same minutes are the leadership group's own: task 16 asks for them.
        var plenary = tasks.Single(t => t.GetProperty("number").GetInt32() == 16);
        Assert.Contains(plenary.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("file").GetString()!.Contains("领导小组会议纪要"));
    }

    [Fact]
    public async Task TheUnitViewListsOnlyThatUnitsTasksWhateverFormItsNameIsWrittenIn()
    {
        var json = await Status("--unit", "襄阳市市场监督管理局");
        var numbers = json.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("number").GetInt32()).Order().ToArray();
        Assert.Equal([1, 9, 10, 11], numbers);
        var unit = json.GetProperty("units").EnumerateArray().First(u => u.GetProperty("unit").GetString() == "市市场监管局");
        Assert.Contains(unit.GetProperty("tasks").EnumerateArray(), t => t.GetProperty("number").GetInt32() == 1 && t.GetProperty("lead").GetBoolean());
    }

    [Fact]
    public async Task TheTerminalTableIsInChineseWithAViewPerUnit()
    {
        var json = await Status();
        var run = await ExtractionProcess.Run("tasks", "status", "--pipeline", store.Pipeline, "--db", store.Db, "--as-of", "2020-01-06");
        Assert.Equal(0, run.Code);
        Assert.Contains("按责任单位：", run.Out);
        // Each unit's line in the terminal says, in Chinese, what the JSON's unit view holds.
        foreach (var unit in json.GetProperty("units").EnumerateArray())
        {
            var statuses = unit.GetProperty("tasks").EnumerateArray()
                .Select(t => Enum.Parse<Extraction.Tasks.TaskStatus>(t.GetProperty("status").GetString()!, ignoreCase: true)).ToList();
            var counts = statuses.GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{Extraction.Tasks.TaskStatusLabels.Label(g.Key)} {g.Count()}");
            Assert.Contains($"{unit.GetProperty("unit").GetString()}：{statuses.Count} 项（{string.Join("，", counts)}）", run.Out);
        }
        Assert.Contains("市检察院：", run.Out);
    }

    [Fact]
    public async Task TheWorkbookHasASheetOfTasksAndOnePerUnit()
    {
        var json = await Status();
        var path = Path.Combine(store.Pipeline, "任务落实情况表.xlsx");
        var run = await ExtractionProcess.Run("tasks", "status", "--pipeline", store.Pipeline, "--db", store.Db, "--as-of", "2020-01-06", "--out", path);
        Assert.Equal(0, run.Code);
        var document = await new Extraction.Extract.ExtractorSelector(new Extraction.Extract.ExtractionOptions()).For(Extraction.Extract.FileKind.Xlsx).ExtractAsync(path, default);
        int units = json.GetProperty("units").GetArrayLength();
        Assert.Equal(1 + units, document.Pages.Count);
        Assert.Contains("逾期未完成", document.Pages[0].RawText);
        Assert.Contains(document.Pages, p => p.RawText.Contains("市检察院：1 项任务"));
    }

    [Fact]
    public async Task StatusWithoutImportedTasksSaysWhatToRun()
    {
        var empty = Directory.CreateTempSubdirectory("extraction-notasks-");
        try
        {
            var run = await ExtractionProcess.Run("tasks", "status", "--pipeline", empty.FullName, "--db", store.Db);
            Assert.Equal(2, run.Code);
            Assert.Contains("extraction tasks import", run.Err);
        }
        finally { empty.Delete(true); }
    }
}
