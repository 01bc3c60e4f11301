namespace Extraction.Reports;

/// <summary>A file of a region that does not count, with what the region needs to know to put it right: the file, why
/// (its issuer and the issuer's region; its date; the file it repeats; why it could not be read), and its title.</summary>
public sealed record FileProblem(string Region, string File, FileProblemKind Kind)
{
    public string? Title { get; init; }
    public string? Issuer { get; init; }
    public string? IssuerRegion { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>For a duplicate, the file it repeats (the one that counts).</summary>
    public string? Original { get; init; }
    /// <summary>For an unreadable file, the reason intake recorded.</summary>
    public string? Error { get; init; }
}

public enum FileProblemKind { Misfiled, WrongYear, Duplicate, Unreadable, Other }
