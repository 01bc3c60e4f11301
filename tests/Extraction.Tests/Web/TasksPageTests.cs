using System.Net;
using System.Text.RegularExpressions;
using Extraction.Extract;
using Extraction.Tasks;

namespace Extraction.Tests.Web;

/// <summary>The task page of a pipeline with a task table: each task's status against the region's evidence, the
/// per-unit view, and the task table's region as the scope of who may read it.</summary>
[Collection(ReviewSiteCollection.Name)]
public sealed partial class TasksPageTests(ReviewSiteFixture fixture) : IAsyncLifetime
{
    readonly DirectoryInfo pipeline = Directory.CreateTempSubdirectory("extraction-tasks-pipeline-");
    ReviewSiteFactory factory = null!;
    TaskBook book = null!;

    public async Task InitializeAsync()
    {
        foreach (var name in new[] { "pipeline.json", "rulebook.json" }) File.Copy(Path.Combine(fixture.Pipeline, name), Path.Combine(pipeline.FullName, name));
        book = await new TaskImporter(new ExtractionOptions()).ImportAsync(Corpus.Path("tasks/襄打假办发〔2019〕12号 任务分解表（测试用）.docx"), null, null, default);
        TaskBookFile.Save(book, pipeline.FullName);
        factory = new ReviewSiteFactory(fixture.Options with { Pipeline = pipeline.FullName }, null);
    }

    [Fact]
    public async Task Every_task_is_listed_with_a_status_and_one_unit_shows_only_its_tasks()
    {
        Assert.Equal("襄阳市", book.Region);
        var auditor = await SignedInClient.As(factory, "auditor");
        var page = await auditor.Http.GetStringAsync("/tasks?asOf=2020-01-06");
        var rows = TaskRow().Matches(page);
        Assert.Equal(book.Tasks.Count, rows.Count);
        var labels = Enum.GetValues<Extraction.Tasks.TaskStatus>().Select(TaskStatusLabels.Label).ToList();
        Assert.All(rows, r => Assert.Contains(labels, l => r.Value.Contains($"<td>{l}</td>")));

        var unit = book.Tasks.SelectMany(t => t.Units).GroupBy(u => u).OrderBy(g => g.Count()).First().Key;
        var one = await auditor.Http.GetStringAsync("/tasks?asOf=2020-01-06&unit=" + Uri.EscapeDataString(unit));
        Assert.Equal(book.Tasks.Count(t => t.Units.Contains(unit)), TaskRow().Matches(one).Count);

        Assert.Contains("任务落实情况</a>", await (await SignedInClient.As(factory, "reviewer")).Http.GetStringAsync("/regions/襄阳市"));
        Assert.DoesNotContain("任务落实情况</a>", await (await SignedInClient.As(factory, "reviewer")).Http.GetStringAsync("/regions/宜昌市"));

        var outside = await SignedInClient.As(factory, "yc-reviewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await outside.Http.GetAsync("/tasks")).StatusCode);
    }

    [GeneratedRegex(@"<tr class=""task [a-z]+"">.*?</tr>", RegexOptions.Singleline)] private static partial Regex TaskRow();

    public Task DisposeAsync()
    {
        factory.Dispose();
        pipeline.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
