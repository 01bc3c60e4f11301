using Extraction.Matching;

namespace Extraction.Reports.Documents;

/// <summary>A file a region's suggestions rest on: the pages cited, as which materials, for which clauses — one line of
/// the report's annex, numbered in the order the clauses first cite it.</summary>
public sealed record CitedEvidence(int Number, string File, IReadOnlyList<int> Pages, IReadOnlyList<string> Materials, IReadOnlyList<string> Clauses)
{
    public static List<CitedEvidence> Of(RegionAssessment region) =>
        // Only what points rest on: a clause left to a reviewer lists candidates, not evidence.
        region.Clauses.Where(c => c.Status != Suggestion.NeedsReview).SelectMany(c => c.Evidence.Select(e => (Clause: c, Evidence: e)))
            .GroupBy(x => x.Evidence.File)
            .Select((g, k) => new CitedEvidence(k + 1, g.Key,
                g.Select(x => x.Evidence.Page).Distinct().Order().ToList(),
                g.Select(x => x.Evidence.Material).OfType<string>().Distinct().ToList(),
                g.Select(x => Labels.ClauseNumber(x.Clause.Indicator, x.Clause.Clause)).Distinct().ToList()))
            .ToList();

    /// <summary>第1、3页.</summary>
    public string PagesText => $"第{string.Join("、", Pages)}页";
}
