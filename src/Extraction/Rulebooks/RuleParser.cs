using System.Text.RegularExpressions;

namespace Extraction.Rulebooks;

/// <summary>Turns a clause's text into the machine form of its rule: the amounts it names, how they combine,
/// its cap, the most it can give, the materials it asks for and whether documents can decide it.</summary>
public static partial class RuleParser
{
    /// <summary>Parses one clause. <paramref name="points"/> is null when the clause alone does not bound itself
    /// (an uncapped per-item award); the indicator then bounds it.</summary>
    public static (Clause Clause, bool Bounded) Parse(int number, string text)
    {
        text = OcrDigits(ChineseAmounts.ToDigits(text));
        var segments = Segments().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        var awards = new List<Award>();
        decimal? cap = null, floor = null;
        bool unboundedPerItem = false, untilNone = false, eachOfSeveral = false;
        // Per-item parts each capped in their own sentence ("每次得2分,满分10分;每条得1分,满分10分") add up their caps.
        var partCaps = new List<decimal?>();
        foreach (var segment in segments)
        {
            int perItemsBefore = awards.Count(a => a.Kind.StartsWith("per_item", StringComparison.Ordinal));
            decimal? segmentCap = CapPhrase().Match(segment) is { Success: true } sc ? Amount(sc.Groups["n"].Value) : null;
            if (CapPhrase().Match(segment) is { Success: true } c) cap = Math.Max(cap ?? 0, Amount(c.Groups["n"].Value));
            if (FloorPhrase().Match(segment) is { Success: true } f) floor = f.Groups["n"].Success ? Amount(f.Groups["n"].Value) : null;
            var phrases = AwardPhrase().Matches(segment).ToList();
            // "…的(2分)" names the points in brackets after what earns them; beside a written "得2分" the brackets only repeat it.
            if (phrases.Any(m => !m.Groups["paren"].Success)) phrases.RemoveAll(m => m.Groups["paren"].Success);
            foreach (var m in phrases)
            {
                if (m.Index > 0 && segment[m.Index - 1] == '不') continue;
                // "最高得4分" states a cap, not an award.
                if (segment[..m.Index].EndsWith("最高", StringComparison.Ordinal) || segment[..m.Index].EndsWith("最多", StringComparison.Ordinal)) continue;
                var amount = Amount(m.Groups["n"].Value);
                var before = segment[..m.Index];
                var each = m.Groups["each"].Value;
                if (each.StartsWith('每') || PerItem().IsMatch(before) || PerUnit().IsMatch(segment[(m.Index + m.Length)..]))
                    awards.Add(new Award(Condition(before), amount, EnumeratedCount(before) is int k && k > 1 ? "per_item:" + k : "per_item"));
                else if (each == "各")
                {
                    awards.Add(new Award(Condition(before), amount * EachCount(before), "award"));
                    eachOfSeveral |= EachCount(before) > 1;
                }
                else
                    // "另加1分" is given on top of the indicator's points, not inside them.
                    awards.Add(new Award(Condition(before), amount, before.EndsWith('另') ? "extra" : "award"));
            }
            // "得分=按期处置率×4分": the points a formula scales are the most it gives.
            if (phrases.Count == 0 && FormulaPhrase().Match(segment) is { Success: true } formula)
                awards.Add(new Award(Condition(segment[..formula.Index]), Amount(formula.Groups["n"].Value), "award"));
            foreach (Match m in DeductPhrase().Matches(segment))
            {
                // "最多扣2分" bounds the deductions before it; it is not one of them.
                if (segment[..m.Index].EndsWith("最多", StringComparison.Ordinal) || segment[..m.Index].EndsWith("最高", StringComparison.Ordinal)) continue;
                awards.Add(new Award(Condition(segment[..m.Index]), Amount(m.Groups["n"].Value), PerEvent().IsMatch(segment[..m.Index]) ? "deduction_each" : "deduction"));
            }
            if (UntilNone().IsMatch(segment)) untilNone = true;
            if (awards.Count(a => a.Kind.StartsWith("per_item", StringComparison.Ordinal)) > perItemsBefore) partCaps.Add(segmentCap);
        }

        // "建立工作机制，1分" "有方案0.5分、有总结0.5分": a clause that names no verb gives the amounts it writes bare.
        if (awards.Count == 0) awards.AddRange(BareAwards(text));

        // "本项满分6分…每发现一处扣0.5分": a clause that only takes away starts from the points it states.
        if (awards.Count > 0 && awards.All(a => a.Kind.StartsWith("deduction", StringComparison.Ordinal)) && StartingPoints().Match(text) is { Success: true } start)
            awards.Insert(0, new Award(Condition(text[..start.Index]), Amount(start.Groups["n"].Value), "award"));
        var gains = awards.Where(a => a.Kind is "award" or "extra").ToList();
        var perItems = awards.Where(a => a.Kind.StartsWith("per_item", StringComparison.Ordinal)).ToList();
        var deductions = awards.Where(a => a.Kind.StartsWith("deduction", StringComparison.Ordinal)).ToList();
        // Amounts for rates, ranks, growth against 持平 or who leads are alternatives: the clause gives the best one met, not their sum.
        bool tiered = gains.Count >= 2 && (TierCue().IsMatch(text) || RankingCue().IsMatch(text) || RateCue().IsMatch(text)
            || gains.Count(g => LeaderTiers.Leads(g.Condition)) >= 2 || ByLevel(gains) || SameAct(gains));
        var runs = tiered ? AlternativeRuns(gains) : [];
        // Sentences that each give the same amount ("…的得2分；…3次以上的得2分") are awards side by side, not tiers.
        if (runs.All(r => r.Count == 1)) tiered = false;
        decimal fixedPart = tiered ? runs.Sum(r => r.Max(g => g.Amount)) : gains.Sum(g => g.Amount);
        if (tiered)
        {
            var alternatives = runs.Where(r => r.Count > 1).SelectMany(r => r).ToHashSet(ReferenceEqualityComparer.Instance);
            gains = gains.Select(g => alternatives.Contains(g) ? g with { Kind = "tier" } : g).ToList();
            awards = awards.Select(a => a.Kind == "award" && alternatives.Contains(a) ? a with { Kind = "tier" } : a).ToList();
        }
        decimal? perItemPart = null;
        if (perItems.Count > 0)
        {
            var listed = perItems.All(p => p.Kind.Contains(':')) ? perItems.Sum(p => p.Amount * int.Parse(p.Kind.Split(':')[1])) : (decimal?)null;
            perItemPart = partCaps.Count > 1 && partCaps.All(p => p is not null) ? partCaps.Sum() : cap ?? listed;
            unboundedPerItem = perItemPart is null;
        }
        decimal points = (fixedPart + (perItemPart ?? 0)) / 1.000000000000000000000000000000000m;
        if (gains.Count == 0 && perItems.Count == 0 && deductions.Count > 0)
            points = floor ?? (deductions.All(d => d.Kind == "deduction") ? deductions.Sum(d => d.Amount) : 0);
        bool deductionUnbounded = gains.Count == 0 && perItems.Count == 0 && deductions.Count > 0 && floor is null && deductions.Any(d => d.Kind == "deduction_each");

        string shape = Shape(text, gains, perItems, deductions, tiered, floor, untilNone);
        // "宣传周、品牌日活动的，各得1分" gives its amount for each act done: two awards, not one all-or-nothing.
        if (shape == RuleShape.Fixed && eachOfSeveral) shape = RuleShape.TwoAwards;
        var materials = MaterialLexicon.Find(text);
        if (shape == RuleShape.Fixed && AsksForMaterials(text, materials)) shape = RuleShape.Materials;
        string? review = shape switch
        {
            RuleShape.Unparsed => "未能识别本条的计分规则，需人工确认",
            RuleShape.Growth => "需对照上年数据判断增长，文件无法确定",
            RuleShape.RateBands => "需核实办结率等比例数据，文件无法确定",
            RuleShape.Ranking => "需依据排名结果，文件无法确定",
            RuleShape.Deduction => "扣分取决于是否发生相关情形，需人工核实",
            _ => null,
        };
        var clause = new Clause(number, text, points, shape, awards, cap ?? floor, Subject(segments.FirstOrDefault() ?? text), materials, review is null, review);
        // Tiers that turn on who leads are decided by the document naming the leader: each tier names its roles.
        if (shape == RuleShape.Tiered && LeaderTiers.Read(clause.Awards) is { } tiers)
            clause = clause with { Awards = tiers, DecidedBy = LeaderTiers.Basis };
        return (clause, !(unboundedPerItem || deductionUnbounded || shape == RuleShape.Unparsed));
    }

