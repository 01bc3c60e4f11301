using Extraction.Extract;
using Extraction.Rulebooks;

namespace Extraction.Tests.Rulebooks;

/// <summary>Imports each form of the notices once for all rulebook tests (the scan takes the OCR's time).</summary>
public sealed class RulebookFixture
{
    readonly Dictionary<string, Task<Rulebook>> imported = new();

    public Task<Rulebook> Get(string notice)
    {
        lock (imported)
        {
            if (!imported.TryGetValue(notice, out var task))
                imported[notice] = task = new RulebookImporter(new ExtractionOptions()).ImportAsync(Corpus.Notice(notice), default);
            return task;
        }
    }

    /// <summary>The expected points, rule and materials of every clause of seed 000, read off the notice by hand.</summary>
    public static IReadOnlyList<(int Indicator, int Clause, decimal Points, string Rule, string[] Materials)> Expected { get; } =
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Rulebooks", "seed000-clauses.tsv"))
            .Where(l => !l.StartsWith('#') && l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(f => (int.Parse(f[0]), int.Parse(f[1]), decimal.Parse(f[2]), f[3], f.Length > 4 && f[4].Length > 0 ? f[4].Split('、') : Array.Empty<string>()))
            .ToList();
}
