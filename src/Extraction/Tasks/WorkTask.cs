namespace Extraction.Tasks;

/// <summary>One task of a work plan as it is tracked: where it stands (category, number), what is to be done (the task,
/// and for a breakdown table the measure of its row), what shows it was done (<see cref="Outputs"/>), by when, by whom.
/// <see cref="Units"/> holds every responsible unit, <see cref="LeadUnits"/> and <see cref="SupportUnits"/> those the
/// text marks 牵头 and 配合. <see cref="Line"/> is where the task stood in the text (row or line, from 1).</summary>
public sealed record WorkTask(
    string? Category,
    int? Number,
    string Text,
    string? Measure,
    IReadOnlyList<string> Outputs,
    TaskDeadline Deadline,
    IReadOnlyList<string> Units,
    IReadOnlyList<string> LeadUnits,
    IReadOnlyList<string> SupportUnits,
    int Line);

/// <summary>A category (一、… or (一)…) with its title.</summary>
public sealed record TaskCategory(string Number, string Title);

/// <summary>Text the reader could not place, with the line (or row) it stood on.</summary>
public sealed record TaskFragment(int Line, string Text);

/// <summary>How the tasks were read: a table with a header (<c>table</c>), a table whose cells the conversion ran together
/// (<c>loose_table</c>), or prose work points (<c>prose</c>).</summary>
public enum TaskForm { Table, LooseTable, Prose }

/// <summary>A work plan's tasks as read from one file, the content of tasks.json: the plan's title, region and year, its
/// categories, its tasks, and what could not be placed.</summary>
public sealed record TaskBook(
    string? Title,
    string? Region,
    int? Year,
    TaskForm Form,
    IReadOnlyList<TaskCategory> Categories,
    IReadOnlyList<WorkTask> Tasks,
    IReadOnlyList<TaskFragment> Unplaced)
{
    /// <summary>The version of this file's layout.</summary>
    public int FormatVersion { get; init; } = 1;
    /// <summary>The file the tasks were read from.</summary>
    public string? Source { get; init; }
}
