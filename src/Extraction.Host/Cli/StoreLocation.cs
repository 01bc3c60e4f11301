namespace Extraction.Host.Cli;

/// <summary>Where the store lives: --db wins, then the pipeline's own store, then ./extraction.db.</summary>
internal static class StoreLocation
{
    public static string Resolve(string? db, string? pipeline) =>
        db ?? (pipeline is not null ? Path.Combine(pipeline, "extraction.db") : Path.Combine(Environment.CurrentDirectory, "extraction.db"));
}
