using Extraction.Chinese;
using Extraction.Rulebooks;

namespace Extraction.Host.Cli;

/// <summary>The analyzer with the lexicon of the pipeline's rulebook (or of the default pipeline when it is there).</summary>
internal static class AnalyzerFactory
{
    public static ChineseAnalyzer Create(string? pipeline)
    {
        var directory = pipeline ?? RulebookCommand.DefaultPipeline;
        var file = Path.Combine(directory, RulebookFile.FileName);
        var rulebooks = File.Exists(file) ? [RulebookFile.Load(file)] : Array.Empty<Rulebook>();
        return new ChineseAnalyzer(DomainLexicon.Build(rulebooks));
    }

    public static Rulebook? Rulebook(string? pipeline)
    {
        var file = Path.Combine(pipeline ?? RulebookCommand.DefaultPipeline, RulebookFile.FileName);
        return File.Exists(file) ? RulebookFile.Load(file) : null;
    }
}
