using Extraction.Tasks;

namespace Extraction.Host.Cli;

/// <summary>The machine form of `tasks status`: every task with its units, deadline, outputs, status, evidence and what is
/// missing, and each responsible unit's tasks — the view a 双打办 sends to its members.</summary>
internal static class TaskStatusJson
{
    public static object From(TaskBook book, List<TaskProgress> progress, DateOnly asOf) => new
    {
        AsOf = asOf.ToString("yyyy-MM-dd"),
        book.Region,
        book.Title,
        Tasks = progress.Select(p => new
        {
            p.Task.Category, p.Task.Number, p.Task.Text, p.Task.Measure, p.Task.Units, p.Task.LeadUnits,
            Deadline = new { Kind = Snake(p.Task.Deadline.Kind.ToString()), Date = p.Task.Deadline.Date?.ToString("yyyy-MM-dd"), p.Task.Deadline.Text },
            p.Task.Outputs,
            Status = Snake(p.Status.ToString()),
            Evidence = p.Evidence.Select(e => new { e.File, e.Page, e.Output, Date = e.Date?.ToString("yyyy-MM-dd"), e.Why }),
            p.Missing,
            p.InPeriod,
            p.Reason,
        }),
        Units = ByUnit(progress).Select(u => new
        {
            Unit = u.Unit,
            Tasks = u.Tasks.Select(p => new { p.Task.Category, p.Task.Number, Lead = p.Task.LeadUnits.Contains(u.Unit), Status = Snake(p.Status.ToString()) }),
        }),
    };

    public static List<(string Unit, List<TaskProgress> Tasks)> ByUnit(List<TaskProgress> progress) =>
        progress.SelectMany(p => p.Task.Units.Select(u => (Unit: u, Progress: p))).GroupBy(x => x.Unit)
            .Select(g => (g.Key, g.Select(x => x.Progress).ToList())).OrderByDescending(g => g.Item2.Count).ToList();

    static string Snake(string name) => string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
