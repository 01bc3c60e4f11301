namespace Extraction.Intake;

/// <summary>A file handed to ingestion: its path, the path shown to people (relative to the folder given) and its region.</summary>
public sealed record SourceFile(string FullPath, string RelativePath, string? Region);
