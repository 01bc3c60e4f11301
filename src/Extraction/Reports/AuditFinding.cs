using Extraction.Matching;

namespace Extraction.Reports;

/// <summary>One thing a region must put right, in sentences it can act on: which clause or file, what is wrong, what to do.</summary>
public sealed record AuditFinding(string Region, AuditCategory Category, string Clause, string Problem, string File, string Action);

/// <summary>What kind of finding: a clause short of materials, a self-score above the evidence, a file that does not count.</summary>
public enum AuditCategory { MissingMaterials, SelfScoreAboveEvidence, Misfiled, WrongYear, Duplicate, Unreadable, OtherFile }

/// <summary>Turns a region's suggestions and file problems into findings, clause findings first in the notice's order.</summary>
public static class AuditFindings
{
    public static List<AuditFinding> For(AssessmentReport report, RegionAssessment region)
    {
        var findings = new List<AuditFinding>();
        foreach (var c in ClauseGaps.Of(region))
        {
            var what = ClauseGaps.Sentences(c);
            var found = c.Evidence.Select(e => e.File).Distinct().ToList();
            findings.Add(new AuditFinding(region.Region, AuditCategory.MissingMaterials, ClauseName(report, c.Indicator, c.Clause),
                $"本条满分 {Labels.Points(c.MaxPoints)} 分，材料支持 {Labels.Points(c.SuggestedPoints)} 分。\n{string.Join("\n", what)}",
                found.Count > 0 ? "已找到：" + string.Join("\n", found) : "",
                "请补交所缺材料（类别与内容须与本条要求一致）；确未开展的，请在自评报告中说明。"));
        }
        foreach (var i in region.Indicators.Where(i => i.Unsupported && report.Indicator(i.Indicator).Kind == Rulebooks.IndicatorKind.Base))
        {
            var indicator = report.Indicator(i.Indicator);
            var review = i.NeedsReview > 0 ? $"（本项有 {i.NeedsReview} 条需人工评定，尚未计入）" : "";
            findings.Add(new AuditFinding(region.Region, AuditCategory.SelfScoreAboveEvidence, $"指标 {indicator.Number} {indicator.Title}",
                $"自评 {Labels.Points(i.SelfPoints ?? 0)} 分，材料支持 {Labels.Points(i.Suggested)} 分，高出 {Labels.Points((i.SelfPoints ?? 0) - i.Suggested)} 分{review}。",
                "", "请补交支持自评分的材料，或按材料调整自评分。"));
        }
        int? year = report.Rulebook.Year;
        foreach (var p in report.FileProblems.Where(p => p.Region == region.Region))
            findings.Add(File(p, year));
        return findings;
    }

    static AuditFinding File(FileProblem p, int? year) => p.Kind switch
    {
        FileProblemKind.Misfiled => new(p.Region, AuditCategory.Misfiled, "—",
            $"发文机关为{p.Issuer ?? "其他地区的机关"}{(p.IssuerRegion is { } r ? $"（属{r}）" : "")}，却放在{p.Region}的材料中，不计入{p.Region}的得分。",
            p.File, $"如确为{p.IssuerRegion ?? "其他地区"}的材料，请从{p.Region}的材料中移出；{p.Region}如有同类文件，请补交本地区的文件。"),
        FileProblemKind.WrongYear => new(p.Region, AuditCategory.WrongYear, "—",
            (p.Date is { } d ? $"成文日期为{Labels.Date(d)}，" : "") + $"不属于{YearText(year)}，不计分。",
            p.File, $"请补交{YearText(year)}的同类材料。"),
        FileProblemKind.Duplicate => new(p.Region, AuditCategory.Duplicate, "—",
            $"与 {p.Original} 内容相同，重复提交，只计一次。", p.File, "无需处理；如两份实为不同材料，请核对后重新提交。"),
        FileProblemKind.Unreadable => new(p.Region, AuditCategory.Unreadable, "—", $"无法读取：{Cause(p.Error).TrimEnd('。')}。", p.File, Remedy(p.Error)),
        _ => new(p.Region, AuditCategory.OtherFile, "—", p.Error ?? "", p.File, "请核对该文件。"),
    };

    static string YearText(int? year) => year is { } y ? $"考核年度（{y}年）" : "考核年度";

    /// <summary>A clause as the notice numbers it, with its short title: 9(3) 政府机关和企业软件正版化培训.</summary>
    public static string ClauseName(AssessmentReport report, int indicator, int clause) =>
        $"{Labels.ClauseNumber(indicator, clause)} {ClauseTitles.Short(report.Rulebook, indicator, clause)}";

    // Intake's reasons say the cause, then "：请…" what to do; the two go in their own columns.
    static string Cause(string? error) => error is null ? "原因未记录" : error.IndexOf("：请", StringComparison.Ordinal) is var at and >= 0 ? error[..at] + Technical(error) : error;

    static string Remedy(string? error) => error?.IndexOf("：请", StringComparison.Ordinal) is { } at and >= 0
        ? StripTechnical(error[(at + 1)..]) : "请用原件重新导出可打开的 PDF 或 Word 文件后再提交。";

    static string Technical(string error) => error.LastIndexOf('（') is var open and > 0 && error.EndsWith('）') ? error[open..] : "";

    static string StripTechnical(string text) => text.LastIndexOf('（') is var open and > 0 && text.EndsWith('）') ? text[..open] + "。" : text.TrimEnd('。') + "。";
}
