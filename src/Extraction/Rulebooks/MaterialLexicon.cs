using System.Text.RegularExpressions;

namespace Extraction.Rulebooks;

/// <summary>The materials clauses ask for, under the canonical names of DOMAIN.md, with the words that name them.</summary>
public static partial class MaterialLexicon
{
    static readonly (string Canonical, string[] Words)[] Entries =
    [
        ("培训通知", ["培训通知"]),
        ("培训总结", ["培训总结"]),
        ("人员名单", ["人员名单", "联系人名单", "签到表"]),
        ("会议纪要", ["会议纪要", "纪要"]),
        ("典型案例", ["典型案例", "指导案例", "指导性案例"]),
        ("督查报告", ["督查报告"]),
        ("年度报告", ["年度报告"]),
        ("审计报告", ["审计报告", "审计情况说明"]),
        ("方案", ["工作方案", "实施方案", "行动方案", "工作计划", "方案"]),
        ("总结", ["工作总结", "总结报告", "总结材料", "总结"]),
        ("通知", ["通知"]),
        ("宣传报道", ["宣传报道", "主流媒体", "媒体"]),
        // A ledger (台账) is profiled as a statistical return (TitleKinds): a clause asking for one asks for that kind.
        ("统计报表", ["统计报表", "工作报表", "报表", "统计信息", "数据信息", "数据", "运行台账", "工作台账", "台账"]),
        ("工作信息", ["工作信息"]),
        ("文件", ["等文件", "相关文件", "制度文件"]),
    ];

    static readonly (string Word, string Canonical)[] Words =
        Entries.SelectMany(e => e.Words.Select(w => (w, e.Canonical))).OrderByDescending(x => x.w.Length).ToArray();

    /// <summary>All canonical material names, in the order of the lexicon.</summary>
    public static IReadOnlyList<string> Canonical { get; } = Entries.Select(e => e.Canonical).ToList();

    /// <summary>The materials a text names, in order of first mention. The longest word wins at each place, and a
    /// material that only qualifies the next one (年度报告通知, 宣传报道工作方案) gives way to it: in Chinese the head comes last.</summary>
    public static IReadOnlyList<string> Find(string text)
    {
        // A title in 《》 names a document already issued, not a material to submit.
        text = Title().Replace(text, "《》");
        var found = new List<(int At, int End, string Canonical)>();
        for (int i = 0; i < text.Length;)
        {
            var hit = Words.FirstOrDefault(w => string.CompareOrdinal(text, i, w.Word, 0, w.Word.Length) == 0);
            int length = hit.Word?.Length ?? 0;
            // OCR slips a stray character into a long word now and then (人员和名单); one is forgiven.
            if (hit.Word is null && Words.FirstOrDefault(w => w.Word.Length >= 4 && WithOneInserted(text, i, w.Word)) is { Word: not null } loose)
                (hit, length) = (loose, loose.Word.Length + 1);
            // 畅通知识产权 holds 通知 only across a word boundary (畅通 / 知识产权).
            if (hit.Word is null || (hit.Word == "通知" && i + 2 < text.Length && text[i + 2] == '识')) { i++; continue; }
            found.Add((i, i + length, hit.Canonical));
            i += length;
        }
        var result = new List<string>();
        for (int k = 0; k < found.Count; k++)
        {
            bool qualifies = k + 1 < found.Count && found[k + 1].At == found[k].End && found[k + 1].Canonical is "方案" or "通知";
            if (qualifies) continue;
            if (!result.Contains(found[k].Canonical)) result.Add(found[k].Canonical);
        }
        return result;
    }

    static bool WithOneInserted(string text, int at, string word)
    {
        if (at + word.Length + 1 > text.Length || text[at] != word[0]) return false;
        for (int skip = 1; skip < word.Length; skip++)
            if (string.CompareOrdinal(text, at, word, 0, skip) == 0 && string.CompareOrdinal(text, at + skip + 1, word, skip, word.Length - skip) == 0)
                return true;
        return false;
    }

    [GeneratedRegex(@"《[^》]*》")] private static partial Regex Title();
}
