using System.CommandLine;
using Extraction.Index;
using Extraction.Store;

namespace Extraction.Host.Cli;

/// <summary>`extraction index`: brings the search index up to date from stored pages, without re-reading any file.</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var pipeline = new Option<string?>("--pipeline") { Description = "考核流水线目录" };
        var db = StoreLocation.Option();
        var rebuild = new Option<bool>("--rebuild") { Description = "全部重新分析建立索引" };
        var command = new Command("index", "根据已存储的页面文本更新检索索引（不重新提取）") { pipeline, db, rebuild };
        command.SetAction(result =>
        {
            var analyzer = AnalyzerFactory.Create(result.GetValue(pipeline));
            using var store = StoreLocation.Open(result.GetValue(db));
            if (store is null) return 2;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var r = new PageIndexer(store, analyzer).Update(result.GetValue(rebuild));
            Console.WriteLine($"索引已更新：新建 {r.Indexed} 页，重新分析 {r.Reindexed} 页，沿用 {r.Unchanged} 页，用时 {watch.Elapsed.TotalSeconds:0.0} 秒。");
            return 0;
        });
        return command;
    }
}
