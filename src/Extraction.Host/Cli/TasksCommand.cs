using System.CommandLine;
using System.Globalization;
using Extraction.Extract;
using Extraction.Matching;
using Extraction.Pipelines;
using Extraction.Rulebooks;
using Extraction.Store;
using Extraction.Tasks;
using Extraction.Understand;
using Microsoft.Extensions.Configuration;

namespace Extraction.Host.Cli;

/// <summary>`extraction tasks import|status`: read a work plan's tasks into the pipeline (tasks.json beside rulebook.json),
/// and track each task's evidence against its deadline and units, per task and per responsible unit.</summary>
internal static class TasksCommand
{
    public static Command Create()
    {
        var command = new Command("tasks", "工作任务：从任务分解表或工作要点中提取任务，并按完成时限和责任单位跟踪落实情况");
        command.Subcommands.Add(Import());
        command.Subcommands.Add(Status());
        return command;
    }

    static Command Import()
    {
        var file = new Argument<string>("file") { Description = "任务分解表或工作要点（.docx / .xlsx / .pdf / 扫描件 / .txt）" };
        var pipeline = new Option<string>("--pipeline") { Description = "流水线目录（写入 tasks.json）", DefaultValueFactory = _ => RulebookCommand.DefaultPipeline };
        var region = new Option<string?>("--region") { Description = "任务所属地区（默认从标题读出）" };
        var json = new Option<bool>("--json") { Description = "在标准输出打印读出的任务表 JSON" };
        var command = new Command("import", "读出任务（类别、序号、措施、预期成果、完成时限、责任单位）并写入 tasks.json") { file, pipeline, region, json };
        command.SetAction(async (result, cancellation) =>
        {
            var path = result.GetValue(file)!;
            if (!File.Exists(path)) { Console.Error.WriteLine($"错误：找不到文件 {path}，请检查路径。"); return 2; }
            var directory = result.GetValue(pipeline)!;
            var definition = PipelineDefinition.LoadIfPresent(directory);
            TaskBook book;
            try { book = await new TaskImporter(new ExtractionOptions()).ImportAsync(path, definition?.Regions.Select(r => r.Name).ToList(), result.GetValue(region), cancellation); }
            catch (ExtractionException e) { Console.Error.WriteLine($"错误：无法读取 {Path.GetFileName(path)}：{e.Message}"); return 1; }
            if (book.Tasks.Count == 0)
            {
                Console.Error.WriteLine($"错误：{Path.GetFileName(path)} 中没有读出任务：既没有带“任务/措施”和“责任单位/完成时限”表头的表格，也没有以（…负责）等责任单位括注结尾的条目。");
                return 1;
            }
            var written = TaskBookFile.Save(book, directory);
            Console.Error.WriteLine($"已写入 {written}：{book.Tasks.Count} 项任务（{FormName(book.Form)}），{book.Tasks.Count(t => t.Units.Count > 0)} 项有责任单位，{book.Tasks.Count(t => t.Deadline.Kind != DeadlineKind.None)} 项有完成时限，无法归位的片段 {book.Unplaced.Count} 处。");
            if (result.GetValue(json)) { Console.Out.WriteLine(TaskBookFile.Serialize(book)); return 0; }
            foreach (var t in book.Tasks)
                Console.WriteLine($"{Key(t),-6} {Cut(t.Measure ?? t.Text, 36)}｜{string.Join("、", t.Units)}{(t.LeadUnits.Count > 0 ? $"（牵头：{string.Join("、", t.LeadUnits)}）" : "")}｜{DeadlineText(t.Deadline)}");
            foreach (var f in book.Unplaced) Console.WriteLine($"  无法归位（第 {f.Line} 行）：{Cut(f.Text, 60)}");
            return 0;
        });
        return command;
    }

