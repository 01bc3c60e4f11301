namespace Extraction.Rulebooks;

/// <summary>A task breakdown table (任务细化表): categories (一)…, numbered tasks, their measures with deadlines and the
/// units responsible, and what could not be placed.</summary>
public sealed record TaskTable(IReadOnlyList<TaskCategory> Categories, IReadOnlyList<Fragment> Unplaced);

public sealed record TaskCategory(string Number, string Title, IReadOnlyList<TaskItem> Tasks);

public sealed record TaskItem(int Number, string Title, IReadOnlyList<Measure> Measures);

/// <summary>One measure row: what is to be done, what shows it was done, by when, by whom; <see cref="Line"/> is where it stood.</summary>
public sealed record Measure(string Text, string? Target, Deadline? Deadline, IReadOnlyList<string> Units, int Line);

/// <summary>A deadline normalized: a date (<see cref="Date"/>, the last day of the month or year named), the end of a year, ongoing, or as the higher level arranges.</summary>
public sealed record Deadline(string Kind, DateOnly? Date, string Text);

/// <summary>Text the parser could not place, with the line it stood on.</summary>
public sealed record Fragment(int Line, string Text);
