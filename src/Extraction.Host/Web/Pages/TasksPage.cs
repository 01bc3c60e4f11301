using System.Globalization;
using System.Text;
using Extraction.Host.Cli;
using Extraction.Tasks;

namespace Extraction.Host.Web.Pages;

/// <summary>任务落实 /tasks: the pipeline's task table (tasks.json) tracked against the evidence as of a date — each task's
/// status, the documents that show its outputs and what is missing — and the same by responsible unit.</summary>
internal static class TasksPage
{
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/tasks", Show);

    static IResult Show(HttpContext http, SiteData site, string? asOf, string? unit)
    {
        var who = Guards.Who(http);
        var file = Path.Combine(site.Options.Pipeline, TaskBookFile.FileName);
        if (!File.Exists(file))
            return Layout.Page(http, "任务落实", $"<p>本流水线尚未导入任务表：请运行 <code>extraction tasks import &lt;任务文件&gt; --pipeline {Html.E(site.Options.Pipeline)}</code>。</p>");
        TaskBook book;
        try { book = TaskBookFile.Load(file); }
        catch (InvalidDataException e) { return Layout.Page(http, "任务落实", $"<p class=\"error\">{Html.E(e.Message)}</p>"); }
        if (book.Region is { } r ? !who.MayRead(r) : !who.MayReadAny) return Layout.Forbidden(http, $"该账户无权查看{book.Region}的任务落实情况");
        var date = DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : DateOnly.FromDateTime(DateTime.Today);
        List<TaskProgress> progress;
        progress = TasksCommand.Track(book, site.Options.Pipeline, site.Store, date);
        var units = TaskStatusJson.ByUnit(progress);
        if (unit is { Length: > 0 }) progress = progress.Where(p => p.Task.Units.Contains(unit)).ToList();

        var s = new StringBuilder();
        s.Append($"<p>{Html.E(book.Title ?? book.Source)}（{Html.E(book.Region ?? "地区未知")}）：{progress.Count} 项任务，截至 {date:yyyy-MM-dd}。</p>");
        s.Append($"<form method=\"get\" class=\"search\"><label>截至 <input name=\"asOf\" type=\"date\" value=\"{date:yyyy-MM-dd}\"></label>"
            + $"<select name=\"unit\"><option value=\"\">全部责任单位</option>{Html.Options(units.Select(u => (u.Unit, u.Unit)), unit)}</select><button>查看</button></form>");
        s.Append("<table class=\"tasks\"><thead><tr><th>序号</th><th>任务</th><th>责任单位</th><th>完成时限</th><th>状态</th><th>依据材料</th><th>缺少</th></tr></thead><tbody>");
        foreach (var p in progress)
        {
            var evidence = string.Join("<br>", p.Evidence.GroupBy(e => e.Sha256).Select(g => g.First()).Take(4).Select(e =>
                $"<a href=\"{Html.Url("/documents/" + e.Sha256, ("page", e.Page.ToString(CultureInfo.InvariantCulture)))}\">{Html.E(Path.GetFileName(e.File))}</a>（{Html.E(e.Output)}，{(e.Date is { } x ? x.ToString("yyyy-MM-dd") : "日期不明")}）"));
            s.Append($"<tr class=\"task {p.Status.ToString().ToLowerInvariant()}\"><td>{Html.E(TasksCommand.Key(p.Task))}</td><td>{Html.E(p.Task.Measure ?? p.Task.Text)}</td>"
                + $"<td>{Html.E(string.Join("、", p.Task.Units))}</td><td>{Html.E(TasksCommand.DeadlineText(p.Task.Deadline))}</td>"
                + $"<td>{Html.E(TaskStatusLabels.Label(p.Status))}</td><td>{evidence}</td><td>{Html.E(string.Join("；", p.Missing))}</td></tr>");
        }
        s.Append("</tbody></table>");
        s.Append("<h2>按责任单位</h2><table><thead><tr><th>责任单位</th><th>任务数</th><th>落实情况</th></tr></thead><tbody>");
        foreach (var (name, tasks) in units)
            s.Append($"<tr><td><a href=\"{Html.Url("/tasks", ("asOf", date.ToString("yyyy-MM-dd")), ("unit", name))}\">{Html.E(name)}</a></td><td>{tasks.Count}</td>"
                + $"<td>{Html.E(string.Join("，", tasks.GroupBy(t => t.Status).OrderBy(g => g.Key).Select(g => $"{TaskStatusLabels.Label(g.Key)} {g.Count()}")))}</td></tr>");
        s.Append("</tbody></table>");
        return Layout.Page(http, "任务落实", s.ToString());
    }
}
