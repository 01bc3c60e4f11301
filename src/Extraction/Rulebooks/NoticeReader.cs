using System.Text.RegularExpressions;

namespace Extraction.Rulebooks;

/// <summary>Reads the facts of a notice from its first pages: issuer, 发文字号, title, date, the year assessed, the deadline and the weights.</summary>
public static partial class NoticeReader
{
    public static NoticeInfo Read(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        // The body ends where the first annex begins; the date signed is the last date before it.
        int annex = lines.FindIndex(l => AnnexStart().IsMatch(l));
        var body = annex > 0 ? lines[..annex] : lines;
        int numberAt = body.FindIndex(l => DocNumber().IsMatch(l));
        string? number = numberAt >= 0 ? DocNumber().Match(body[numberAt]).Value : null;
        string? issuer = numberAt > 0 ? string.Concat(body[..numberAt]).Replace("文件", "").Trim() : null;
        string? title = Title(body, Math.Max(0, numberAt));
        var dates = body.SelectMany(l => ChineseDate.FindAll(l)).ToList();
        DateOnly? signed = body.Where(l => ChineseDate.FindAll(l).Count == 1 && l.Length <= 16).Select(l => ChineseDate.FindAll(l)[0]).Cast<DateOnly?>().LastOrDefault();
        int? year = title is not null && AssessedYear().Match(title) is { Success: true } y ? int.Parse(y.Groups[1].Value) : null;
        // The deadline is the latest date the notice sets anything to happen by.
        DateOnly? deadline = dates.Where(d => signed is null || d >= signed).Cast<DateOnly?>().Max();
        // The addressees are the line after the title that ends with a colon.
        int titleAt = title is null ? -1 : body.FindIndex(l => title.StartsWith(l, StringComparison.Ordinal) && l.Length > 0);
        var addressees = body.Skip(titleAt + 1).Take(3).FirstOrDefault(l => l.EndsWith(':') || l.EndsWith('：'))?.TrimEnd(':', '：');
        return new NoticeInfo(issuer, number, title, signed, year, deadline, Weights(string.Join("", body))) { Addressees = addressees };
    }

    // A title ends with the type of the document (GB/T 9704); one broken over lines is joined until it does.
    static string? Title(List<string> body, int from)
    {
        int at = body.FindIndex(from, l => l.StartsWith("关于") || l.Contains("的通知"));
        if (at < 0) return null;
        var title = body[at];
        for (int i = at + 1; i < body.Count && i <= at + 2 && !DocumentType().IsMatch(title); i++) title += body[i];
        return title;
    }

    // "自我评价占20%、部门考核和平时工作信息报送各占40%".
    static Dictionary<string, int> Weights(string text)
    {
        var weights = new Dictionary<string, int>();
        foreach (Match m in WeightPhrase().Matches(text))
        {
            int percent = int.Parse(m.Groups["p"].Value);
            foreach (var name in m.Groups["names"].Value.TrimEnd('各').Split('和', '、', '及').Select(n => n.Trim()).Where(n => n.Length > 0))
                weights[name] = percent;
        }
        return weights;
    }

    [GeneratedRegex(@"(决议|决定|命令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要|方案|细则|办法)$")] private static partial Regex DocumentType();
    [GeneratedRegex(@"^附件\s*\d*$")] private static partial Regex AnnexStart();
    [GeneratedRegex(@"[\u4e00-\u9fff]{2,12}〔\d{4}〕\d+号")] private static partial Regex DocNumber();
    [GeneratedRegex(@"(\d{4})年度")] private static partial Regex AssessedYear();
    [GeneratedRegex(@"(?<names>[\u4e00-\u9fff]{2,12}(?:[和、及][\u4e00-\u9fff]{2,12})*?)各?占\s*(?<p>\d{1,3})\s*%")] private static partial Regex WeightPhrase();
}
