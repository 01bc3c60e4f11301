namespace Extraction.Store;

/// <summary>A region's assessment waiting to be run again. Requests for the region while it is open fold into it
/// (Requests counts them) and push NotBefore back, never past Latest; it is claimed under a lease like a file's job, and
/// closed only when no request came while it ran. Times are ISO 8601, UTC.</summary>
public sealed record ReassessJob(long Id, string Region, int Requests, string NotBefore, string Latest, string CreatedAt, string? FinishedAt,
    string? LeaseOwner, string? LeaseUntil, string? Error);
