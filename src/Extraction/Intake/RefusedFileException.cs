namespace Extraction.Intake;

/// <summary>Intake will not take this file as it stands; the message is the Chinese reason shown to people.</summary>
public sealed class RefusedFileException(string reason) : IOException(reason);
