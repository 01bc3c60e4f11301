using Extraction.Matching;
using Extraction.Pipelines;
using Extraction.Rulebooks;
using Extraction.Store;
using Extraction.Understand;
using Microsoft.Extensions.Configuration;

namespace Extraction.Host.Cli;

/// <summary>One assessment of the stored evidence against a pipeline's rulebook, shared by assess and the exports.</summary>
internal sealed record AssessmentRun(Rulebook Rulebook, PipelineDefinition? Pipeline, List<DocumentFactsStore.Entry> Facts,
    List<RegionAssessment> Regions, List<Arrival> Arrivals)
{
    /// <summary>The reviewers' points per region and indicator, from the review log.</summary>
    public IReadOnlyDictionary<(string Region, int Indicator), decimal> Reviewed { get; init; } = new Dictionary<(string, int), decimal>();

    /// <summary>Null, with the reason on stderr, when the pipeline has no rulebook yet.</summary>
    public static AssessmentRun? Load(string? pipeline, string? db, string? onlyRegion)
    {
        var directory = pipeline ?? RulebookCommand.DefaultPipeline;
        if (!File.Exists(Path.Combine(directory, RulebookFile.FileName)))
        {
            Console.Error.WriteLine($"错误：{directory} 下没有 rulebook.json，请先运行 extraction rulebook import");
            return null;
        }
        var rulebook = RulebookFile.Load(Path.Combine(directory, RulebookFile.FileName));
        var definition = PipelineDefinition.LoadIfPresent(directory);
        var analyzer = AnalyzerFactory.Create(directory);
        using var store = StoreLocation.Open(db);
        if (store is null) return null;
        var facts = new DocumentFactsStore(store).Update(new DocumentUnderstanding(definition, notice: rulebook.Notice), DocumentFactsStore.VersionFor(directory));
        var documents = facts.Select(f => new RegionDocument(f.File, f.Sha256, definition?.RegionForFolder(f.Region ?? "") ?? f.Region, f.Facts,
            store.Pages(f.Sha256).Select(p => (p.Number, p.Text, p.Confidence)).ToList())).ToList();
        var regions = documents.Select(d => d.Region).OfType<string>().Distinct()
            .Where(r => definition is null || definition.Regions.Any(x => x.Name == r))
            .Where(r => onlyRegion is null || r == (definition?.RegionForFolder(onlyRegion) ?? onlyRegion))
            .OrderBy(r => definition?.Regions.ToList().FindIndex(x => x.Name == r) ?? 0).ToList();
        // The "Matching" section of appsettings.json, then EXTRACTION_Matching__<Name> variables, as the worker reads them.
        var matching = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Environment.CurrentDirectory, "appsettings.json"), optional: true).AddEnvironmentVariables("EXTRACTION_").Build()
            .GetSection("Matching").Get<MatchingOptions>() ?? new MatchingOptions();
        var assessor = new Assessor(rulebook, analyzer, matching, Extraction.Understand.Profiles.OutletLevels.From(definition));
        var assessments = regions.Select(r => assessor.Assess(r, documents.Where(d => d.Region == r).ToList())).ToList();
        // Kept in the store, so the review pages and the exports read the suggestions this run made.
        foreach (var a in assessments) Extraction.Review.StoredAssessments.Save(store, a);
        var reviews = store.Reviews.Log();
        var reviewed = assessments.SelectMany(a => Extraction.Review.RegionReview.Of(rulebook, a, reviews).ReviewedByIndicator()).ToDictionary(x => x.Key, x => x.Value);
        return new AssessmentRun(rulebook, definition, facts, assessments, store.Arrivals()) { Reviewed = reviewed };
    }
}
