using Extraction.Pipelines;
using Extraction.Rulebooks;

namespace Extraction.Understand;

/// <summary>When a document of the assessed year may be dated: within the year, or after it from the notice's date to its
/// deadline — when self-evaluations and year summaries are written — if it is about the assessed year's work.</summary>
public sealed record AssessmentWindow(int Year, DateOnly From, DateOnly To)
{
    /// <summary>The window of a pipeline's notice: its date and deadline from the rulebook, else the pipeline's deadline
    /// from the first day after the year.</summary>
    public static AssessmentWindow? Of(PipelineDefinition? pipeline, NoticeInfo? notice)
    {
        int? year = notice?.Year ?? pipeline?.Year;
        if (year is not { } y) return null;
        var to = notice?.Deadline ?? pipeline?.Deadline ?? new DateOnly(y, 12, 31);
        var from = notice?.Date is { } d && d < to ? d : new DateOnly(y + 1, 1, 1);
        return new AssessmentWindow(y, from, to);
    }

    /// <summary>True when a document dated <paramref name="date"/> counts for the year: dated in it, or dated in the window
    /// and about the year's work (its title or opening names the year, or it is a self-evaluation).</summary>
    public bool Counts(DateOnly date, string? title, string opening, string type)
    {
        // A year's report or plan is about the year its title names, whenever it was written (a 2018 summary dated
        // January 2019 is not 2019's work).
        if (YearWork.Contains(type) && title is not null && YearsNamed(title) is { Count: > 0 } named && !named.Contains(Year)) return false;
        if (date.Year == Year) return true;
        if (date < From || date > To) return false;
        if (type == "自评报告") return true;
        if (title is not null && YearsNamed(title) is { Count: > 0 } inTitle) return inTitle.Contains(Year);
        return YearsNamed(opening).Contains(Year);
    }

    static readonly HashSet<string> YearWork = ["总结", "自评报告", "工作方案", "报告"];

    static HashSet<int> YearsNamed(string text)
    {
        var years = new HashSet<int>();
        for (int i = 0; i + 5 <= text.Length; i++)
            if (text[i + 4] == '年' && int.TryParse(text.AsSpan(i, 4), out var y) && y is >= 1990 and <= 2100) years.Add(y);
        return years;
    }
}
