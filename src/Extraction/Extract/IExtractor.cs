namespace Extraction.Extract;

/// <summary>Reads the text, pages and tables of one file of a known kind.</summary>
public interface IExtractor
{
    Task<ExtractedDocument> ExtractAsync(string path, CancellationToken cancellation);
}
