namespace Extraction.Intake;

/// <summary>Lists the files under the paths given. The first folder level under a given folder names the region
/// (a folder named 襄阳市 holds 襄阳市's evidence) unless a region is forced.</summary>
public static class InboxScanner
{
    public static IEnumerable<SourceFile> Scan(IEnumerable<string> paths, string? region)
    {
        foreach (var given in paths)
        {
            var full = Path.GetFullPath(given);
            if (File.Exists(full))
            {
                yield return new SourceFile(full, Path.GetFileName(full), region);
                continue;
            }
            if (!Directory.Exists(full)) throw new FileNotFoundException($"找不到文件或文件夹：{given}", given);
            var files = Directory.EnumerateFiles(full, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
                .Where(f => !IsIgnored(Path.GetRelativePath(full, f))).Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var relative = Path.GetRelativePath(full, file).Replace('\\', '/');
                var slash = relative.IndexOf('/');
                yield return new SourceFile(file, relative, region ?? (slash > 0 ? relative[..slash] : null));
            }
        }
    }

    /// <summary>Lock files, partial downloads and hidden files are not evidence.</summary>
    public static bool IsIgnored(string relativePath) =>
        relativePath.Replace('\\', '/').Split('/').Any(part =>
            part.StartsWith('.') || part.StartsWith("~$") || part.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
            || part.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase) || part.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
            || part.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase));
}