    // "…等材料的" with materials the lexicon knows, or "有结案报告、判决书等材料的", which lists its own even where the
    // lexicon knows none of them.
    static bool AsksForMaterials(string text, IReadOnlyList<string> materials) =>
        ListedMaterials().IsMatch(text) || materials.Count > 0 && MaterialsCue().IsMatch(text);

    static string Shape(string text, List<Award> gains, List<Award> perItems, List<Award> deductions, bool tiered, decimal? floor, bool untilNone)
    {
        if (gains.Count == 0 && perItems.Count == 0 && deductions.Count == 0) return RuleShape.Unparsed;
        if (RankingCue().IsMatch(text)) return RuleShape.Ranking;
        // "较上年增长10%以上的得6分" is growth measured as a rate.
        if (YearOnYear().IsMatch(text) && (gains.Count <= 1 || tiered)) return RuleShape.Growth;
        if (MeasuredRate(text)) return RuleShape.RateBands;
        if (GrowthCue().IsMatch(text) && (gains.Count <= 1 || tiered)) return RuleShape.Growth;
        if (tiered) return RuleShape.Tiered;
        if (deductions.Count > 0 && !MissingMaterials(text, gains, deductions) && (floor is not null || untilNone || deductions.Any(d => d.Kind == "deduction_each") || gains.Count + perItems.Count == 0)) return RuleShape.Deduction;
        if (ThresholdCue().IsMatch(text)) return RuleShape.Threshold;
        if (perItems.Count > 0) return RuleShape.PerItem;
        if (gains.Count >= 2) return RuleShape.TwoAwards;
        return RuleShape.Fixed;
    }

