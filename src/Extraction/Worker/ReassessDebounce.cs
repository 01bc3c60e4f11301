namespace Extraction.Worker;

/// <summary>How a region's assessment waits for its files to stop arriving: Delay after the latest file indexed, but never
/// more than MaxWait after the first, so a steady stream of files still sees the region assessed.</summary>
public sealed record ReassessDebounce(TimeSpan Delay, TimeSpan MaxWait)
{
    /// <summary>5 s after the latest file, at most 60 s after the first.</summary>
    public static readonly ReassessDebounce Default = new(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(60));
}
