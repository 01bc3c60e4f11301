using System.Text.Json.Serialization;

namespace Extraction.Rulebooks;

/// <summary>What a notice requires, read out of the notice itself: the notice's facts, its areas, indicators and clauses.</summary>
public sealed record Rulebook(
    NoticeInfo Notice,
    IReadOnlyList<Area> Areas,
    IReadOnlyList<Indicator> Indicators,
    decimal TotalPoints,
    decimal? StatedTotal,
    IReadOnlyList<string> Problems)
{
    /// <summary>The version of this file's layout, so a later release can read an older rulebook.</summary>
    public int FormatVersion { get; init; } = 1;
    /// <summary>Where the rulebook was read from.</summary>
    public string? Source { get; init; }
    /// <summary>The notice's title, at the top of the file for a reader.</summary>
    public string? Title => Notice.Title;
    /// <summary>The year assessed.</summary>
    public int? Year => Notice.Year;
}

/// <summary>The facts of the notice: who issued it, its number, title and date, the year assessed, the deadline, the weights.</summary>
public sealed record NoticeInfo(string? Issuer, string? DocNumber, string? Title, DateOnly? Date, int? Year, DateOnly? Deadline, IReadOnlyDictionary<string, int> Weights)
{
    /// <summary>Those the notice is addressed to (主送机关), as written.</summary>
    public string? Addressees { get; init; }
    /// <summary>The regions assessed, by name; the notice names them by group (各市州、直管市…), the pipeline lists them.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];
}

/// <summary>An area (考核重点), numbered 一, 二 ….</summary>
public sealed record Area(string Number, string Title);

/// <summary>How an indicator counts toward the total.</summary>
public enum IndicatorKind { Base, Bonus, Deduction }

/// <summary>An indicator (考核内容) with its clauses. For a deduction item <see cref="MaxPoints"/> is the most it can take away.</summary>
public sealed record Indicator(
    int Number,
    string Area,
    string Title,
    IndicatorKind Kind,
    decimal MaxPoints,
    IReadOnlyList<string> Assessors,
    IReadOnlyList<Clause> Clauses,
    IReadOnlyList<GroupCap> GroupCaps);

/// <summary>Clauses From…To of an indicator together give at most <see cref="Max"/> points.</summary>
public sealed record GroupCap(int From, int To, decimal Max);

/// <summary>A numbered clause (评分标准 (1), ① …) and the machine form of its rule. <see cref="Points"/> is the most it can
/// give, or for a deduction clause the most it can take away.</summary>
public sealed record Clause(
    int Number,
    string Text,
    decimal Points,
    string Rule,
    IReadOnlyList<Award> Awards,
    decimal? Cap,
    string Subject,
    IReadOnlyList<string> Materials,
    bool Decidable,
    string? ReviewReason)
{
    /// <summary>What decides a tiered clause from documents, or null: <c>leader</c> — the document naming who leads
    /// (组长, 召集人), matched against the <see cref="Award.Roles"/> of each tier, the best tier met giving its amount.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DecidedBy { get; init; }
}

/// <summary>One amount a clause names: what earns it, how much, and its kind — <c>award</c> (added to the others),
/// <c>tier</c> (one of several alternatives: the best met counts), <c>per_item</c>[:n], <c>deduction</c>, <c>deduction_each</c>,
/// <c>extra</c> (另加: given on top of the indicator's points).</summary>
public sealed record Award(string Condition, decimal Amount, string Kind)
{
    /// <summary>For a tier decided by who leads: the roles that earn it (政府主要负责同志); empty for the tier of
    /// "未明确" or any other leader.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Roles { get; init; }
}
