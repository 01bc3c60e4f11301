using System.Text.RegularExpressions;
using Extraction.Chinese;
using Extraction.Rulebooks;

namespace Extraction.Matching;

/// <summary>Suggests the points of one clause for one region: finds the region's documents about the clause's subject,
/// checks each required material against them, and turns what was found into points by the clause's own rule.
/// Where documents cannot decide (rates, rankings, growth, incidents) it says so and still lists the candidates.</summary>
public sealed partial class ClauseAssessor
{
    // Words every clause uses that say nothing about its subject.
    static readonly HashSet<string> Generic = ["工作", "情况", "相关", "开展", "组织", "建立", "有关", "进行", "及时", "落实", "加强", "部门", "制度", "本地区", "市州", "按要求", "报送", "材料", "地方", "等", "的", "有", "和", "或"];

    readonly ChineseAnalyzer analyzer;
    // How many of the rulebook's clauses use a word: 执法 is in most, 联络员制度 in one, and only the rare words tell clauses apart.
    readonly Dictionary<string, int> clausesUsing = [];
    readonly int clauseCount;

    public ClauseAssessor(ChineseAnalyzer analyzer, Rulebook rulebook)
    {
        this.analyzer = analyzer;
        var subjects = rulebook.Indicators.SelectMany(i => i.Clauses)
            .Select(c => string.Join(" ", c.Awards.Select(a => a.Condition).Prepend(c.Subject))).ToList();
        clauseCount = subjects.Count;
        foreach (var subject in subjects)
            foreach (var word in analyzer.QueryWords(subject).Distinct())
                clausesUsing[word] = clausesUsing.GetValueOrDefault(word) + 1;
    }

    public Suggestion Assess(Indicator indicator, Clause clause, IReadOnlyList<RegionDocument> documents)
    {
        var counting = documents.Where(d => d.Counts).ToList();
        var keys = Keys(clause.Subject);
        if (!clause.Decidable || clause.Rule is RuleShape.Tiered or RuleShape.Unparsed)
        {
            var candidates = counting.Select(d => (d, Score: Relevance(keys, d))).Where(x => x.Score > 0).OrderByDescending(x => x.Score).Take(3)
                .Select(x => Cite(x.d, keys, null)).ToList();
            return new Suggestion(indicator.Number, clause.Number, clause.Points, 0, Suggestion.NeedsReview, candidates, [],
                clause.ReviewReason ?? "本条需人工评定", 0);
        }

        var perAward = clause.Awards.Where(a => a.Kind == "award").ToList();
        if (clause.Rule == RuleShape.TwoAwards && perAward.Count >= 2)
            return Combine(indicator, clause, perAward.Select(a => (a.Amount, Judge(Keys(a.Condition), MaterialLexicon.Find(a.Condition), counting))).ToList());

        if (clause.Rule == RuleShape.PerItem)
        {
            var items = counting.Where(d => clause.Materials.Count == 0 ? About(keys, d) : clause.Materials.Any(m => MaterialKinds.Satisfies(m, d.Facts, d.Text)) && About(keys, d, MaterialShown)).ToList();
            var perItem = clause.Awards.Where(a => a.Kind.StartsWith("per_item")).ToList();
            var each = perItem.Select(a => a.Amount).DefaultIfEmpty(0).Min();
            decimal points = Math.Min(clause.Points, items.Sum(d => ItemAmount(perItem, d, each) * Items(d, clause.Materials)));
            return new Suggestion(indicator.Number, clause.Number, clause.Points, points, items.Count > 0 ? Suggestion.Met : Suggestion.Missing_,
                items.Select(d => Cite(d, keys, clause.Materials.FirstOrDefault())).ToList(), items.Count > 0 ? [] : clause.Materials,
                items.Count > 0 ? $"找到 {items.Count} 份相关材料，按每份 {each} 分计" : "未找到相关材料", items.Count > 0 ? Confidence(items) : 0.7);
        }

        if (clause.Rule == RuleShape.Threshold && AtLeast().Match(clause.Text) is { Success: true } atLeast)
        {
            int needed = int.Parse(atLeast.Groups[1].Value);
            var material = clause.Materials.FirstOrDefault();
            var items = counting.Where(d => material is null ? About(keys, d) : MaterialKinds.Satisfies(material, d.Facts, d.Text)).ToList();
            int count = items.Sum(d => Items(d, clause.Materials));
            bool met = count >= needed;
            return new Suggestion(indicator.Number, clause.Number, clause.Points, met ? clause.Points : 0, met ? Suggestion.Met : count > 0 ? Suggestion.Partial : Suggestion.Missing_,
                items.Select(d => Cite(d, keys, material)).ToList(), met || material is null ? [] : [material],
                $"要求不少于 {needed} 个，找到 {count} 个", met ? Confidence(items) : 0.7);
        }

        return Combine(indicator, clause, [(clause.Points, Judge(keys, clause.Materials, counting))]);
    }

    sealed record Judgement(List<Evidence> Evidence, List<string> Missing, List<string> Found, List<RegionDocument> Documents);

    // The documents about the subject, and for each material asked, the first of them that is that material.
    Judgement Judge(List<Key> keys, IReadOnlyList<string> materials, List<RegionDocument> documents)
    {
        var about = documents.Where(d => About(keys, d)).OrderByDescending(d => Relevance(keys, d)).ToList();
        if (materials.Count == 0)
            return about.Count > 0 ? new([Cite(about[0], keys, null)], [], ["相关文件"], [about[0]]) : new([], ["相关文件"], [], []);
        var evidence = new List<Evidence>();
        var missing = new List<string>();
        var found = new List<string>();
        var used = new List<RegionDocument>();
        foreach (var material in materials)
        {
            var doc = about.FirstOrDefault(d => MaterialKinds.Satisfies(material, d.Facts, d.Text));
            if (doc is null) { missing.Add(material); continue; }
            evidence.Add(Cite(doc, keys, material));
            found.Add(material);
            used.Add(doc);
        }
        return new(evidence, missing, found, used);
    }

