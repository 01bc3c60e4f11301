namespace Extraction.Extract;

/// <summary>A file could not be read; <see cref="Exception.Message"/> says why in Chinese, for the operator.</summary>
public sealed class ExtractionException(string message, Exception? inner = null) : Exception(message, inner);
