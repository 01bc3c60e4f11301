using Extraction.Matching;

namespace Extraction.Reports;

/// <summary>What a clause lacks, said the same way in every output: only a clause documents could decide is short of
/// materials (a bonus or an incident left to a reviewer is not), each gap as kind + subject (缺少：宣传报道工作方案).</summary>
public static class ClauseGaps
{
    public static bool IsShort(Suggestion clause) => clause.Missing.Count > 0 && clause.Status != Suggestion.NeedsReview;

    public static IReadOnlyList<string> Sentences(Suggestion clause) =>
        clause.Shortfalls.Count > 0 ? clause.Shortfalls : [$"缺少：{string.Join("、", clause.Missing)}"];

    public static IEnumerable<Suggestion> Of(RegionAssessment region) => region.Clauses.Where(IsShort);
}
