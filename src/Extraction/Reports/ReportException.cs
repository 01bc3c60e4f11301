namespace Extraction.Reports;

/// <summary>A report could not be made; the message, in Chinese, says why and what to do.</summary>
public sealed class ReportException(string message, Exception? inner = null) : Exception(message, inner);
