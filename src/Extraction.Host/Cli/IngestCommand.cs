using System.CommandLine;
using Extraction.Extract;
using Extraction.Ingest;
using Extraction.Intake;
using Extraction.Store;
using Microsoft.Extensions.Logging;

namespace Extraction.Host.Cli;

/// <summary>`extraction ingest`: reads files and folders into the store and reports what became of each.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "要收录的文件或文件夹（文件夹下第一级子文件夹名即地区）", Arity = ArgumentArity.OneOrMore };
        var region = new Option<string?>("--region") { Description = "指定地区（默认取文件夹名）" };
        var pipeline = new Option<string?>("--pipeline") { Description = "考核流水线目录（证据库的位置只由 --db 决定）" };
        var db = StoreLocation.Option();
        var json = new Option<bool>("--json") { Description = "在标准输出打印一个 JSON 对象" };
        var dpi = new Option<int>("--dpi") { Description = "OCR 渲染分辨率", DefaultValueFactory = _ => 300 };
        var maxPages = new Option<int>("--max-pages") { Description = "单个文件最多页数", DefaultValueFactory = _ => 500 };
        var maxChars = new Option<int>("--max-chars") { Description = "单个文件最多收录的字符数，超出部分截去并注明", DefaultValueFactory = _ => new ExtractionOptions().MaxDocumentChars };
        var command = new Command("ingest", "收录佐证材料：提取文本（必要时 OCR）并存入证据库") { paths, region, pipeline, db, json, dpi, maxPages, maxChars };
        command.SetAction(async (result, cancellation) =>
        {
            var options = new ExtractionOptions { OcrDpi = result.GetValue(dpi), MaxPages = result.GetValue(maxPages), MaxDocumentChars = result.GetValue(maxChars) };
            List<SourceFile> files;
            try { files = InboxScanner.Scan(result.GetValue(paths)!, result.GetValue(region)).ToList(); }
            catch (FileNotFoundException e)
            {
                Console.Error.WriteLine($"错误：{e.Message}");
                return 2;
            }
            using var store = StoreLocation.Open(result.GetValue(db));
            if (store is null) return 2;
            // Exceptions behind a failure are logged on stderr, so stdout stays the summary or the JSON.
            using var logging = LoggerFactory.Create(b => b.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
                .AddSimpleConsole(o => o.SingleLine = true).AddFilter(level => level >= LogLevel.Warning));
            var outcomes = await new Ingestor(store, options, logging.CreateLogger<Ingestor>()).IngestAsync(files, "ingest " + string.Join(' ', result.GetValue(paths)!),
                new ProgressReporter(files.Count), cancellation);
            if (result.GetValue(json)) Json.Write(new { Files = outcomes.Select(ToJson) });
            else PrintSummary(outcomes, store.Display);
            return 0;
        });
        return command;
    }

    static object ToJson(FileOutcome o) => new
    {
        o.File, o.Sha256, o.Region, o.Format, o.Status, o.Error, o.Note,
        Pages = o.Pages.Select(p => new { p.Number, p.Source, p.Confidence, p.Chars }),
    };

    static void PrintSummary(IReadOnlyList<FileOutcome> outcomes, string database)
    {
        int ok = outcomes.Count(o => o.Status == FileOutcome.Ok), dup = outcomes.Count(o => o.Status == FileOutcome.Duplicate);
        var failed = outcomes.Where(o => o.Status == FileOutcome.Failed).ToList();
        Console.WriteLine($"共 {outcomes.Count} 个文件：收录 {ok} 个，重复 {dup} 个，失败 {failed.Count} 个。");
        foreach (var group in outcomes.Where(o => o.Status == FileOutcome.Ok).GroupBy(o => o.Format).OrderBy(g => g.Key))
            Console.WriteLine($"  {group.Key}: {group.Count()} 个文件，{group.Sum(o => o.Pages.Count)} 页（其中 OCR {group.Sum(o => o.Pages.Count(p => p.Source == "ocr"))} 页）");
        var cut = outcomes.Where(o => o.Note is not null).ToList();
        if (cut.Count > 0)
        {
            Console.WriteLine("已收录但有截断的文件：");
            foreach (var f in cut) Console.WriteLine($"  ✂ {f.File}：{f.Note}");
        }
        if (failed.Count > 0)
        {
            Console.WriteLine("失败的文件（原件已存档，处理后可重新收录）：");
            foreach (var f in failed) Console.WriteLine($"  ✗ {f.File}：{f.Error}");
        }
        Console.WriteLine($"证据库：{database}");
    }
}
