using System.CommandLine;
using Extraction.Reports;
using Extraction.Pipelines;
using Extraction.Store;
using Extraction.Understand;

namespace Extraction.Host.Cli;

/// <summary>`extraction understand`: reads every stored document's type and 公文 header, and flags what cannot count.</summary>
internal static class UnderstandCommand
{
    public static Command Create()
    {
        var pipeline = new Option<string?>("--pipeline") { Description = "考核流水线目录（地区、考核年度）" };
        var db = StoreLocation.Option();
        var json = new Option<bool>("--json") { Description = "在标准输出打印 JSON" };
        var command = new Command("understand", "识别文档类型、发文机关、发文字号、标题、成文日期，并标出错放地区、非考核年度和重复的材料") { pipeline, db, json };
        command.SetAction(result =>
        {
            var directory = result.GetValue(pipeline) ?? RulebookCommand.DefaultPipeline;
            var definition = PipelineDefinition.LoadIfPresent(directory);
            var rulebookFile = Path.Combine(directory, Extraction.Rulebooks.RulebookFile.FileName);
            using var store = StoreLocation.Open(result.GetValue(db));
            if (store is null) return 2;
            var entries = new DocumentFactsStore(store).Update(new DocumentUnderstanding(definition, notice: File.Exists(rulebookFile) ? Extraction.Rulebooks.RulebookFile.Load(rulebookFile).Notice : null),
                DocumentFactsStore.VersionFor(directory));
            if (result.GetValue(json))
            {
                Json.Write(new
                {
                    Documents = entries.Select(e => new
                    {
                        e.File, e.Sha256, e.Region, e.Facts.Type, e.Facts.Issuer, e.Facts.DocNumber, Date = e.Facts.Date?.ToString("yyyy-MM-dd"),
                        e.Facts.Title, e.Facts.Addressee, e.Facts.Attachments, e.Facts.Flags,
                    }),
                });
                return 0;
            }
            foreach (var e in entries)
            {
                var flags = e.Facts.Flags.Select(f => Labels.FlagDetail(f, e.Facts.IssuerRegion));
                Console.WriteLine($"{e.File}\n  类型：{e.Facts.Type}  发文机关：{e.Facts.Issuer ?? "—"}  发文字号：{e.Facts.DocNumber ?? "—"}  日期：{e.Facts.Date?.ToString("yyyy-MM-dd") ?? "—"}");
                Console.WriteLine($"  标题：{e.Facts.Title ?? "—"}{(e.Facts.Flags.Count > 0 ? "  ⚠ " + string.Join("，", flags) : "")}");
            }
            Console.WriteLine($"共 {entries.Count} 份材料，{entries.Count(e => e.Facts.Flags.Count > 0)} 份有问题。");
            return 0;
        });
        return command;
    }
}
