using Extraction.Matching;
using Extraction.Rulebooks;

namespace Extraction.Reports.Documents;

/// <summary>A region's review report, to be signed and filed: the overall result, the indicator table (suggested /
/// reviewed / self), the reason for every clause below its maximum, the self-scores the evidence does not support, the
/// files that do not count, the reviewer's opinion and signatures, and as annex the evidence cited with files and pages.</summary>
public static class RegionReport
{
    static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public static OfficialDocument Build(AssessmentReport report, RegionAssessment region)
    {
        var doc = new OfficialDocument();
        var evidence = CitedEvidence.Of(region);
        doc.Title(report.Title);
        doc.Title($"{region.Region}评审报告");
        doc.Blank();
        doc.Subtitle($"地区：{region.Region}　　日期：{Labels.Date(report.Date)}");
        doc.Blank();

        int section = 0;
        doc.Heading($"{Numerals[section++]}、总体情况", 1);
        doc.Text(Overall(report, region));

        doc.Heading($"{Numerals[section++]}、各指标得分", 1);
        doc.Table(["序号", "考核内容", "分值", "建议得分", "复核得分", "自评得分"], [7, 45, 18, 10, 10, 10], ScoreTable(report, region), new HashSet<int> { 0, 2, 3, 4, 5 });

        doc.Heading($"{Numerals[section++]}、未得满分的条款及原因", 1);
        var annexOf = evidence.SelectMany(e => e.Clauses.Select(c => (Clause: c, e.Number))).ToLookup(x => x.Clause, x => x.Number);
        int group = 0;
        foreach (var indicator in report.Rulebook.Indicators)
        {
            var below = region.Clauses.Where(c => c.Indicator == indicator.Number && c.SuggestedPoints < c.MaxPoints).ToList();
            if (below.Count == 0) continue;
            var score = region.Indicators.First(i => i.Indicator == indicator.Number);
            var suggested = Reports.IndicatorRows.Suggested(score, indicator);
            doc.Heading($"（{Numeral(group++)}）{indicator.Number}.{indicator.Title}（{Labels.MaxPoints(indicator)}，"
                + (suggested is { } s ? $"建议得分 {Labels.Points(s)} 分）" : "需人工评定）"), 2);
            foreach (var c in below) doc.Text(ClauseReason(report, c, annexOf[Labels.ClauseNumber(c.Indicator, c.Clause)].ToList()));
        }
        if (group == 0) doc.Text("各条款均已达满分。");

        var unsupported = region.Indicators.Where(i => i.Unsupported && report.Indicator(i.Indicator).Kind == IndicatorKind.Base).ToList();
        doc.Heading($"{Numerals[section++]}、自评高于材料支持的指标", 1);
        if (unsupported.Count == 0) doc.Text("未发现自评得分高于材料支持的指标。");
        foreach (var i in unsupported)
            doc.Text($"{i.Indicator}.{report.Indicator(i.Indicator).Title}：自评 {Labels.Points(i.SelfPoints ?? 0)} 分，材料支持 {Labels.Points(i.Suggested)} 分，"
                + $"高出 {Labels.Points((i.SelfPoints ?? 0) - i.Suggested)} 分。");

        var files = AuditFindings.For(report, region).Where(f => f.File.Length > 0 && f.Category is not AuditCategory.MissingMaterials).ToList();
        doc.Heading($"{Numerals[section++]}、不计分的材料", 1);
        if (files.Count == 0) doc.Text("所交材料均可计分。");
        foreach (var f in files) doc.Text($"{Labels.Category(f.Category)}：{f.File}。{f.Problem}{f.Action}");

        doc.Heading($"{Numerals[section++]}、评审意见", 1);
        doc.Text("复核得分：尚无评审决定，由评审人员复核后填入上表。");
        for (int k = 0; k < 3; k++) doc.Left("＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿");
        doc.Blank();
        doc.Left($"附件：引用的证据材料清单（{evidence.Count} 份）");
        doc.Blank();
        doc.Right("评审人员（签字）：＿＿＿＿＿＿＿＿");
        doc.Right("复核人员（签字）：＿＿＿＿＿＿＿＿");
        doc.Right("　　　　年　　月　　日");

        doc.PageBreak();
        doc.Left("附件", heading: true);
        doc.Blank();
        doc.Title("引用的证据材料清单");
        doc.Blank();
        if (evidence.Count == 0) doc.Text("未引用任何材料。");
        else doc.Table(["序号", "文件", "页码", "作为材料", "支持的条款"], [7, 45, 12, 16, 20],
            evidence.Select(e => (IReadOnlyList<string>)[e.Number.ToString(), e.File, e.PagesText, e.Materials.Count > 0 ? string.Join("、", e.Materials) : "—", string.Join("、", e.Clauses)]),
            new HashSet<int> { 0, 2 });
        return doc;
    }