    // Percentages are rates measured against the year's figures, except a weight the documents set (权重不低于1%的得2分,
    // 低于1%的得1分): its tiers are decided by the document that sets it.
    static bool MeasuredRate(string text) => RateCue().IsMatch(text) && !WeightCue().IsMatch(text);

    // "有方案、总结等材料的得2分,缺一项扣0.5分": what an award of listed materials loses for each one missing is part of the
    // award, no deduction of its own (a list of acts, "…渠道的,得1分,每缺1项,扣0.25分", stays a deduction).
    static bool MissingMaterials(string text, List<Award> gains, List<Award> deductions) =>
        gains.Count > 0 && ListedMaterials().IsMatch(text) && deductions.All(d => MissingItem().IsMatch(d.Condition));

    // Amounts with no verb before them, each an award (per item after 每); one after a cap word (满分, 最高, 共) is the cap.
    static IEnumerable<Award> BareAwards(string text)
    {
        foreach (Match m in BareAmount().Matches(text))
        {
            var before = text[..m.Index];
            if (CapWordBefore().IsMatch(before)) continue;
            var amount = Amount(m.Groups["n"].Value);
            yield return m.Groups["each"].Success || PerUnit().IsMatch(text[(m.Index + m.Length)..]) ? new Award(Condition(before), amount, "per_item") : new Award(Condition(before), amount, "award");
        }
    }

    // Alternatives differ in what they give: an amount equal to the one before it starts a run of its own.
    static List<List<Award>> AlternativeRuns(List<Award> gains)
    {
        var runs = new List<List<Award>>();
        for (int i = 0; i < gains.Count; i++)
            if (i == 0 || gains[i].Amount == gains[i - 1].Amount) runs.Add([gains[i]]);
            else runs[^1].Add(gains[i]);
        return runs;
    }

    // "获国家级表彰的得4分，省级表彰的得2分": amounts falling with the level each names are the best level reached, not a sum.
    static bool ByLevel(List<Award> gains)
    {
        // A condition runs from its sentence's start: the level named last in it is its own.
        var levels = gains.Select(g => Level().Matches(g.Condition).LastOrDefault()).ToList();
        if (levels.Any(l => l is null) || levels.Select(l => l!.Value).Distinct().Count() < gains.Count) return false;
        return Falling(gains);
    }

    // "被全国…转发推广的，加3分；被省…转发推广的，加2分": falling amounts for one act, said of different bodies or
    // levels, are the best one reached. The act is the end of each condition: its last four characters, without 的.
    static bool SameAct(List<Award> gains)
    {
        static string Act(string condition)
        {
            var han = new string(condition.Where(c => c is >= '\u4e00' and <= '\u9fff').ToArray()).TrimEnd('的');
            return han.Length >= ActLength ? han[^ActLength..] : "";
        }
        var acts = gains.Select(g => Act(g.Condition)).ToList();
        return acts[0].Length > 0 && acts.Distinct().Count() == 1 && gains.Select(g => g.Condition).Distinct().Count() == gains.Count
            && Falling(gains);
    }

    const int ActLength = 4;

