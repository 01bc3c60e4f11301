using System.Text.RegularExpressions;
using Extraction.Rulebooks;

namespace Extraction.Tasks;

/// <summary>What shows a task was done, each output one phrase: split from an expected-output cell (印发通知，部署专项行动，
/// 查处一批案件，形成总结报告), or read from a task's own sentence where it names a document to produce (印发…方案, 举办…培训,
/// 召开…会议, 形成…总结, 查处…案件). A phrase that names nothing a document could show is left out.</summary>
public static partial class TaskOutputs
{
    /// <summary>The outputs of a cell: split at ，；。 and at 、 between two materials (培训通知、培训总结), never inside 《》 or “”.</summary>
    public static List<string> Split(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell)) return [];
        var outputs = new List<string>();
        foreach (var piece in TopLevel(cell, "，,；;。\n"))
        {
            var parts = TopLevel(piece, "、");
            var listed = parts.Count > 1 && parts.All(p => MaterialLexicon.Find(p).Count > 0);
            foreach (var part in listed ? parts : [piece])
                if (part.Trim() is { Length: >= 2 } p && Evidence().IsMatch(p) && !outputs.Contains(p)) outputs.Add(p);
        }
        return outputs;
    }

    /// <summary>The outputs a task's sentence names; when it names none, its first clause (the act itself).</summary>
    public static List<string> FromText(string text)
    {
        var outputs = new List<string>();
        var clauses = TopLevel(text, "。；;，,").Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        foreach (var clause in clauses)
            foreach (Match m in Produces().Matches(clause))
                if (!outputs.Contains(m.Value)) outputs.Add(m.Value);
        if (outputs.Count == 0 && clauses.Count > 0) outputs.Add(clauses[0]);
        return outputs;
    }

    // Splits at the given marks outside 《》, “” and （）.
    static List<string> TopLevel(string text, string marks)
    {
        var parts = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '《' or '“' or '（' or '(') depth++;
            else if (c is '》' or '”' or '）' or ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && marks.Contains(c)) { parts.Add(text[start..i]); start = i + 1; }
        }
        parts.Add(text[start..]);
        return parts.Where(p => p.Trim().Length > 0).ToList();
    }

    [GeneratedRegex(@"印发|制定|制发|出台|下发|部署|开展|举办|召开|查处|侦办|侦破|办理|形成|报送|上报|建立|健全|发布|曝光|培训|总结|方案|通知|案件|案例|报告|纪要|名单|制度|机制|文件|清单|办法|规则|公约|通报|要点|信息|数据|宣传|报道|材料|意见|函|计划|统计|稿|行动")] private static partial Regex Evidence();
    [GeneratedRegex(@"(?:印发|制定|制发|出台|下发|形成|报送|发布|编制|制作)[^，。；]{0,30}?(?:方案|通知|要点|办法|制度|规则|清单|总结|报告|案例|意见|计划|文件|资料|通报)|(?:举办|开展|组织)[^，。；]{0,20}培训(?:班)?|召开[^，。；]{0,24}会议|(?:查处|侦破|侦办|查办)[^，。；]{0,20}(?:案件|团伙)")] private static partial Regex Produces();
}
