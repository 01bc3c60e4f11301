using System.CommandLine;
using Extraction.Matching;
using Extraction.Reports;
using Extraction.Rulebooks;

namespace Extraction.Host.Cli;

/// <summary>`extraction export scorecard|audit`: the assessment as .xlsx files for reviewers and spot-check auditors, in Chinese.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var command = new Command("export", "导出评分表（scorecard）和抽查清单（audit），Excel/WPS 可直接打开");
        command.Subcommands.Add(Make("scorecard", "评分表：总览（地区 × 指标）及每个地区一页（建议得分、自评、缺口）", "评分表.xlsx", Scorecard));
        command.Subcommands.Add(Make("audit", "抽查清单：每个地区缺失材料的条款、高于材料支持的自评分、错放/非年度/重复/无法读取的文件", "抽查清单.xlsx", Audit));
        return command;
    }

    static Command Make(string name, string description, string defaultFile, Func<AssessmentRun, IEnumerable<XlsxWriter.Sheet>> sheets)
    {
        var pipeline = new Option<string?>("--pipeline") { Description = "考核流水线目录" };
        var db = StoreLocation.Option();
        var output = new Option<string>("--out") { Description = "输出文件", DefaultValueFactory = _ => defaultFile };
        var command = new Command(name, description) { pipeline, db, output };
        command.SetAction(result =>
        {
            if (AssessmentRun.Load(result.GetValue(pipeline), result.GetValue(db), null) is not { } run) return 2;
            var path = result.GetValue(output)!;
            XlsxWriter.Write(path, sheets(run));
            Console.WriteLine($"已导出 {Path.GetFullPath(path)}（{run.Regions.Count} 个地区）");
            return 0;
        });
        return command;
    }

    static IEnumerable<XlsxWriter.Sheet> Scorecard(AssessmentRun run)
    {
        var indicators = run.Rulebook.Indicators;
        var overview = new List<IReadOnlyList<object?>> { new object?[] { "地区", "建议总分", "自评总分" }.Concat(indicators.Select(i => (object?)$"{i.Number}.{i.Title}")).ToList() };
        foreach (var r in run.Regions)
            overview.Add(new object?[] { r.Region, r.SuggestedTotal, r.SelfTotal }.Concat(r.Indicators.Select(i => (object?)i.Suggested)).ToList());
        yield return new XlsxWriter.Sheet("总览", overview);
        foreach (var r in run.Regions)
        {
            var rows = new List<IReadOnlyList<object?>> { new object?[] { "指标", "考核内容", "满分", "建议得分", "自评得分", "自评高于材料", "需人工评定条数", "缺失材料" } };
            foreach (var i in r.Indicators)
            {
                var indicator = indicators.First(x => x.Number == i.Indicator);
                var missing = r.Clauses.Where(c => c.Indicator == i.Indicator && c.Missing.Count > 0).Select(c => $"({c.Clause}){(c.Shortfalls.Count > 0 ? string.Join("；", c.Shortfalls) : string.Join("、", c.Missing))}");
                rows.Add([i.Indicator, indicator.Title, i.MaxPoints, i.Suggested, i.SelfPoints, i.Unsupported ? "是" : "", i.NeedsReview, string.Join("；", missing)]);
            }
            rows.Add(["合计", "", run.Rulebook.TotalPoints, r.SuggestedTotal, r.SelfTotal, "", "", ""]);
            yield return new XlsxWriter.Sheet(r.Region, rows);
        }
    }

    static IEnumerable<XlsxWriter.Sheet> Audit(AssessmentRun run)
    {
        foreach (var r in run.Regions)
        {
            var rows = new List<IReadOnlyList<object?>> { new object?[] { "类别", "指标/文件", "内容", "说明" } };
            foreach (var c in r.Clauses.Where(c => c.Missing.Count > 0))
                rows.Add(["缺失材料", $"{c.Indicator}({c.Clause})", string.Join("、", c.Missing), c.Shortfalls.Count > 0 ? string.Join("；", c.Shortfalls) : c.Reason]);
            foreach (var i in r.Indicators.Where(i => i.Unsupported))
                rows.Add(["自评偏高", $"指标 {i.Indicator}", $"自评 {i.SelfPoints} 分，材料支持 {i.Suggested} 分", i.NeedsReview > 0 ? $"其中 {i.NeedsReview} 条需人工评定" : ""]);
            foreach (var f in run.Facts.Where(f => (run.Pipeline?.RegionForFolder(f.Region ?? "") ?? f.Region) == r.Region && f.Facts.Flags.Count > 0))
                rows.Add(["文件问题", f.File, string.Join("、", f.Facts.Flags.Select(Flag)), f.Facts.Title]);
            foreach (var a in run.Arrivals.Where(a => a.Status == "failed" && (run.Pipeline?.RegionForFolder(a.Region ?? "") ?? a.Region) == r.Region))
                rows.Add(["无法读取", a.File, "读取失败", a.Error]);
            yield return new XlsxWriter.Sheet(r.Region, rows);
        }
    }

    static string Flag(string flag) => flag switch
    {
        "misfiled" => "错放地区",
        "wrong_year" => "非考核年度",
        _ when flag.StartsWith("duplicate_of:") => $"与 {flag["duplicate_of:".Length..]} 重复",
        _ => flag,
    };
}