    static bool Falling(List<Award> gains) => gains.Zip(gains.Skip(1)).All(p => p.First.Amount > p.Second.Amount);

    // "商标、专利…各得0.5分": one award per item named before 各.
    static int EachCount(string before)
    {
        var list = ListBeforeEach().Match(before);
        return list.Success ? list.Value.Split('、').Length : 1;
    }

    // "包括春季市场检查、夏季制种基地检查、秋季市场检查及冬季企业监督抽查,每项完成得0.4分": four items listed.
    static int? EnumeratedCount(string before)
    {
        var m = Enumeration().Match(before);
        return m.Success ? m.Groups[1].Value.Split(['、', '及', '和'], StringSplitOptions.RemoveEmptyEntries).Length : null;
    }

    // OCR reads a lone 1 as 工, l or |, and 0 as O, where an amount stands: "得工分", "宣传工篇", "得O.5分".
    static string OcrDigits(string text) =>
        OcrLostPoints().Replace(OcrStray().Replace(OcrZero().Replace(OcrOne().Replace(text, "1"), "0"), ""), "${n}分。");

    static string Condition(string before) => before.Trim().TrimEnd(',', ';', '。', ' ');

    /// <summary>What the clause is about: its first phrase without the verbs that only say it must be done.</summary>
    static string Subject(string first)
    {
        var s = first.Split(',', ';', ':', '。')[0];
        s = LeadingVerbs().Replace(s, "");
        return s.Trim('、', ' ').TrimEnd('的').Trim();
    }

    // Dividing by 1.000… drops trailing zeros, so 2.0 and 2 are written alike.
    internal static decimal Amount(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture) / 1.000000000000000000000000000000000m;