    Suggestion Combine(Indicator indicator, Clause clause, List<(decimal Amount, Judgement Judgement)> awards)
    {
        decimal points = awards.Where(a => a.Judgement.Missing.Count == 0).Sum(a => a.Amount);
        points = Math.Min(points, clause.Points);
        bool all = awards.All(a => a.Judgement.Missing.Count == 0), none = awards.All(a => a.Judgement.Found.Count == 0);
        string status = all ? Suggestion.Met : none ? Suggestion.Missing_ : Suggestion.Partial;
        var evidence = awards.SelectMany(a => a.Judgement.Evidence).Distinct().ToList();
        var missing = awards.SelectMany(a => a.Judgement.Missing).Where(m => m != "相关文件" || none).Distinct().ToList();
        var found = awards.SelectMany(a => a.Judgement.Found).Where(f => f != "相关文件").Distinct().ToList();
        string reason = status switch
        {
            Suggestion.Met => found.Count > 0 ? $"已找到{string.Join("、", found)}" : "找到与本条相关的文件",
            Suggestion.Missing_ => missing.Contains("相关文件") ? "未找到与本条相关的材料" : $"缺少{string.Join("、", missing)}",
            _ => $"已找到{string.Join("、", found)}，缺少{string.Join("、", missing)}",
        };
        var documents = awards.SelectMany(a => a.Judgement.Documents).ToList();
        return new Suggestion(indicator.Number, clause.Number, clause.Points, points, status, evidence, missing.Where(m => m != "相关文件").ToList(), reason,
            status == Suggestion.Met ? Confidence(documents) : status == Suggestion.Partial ? 0.6 : 0.7);
    }

    // Publicity is paid by the medium's level (中央 0.5, 省级 0.3, 其他 0.1): a report counts at the level its
    // outlet shows, and at the lowest when none shows.
    static decimal ItemAmount(List<Award> perItem, RegionDocument document, decimal lowest)
    {
        foreach (var (level, outlets) in MediaLevels)
            if (outlets.IsMatch(document.Text) && perItem.FirstOrDefault(a => a.Condition.Contains(level)) is { } award) return award.Amount;
        return lowest;
    }

    static readonly (string Level, Regex Outlets)[] MediaLevels =
    [
        ("中央", new(@"人民日报|新华社|中央电视台|央视|光明日报|经济日报|中国新闻网|中新社")),
        ("省级", new(@"湖北日报|湖北卫视|湖北电视台|楚天都市报|荆楚网|长江日报")),
    ];

    // Evidence read from a text layer is surer than evidence read by OCR.
    static double Confidence(IEnumerable<RegionDocument> documents)
    {
        var ocr = documents.SelectMany(d => d.Pages).Where(p => p.Confidence is not null).Select(p => p.Confidence!.Value).ToList();
        return Math.Round(ocr.Count == 0 ? 0.9 : Math.Min(0.9, 0.9 * ocr.Average()), 2);
    }

    // A case report holds several cases: count the 案例一、案例二 it numbers.
    static int Items(RegionDocument d, IReadOnlyList<string> materials) =>
        materials.Contains("典型案例") && d.Facts.Type == "典型案例" ? Math.Max(1, CaseHeading().Matches(d.Text).Count) : 1;

    sealed record Key(string Word, double Weight);

    List<Key> Keys(string subject)
    {
        var words = analyzer.QueryWords(subject).Where(w => w.Length >= 2 && !Generic.Contains(w) && !MaterialLexicon.Canonical.Contains(w)).Distinct();
        return words.Select(w => new Key(w, Math.Log((clauseCount + 1.0) / (clausesUsing.GetValueOrDefault(w) + 0.5)))).ToList();
    }

    // Share of the subject's weight a document must hold in one passage: most of it, or a third when the document is
    // already the material the clause asks for (a press report on 商标侵权 cases is publicity of 商标专利执法).
    const double SubjectShown = 0.6, MaterialShown = 1 / 3.0;

    // About the subject: the subject's telling words occur together in one passage of the document, not scattered over
    // it (a 食品安全 training is no 植物新品种 training; 联席会议 in a 两法衔接 sentence is no 农资打假联席会议).
    static bool About(List<Key> keys, RegionDocument d, double share = SubjectShown) => keys.Count == 0 || Relevance(keys, d) >= share - 1e-9;

    static double Relevance(List<Key> keys, RegionDocument d)
    {
        if (keys.Count == 0) return 0;
        double total = keys.Sum(k => k.Weight);
        return Passage().Split(d.Text).Max(p => keys.Where(k => p.Contains(k.Word, StringComparison.Ordinal)).Sum(k => k.Weight)) / total;
    }

    static Evidence Cite(RegionDocument d, List<Key> keys, string? material)
    {
        var page = d.Pages.OrderByDescending(p => keys.Count(k => p.Text.Contains(k.Word))).First();
        int at = keys.Select(k => page.Text.IndexOf(k.Word, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        int start = Math.Max(0, at - 10);
        var snippet = page.Text.Substring(start, Math.Min(70, page.Text.Length - start)).Replace('\n', ' ').Replace('\t', ' ');
        return new Evidence(d.File, page.Number, material, snippet);
    }

    [GeneratedRegex(@"不少于\s*(\d+)")] private static partial Regex AtLeast();
    [GeneratedRegex(@"案例[一二三四五六七八九十\d]+[:：]")] private static partial Regex CaseHeading();
    [GeneratedRegex(@"[。；！？\n]")] private static partial Regex Passage();
}
