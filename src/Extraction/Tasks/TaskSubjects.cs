using System.Text.RegularExpressions;

namespace Extraction.Tasks;

/// <summary>What an output is about, as a requirement's subject: the output's own words without its act verb
/// ("印发“铁拳”行动通知" → "“铁拳”行动通知"); when those name only the material ("培训通知", "印发通知"), the task's topic —
/// the names it quotes (“铁拳”, 《…方案》), or the first clause of its measure or text.</summary>
public static partial class TaskSubjects
{
    public static string Own(string output) => ActVerbs().Replace(output.Trim(), "").Trim();

    public static string Topic(WorkTask task)
    {
        var text = (task.Measure ?? "") + "\n" + task.Text;
        var names = Quoted().Matches(text).Select(m => m.Groups["n"].Value).Distinct().ToList();
        if (names.Count > 0) return string.Join(" ", names);
        var first = FirstClause().Match(task.Measure is { Length: > 0 } m ? m : task.Text).Value;
        return Own(first);
    }

    /// <summary>The subject without the words of the plan's own field, which every task shares.</summary>
    public static string WithoutField(string subject) => Field().Replace(subject, " ").Trim();

    /// <summary>The years an output names (2020年重点市场环境治理工作方案 → 2020).</summary>
    public static List<int> Years(string output) => NamedYear().Matches(output).Select(m => int.Parse(m.Groups["y"].Value)).Distinct().ToList();

    [GeneratedRegex(@"打击侵犯知识产权和制售假冒伪劣商品|打击侵权假冒|双打|侵权假冒")] private static partial Regex Field();
    [GeneratedRegex(@"(?<y>20\d\d)\s*年(?!底|末|内|\d{1,2}月)")] private static partial Regex NamedYear();
    [GeneratedRegex(@"^(?:(?:印发|制定|制发|出台|下发|部署|开展|举办|召开|形成|报送|上报|建立|健全|发布|组织|查处|侦办|侦破|办理|编制|制作|完成|推进|加强|深入|及时|严厉|积极|一批|全市|并)\s*)+")] private static partial Regex ActVerbs();
    [GeneratedRegex(@"“(?<n>[^”]{2,20})”|《(?<n>[^》]{2,40})》")] private static partial Regex Quoted();
    [GeneratedRegex(@"^[^，。；,;]{1,40}")] private static partial Regex FirstClause();
}
