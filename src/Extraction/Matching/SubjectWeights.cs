using Extraction.Chinese;
using Extraction.Rulebooks;

namespace Extraction.Matching;

/// <summary>A subject's telling words, each weighed by how few of the rulebook's clauses use it: 执法 is in most,
/// 联络员制度 in one, and only the rare words tell clauses apart. Subjects are read after the domain's synonyms.</summary>
public sealed class SubjectWeights
{
    // Words every clause uses that say nothing about its subject.
    static readonly HashSet<string> Generic = ["工作", "情况", "相关", "开展", "组织", "建立", "有关", "进行", "及时", "落实", "加强", "部门", "制度",
        "本地区", "市州", "按要求", "报送", "材料", "地方", "等", "的", "有", "和", "或", "制定", "制订", "并", "组织实施", "实施", "上报", "积极", "部署", "全省", "全市", "主动", "及时进行", "办公室", "以来", "要求"];

    readonly ChineseAnalyzer analyzer;
    readonly DomainSynonyms synonyms;
    readonly Dictionary<string, int> clausesUsing = [];
    readonly int clauseCount;

    public SubjectWeights(ChineseAnalyzer analyzer, DomainSynonyms synonyms, Rulebook rulebook)
    {
        (this.analyzer, this.synonyms) = (analyzer, synonyms);
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
        var words = analyzer.QueryWords(synonyms.Canonical(RequirementWords.Count().Replace(subject, "")))
            .Where(w => w.Length >= 2 && !Generic.Contains(w) && !own.Contains(w) && w.Any(c => c > '\u3000')).Distinct();
        return words.Select(w => new SubjectKey(w, Math.Log((clauseCount + 1.0) / (clausesUsing.GetValueOrDefault(w) + 0.5)))).ToList();
    }

    /// <summary>The text as matching reads it: the domain's synonyms rewritten to one term.</summary>
    public string Canonical(string text) => synonyms.Canonical(text);

    /// <summary>The text's words, for matching a two-character key as a word (管理 is not in 种子管理站).</summary>
    public HashSet<string> Words(string canonical) => analyzer.QueryWords(canonical).ToHashSet();

    static IEnumerable<string> MaterialNames(string material) => material switch
    {
        "方案" => ["方案", "工作方案", "实施方案", "行动方案", "工作计划"],
        "总结" => ["总结", "工作总结", "总结报告"],
        "统计报表" => ["统计报表", "报表", "统计", "数据", "数据信息", "统计信息", "工作报表"],
        "人员名单" => ["人员名单", "名单", "联系人名单", "签到表"],
        "宣传报道" => ["宣传报道", "报道", "主流媒体", "媒体", "新闻", "发布", "发布新闻", "宣传"],
        "典型案例" => ["典型案例", "案例", "指导案例"],
        "会议纪要" => ["会议纪要", "纪要"],
        "通知" => ["通知"],
        "文件" => ["文件"],
        _ => [material],
    };
}

/// <summary>One telling word of a subject and its weight.</summary>
public sealed record SubjectKey(string Word, double Weight);
