using Extraction.Chinese;
using Extraction.Extract;

namespace Extraction.Tasks;

/// <summary>Reads a work plan file in any form the extractors read (text, Word, Excel, text PDF, scan) and its tasks.</summary>
public sealed class TaskImporter(ExtractionOptions options)
{
    readonly ExtractorSelector extractors = new(options);

    public async Task<TaskBook> ImportAsync(string path, IReadOnlyList<string>? regions, string? region, CancellationToken cancellation)
    {
        var document = await extractors.For(FormatSniffer.Sniff(path)).ExtractAsync(path, cancellation);
        return Read(document, regions, region) with { Source = Path.GetFileName(path) };
    }

    /// <summary>The tasks of a document already extracted (its pages normalized here as the store normalizes them).</summary>
    public static TaskBook Read(ExtractedDocument document, IReadOnlyList<string>? regions, string? region)
    {
        bool laidOut = document.Format.StartsWith("pdf", StringComparison.Ordinal) || document.Format == "image";
        var texts = document.Pages.Select(p => TextNormalizer.Normalize(p.RawText, laidOut)).ToList();
        return TaskReader.Read(texts, document.Tables, regions, region);
    }
}
