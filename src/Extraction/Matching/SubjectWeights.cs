using Extraction.Chinese;
using Extraction.Rulebooks;

namespace Extraction.Matching;

/// <summary>A subject's telling words, each weighed by how few of the rulebook's clauses use it: 执法 is in most,
/// 联络员制度 in one, and only the rare words tell clauses apart. Subjects are read after the domain's synonyms.</summary>
public sealed partial class SubjectWeights
{
    // Words every clause uses that say nothing about its subject.
    static readonly HashSet<string> Generic = ["工作", "情况", "相关", "开展", "组织", "建立", "有关", "进行", "及时", "落实", "加强", "部门", "制度",
        "本地区", "市州", "按要求", "报送", "材料", "地方", "等", "的", "有", "和", "或", "制定", "制订", "并", "组织实施", "实施", "上报", "积极", "部署", "全省", "全市", "主动", "及时进行", "办公室", "以来", "要求", "县级", "以上", "县级以上", "有关人员", "人员", "召开", "本地区", "本市", "年度", "重大"];

    readonly ChineseAnalyzer analyzer;
    readonly DomainSynonyms synonyms;
    readonly Dictionary<string, int> clausesUsing = [];
    readonly int clauseCount;
    readonly Rulebook rulebook;

    public SubjectWeights(ChineseAnalyzer analyzer, DomainSynonyms synonyms, Rulebook rulebook)
    {
        (this.analyzer, this.synonyms, this.rulebook) = (analyzer, synonyms, rulebook);
        var subjects = rulebook.Indicators.SelectMany(i => i.Clauses)
            .Select(c => string.Join(" ", c.Awards.Select(a => a.Condition).Prepend(c.Subject))).ToList();
        clauseCount = subjects.Count;
        foreach (var subject in subjects)
            foreach (var word in analyzer.QueryWords(synonyms.Canonical(subject)).Distinct())
                clausesUsing[word] = clausesUsing.GetValueOrDefault(word) + 1;
    }

    /// <summary>The subject's telling words with their weights; the words naming the kind asked for are not the subject
    /// (a 方案 about 宣传报道 keeps 宣传报道 and drops 方案).</summary>
    public List<SubjectKey> Keys(string subject, IEnumerable<string> materials)
    {
        var own = materials.SelectMany(m => MaterialNames(m)).ToHashSet();
        // The material's own words go before segmenting, so 数据信息 leaves no stray 信息 behind.
        subject = SelfReference().Replace(Aside().Replace(RequirementWords.Count().Replace(subject, ""), ""), " ");
        foreach (var name in own.OrderByDescending(n => n.Length)) subject = subject.Replace(name, " ", StringComparison.Ordinal);
        var canonical = synonyms.Canonical(subject);
        var keys = new List<SubjectKey>();
        // "商标、专利行政保护", "案情通报、案件移送、案件协查及案件咨询等制度": the items listed with 、 (and the 及 after the
        // last) are alternatives — one group, any of them shows the subject. The list runs from the first item's last word
        // through the middle items to the last item's first word of its own.
        var parts = canonical.Split('、');
        if (parts.Length > 1 && parts[^1].IndexOf('及') is > 0 and var and) parts = [.. parts[..^1], parts[^1][..and], parts[^1][(and + 1)..]];
        int? list = null;
        for (int k = 0; k < parts.Length; k++)
        {
            var words = Glued(analyzer.QueryWords(parts[k])).Where(w => w.Length >= 2 && !Generic.Contains(w) && !own.Contains(w) && w.Any(c => c > '\u3000')).ToList();
            bool firstOfLast = k > 0 && k == parts.Length - 1;
            for (int i = 0; i < words.Count; i++)
            {
                if (keys.Any(x => x.Word == words[i])) continue;
                bool listed = parts.Length > 1 && (k > 0 && k < parts.Length - 1 || k == 0 && i == words.Count - 1 || firstOfLast);
                if (k == parts.Length - 1) firstOfLast = false;
                int group = listed ? list ??= keys.Count : keys.Count;
                keys.Add(new SubjectKey(words[i], Weight(words[i]), group, listed));
            }
        }
        // A period the clause names (1—10月) must be the document's period.
        foreach (System.Text.RegularExpressions.Match m in Period().Matches(canonical))
            keys.Add(new SubjectKey(Dashes().Replace(m.Value, "-"), Weight(m.Value), keys.Count, false));
        return keys;
    }

    // A department named by its function is one word: 管理部门 is not 管理 (种子管理站 has that).
    static IEnumerable<string> Glued(List<string> words)
    {
        for (int i = 0; i < words.Count; i++)
            if (i + 1 < words.Count && words[i + 1] == "部门" && !Generic.Contains(words[i])) yield return words[i] + words[++i];
            else yield return words[i];
    }

    // "(含打击知识产权违法百日执法行动)", "(打假办发〔2019〕5号)": an aside, not what the clause is about.
    [System.Text.RegularExpressions.GeneratedRegex(@"[(（](?:含|包括|即|如|打假办|[^()（）]{0,12}〔)[^()（）]*[)）]")] private static partial System.Text.RegularExpressions.Regex Aside();