    static string Overall(AssessmentReport report, RegionAssessment region)
    {
        var notice = report.Rulebook.Notice;
        var problems = report.FileProblems.Where(p => p.Region == region.Region).ToList();
        int documents = report.DocumentCounts.GetValueOrDefault(region.Region);
        var byStatus = region.Clauses.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Count());
        string Count(string status) => $"{Labels.Status(status)} {byStatus.GetValueOrDefault(status)} 条";
        var notCounted = problems.Count == 0 ? "" : $"，其中 {problems.Count} 份不计分（{string.Join("、", problems.GroupBy(p => p.Kind).Select(g => $"{Labels.FileProblem(g.Key)} {g.Count()} 份"))}）";
        return $"依据{region.Region}提交的 {documents} 份材料{notCounted}，按《{notice.Title}》（{notice.DocNumber}）附件1的评分标准逐条评审："
            + $"共 {region.Clauses.Count} 条评分标准，{Count(Suggestion.Met)}，{Count(Suggestion.Partial)}，{Count(Suggestion.Missing_)}，{Count(Suggestion.NeedsReview)}。"
            + $"建议得分 {Labels.Points(region.SuggestedTotal)} 分（基本分满分 {Labels.Points(report.Rulebook.TotalPoints)} 分，需人工评定的条款未计分），"
            + (region.SelfTotal is { } own ? $"{region.Region}自评 {Labels.Points(own)} 分。" : "未找到自评报告。")
            + "复核得分待评审人员复核后填写。";
    }

    static IEnumerable<IReadOnlyList<string>> ScoreTable(AssessmentReport report, RegionAssessment region)
    {
        string Points(decimal? p) => p is { } v ? v.ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture) : "";
        foreach (var indicator in report.Rulebook.Indicators)
        {
            var score = region.Indicators.First(i => i.Indicator == indicator.Number);
            yield return [indicator.Number.ToString(), indicator.Title, indicator.Kind == IndicatorKind.Base ? Points(indicator.MaxPoints) : Labels.MaxPoints(indicator),
                Points(Reports.IndicatorRows.Suggested(score, indicator)), Points(report.ReviewedPoints(region.Region, indicator.Number)), Points(score.SelfPoints)];
        }
        yield return ["", "合计（基本分）", Points(report.Rulebook.TotalPoints), Points(region.SuggestedTotal), "", Points(region.SelfTotal)];
    }

    // 9(3) 政府机关和企业软件正版化培训（满分 1 分，建议 0.5 分，部分满足）：缺少：…。已计分的材料见附件第 2 项。
    static string ClauseReason(AssessmentReport report, Suggestion c, List<int> annex)
    {
        var head = $"{AuditFindings.ClauseName(report, c.Indicator, c.Clause)}（满分 {Labels.Points(c.MaxPoints)} 分，"
            + (c.Status == Suggestion.NeedsReview ? $"{Labels.Status(c.Status)}）：" : $"建议 {Labels.Points(c.SuggestedPoints)} 分，{Labels.Status(c.Status)}）：");
        var why = c.Status == Suggestion.NeedsReview || !ClauseGaps.IsShort(c) ? c.Reason : string.Join("；", ClauseGaps.Sentences(c));
        var cited = annex.Count > 0 ? $"已计分的材料见附件第 {string.Join("、", annex)} 项。" : "";
        return head + why.TrimEnd('。') + "。" + cited;
    }

    // The k-th (from 0) as a Chinese numeral: 一 … 十, 十一 … 十九, 二十, 二十一 ….
    static string Numeral(int k)
    {
        int n = k + 1;
        if (n <= 10) return Numerals[n - 1];
        var tens = (n / 10 == 1 ? "" : Numerals[n / 10 - 1]) + "十";
        return n % 10 == 0 ? tens : tens + Numerals[n % 10 - 1];
    }
}
