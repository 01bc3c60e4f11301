using System.Text.RegularExpressions;
using Extraction.Chinese;
using Extraction.Rulebooks;

namespace Extraction.Matching;

/// <summary>Suggests the points of one clause for one region: reads what the clause requires (kind, subject, how many),
/// decides each requirement against the region's document profiles, and turns what was met into points by the clause's
/// own rule. Every suggestion says, per requirement, which document met it and why, or what is missing (kind + subject).
/// Where documents cannot decide (rates, rankings, growth, incidents) it says so and still lists the candidates.</summary>
public sealed partial class ClauseAssessor
{
    readonly SubjectWeights weights;
    readonly ProfileMatcher matcher;
    readonly MatchingOptions options;

    public ClauseAssessor(ChineseAnalyzer analyzer, Rulebook rulebook, MatchingOptions? options = null, DomainSynonyms? synonyms = null)
    {
        this.options = options ?? new MatchingOptions();
        weights = new SubjectWeights(analyzer, synonyms ?? DomainSynonyms.Load(), rulebook);
        matcher = new ProfileMatcher(weights, this.options);
    }

    public Suggestion Assess(Indicator indicator, Clause clause, IReadOnlyList<RegionDocument> documents)
    {
        var counting = documents.Where(d => d.Counts).ToList();
        current = indicator;
        if (clause.Decidable && LeaderTiers.Applies(clause)) return Leader(indicator, clause, counting);
        if (!clause.Decidable || clause.Rule is RuleShape.Tiered or RuleShape.Unparsed)
            return new Suggestion(indicator.Number, clause.Number, clause.Points, 0, Suggestion.NeedsReview, Candidates(clause, counting), [],
                clause.ReviewReason ?? "本条需人工评定", 0);

        var perAward = clause.Awards.Where(a => a.Kind is "award" or "tier" or "alternative").ToList();
        if (clause.Rule == RuleShape.TwoAwards && perAward.Count >= 2)
            return Combine(indicator, clause, perAward.Select(a => ((Award?)a, Decide(a.Condition, MaterialLexicon.Find(a.Condition), a.Condition, counting))).ToList());
        if (clause.Rule == RuleShape.PerItem) return PerItem(indicator, clause, counting);
        if (clause.Rule == RuleShape.Threshold && AtLeast().IsMatch(clause.Text)) return Threshold(indicator, clause, counting);
        return Combine(indicator, clause, [(null, Decide(clause.Text, clause.Materials, clause.Subject, counting))]);
    }

    List<RequirementOutcome> Decide(string condition, IReadOnlyList<string> materials, string subject, List<RegionDocument> documents, double? share = null) =>
        RequirementReader.Read(condition, materials, subject).Select(r => matcher.Decide(Domained(r), documents, share)).ToList();

    // A clause whose words all name materials ("报送工作总结及有关统计信息") is about its indicator's field: the word its
    // indicator's clauses use most (农资 for indicator 14, 卷烟 for 16) must show.
    // Any other clause is read in its indicator's field: a 工作信息 on 种子企业监督抽查 is not 消毒产品 抽查 (indicator 17).
    Requirement Domained(Requirement r)
    {
        if (current is null) return r;
        if (weights.Keys(r.Subject, r.Materials.Concat(r.Named)).Count == 0 && weights.Domain(current) is { } domain) return r with { Subject = domain, Wording = r.Subject };
        return r with { Field = weights.Field(current, r.Subject) };
    }

    Indicator? current;

    // Awards are summed, except alternatives ("增长的得3分；持平的得1.5分"): those give the most one of them gives.
    Suggestion Combine(Indicator indicator, Clause clause, List<(Award? Award, List<RequirementOutcome> Outcomes)> awards)
    {
        decimal Amount(Award? a) => a?.Amount ?? clause.Points;
        var met = awards.Where(a => a.Outcomes.All(o => o.Met)).ToList();
        bool Alternative(Award? a) => a is not null && a.Kind is "tier" or "alternative";
        decimal points = met.Where(a => !Alternative(a.Award)).Sum(a => Amount(a.Award))
            + met.Where(a => Alternative(a.Award)).Select(a => Amount(a.Award)).DefaultIfEmpty(0).Max();
        points = Math.Min(points, clause.Points);
        var outcomes = awards.SelectMany(a => a.Outcomes).ToList();
        return Build(indicator, clause, points, outcomes);
    }

