using System.CommandLine;
using Extraction.Reports;
using Extraction.Reports.Documents;
using Microsoft.Extensions.Configuration;

namespace Extraction.Host.Cli;

/// <summary>`extraction export report --region 襄阳市 [--format docx|pdf]`: a region's review report, laid out as a
/// GB/T 9704 document, as .docx, or as .pdf made by LibreOffice from that .docx.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var pipeline = new Option<string?>("--pipeline") { Description = "考核流水线目录" };
        var db = StoreLocation.Option();
        var region = new Option<string>("--region") { Description = "地区，如 襄阳市", Required = true };
        var format = new Option<string>("--format") { Description = "docx 或 pdf", DefaultValueFactory = _ => "docx" };
        format.AcceptOnlyFromAmong("docx", "pdf");
        var output = new Option<string?>("--out") { Description = "输出文件（默认：<地区>评审报告.docx 或 .pdf）" };
        var command = new Command("report", "地区评审报告：总体情况、各指标得分（建议/复核/自评）、未得满分条款的原因、引用材料附件、签字栏") { pipeline, db, region, format, output };
        command.SetAction(async (result, cancellation) =>
        {
            var name = result.GetValue(region)!;
            if (AssessmentRun.Load(result.GetValue(pipeline), result.GetValue(db), name) is not { } run) return 2;
            if (run.Regions.Count == 0) return ExportCommand.NoRegions(name);
            var report = ExportCommand.Report(run);
            var assessed = run.Regions[0];
            var kind = result.GetValue(format)!;
            var path = result.GetValue(output) ?? $"{assessed.Region}评审报告.{kind}";
            var document = RegionReport.Build(report, assessed);
            if (kind == "docx") document.Save(path);
            else
            {
                var docx = Path.Combine(Path.GetTempPath(), $"extraction-report-{Guid.NewGuid():N}.docx");
                try
                {
                    document.Save(docx);
                    await new PdfConverter(Options()).ConvertAsync(docx, path, cancellation);
                }
                catch (ReportException e)
                {
                    Console.Error.WriteLine($"错误：{e.Message}");
                    return 1;
                }
                finally { File.Delete(docx); }
            }
            Console.WriteLine($"已导出 {Path.GetFullPath(path)}（{assessed.Region}）");
            return 0;
        });
        return command;
    }

    // The "Reports" section of appsettings.json, then EXTRACTION_Reports__<Name> variables, as the matching options are read.
    static ReportOptions Options() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(Environment.CurrentDirectory, "appsettings.json"), optional: true).AddEnvironmentVariables("EXTRACTION_").Build()
        .GetSection("Reports").Get<ReportOptions>() ?? new ReportOptions();
}
