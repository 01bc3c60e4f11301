namespace Extraction.Reports;

/// <summary>Settings of the reports, bound from the "Reports" configuration section (EXTRACTION_Reports__*).</summary>
public sealed class ReportOptions
{
    /// <summary>How long LibreOffice may take to turn a report into PDF before it is stopped. Default 120 s.</summary>
    public TimeSpan PdfTimeout { get; set; } = TimeSpan.FromSeconds(120);
}
