namespace Extraction.Understand.Profiles;

/// <summary>The press outlets a campaign knows, by level (中央, 省级 …), from the pipeline: a report counts at the level
/// of the outlet it shows, and at none (the lowest rate) when no known outlet shows.</summary>
public sealed class OutletLevels(IEnumerable<(string Level, IReadOnlyList<string> Names)> levels)
{
    readonly List<(string Level, IReadOnlyList<string> Names)> levels = levels.ToList();

    public static readonly OutletLevels None = new([]);

    /// <summary>The outlets a pipeline lists; none without a pipeline.</summary>
    public static OutletLevels From(Pipelines.PipelineDefinition? pipeline) =>
        pipeline is null ? None : new(pipeline.Outlets.Select(o => (o.Level, o.Names)));

    /// <summary>The first level (in the pipeline's order, highest first) one of whose outlets the text names.</summary>
    public string? LevelOf(string text) =>
        levels.FirstOrDefault(l => l.Names.Any(n => text.Contains(n, StringComparison.Ordinal))).Level;
}
