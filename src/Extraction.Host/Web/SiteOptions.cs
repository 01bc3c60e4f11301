namespace Extraction.Host.Web;

/// <summary>What the pages serve: a pipeline (its rulebook and regions), a store, and the inbox uploads go to.</summary>
public sealed record SiteOptions(string Pipeline, Extraction.Store.StoreAddress Store, string Inbox)
{
    /// <summary>The largest upload taken, per file (default 200 MB: a scanned report of a few hundred pages).</summary>
    public long UploadLimitBytes { get; init; } = 200L * 1024 * 1024;
}
