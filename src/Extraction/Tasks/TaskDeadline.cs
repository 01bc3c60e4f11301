namespace Extraction.Tasks;

/// <summary>What kind of deadline a task has: a day, a month, a quarter, a half year, the year's end (年底, 年内), an
/// ongoing task (长期坚持, 持续推进), one the higher level will schedule (按上级统一安排), one already done, or none.</summary>
public enum DeadlineKind { Date, Month, Quarter, HalfYear, YearEnd, Ongoing, AsArranged, Done, None }

/// <summary>A deadline normalized: its kind, the last day it allows (null when the kind has none), and the words it was
/// read from.</summary>
public sealed record TaskDeadline(DeadlineKind Kind, DateOnly? Date, string? Text)
{
    public static readonly TaskDeadline None = new(DeadlineKind.None, null, null);

    /// <summary>True for tasks that never end (长期坚持): they are tracked by the period, not by a date.</summary>
    public bool Ongoing => Kind == DeadlineKind.Ongoing;
}
