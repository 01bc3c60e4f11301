using Extraction.Chinese;
using Extraction.Matching;
using Extraction.Pipelines;
using Extraction.Rulebooks;
using Extraction.Understand;
using Extraction.Understand.Profiles;

namespace Extraction.Tests.Matching;

/// <summary>The hubei-2019 rulebook, its analyzer and the pipeline's outlets, loaded once; documents are made from texts
/// the tests write, understood by the real understanding stage.</summary>
public sealed class MatchingFixture
{
    public static readonly PipelineDefinition Hubei = PipelineDefinition.Load(Path.Combine(Corpus.Root, "pipelines", "hubei-2019"));
    public Rulebook Rulebook { get; } = RulebookFile.Load(Path.Combine(Corpus.Root, "pipelines", "hubei-2019", RulebookFile.FileName));
    public ChineseAnalyzer Analyzer { get; }
    public OutletLevels Outlets { get; } = OutletLevels.From(Hubei);

    public MatchingFixture() => Analyzer = new ChineseAnalyzer(DomainLexicon.Build([Rulebook]));

    /// <summary>A document of 襄阳市 from its pages' text, understood as the product understands stored text.</summary>
    public RegionDocument Document(string file, params string[] pages) =>
        new(file, file, "襄阳市", new DocumentUnderstanding(Hubei).Understand(pages, "襄阳市"),
            pages.Select((p, i) => (i + 1, p, (double?)null)).ToList());

    public Suggestion Assess(string clause, params RegionDocument[] documents)
    {
        var number = clause.Split('(', ')');
        var suggestions = new Assessor(Rulebook, Analyzer, null, Outlets).Assess("襄阳市", documents);
        return suggestions.Clauses.Single(c => c.Indicator == int.Parse(number[0]) && c.Clause == int.Parse(number[1]));
    }
}
