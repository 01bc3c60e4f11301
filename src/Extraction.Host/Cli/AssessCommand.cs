using System.CommandLine;
using Extraction.Matching;
using Extraction.Reports;
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
        Console.WriteLine($"【{a.Region}】建议得分 {Labels.Points(a.SuggestedTotal)} 分（基本分满分 {Labels.Points(rulebook.TotalPoints)} 分）"
            + (a.SelfTotal is { } s ? $"，自评 {Labels.Points(s)} 分" : "，未找到自评报告"));
        // 分值 is a number for a base item and signed for the others (+2 added at most, -100 taken away at most); the notes say which.
        Console.WriteLine("  指标  建议  分值  自评  说明");
        foreach (var i in a.Indicators)
        {
            var indicator = rulebook.Indicators.First(x => x.Number == i.Indicator);
            var notes = new List<string>();
            if (indicator.Kind != IndicatorKind.Base) notes.Add(Labels.MaxPoints(indicator));
            if (i.Unsupported && indicator.Kind == IndicatorKind.Base) notes.Add("自评高于材料支持的分数");
            if (i.NeedsReview > 0) notes.Add($"{i.NeedsReview} 条{Labels.Status(Suggestion.NeedsReview)}");
            var max = indicator.Kind switch { IndicatorKind.Bonus => "+", IndicatorKind.Deduction => "-", _ => "" } + Labels.Points(i.MaxPoints);
            var suggested = i.NeedsReview == indicator.Clauses.Count ? "—" : Labels.Points(i.Suggested);
            Console.WriteLine($"  {i.Indicator,4}  {suggested,4}  {max,4}  {(i.SelfPoints is { } own ? Labels.Points(own) : "—"),4}  {string.Join("；", notes)}");
        }
        var gaps = ClauseGaps.Of(a).ToList();
        if (gaps.Count > 0)
        {
            Console.WriteLine("  缺失材料：");
            foreach (var c in gaps)
                Console.WriteLine($"    {Labels.ClauseNumber(c.Indicator, c.Clause)} {ClauseTitles.Short(rulebook, c.Indicator, c.Clause)}：{string.Join("；", ClauseGaps.Sentences(c))}");
        }
        Console.WriteLine();
    }
}
