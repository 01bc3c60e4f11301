using Extraction.Intake;

namespace Extraction.Worker;

/// <summary>Tells when a file in the inbox is complete: its size and modification time have not changed for a while
/// and it can be opened (an empty one for ten seconds at least). A scanner writing a 40-page PDF slowly is never read
/// half-written.</summary>
public sealed class StableFiles(TimeSpan quiet, TimeProvider? clock = null)
{
    readonly TimeProvider time = clock ?? TimeProvider.System;
    readonly Dictionary<string, (long Size, DateTime Modified, DateTimeOffset Since)> seen = [];

    /// <summary>Notes a file the watcher or a rescan reported.</summary>
    public void Saw(string path)
    {
        if (!seen.ContainsKey(path)) seen[path] = (-1, default, time.GetUtcNow());
    }

    public int Pending => seen.Count;

    // A file still empty may be one its writer has opened and not yet written (a copy stalled on a busy machine): it is
    // taken as empty only after this long.
    static readonly TimeSpan EmptyQuiet = TimeSpan.FromSeconds(10);

    /// <summary>The files that have been quiet long enough; they are forgotten here once returned.</summary>
    public List<string> TakeReady()
    {
        var ready = new List<string>();
        var now = time.GetUtcNow();
        foreach (var (path, last) in seen.ToList())
        {
            // A symbolic link, FIFO or device is never opened (a FIFO would block); it is handed on at once to be refused.
            var type = FileTypes.Of(path);
            if (type is not (FileType.Regular or FileType.Missing))
            {
                seen.Remove(path);
                ready.Add(path);
                continue;
            }
            var info = new FileInfo(path);
            if (!info.Exists) { seen.Remove(path); continue; }
            if (info.Length != last.Size || info.LastWriteTimeUtc != last.Modified)
            {
                seen[path] = (info.Length, info.LastWriteTimeUtc, now);
                continue;
            }
            if (now - last.Since < (info.Length == 0 && EmptyQuiet > quiet ? EmptyQuiet : quiet) || !CanOpen(path)) continue;
            seen.Remove(path);
            ready.Add(path);
        }
        // Oldest first, so that of two copies the original is read first.
        return [.. ready.OrderBy(LastWrite).ThenBy(p => p, StringComparer.Ordinal)];
    }

    static DateTime LastWrite(string path)
    {
        try { return File.GetLastWriteTimeUtc(path); }
        catch (IOException) { return DateTime.MaxValue; }
        catch (UnauthorizedAccessException) { return DateTime.MaxValue; }
    }

    static bool CanOpen(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return true;
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }
}
