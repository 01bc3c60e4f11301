using System.CommandLine;
using Extraction.Matching;
using Extraction.Rulebooks;

namespace Extraction.Host.Cli;

/// <summary>`extraction assess`: each region's suggested score clause by clause, with its evidence and its gaps.</summary>
internal static class AssessCommand
{
    public static Command Create()
    {
        var pipeline = new Option<string?>("--pipeline") { Description = "考核流水线目录", };
        var db = StoreLocation.Option();
        var region = new Option<string?>("--region") { Description = "只评某一地区" };
        var json = new Option<bool>("--json") { Description = "在标准输出打印 JSON" };
        var command = new Command("assess", "按评分规则逐条给出各地区的建议得分、依据材料和缺失材料") { pipeline, db, region, json };
        command.SetAction(result =>
        {
            if (AssessmentRun.Load(result.GetValue(pipeline), result.GetValue(db), result.GetValue(region)) is not { } run) return 2;
            var (rulebook, definition, facts, assessments) = (run.Rulebook, run.Pipeline, run.Facts, run.Regions);

            if (result.GetValue(json))
            {
                var byFile = facts.ToDictionary(f => f.Sha256);
                Json.Write(new
                {
                    Pipeline = definition?.Name ?? result.GetValue(pipeline) ?? RulebookCommand.DefaultPipeline,
                    Regions = assessments.Select(a => new
                    {
                        a.Region, a.SuggestedTotal, a.SelfTotal,
                        Indicators = a.Indicators,
                        Clauses = a.Clauses.Select(c => new
                        {
                            c.Indicator, c.Clause, c.MaxPoints, c.SuggestedPoints, c.Status,
                            SelfPoints = (decimal?)null, c.Evidence, c.Missing, c.Shortfalls, c.Explanations, c.Reason, c.Confidence,
                        }),
                    }),
                    Documents = run.Arrivals.Select(a =>
                    {
                        var f = a.Sha256 is not null && byFile.TryGetValue(a.Sha256, out var e) ? e.Facts : null;
                        return new
                        {
                            a.File, a.Sha256, a.Region, a.Status, a.Error, f?.Type, f?.Issuer, f?.DocNumber,
                            Date = f?.Date?.ToString("yyyy-MM-dd"), f?.Title, Flags = f?.Flags ?? [],
                        };
                    }),
                });
                return 0;
            }
            foreach (var a in assessments) Print(a, rulebook);
            return 0;
        });
        return command;
    }

    static void Print(RegionAssessment a, Rulebook rulebook)
    {
        Console.WriteLine($"【{a.Region}】建议得分 {a.SuggestedTotal} 分{(a.SelfTotal is { } s ? $"，自评 {s} 分" : "，未找到自评报告")}");
        Console.WriteLine("  指标  建议  满分  自评  说明");
        foreach (var i in a.Indicators)
        {
            var notes = new List<string>();
            if (i.Unsupported) notes.Add("自评高于材料支持的分数");
            if (i.NeedsReview > 0) notes.Add($"{i.NeedsReview} 条需人工评定");
            Console.WriteLine($"  {i.Indicator,4}  {i.Suggested,4}  {i.MaxPoints,4}  {(i.SelfPoints?.ToString() ?? "—"),4}  {string.Join("；", notes)}");
        }
        var gaps = a.Clauses.Where(c => c.Missing.Count > 0).ToList();
        if (gaps.Count > 0)
        {
            Console.WriteLine("  缺失材料：");
            foreach (var c in gaps) Console.WriteLine($"    {c.Indicator}({c.Clause})：{(c.Shortfalls.Count > 0 ? string.Join("；", c.Shortfalls) : string.Join("、", c.Missing))}");
        }
        Console.WriteLine();
    }
}
