namespace Extraction.Worker;

/// <summary>Where files arrive (inbox/&lt;region&gt;/…) and where they go once handled: processed/ or failed/, keeping
/// their path under the inbox.</summary>
public sealed record WorkerFolders(string Inbox, string Processed, string Failed)
{
    public static WorkerFolders Beside(string inbox)
    {
        var full = Path.GetFullPath(inbox);
        var parent = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar))!;
        return new WorkerFolders(full, Path.Combine(parent, "processed"), Path.Combine(parent, "failed"));
    }

    public string Relative(string path) => Path.GetRelativePath(Inbox, path).Replace('\\', '/');

    public string InInbox(string relative) => Path.Combine(Inbox, relative);
}
