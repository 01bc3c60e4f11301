using System.CommandLine;
using Extraction.Reports;
using Extraction.Reports.Sheets;

namespace Extraction.Host.Cli;

/// <summary>`extraction export scorecard|audit|report`: the assessment as the office's own forms — the scorecard and the
/// spot-check list as .xlsx, a region's signed-off report as .docx or .pdf — in Chinese.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var command = new Command("export", "导出评分表（scorecard）、抽查清单（audit）和地区评审报告（report），可直接打印、签字、存档");
        command.Subcommands.Add(Sheets("scorecard", "评分表：按通知附件1的考核重点/考核内容/分值，列出各地区建议得分、复核得分、自评得分和缺失材料", "评分表.xlsx", ScorecardForm.Build));
        command.Subcommands.Add(Sheets("audit", "抽查清单：汇总及每个地区一页，逐条写明条款或文件、存在的问题和处理建议", "抽查清单.xlsx", AuditListForm.Build));
        command.Subcommands.Add(ReportCommand.Create());
        return command;
    }

    static Command Sheets(string name, string description, string defaultFile, Func<AssessmentReport, IEnumerable<FormSheet>> build)
    {
        var pipeline = new Option<string?>("--pipeline") { Description = "考核流水线目录" };
        var db = StoreLocation.Option();
        var region = new Option<string?>("--region") { Description = "只导出某一地区" };
        var output = new Option<string>("--out") { Description = "输出文件", DefaultValueFactory = _ => defaultFile };
        var command = new Command(name, description) { pipeline, db, region, output };
        command.SetAction(result =>
        {
            if (AssessmentRun.Load(result.GetValue(pipeline), result.GetValue(db), result.GetValue(region)) is not { } run) return 2;
            if (run.Regions.Count == 0) return NoRegions(result.GetValue(region));
            var path = result.GetValue(output)!;
            XlsxWriter.Write(path, build(Report(run)));
            Console.WriteLine($"已导出 {Path.GetFullPath(path)}（{run.Regions.Count} 个地区）");
            return 0;
        });
        return command;
    }

    /// <summary>What the reports are made from, out of one assessment run: the campaign's form title from the pipeline.</summary>
    public static AssessmentReport Report(AssessmentRun run) =>
        AssessmentReport.Of(run.Rulebook, run.Pipeline, run.Regions, run.Facts, run.Arrivals, run.Reviewed);

    public static int NoRegions(string? region)
    {
        Console.Error.WriteLine(region is null
            ? "错误：证据库中没有任何地区的材料：请先运行 extraction ingest <收件箱> 收录材料"
            : $"错误：证据库中没有 {region} 的材料：请检查地区名称（如 襄阳市），或先收录该地区的材料");
        return 2;
    }
}
