namespace Extraction.Reports;

/// <summary>What a document flag of understanding says, read once from its stored form (misfiled, wrong_year,
/// duplicate_of:&lt;file&gt;), so no output parses the string itself.</summary>
public sealed record DocumentFlag(DocumentFlagKind Kind, string Raw, string? Original)
{
    const string DuplicatePrefix = "duplicate_of:";

    public static DocumentFlag Parse(string flag) => flag switch
    {
        "misfiled" => new(DocumentFlagKind.Misfiled, flag, null),
        "wrong_year" => new(DocumentFlagKind.WrongYear, flag, null),
        _ when flag.StartsWith(DuplicatePrefix, StringComparison.Ordinal) => new(DocumentFlagKind.Duplicate, flag, flag[DuplicatePrefix.Length..]),
        _ => new(DocumentFlagKind.Other, flag, null),
    };
}

/// <summary>Why a document does not count: filed under another region, of another year, a copy of another file.</summary>
public enum DocumentFlagKind { Misfiled, WrongYear, Duplicate, Other }
