using Extraction.Chinese;
using Extraction.Extract;

namespace Extraction.Rulebooks;

/// <summary>Reads a notice file in any form the extractors read (text, PDF, scan, Word) and parses its rulebook.</summary>
public sealed class RulebookImporter(ExtractionOptions options)
{
    readonly ExtractorSelector extractors = new(options);

    public async Task<Rulebook> ImportAsync(string noticePath, CancellationToken cancellation)
    {
        var kind = FormatSniffer.Sniff(noticePath);
        var document = await extractors.For(kind).ExtractAsync(noticePath, cancellation);
        bool laidOut = document.Format.StartsWith("pdf", StringComparison.Ordinal) || document.Format == "image";
        var texts = document.Pages.Select(p => TextNormalizer.Normalize(p.RawText, laidOut)).ToList();
        return RulebookParser.Parse(texts, document.Tables) with { Source = Path.GetFileName(noticePath) };
    }
}
