using Extraction.Chinese;
using Extraction.Rulebooks;
using Extraction.Understand.Profiles;

namespace Extraction.Matching;

/// <summary>Assesses every region against the rulebook from stored results only (no re-extraction): clause
/// suggestions, indicator totals with group caps, the bonus and deduction items left to reviewers, and the
/// self-scores the evidence does not support.</summary>
public sealed class Assessor(Rulebook rulebook, ChineseAnalyzer analyzer, MatchingOptions? options = null, OutletLevels? outlets = null, DomainSynonyms? synonyms = null)
{
    readonly ClauseAssessor clauses = new(analyzer, rulebook, options, synonyms);
    readonly DocumentProfiler profiler = new(outlets ?? OutletLevels.None, (options ?? new()).OpeningCharacters, (options ?? new()).RosterRows);

    public RegionAssessment Assess(string region, IReadOnlyList<RegionDocument> documents)
    {
        documents = Profiled(documents);
        var selfReport = documents.FirstOrDefault(d => d.Facts.Type == "自评报告" && d.Counts);
        var (self, selfTotal) = selfReport is null ? ([], null) : SelfEvaluation.Read(selfReport.Text, rulebook.Indicators, areas: rulebook.Areas);

        var suggestions = new List<Suggestion>();
        var indicators = new List<IndicatorScore>();
        foreach (var indicator in rulebook.Indicators)
        {
            var clauseSuggestions = indicator.Clauses.Select(c => clauses.Assess(indicator, c, documents)).ToList();
            // Bonus and deduction items turn on outside facts (commendations, incidents): a reviewer decides them.
            if (indicator.Kind != IndicatorKind.Base)
                clauseSuggestions = clauseSuggestions.Select(s => s with { Status = Suggestion.NeedsReview, SuggestedPoints = 0, Reason = indicator.Kind == IndicatorKind.Bonus ? "加分项需人工评定" : "扣分项需人工核实" }).ToList();
            clauseSuggestions = clauseSuggestions.Select(c => c with { SuggestedPoints = Tidy(c.SuggestedPoints) }).ToList();
            suggestions.AddRange(clauseSuggestions);
            decimal suggested = Tidy(Capped(indicator, clauseSuggestions));
            decimal? own = self.TryGetValue(indicator.Number, out var s) ? s : null;
            indicators.Add(new IndicatorScore(indicator.Number, suggested, indicator.MaxPoints, own, own is { } o && o > suggested,
                clauseSuggestions.Count(c => c.Status == Suggestion.NeedsReview)));
        }
        return new RegionAssessment(region, Tidy(indicators.Where(i => rulebook.Indicators.First(x => x.Number == i.Indicator).Kind == IndicatorKind.Base).Sum(i => i.Suggested)),
            selfTotal, suggestions, indicators);
    }

    /// <summary>The documents with their profiles: each is profiled once, before any clause looks at it.</summary>
    public IReadOnlyList<RegionDocument> Profiled(IReadOnlyList<RegionDocument> documents) =>
        documents.Select(d => d.Profile is null ? d with { Profile = profiler.Profile(d.Facts, d.Text) } : d).ToList();

    // 2.0 and 2 are the same points; write them alike.
    static decimal Tidy(decimal d) => d / 1.000000000000000000000000000000000m;

    /// <summary>An indicator's points from its clauses' points, its group caps and its maximum applied.</summary>
    public static decimal Capped(Indicator indicator, IReadOnlyList<Suggestion> suggestions)
    {
        decimal sum = 0;
        var grouped = new HashSet<int>();
        foreach (var cap in indicator.GroupCaps)
        {
            var inGroup = suggestions.Where(s => s.Clause >= cap.From && s.Clause <= cap.To).ToList();
            sum += Math.Min(cap.Max, inGroup.Sum(s => s.SuggestedPoints));
            grouped.UnionWith(inGroup.Select(s => s.Clause));
        }
        sum += suggestions.Where(s => !grouped.Contains(s.Clause)).Sum(s => s.SuggestedPoints);
        return Math.Min(sum, indicator.MaxPoints);
    }
}
