namespace Extraction.Store;

/// <summary>One file dropped into the inbox and how far the worker has taken it. A job is open until its file has been
/// moved out of the inbox (finished_at); a crash leaves it open and the next start resumes it from its state.</summary>
public sealed record Job(long Id, string RelativePath, string? Region, string? Sha256, long Size, string Modified, string State, string? Error,
    string? OutcomePath, string CreatedAt, string? FinishedAt, string? LeaseOwner = null, string? LeaseUntil = null)
{
    // discovered → extracting → understood → indexed → matched (its region asked to be assessed again, a job of its own);
    // or failed with a reason; or duplicate.
    public const string Discovered = "discovered", Extracting = "extracting", Understood = "understood", Indexed = "indexed",
        Matched = "matched", Failed = "failed", Duplicate = "duplicate";

    public static readonly string[] States = [Discovered, Extracting, Understood, Indexed, Matched, Failed, Duplicate];

    /// <summary>The states in which nothing is left to do but move the file out of the inbox.</summary>
    public bool Settled => State is Matched or Failed or Duplicate;

    public static string StateName(string state) => state switch
    {
        Discovered => "已发现", Extracting => "读取中", Understood => "已识别", Indexed => "已索引", Matched => "已评分",
        Failed => "失败", Duplicate => "重复", _ => state,
    };
}
