using Extraction.Chinese;
using Extraction.Extract;

namespace Extraction.Rulebooks;

/// <summary>Reads a notice file in any form the extractors read (text, PDF, scan, Word) and parses its rulebook.</summary>
public sealed class RulebookImporter(ExtractionOptions options)
{
    readonly ExtractorSelector extractors = new(options);

    public async Task<Rulebook> ImportAsync(string noticePath, CancellationToken cancellation)
    {
        var (texts, tables) = await ReadAsync(noticePath, cancellation);
        return RulebookParser.Parse(texts, tables) with { Source = Path.GetFileName(noticePath) };
    }

    /// <summary>Reads a task breakdown table (任务细化表) from the rows of the notice's tables.</summary>
    public async Task<TaskTable> ImportTasksAsync(string noticePath, CancellationToken cancellation)
    {
        var (_, tables) = await ReadAsync(noticePath, cancellation);
        return TaskTableParser.Parse(TableLines(tables));
    }

    /// <summary>The rows of a document's tables as tab-separated lines, the input of the task parser.</summary>
    public static IEnumerable<string> TableLines(IEnumerable<ExtractedTable> tables) =>
        tables.SelectMany(t => t.Rows).Select(r => string.Join('\t', r.Select(c => c.Replace('\n', ' '))));

    async Task<(List<string> Texts, IReadOnlyList<ExtractedTable> Tables)> ReadAsync(string path, CancellationToken cancellation)
    {
        var kind = FormatSniffer.Sniff(path);
        var document = await extractors.For(kind).ExtractAsync(path, cancellation);
        bool laidOut = document.Format.StartsWith("pdf", StringComparison.Ordinal) || document.Format == "image";
        return (document.Pages.Select(p => TextNormalizer.Normalize(p.RawText, laidOut)).ToList(), document.Tables);
    }
}
