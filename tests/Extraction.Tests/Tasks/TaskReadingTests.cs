using Extraction.Extract;
using Extraction.Tasks;
using Xunit.Abstractions;

namespace Extraction.Tests.Tasks;

/// <summary>The task texts written for the corpus (a Word table, an Excel table, prose numbered 1. and (一), prose not
/// numbered) read against their hand labels: tasks found, their units (with 牵头 apart) and deadlines.</summary>
public class TaskReadingTests(ITestOutputHelper output)
{
    static readonly TaskTruth Truth = TaskTruth.Load();

    public static TheoryData<string> Files => new(Truth.Files.Keys);

    static Task<TaskBook> Import(string file) =>
        new TaskImporter(new ExtractionOptions()).ImportAsync(Path.Combine(TaskTruth.Folder, file), null, null, default);

    [Theory, MemberData(nameof(Files))]
    public async Task EachFormGivesItsTasksWithUnitsAndDeadlines(string file)
    {
        var book = await Import(file);
        var labels = Truth.Files[file];
        var wrong = new List<string>();
        foreach (var label in labels)
        {
            var task = label.Find(book.Tasks);
            if (task is null) { wrong.Add($"{label.Category}{label.Number}: 未找到"); continue; }
            if (!label.SameUnits(task)) wrong.Add($"{label.Number}: 单位 [{string.Join("、", task.Units)}] 牵头 [{string.Join("、", task.LeadUnits)}]，应为 [{string.Join("、", label.Units)}] 牵头 [{string.Join("、", label.Lead)}]");
            if (!label.SameDeadline(task)) wrong.Add($"{label.Number}: 时限 {task.Deadline.Kind} {task.Deadline.Date}（{task.Deadline.Text}），应为 {label.Kind} {label.Date}");
        }
        foreach (var w in wrong) output.WriteLine(w);
        Assert.Equal(labels.Count, book.Tasks.Count);
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task AcrossAllFormsNineteenInTwentyTasksHaveTheirUnitsAndDeadlines()
    {
        int total = 0, found = 0, units = 0, deadlines = 0;
        foreach (var (file, labels) in Truth.Files)
        {
            var book = await Import(file);
            foreach (var label in labels)
            {
                total++;
                if (label.Find(book.Tasks) is not { } task) continue;
                found++;
                if (label.SameUnits(task)) units++;
                if (label.SameDeadline(task)) deadlines++;
            }
        }
        output.WriteLine($"任务文本 {Truth.Files.Count} 份，任务 {total} 项：找到 {found}（{found / (double)total:P1}），单位全对 {units}（{units / (double)total:P1}），时限全对 {deadlines}（{deadlines / (double)total:P1}）");
        Assert.True(units >= 0.95 * total, $"{units}/{total} tasks with their units");
        Assert.True(deadlines >= 0.95 * total, $"{deadlines}/{total} tasks with their deadlines");
    }
}