    // The region naming itself (本地区, 本市(州、林区)) and the act of reporting (信息报送) say whose and how, not about what:
    // 本地区分工方案 is about 分工.
    [System.Text.RegularExpressions.GeneratedRegex(@"本(?:地区|辖区|市|县|区)(?:[(（][州市县区林、]{1,8}[)）])?|[(（][州市县区林、]{1,8}[)）]|信息报送")] private static partial System.Text.RegularExpressions.Regex SelfReference();

    /// <summary>The word an indicator's title and clauses use most: its field.</summary>
    public string? Domain(Indicator indicator)
    {
        var counts = new Dictionary<string, int>();
        foreach (var text in indicator.Clauses.Select(c => c.Subject).Prepend(indicator.Title))
            foreach (var key in Keys(text, MaterialLexicon.Canonical).DistinctBy(k => k.Word))
                counts[key.Word] = counts.GetValueOrDefault(key.Word) + 1;
        return counts.Count == 0 ? null : counts.OrderByDescending(c => c.Value).ThenBy(c => Weight(c.Key)).First().Key;
    }

    /// <summary>The field a clause is read in: the field words its own subject names (林木种苗 in 查处…林木种苗案件), or,
    /// when it names none (组织开展重大专项活动), all its indicator's — but only where every part of the indicator's title
    /// has one, so that a title with a field-less part (查办侵犯植物新品种权案件) does not narrow clauses about that part.</summary>
    public IReadOnlyList<string> Field(Indicator indicator, string subject)
    {
        if (!fields.TryGetValue(indicator.Number, out var field)) fields[indicator.Number] = field = FieldOf(indicator);
        var canonical = Canonical(subject);
        var named = field.Words.Where(w => canonical.Contains(w, StringComparison.Ordinal)).ToList();
        return named.Count > 0 ? named : field.Whole ? field.Words : [];
    }

    readonly Dictionary<int, (List<string> Words, bool Whole)> fields = [];

    // An indicator's field words: words of its title its own clauses use and no other indicator does.
    (List<string> Words, bool Whole) FieldOf(Indicator indicator)
    {
        static IEnumerable<string> Texts(Indicator i) => i.Clauses.SelectMany(c => c.Awards.Select(a => a.Condition).Prepend(c.Text).Prepend(c.Subject));
        var own = Texts(indicator).Select(Canonical).ToList();
        var others = rulebook.Indicators.Where(i => i.Number != indicator.Number)
            .SelectMany(i => Texts(i).Prepend(i.Title)).Select(Canonical).ToList();
        var parts = TitleParts().Split(indicator.Title).Where(p => p.Trim().Length > 0)
            .Select(p => Keys(p, MaterialLexicon.Canonical).Select(k => k.Word)
                .Where(w => own.Any(t => t.Contains(w, StringComparison.Ordinal)) && !others.Any(t => t.Contains(w, StringComparison.Ordinal))).ToList())
            .ToList();
        return (parts.SelectMany(p => p).Distinct().ToList(), parts.Count > 0 && parts.All(p => p.Count > 0));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[、,，;；]")] private static partial System.Text.RegularExpressions.Regex TitleParts();

    double Weight(string word) => Math.Log((clauseCount + 1.0) / (clausesUsing.GetValueOrDefault(word) + 0.5));

    [System.Text.RegularExpressions.GeneratedRegex(@"\d{1,2}\s*[—\-－~至]\s*\d{1,2}\s*月")] private static partial System.Text.RegularExpressions.Regex Period();
    [System.Text.RegularExpressions.GeneratedRegex(@"\s*[—\-－~至]\s*")] internal static partial System.Text.RegularExpressions.Regex Dashes();

    /// <summary>The text as matching reads it: the domain's synonyms rewritten to one term.</summary>
    public string Canonical(string text) => Dashes().Replace(synonyms.Canonical(text), "-");



    static IEnumerable<string> MaterialNames(string material) => material switch
    {
        "方案" => ["方案", "工作方案", "实施方案", "行动方案", "工作计划"],
        "总结" => ["总结", "工作总结", "总结报告"],
        "统计报表" => ["统计报表", "报表", "统计", "数据", "数据信息", "统计信息", "工作报表"],
        "人员名单" => ["人员名单", "名单", "联系人名单", "签到表"],
        // 网上 and 正面 say where and in what tone a report runs, not what it is about (组织网上正面宣传报道).
        "宣传报道" => ["宣传报道", "报道", "主流媒体", "媒体", "新闻", "发布", "发布新闻", "宣传", "网上", "正面"],
        "典型案例" => ["典型案例", "案例", "指导案例"],
        "会议纪要" => ["会议纪要", "纪要"],
        "通知" => ["通知"],
        "文件" => ["文件"],
        _ => [material],
    };
}

/// <summary>One telling word of a subject, its weight, and its group: words listed with 、 share one, and any of them
/// shows the group.</summary>
public sealed record SubjectKey(string Word, double Weight, int Group = 0, bool Listed = false)
{
    /// <summary>A word of the indicator's field (农资, 消毒): one of the group must show, and it adds nothing to the share.</summary>
    public bool Field { get; init; }
}