    Suggestion PerItem(Indicator indicator, Clause clause, List<RegionDocument> documents)
    {
        var perItem = clause.Awards.Where(a => a.Kind.StartsWith("per_item", StringComparison.Ordinal)).ToList();
        var each = perItem.Select(a => a.Amount).DefaultIfEmpty(0).Min();
        // "包括春季市场检查、夏季制种基地检查…，每项完成得0.4分": each act listed is a requirement of its own.
        if (perItem.Count == 1 && Listed().Match(clause.Text) is { Success: true } list && perItem[0].Kind.Contains(':'))
        {
            var acts = list.Groups[1].Value.Split(['、', '及', '和'], StringSplitOptions.RemoveEmptyEntries);
            var outcomes = acts.SelectMany(act => Decide(act, [], act, documents)).ToList();
            return Build(indicator, clause, Math.Min(clause.Points, each * outcomes.Count(o => o.Met)), outcomes);
        }
        var found = Decide(clause.Text, clause.Materials, clause.Subject, documents, options.KindSubjectShare);
        var items = found.SelectMany(o => o.Matches).DistinctBy(m => (m.Document.Sha256, m.Item?.Heading)).ToList();
        decimal points = Math.Min(clause.Points, items.Sum(m => ItemAmount(perItem, m, each)));
        var suggestion = Build(indicator, clause, points, found);
        return items.Count == 0 ? suggestion : suggestion with { Reason = $"找到 {items.Count} 项，按每项 {each} 分起计（媒体按其级别）；{suggestion.Reason}" };
    }

    Suggestion Threshold(Indicator indicator, Clause clause, List<RegionDocument> documents)
    {
        var outcomes = Decide(clause.Text, clause.Materials, clause.Subject, documents, options.KindSubjectShare);
        bool met = outcomes.All(o => o.Met);
        return Build(indicator, clause, met ? clause.Points : 0, outcomes);
    }

    Suggestion Leader(Indicator indicator, Clause clause, List<RegionDocument> documents)
    {
        // The document naming the leader of this body: one whose text holds the clause's most telling word first.
        var telling = weights.Keys(clause.Subject, []).OrderByDescending(k => k.Weight).Select(k => k.Word).FirstOrDefault();
        var found = LeaderTiers.FindLeader(documents, d => telling is not null && weights.Canonical(d.Text).Contains(telling, StringComparison.Ordinal));
        var tier = found is { } f ? LeaderTiers.Tier(clause, f.Leader) : null;
        decimal points = tier?.Amount ?? 0;
        var subject = RequirementWords.Phrase(clause.Subject, "文件");
        var shortfall = found is null ? $"缺少：写明{subject}组长（召集人）人选的文件" : tier is null ? $"《{found.Value.Document.Facts.Title}》写明由{found.Value.Leader}任组长，不符合得分条件" : null;
        var explanation = found is { } g && tier is not null ? $"《{g.Document.Facts.Title}》写明由{g.Leader}任组长，符合“{Cut(tier.Condition)}”" : null;
        var status = points >= clause.Points ? Suggestion.Met : points > 0 ? Suggestion.Partial : Suggestion.Missing_;
        var evidence = found is { } e ? [Cite(e.Document, [], "文件")] : new List<Evidence>();
        return new Suggestion(indicator.Number, clause.Number, clause.Points, points, status, evidence, points < clause.Points ? ["文件"] : [],
            explanation ?? shortfall ?? "", points > 0 ? Confidence(documents.Take(1)) : options.MissingConfidence)
        {
            Shortfalls = shortfall is null ? [] : [shortfall],
            Explanations = explanation is null ? [] : [explanation],
        };
    }