    static Command Status()
    {
        var pipeline = new Option<string?>("--pipeline") { Description = "流水线目录（含 tasks.json）" };
        var db = StoreLocation.Option();
        var unit = new Option<string?>("--unit") { Description = "只看某一责任单位的任务" };
        var asOf = new Option<string?>("--as-of") { Description = "截至日期，如 2020-01-06（默认今天）" };
        var json = new Option<bool>("--json") { Description = "在标准输出打印 JSON" };
        var xlsx = new Option<string?>("--out") { Description = "另存任务落实情况表（.xlsx：按任务一张表，每个责任单位一张表）" };
        var command = new Command("status", "按任务和责任单位列出落实情况：按时完成、逾期完成、部分完成、逾期未完成、未到期、持续推进") { pipeline, db, unit, asOf, json, xlsx };
        command.SetAction(result =>
        {
            var directory = result.GetValue(pipeline) ?? RulebookCommand.DefaultPipeline;
            var tasksFile = Path.Combine(directory, TaskBookFile.FileName);
            if (!File.Exists(tasksFile)) { Console.Error.WriteLine($"错误：{directory} 下没有 tasks.json，请先运行 extraction tasks import <任务文件> --pipeline {directory}"); return 2; }
            DateOnly date = DateOnly.FromDateTime(DateTime.Today);
            if (result.GetValue(asOf) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            { Console.Error.WriteLine($"错误：--as-of {text} 不是日期，请写成 2020-01-06 的形式。"); return 2; }
            TaskBook book;
            try { book = TaskBookFile.Load(tasksFile); }
            catch (InvalidDataException e) { Console.Error.WriteLine($"错误：{e.Message}"); return 2; }
            using var store = StoreLocation.Open(result.GetValue(db));
            if (store is null) return 2;

            var progress = Track(book, directory, store, date);
            if (result.GetValue(unit) is { } u)
            {
                var wanted = UnitNames.Normalize(u, book.Region) ?? u;
                progress = progress.Where(p => p.Task.Units.Contains(wanted)).ToList();
                if (progress.Count == 0) { Console.Error.WriteLine($"错误：没有责任单位为“{u}”的任务；任务中的单位有：{string.Join("、", book.Tasks.SelectMany(t => t.Units).Distinct())}"); return 1; }
            }
            if (result.GetValue(xlsx) is { } workbook)
            {
                TaskWorkbook.Write(workbook, book, progress, date);
                Console.Error.WriteLine($"已写入 {workbook}：{progress.Count} 项任务，{TaskStatusJson.ByUnit(progress).Count} 个责任单位各一张表。");
            }
            if (result.GetValue(json)) { Json.Write(TaskStatusJson.From(book, progress, date)); return 0; }
            Print(book, progress, date);
            return 0;
        });
        return command;
    }

    internal static List<TaskProgress> Track(TaskBook book, string directory, EvidenceStore store, DateOnly asOf)
    {
        var definition = PipelineDefinition.LoadIfPresent(directory);
        var rulebook = AnalyzerFactory.Rulebook(directory);
        var analyzer = AnalyzerFactory.Create(directory);
        var facts = new DocumentFactsStore(store).Update(new DocumentUnderstanding(definition, notice: rulebook?.Notice), DocumentFactsStore.VersionFor(directory));
        var documents = facts
            .Select(f => (Entry: f, Region: definition?.RegionForFolder(f.Region ?? "") ?? f.Region))
            .Where(f => book.Region is null || f.Region == book.Region)
            .Select(f => new RegionDocument(f.Entry.File, f.Entry.Sha256, f.Region, f.Entry.Facts, store.Pages(f.Entry.Sha256).Select(p => (p.Number, p.Text, p.Confidence)).ToList()))
            .ToList();
        var matching = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Environment.CurrentDirectory, "appsettings.json"), optional: true).AddEnvironmentVariables("EXTRACTION_").Build()
            .GetSection("Matching").Get<MatchingOptions>() ?? new MatchingOptions();
        return new TaskTracker(book, analyzer, rulebook, matching, Extraction.Understand.Profiles.OutletLevels.From(definition)).Track(documents, asOf);
    }

    static void Print(TaskBook book, List<TaskProgress> progress, DateOnly asOf)
    {
        Console.WriteLine($"{book.Title ?? book.Source}（{book.Region ?? "地区未知"}），截至 {asOf:yyyy-MM-dd}");
        Console.WriteLine("序号    状态        完成时限        责任单位                  任务 / 依据或缺少");
        foreach (var p in progress)
        {
            var why = p.Evidence.Count > 0 ? $"依据：{string.Join("；", p.Evidence.Select(e => $"{Path.GetFileName(e.File)}（{e.Date?.ToString("yyyy-MM-dd") ?? "日期不明"}）").Distinct().Take(3))}" : "";
            var gap = p.Missing.Count > 0 ? $"缺少：{string.Join("；", p.Missing)}" : "";
            Console.WriteLine($"{Key(p.Task),-6}  {TaskStatusLabels.Label(p.Status),-8}  {DeadlineText(p.Task.Deadline),-12}  {Cut(string.Join("、", p.Task.Units), 20),-20}  {Cut(p.Task.Measure ?? p.Task.Text, 30)}");
            foreach (var line in new[] { why, gap }.Where(l => l.Length > 0)) Console.WriteLine($"        {line}");
        }
        Console.WriteLine();
        Console.WriteLine("按责任单位：");
        foreach (var (unit, tasks) in TaskStatusJson.ByUnit(progress))
            Console.WriteLine($"  {unit}：{tasks.Count} 项（{string.Join("，", tasks.GroupBy(t => t.Status).OrderBy(g => g.Key).Select(g => $"{TaskStatusLabels.Label(g.Key)} {g.Count()}"))}）");
    }

    internal static string Key(WorkTask t) => $"{(t.Category is { } c ? $"({c})" : "")}{t.Number}";

    internal static string DeadlineText(TaskDeadline d) => d.Kind switch
    {
        DeadlineKind.Ongoing => "长期",
        DeadlineKind.AsArranged => "按上级安排",
        DeadlineKind.None => "未定",
        DeadlineKind.Done => "已完成",
        _ => d.Date?.ToString("yyyy-MM-dd") ?? d.Text ?? "",
    };

    static string FormName(TaskForm form) => form switch { TaskForm.Table => "按表头读出的表格", TaskForm.LooseTable => "单元格粘连的表格", _ => "工作要点正文" };

    static string Cut(string s, int n) => s.Length <= n ? s : s[..n] + "…";
}