    [GeneratedRegex(@"(?<=[得加扣计传每]\s*)[工lI|](?=\s*[分篇件个起次项])")] private static partial Regex OcrOne();
    [GeneratedRegex(@"(?<=[得加扣计]\s*)[oO](?=\.\d)")] private static partial Regex OcrZero();
    // The 分 that ends a clause lost, or read as a digit and a Latin mark ("得0.5 3h." "得1 4}."): the clause's last amount.
    [GeneratedRegex(@"(?<=[得加扣]\s*[,，]?\s*)(?<n>\d+(?:\.\d+)?)(?:\s+\d?[A-Za-z}\)>\]]{1,2})?\s*[。.]?\s*$")] private static partial Regex OcrLostPoints();
    // A stroke read as 工 between an amount and 分: "扣1工分".
    [GeneratedRegex(@"(?<=[得加扣计]\s*\d+(?:\.\d+)?\s*)工(?=\s*分)")] private static partial Regex OcrStray();
    [GeneratedRegex(@"[;。](?![^(]*\))")] private static partial Regex Segments();
    // "…的，按2分计" gives the amount; "超过部分按4分计算" is a cap (CapPhrase).
    [GeneratedRegex(@"(?<each>各|每\S{0,3}?)?(?:得|加|计|记|给予|奖励|赋)\s*(?<n>\d+(?:\.\d+)?)\s*分|(?<paren>\()\s*(?<n>\d+(?:\.\d+)?)\s*分\s*\)|按\s*(?<n>\d+(?:\.\d+)?)\s*分计(?!算)")] private static partial Regex AwardPhrase();
    // "酌情扣1至2分" takes at most the upper amount.
    [GeneratedRegex(@"扣(?![完分])[^\d,;。]{0,10}?(?:\d+(?:\.\d+)?\s*[至到~-]\s*)?(?<n>\d+(?:\.\d+)?)\s*分(?!为止)")] private static partial Regex DeductPhrase();
    [GeneratedRegex(@"(?:最高不超过|最多不超过|累计最高得|最高得|最多得|最高加|最多加|最高赋|最多赋|最高计|最多计|不超过|按|最高|最多|满分|加满|得满|计满|封顶|上限|共计|共)\s*(?<n>\d+(?:\.\d+)?)\s*分(?:计算|为止)?|以\s*(?<n>\d+(?:\.\d+)?)\s*分为(?:上)?限|(?<n>\d+(?:\.\d+)?)\s*分封顶")] private static partial Regex CapPhrase();
    [GeneratedRegex(@"扣完\s*(?<n>\d+(?:\.\d+)?)\s*分为止|扣分\s*(?<n>\d+(?:\.\d+)?)\s*分为止|扣分最多不超过\s*(?<n>\d+(?:\.\d+)?)\s*分|最多扣\s*(?<n>\d+(?:\.\d+)?)\s*分|最高扣\s*(?<n>\d+(?:\.\d+)?)\s*分|扣完为止")] private static partial Regex FloorPhrase();
    [GeneratedRegex(@"扣完为止|扣完\s*\d+(?:\.\d+)?\s*分为止|扣至0分")] private static partial Regex UntilNone();
    [GeneratedRegex(@"较上年增长|较去年增长|比上年增长|同比增长")] private static partial Regex YearOnYear();
    // "每查办侵权假冒案件10件，得0.5分": the 每 phrase may run on to a comma before its award.
    [GeneratedRegex(@"每\S{0,6}$|每[^,，;；。]{0,14}[,，]\s*$|(?<![至到~\-—]\s*\d*)\d+\s*[篇件起次个项]\s*$|每(?:查处|查办|报送|入选|[一1]?[起次篇件项])")] private static partial Regex PerItem();
    [GeneratedRegex(@"每|[一1]\s*[次起件项个篇]")] private static partial Regex PerEvent();
    // "0.5分/篇" "1分/次": an amount per unit written after it.
    [GeneratedRegex(@"^\s*/\s*[次篇件起个项条期批人家]")] private static partial Regex PerUnit();
    [GeneratedRegex(@"[\u4e00-\u9fff]{1,8}(?:、[\u4e00-\u9fff]{1,8})+(?=[^、]*$)")] private static partial Regex ListBeforeEach();
    [GeneratedRegex(@"包括([^,;。]+)")] private static partial Regex Enumeration();
    [GeneratedRegex(@"未明确|不足|以下的|逾期|只有|仅|其他得|其余得|或未|排序|持平|部分[^,;。]{0,4}的|良好的|合格的|较差的|\d+\s*[件个项次篇起期场批家条](?:及)?以上的?|\d+\s*[至到~\-—]\s*\d+\s*[件个项次篇起期场批家条]的?")] private static partial Regex TierCue();
    [GeneratedRegex(@"权重")] private static partial Regex WeightCue();
    [GeneratedRegex(@"(?:每?缺少?|少)\s*[一1]\s*[项个份种类]$")] private static partial Regex MissingItem();
    [GeneratedRegex(@"排序|排名")] private static partial Regex RankingCue();
    [GeneratedRegex(@"国家级|国家|全国|中央|国务院|部委|部级|省级|全省|省委|省政府|市级|全市|市委|市政府|州级|县级|区级")] private static partial Regex Level();
    [GeneratedRegex(@"率(?:超过|不足|达到|低于)|\d+\s*%|率\s*[×*]|[×*]\s*[^,;。]{0,12}率")] private static partial Regex RateCue();
    [GeneratedRegex(@"(?:本项|此项|该项|本指标)?(?:满分|基础分|基本分|分值|共)\s*(?:为)?\s*(?<n>\d+(?:\.\d+)?)\s*分")] private static partial Regex StartingPoints();
    [GeneratedRegex(@"(?<![\d.扣至到~\-—])(?<each>每[^\d,;。]{0,6}?)?(?<n>\d+(?:\.\d+)?)\s*分(?!以上|以下|以内|为止|的|之|值|数|制)")] private static partial Regex BareAmount();
    [GeneratedRegex(@"(?:满分|最高|最多|不超过|上限|共|共计|合计|累计|满|按|为|超过|低于|达到|不足|扣)\s*$")] private static partial Regex CapWordBefore();
    [GeneratedRegex(@"得分\s*=\s*(?:[^,;。]*?[×*]\s*(?<n>\d+(?:\.\d+)?)\s*分|(?<n>\d+(?:\.\d+)?)\s*分?\s*[×*])")] private static partial Regex FormulaPhrase();
    [GeneratedRegex(@"较去年|较上年|比上年|同比增长|同比上升|同期水平|有增长|逐年增长|每下降|每低")] private static partial Regex GrowthCue();
    [GeneratedRegex(@"不少于\s*\d+|\d+\s*项及以上|之一的")] private static partial Regex ThresholdCue();
    [GeneratedRegex(@"等材料|等文件|材料的")] private static partial Regex MaterialsCue();
    [GeneratedRegex(@"有[^,;。有]{1,30}?等材料")] private static partial Regex ListedMaterials();
    [GeneratedRegex(@"^(?:积极|按要求|及时|按时|严格|认真|深入|组织|部署|开展|建立|健全|落实|明确|加强|有效|有|对|在|通过)+")] private static partial Regex LeadingVerbs();
}