    // Points, status, evidence, missing kinds and the reason, from the outcomes of the clause's requirements.
    Suggestion Build(Indicator indicator, Clause clause, decimal points, List<RequirementOutcome> outcomes)
    {
        var matches = outcomes.SelectMany(o => o.Matches.Take(Math.Max(1, o.Requirement.Count)).Select(m => (o.Requirement, Match: m))).ToList();
        var evidence = matches.Select(m => Cite(m.Match.Document, weights.Keys(m.Requirement.Subject, m.Requirement.Materials), m.Requirement.Implied ? null : m.Requirement.Material))
            .Distinct().ToList();
        var explanations = outcomes.Where(o => o.Found > 0)
            .Select(o => $"{o.Requirement.Material}：{string.Join("；", o.Matches.Take(3).Select(m => m.Why))}").ToList();
        bool below = points < clause.Points;
        var unmet = outcomes.Where(o => !o.Met).ToList();
        // A clause below its maximum always names what is missing; when every requirement was met (items short of the
        // cap, an award with no requirement of its own) the kinds it asks for are what more of would earn the rest.
        var short_ = unmet.Count > 0 ? unmet : below ? outcomes : [];
        // The kinds a clause below its maximum lacks are all it asks for: more of a met one would earn the rest too.
        var missing = below ? short_.Concat(outcomes).Select(o => o.Requirement.Material).Distinct().ToList() : [];
        var shortfalls = below ? short_.Select(Shortfall).Distinct().ToList() : [];
        string status = !below ? Suggestion.Met : points > 0 || outcomes.Any(o => o.Found > 0) ? Suggestion.Partial : Suggestion.Missing_;
        string reason = string.Join("；", explanations.Select(e => "已找到" + e).Concat(shortfalls));
        var used = matches.Select(m => m.Match).ToList();
        double confidence = status == Suggestion.Met ? Confidence(used.Select(m => m.Document)) * used.Select(m => m.Factor).DefaultIfEmpty(1).Min()
            : status == Suggestion.Partial ? options.PartialConfidence : options.MissingConfidence;
        return new Suggestion(indicator.Number, clause.Number, clause.Points, points, status, evidence, missing,
            reason.Length > 0 ? reason : "未找到与本条相关的材料", Math.Round(confidence, 2))
        { Shortfalls = shortfalls, Explanations = explanations };
    }

    static string Shortfall(RequirementOutcome o) =>
        o.Requirement.Count > 1 && o.Found > 0 ? $"缺少：{o.Requirement.Describe()}（要求不少于 {o.Requirement.Count} 个，找到 {o.Found} 个）"
        : o.Met ? $"缺少：更多{o.Requirement.Describe()}（已找到 {o.Found} 项，未达满分）"
        : $"缺少：{o.Requirement.Describe()}";

    // Publicity is paid by the medium's level (中央 0.5, 省级 0.3, 其他 0.1): a report counts at the level its outlet
    // shows, and at the lowest when none shows.
    static decimal ItemAmount(List<Award> perItem, RequirementMatch match, decimal lowest)
    {
        var level = match.Item?.OutletLevel;
        return level is not null && perItem.FirstOrDefault(a => a.Condition.Contains(level, StringComparison.Ordinal)) is { } award ? award.Amount : lowest;
    }

    // For a reviewer: the documents whose text shares most of the clause's telling words.
    List<Evidence> Candidates(Clause clause, List<RegionDocument> documents)
    {
        var keys = weights.Keys(clause.Subject, clause.Materials);
        if (keys.Count == 0) return [];
        double total = keys.Sum(k => k.Weight);
        return documents.Select(d => (d, Score: Passage().Split(weights.Canonical(d.Text)).Max(p => keys.Where(k => p.Contains(k.Word, StringComparison.Ordinal)).Sum(k => k.Weight)) / total))
            .Where(x => x.Score > 0).OrderByDescending(x => x.Score).Take(3).Select(x => Cite(x.d, keys, null)).ToList();
    }

    // Evidence read from a text layer is surer than evidence read by OCR.
    double Confidence(IEnumerable<RegionDocument> documents)
    {
        var ocr = documents.SelectMany(d => d.Pages).Where(p => p.Confidence is not null).Select(p => p.Confidence!.Value).ToList();
        return Math.Round(ocr.Count == 0 ? options.TextConfidence : Math.Min(options.TextConfidence, options.TextConfidence * ocr.Average()), 2);
    }

    static Evidence Cite(RegionDocument d, List<SubjectKey> keys, string? material)
    {
        var page = d.Pages.OrderByDescending(p => keys.Count(k => p.Text.Contains(k.Word))).First();
        int at = keys.Select(k => page.Text.IndexOf(k.Word, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        int start = Math.Max(0, at - 10);
        var snippet = page.Text.Substring(start, Math.Min(70, page.Text.Length - start)).Replace('\n', ' ').Replace('\t', ' ');
        return new Evidence(d.File, page.Number, material, snippet);
    }

    static string Cut(string s) => s.Length <= 30 ? s : s[..30] + "…";

    [GeneratedRegex(@"不少于\s*(\d+)")] private static partial Regex AtLeast();
    [GeneratedRegex(@"包括([^,;。，；]+)")] private static partial Regex Listed();
    [GeneratedRegex(@"[。；！？\n]")] private static partial Regex Passage();
}
