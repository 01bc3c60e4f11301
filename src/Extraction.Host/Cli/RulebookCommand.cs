using System.CommandLine;
using Extraction.Reports;
using Extraction.Extract;
using Extraction.Rulebooks;

namespace Extraction.Host.Cli;

/// <summary>`extraction rulebook import|show|check`: read the rulebook out of a notice, print it as a tree, validate it.</summary>
internal static class RulebookCommand
{
    public const string DefaultPipeline = "pipelines/hubei-2019";

    public static Command Create()
    {
        var command = new Command("rulebook", "评分规则：从通知中提取、查看、校验");
        command.Subcommands.Add(Import());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Check());
        command.Subcommands.Add(Tasks());
        return command;
    }

    static Command Tasks()
    {
        var notice = new Argument<string>("notice-file") { Description = "任务细化表（.txt / .docx / .pdf / 扫描件）" };
        var output = new Option<string?>("--out") { Description = "写入 tasks.json 的目录" };
        var json = new Option<bool>("--json") { Description = "在标准输出打印 JSON" };
        var command = new Command("tasks", "从任务细化表中提取类别、任务、措施、完成时间和负责单位") { notice, output, json };
        command.SetAction(async (result, cancellation) =>
        {
            var path = result.GetValue(notice)!;
            if (!File.Exists(path)) { Console.Error.WriteLine($"错误：找不到文件 {path}"); return 2; }
            TaskTable table;
            try { table = await new RulebookImporter(new ExtractionOptions()).ImportTasksAsync(path, cancellation); }
            catch (ExtractionException e) { Console.Error.WriteLine($"错误：无法读取 {Path.GetFileName(path)}：{e.Message}"); return 1; }
            var text = System.Text.Json.JsonSerializer.Serialize(table, RulebookFile.Json);
            if (result.GetValue(output) is { } dir) { Directory.CreateDirectory(dir); File.WriteAllText(Path.Combine(dir, "tasks.json"), text + "\n"); }
            Console.Error.WriteLine("提示：要跟踪各任务的落实情况，请用 extraction tasks import <任务文件> --pipeline <目录>，再运行 extraction tasks status。");
            if (result.GetValue(json)) { Console.Out.WriteLine(text); return 0; }
            var measures = table.Categories.SelectMany(c => c.Tasks).SelectMany(t => t.Measures).ToList();
            Console.WriteLine($"{table.Categories.Count} 个类别，{table.Categories.Sum(c => c.Tasks.Count)} 项任务，{measures.Count} 条措施（{measures.Count(m => m.Units.Count > 0)} 条有负责单位，{measures.Count(m => m.Deadline is not null)} 条有完成时间）");
            foreach (var c in table.Categories)
            {
                Console.WriteLine($"({c.Number}) {c.Title}");
                foreach (var t in c.Tasks) Console.WriteLine($"  {t.Number}. {Shorten(t.Title, 40)}（{t.Measures.Count} 条措施）");
            }
            if (table.Unplaced.Count > 0)
            {
                Console.WriteLine($"无法归位的片段 {table.Unplaced.Count} 处：");
                foreach (var f in table.Unplaced) Console.WriteLine($"  第 {f.Line} 行：{Shorten(f.Text, 60)}");
            }
            return 0;
        });
        return command;
    }

    static string Shorten(string s, int n) => s.Length <= n ? s : s[..n] + "…";

    static Command Import()
    {
        var notice = new Argument<string>("notice-file") { Description = "考核通知（.txt / .pdf / 扫描件 / .docx）" };
        var output = new Option<string>("--out") { Description = "写入 rulebook.json 的目录", DefaultValueFactory = _ => "." };
        var json = new Option<bool>("--json") { Description = "在标准输出打印规则 JSON" };
        var force = new Option<bool>("--force") { Description = "覆盖已被人工修改的 rulebook.json" };
        var command = new Command("import", "从通知中提取评分规则并写入 rulebook.json") { notice, output, json, force };
        command.SetAction(async (result, cancellation) =>
        {
            var path = result.GetValue(notice)!;
            if (!File.Exists(path)) { Console.Error.WriteLine($"错误：找不到通知文件 {path}"); return 2; }
            var directory = result.GetValue(output)!;
            Rulebook rulebook;
            try { rulebook = await new RulebookImporter(new ExtractionOptions()).ImportAsync(path, cancellation); }
            catch (ExtractionException e) { Console.Error.WriteLine($"错误：无法读取 {Path.GetFileName(path)}：{e.Message}"); return 1; }

            // A pipeline folder lists the regions assessed; the notice only names them by group.
            if (File.Exists(Path.Combine(directory, Extraction.Pipelines.PipelineDefinition.FileName)))
            {
                var pipeline = Extraction.Pipelines.PipelineDefinition.Load(directory);
                rulebook = rulebook with { Notice = rulebook.Notice with { Regions = pipeline.Regions.Select(r => r.Name).ToList() } };
            }
            if (RulebookFile.IsCorrectedByHand(directory) && !result.GetValue(force))
            {
                Console.Error.WriteLine($"{Path.Combine(directory, RulebookFile.FileName)} 已被人工修改，保留修改后的版本（如需以重新提取的结果覆盖，请加 --force）。");
                rulebook = RulebookFile.Load(Path.Combine(directory, RulebookFile.FileName));
            }
            else
            {
                var file = RulebookFile.Save(rulebook, directory);
                Console.Error.WriteLine($"已写入 {file}：{rulebook.Indicators.Count} 项指标，{rulebook.Indicators.Sum(i => i.Clauses.Count)} 条评分条款，基本分合计 {rulebook.TotalPoints} 分。");
            }
            if (result.GetValue(json)) Console.Out.WriteLine(RulebookFile.Serialize(rulebook));
            PrintProblems(rulebook.Problems);
            return 0;
        });
        return command;
    }

    static Command Show()
    {
        var pipeline = new Option<string>("--pipeline") { Description = "流水线目录", DefaultValueFactory = _ => DefaultPipeline };
        var command = new Command("show", "以树形显示评分规则（领域 → 指标 → 条款）") { pipeline };
        command.SetAction(result =>
        {
            if (Load(result.GetValue(pipeline)!) is not { } rulebook) return 2;
            Console.WriteLine($"{rulebook.Notice.Title}（{rulebook.Notice.DocNumber}）");
            Console.WriteLine($"考核年度 {rulebook.Year}，截止 {rulebook.Notice.Deadline:yyyy-MM-dd}，基本分合计 {rulebook.TotalPoints} 分");
            foreach (var area in rulebook.Areas)
            {
                // A rulebook of one level has its indicators under no area.
                if (area.Number.Length > 0 || area.Title.Length > 0) Console.WriteLine($"{area.Number}、{area.Title}");
                foreach (var indicator in rulebook.Indicators.Where(i => i.Area == area.Number))
                {
                    Console.WriteLine($"  {indicator.Number}. {indicator.Title}（{Labels.MaxPoints(indicator)}{(indicator.Assessors.Count > 0 ? "；" + string.Join("、", indicator.Assessors) : "")}）");
                    foreach (var clause in indicator.Clauses)
                    {
                        var materials = clause.Materials.Count > 0 ? $"；材料：{string.Join("、", clause.Materials)}" : "";
                        var review = clause.Decidable ? "" : "；需人工评定";
                        Console.WriteLine($"    ({clause.Number}) {clause.Points} 分 [{clause.Rule}] {clause.Subject}{materials}{review}");
                    }
                    foreach (var cap in indicator.GroupCaps) Console.WriteLine($"    第({cap.From})至({cap.To})项合计不超过 {cap.Max} 分");
                }
            }
            return 0;
        });
        return command;
    }

    static Command Check()
    {
        var pipeline = new Option<string>("--pipeline") { Description = "流水线目录", DefaultValueFactory = _ => DefaultPipeline };
        var command = new Command("check", "校验 rulebook.json：编号缺漏、分值不符、无规则的条款") { pipeline };
        command.SetAction(result =>
        {
            if (Load(result.GetValue(pipeline)!) is not { } rulebook) return 2;
            var problems = RulebookChecker.Check(rulebook);
            if (problems.Count == 0) { Console.WriteLine($"规则校验通过：{rulebook.Indicators.Count} 项指标，基本分合计 {rulebook.TotalPoints} 分。"); return 0; }
            PrintProblems(problems);
            return 1;
        });
        return command;
    }

    static Rulebook? Load(string pipeline)
    {
        var file = Directory.Exists(pipeline) ? Path.Combine(pipeline, RulebookFile.FileName) : pipeline;
        if (!File.Exists(file)) { Console.Error.WriteLine($"错误：找不到规则文件 {file}，请先运行 extraction rulebook import"); return null; }
        try { return RulebookFile.Load(file); }
        catch (InvalidDataException e) { Console.Error.WriteLine($"错误：{e.Message}"); return null; }
    }

    static void PrintProblems(IReadOnlyList<string> problems)
    {
        if (problems.Count == 0) return;
        Console.Error.WriteLine($"发现 {problems.Count} 个问题：");
        foreach (var p in problems) Console.Error.WriteLine($"  - {p}");
    }
}
