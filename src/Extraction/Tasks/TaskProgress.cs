namespace Extraction.Tasks;

/// <summary>Where a task stands as of a date: <c>done</c> (evidence for every output, dated by the deadline), <c>late</c>
/// (every output shown, some only after the deadline), <c>partial</c> (some outputs shown), <c>overdue</c> (deadline passed,
/// nothing shown), <c>open</c> (not yet due, nothing shown), <c>continuing</c> (an ongoing task: see <see cref="TaskProgress.InPeriod"/>).</summary>
public enum TaskStatus { Done, Late, Partial, Overdue, Open, Continuing }

/// <summary>A task's status with the evidence it rests on, the outputs nothing shows, and why, in Chinese.
/// <see cref="InPeriod"/> is set for ongoing tasks: whether anything shows the work in the period.</summary>
public sealed record TaskProgress(WorkTask Task, TaskStatus Status, IReadOnlyList<TaskEvidence> Evidence, IReadOnlyList<string> Missing, bool? InPeriod, string Reason);

/// <summary>One document (and page) that shows one output of a task, its date, and why it shows it.</summary>
public sealed record TaskEvidence(string File, string Sha256, int Page, string Output, DateOnly? Date, string Why);

/// <summary>The Chinese words for a status, for tables and exports.</summary>
public static class TaskStatusLabels
{
    public static string Label(TaskStatus status) => status switch
    {
        TaskStatus.Done => "按时完成",
        TaskStatus.Late => "逾期完成",
        TaskStatus.Partial => "部分完成",
        TaskStatus.Overdue => "逾期未完成",
        TaskStatus.Open => "未到期",
        _ => "持续推进",
    };
}
