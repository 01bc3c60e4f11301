using System.Globalization;
using Extraction.Matching;
using Extraction.Rulebooks;

namespace Extraction.Reports;

/// <summary>The one table of Chinese words every output uses for the product's codes — suggestion statuses, indicator
/// kinds, rule shapes, award kinds, document flags, arrival outcomes — so the terminal, the exports and the pages say
/// the same thing. A code the table does not know is shown as written, never dropped.</summary>
public static class Labels
{
    static readonly Dictionary<string, string> Statuses = new()
    {
        [Suggestion.Met] = "已达满分",
        [Suggestion.Partial] = "部分满足",
        [Suggestion.Missing_] = "缺少材料",
        [Suggestion.NeedsReview] = "需人工评定",
    };

    static readonly Dictionary<string, string> Rules = new()
    {
        [RuleShape.Fixed] = "完成即得分",
        [RuleShape.Materials] = "凭所列材料得分",
        [RuleShape.TwoAwards] = "分项得分",
        [RuleShape.Tiered] = "分档得分",
        [RuleShape.PerItem] = "按件计分",
        [RuleShape.Threshold] = "达到数量得分",
        [RuleShape.Deduction] = "扣分",
        [RuleShape.RateBands] = "按比率分档",
        [RuleShape.Growth] = "按增长情况",
        [RuleShape.Ranking] = "按排名",
        [RuleShape.Unparsed] = "未能解析，需人工评定",
    };

    static readonly Dictionary<string, string> AwardKinds = new()
    {
        ["award"] = "得分",
        ["tier"] = "分档（取达到的最高一档）",
        ["alternative"] = "择一得分",
        ["per_item"] = "每项得分",
        ["deduction"] = "扣分",
        ["deduction_each"] = "每起扣分",
        ["extra"] = "另行加分",
    };

    static readonly Dictionary<string, string> DecidedBy = new() { ["leader"] = "按牵头负责人分档" };

    static readonly Dictionary<string, string> Arrivals = new()
    {
        ["ok"] = "已收录",
        ["duplicate"] = "重复提交（同一文件）",
        ["failed"] = "无法读取",
    };

    static readonly Dictionary<string, string> Formats = new()
    {
        ["pdf-text"] = "文字版 PDF",
        ["pdf-scan"] = "扫描版 PDF",
        ["pdf-mixed"] = "部分扫描的 PDF",
        ["docx"] = "Word 文档",
        ["xlsx"] = "Excel 表格",
        ["doc"] = "旧版 Office/WPS 文档",
        ["image"] = "图片",
        ["text"] = "纯文本",
    };

    /// <summary>met → 已达满分, partial → 部分满足, missing → 缺少材料, needs_review → 需人工评定.</summary>
    public static string Status(string status) => Statuses.GetValueOrDefault(status, status);

    public static string Kind(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Bonus => "加分项",
        IndicatorKind.Deduction => "扣分项",
        _ => "基本分",
    };

    /// <summary>What an indicator's points are: "7分" for a base item, "加分项，最多加2分", "扣分项，最多扣100分".</summary>
    public static string MaxPoints(IndicatorKind kind, decimal max) => kind switch
    {
        IndicatorKind.Bonus => $"加分项，最多加{Points(max)}分",
        IndicatorKind.Deduction => $"扣分项，最多扣{Points(max)}分",
        _ => $"{Points(max)}分",
    };

    public static string MaxPoints(Indicator indicator) => MaxPoints(indicator.Kind, indicator.MaxPoints);

    public static string Rule(string rule) => Rules.GetValueOrDefault(rule, rule);

    /// <summary>An award kind; per_item:n (at most n items) reads 每项得分（最多N项）.</summary>
    public static string Award(string kind)
    {
        var parts = kind.Split(':', 2);
        var label = AwardKinds.GetValueOrDefault(parts[0], parts[0]);
        return parts.Length == 2 ? $"{label}（最多{parts[1]}项）" : label;
    }

    public static string Decider(string decidedBy) => DecidedBy.GetValueOrDefault(decidedBy, decidedBy);

    public static string Arrival(string status) => Arrivals.GetValueOrDefault(status, status);

    public static string Format(string format) => Formats.GetValueOrDefault(format, format);

    /// <summary>A document flag in a word or two: 错放地区, 非考核年度, 重复材料; an unknown flag as written.</summary>
    public static string Flag(string flag) => DocumentFlag.Parse(flag).Kind switch
    {
        DocumentFlagKind.Misfiled => "错放地区",
        DocumentFlagKind.WrongYear => "非考核年度",
        DocumentFlagKind.Duplicate => "重复材料",
        _ => flag,
    };

    /// <summary>A flag with what makes it so: 错放（发文机关属宜昌市）, 非考核年度, 与 襄阳市/x.pdf 重复.</summary>
    public static string FlagDetail(string flag, string? issuerRegion) => DocumentFlag.Parse(flag) switch
    {
        { Kind: DocumentFlagKind.Misfiled } => issuerRegion is null ? "错放地区" : $"错放（发文机关属{issuerRegion}）",
        { Kind: DocumentFlagKind.Duplicate, Original: { } original } => $"与 {original} 重复",
        var other => Flag(other.Raw),
    };

    /// <summary>An audit finding's category: 缺少材料, 自评偏高, 错放地区, 非考核年度, 重复提交, 无法读取.</summary>
    public static string Category(AuditCategory category) => category switch
    {
        AuditCategory.MissingMaterials => "缺少材料",
        AuditCategory.SelfScoreAboveEvidence => "自评偏高",
        AuditCategory.Misfiled => Flag("misfiled"),
        AuditCategory.WrongYear => Flag("wrong_year"),
        AuditCategory.Duplicate => "重复提交",
        AuditCategory.Unreadable => Arrival("failed"),
        _ => "文件问题",
    };

    /// <summary>Why a file does not count, in the words of the audit list.</summary>
    public static string FileProblem(FileProblemKind kind) => Category(kind switch
    {
        FileProblemKind.Misfiled => AuditCategory.Misfiled,
        FileProblemKind.WrongYear => AuditCategory.WrongYear,
        FileProblemKind.Duplicate => AuditCategory.Duplicate,
        FileProblemKind.Unreadable => AuditCategory.Unreadable,
        _ => AuditCategory.OtherFile,
    });

    /// <summary>Points as people write them: 2, 0.5, 96.5 — no trailing zeros.</summary>
    public static string Points(decimal points) => points.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A date as Chinese documents write it: 2019年12月27日.</summary>
    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>A clause's address as the notice prints it: 9(3).</summary>
    public static string ClauseNumber(int indicator, int clause) => $"{indicator}({clause})";
}
