using System.CommandLine;
using Extraction.Index;
using Extraction.Store;

namespace Extraction.Host.Cli;

/// <summary>`extraction search`: ranked pages for a query typed as reviewers speak, or for a clause of the rulebook.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string?>("query") { Description = "检索词：空格分隔的词都要出现；支持 \"短语\"、OR、NOT、-词", Arity = ArgumentArity.ZeroOrOne };
        var pipeline = new Option<string?>("--pipeline") { Description = "考核流水线目录（规则与证据库）" };
        var db = StoreLocation.Option();
        var region = new Option<string?>("--region") { Description = "只看某地区的材料" };
        var type = new Option<string?>("--type") { Description = "文档类型：通知、工作方案、总结、会议纪要、人员名单、典型案例、新闻报道…" };
        var from = new Option<DateOnly?>("--from") { Description = "成文日期不早于（yyyy-MM-dd）" };
        var to = new Option<DateOnly?>("--to") { Description = "成文日期不晚于（yyyy-MM-dd）" };
        var format = new Option<string?>("--format") { Description = "格式：pdf-text、pdf-scan、docx、xlsx、image…" };
        var source = new Option<string?>("--source") { Description = "文本来源：text 或 ocr" };
        var indicator = new Option<string?>("--indicator") { Description = "按指标检索，如 10 或 10(2)" };
        var limit = new Option<int>("--limit") { Description = "最多返回条数", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "在标准输出打印 JSON" };
        var command = new Command("search", "检索证据：按关键词或按指标") { query, pipeline, db, region, type, from, to, format, source, indicator, limit, json };
        command.SetAction(result =>
        {
            var pipelineDir = result.GetValue(pipeline);
            var analyzer = AnalyzerFactory.Create(pipelineDir);
            string text;
            if (result.GetValue(indicator) is { } address)
            {
                if (IndicatorQuery.ParseAddress(address) is not { } parsed) { Console.Error.WriteLine($"错误：指标写法“{address}”无法识别，应为 10 或 10(2)"); return 2; }
                if (AnalyzerFactory.Rulebook(pipelineDir) is not { } rulebook) { Console.Error.WriteLine("错误：找不到规则文件，请先运行 extraction rulebook import"); return 2; }
                try { text = IndicatorQuery.For(rulebook, parsed.Indicator, parsed.Clause, analyzer); }
                catch (ArgumentException e) { Console.Error.WriteLine($"错误：{e.Message}"); return 2; }
                if (result.GetValue(query) is { Length: > 0 } extra) text = $"({text}) {extra}";
            }
            else if (result.GetValue(query) is { Length: > 0 } q) text = q;
            else { Console.Error.WriteLine("错误：请给出检索词，或用 --indicator 指定指标"); return 2; }

            using var store = StoreLocation.Open(result.GetValue(db));
            if (store is null) return 2;
            new PageIndexer(store, analyzer).Update();
            // Type and date filters read the documents' facts; bring them up to date first.
            if (result.GetValue(type) is not null || result.GetValue(from) is not null || result.GetValue(to) is not null)
                new Extraction.Understand.DocumentFactsStore(store).Update(new Extraction.Understand.DocumentUnderstanding(Extraction.Pipelines.PipelineDefinition.LoadIfPresent(pipelineDir ?? RulebookCommand.DefaultPipeline)));
            var hits = new Searcher(store, analyzer).Search(text,
                new SearchFilters(result.GetValue(region), result.GetValue(format), result.GetValue(source), result.GetValue(type), result.GetValue(from), result.GetValue(to)),
                result.GetValue(limit));
            if (result.GetValue(json)) { Json.Write(new { Hits = hits }); return 0; }
            if (hits.Count == 0) { Console.WriteLine("没有找到匹配的材料。"); return 0; }
            bool terminal = !Console.IsOutputRedirected;
            foreach (var (hit, i) in hits.Select((h, i) => (h, i + 1)))
            {
                Console.WriteLine($"{i}. {hit.File}  第 {hit.Page} 页  {hit.Region}  相关度 {hit.Score:0.00}");
                Console.WriteLine($"   {Highlight(hit, terminal)}");
            }
            return 0;
        });
        return command;
    }

    // Bold on a terminal, 【】 when the output goes to a file.
    static string Highlight(SearchHit hit, bool terminal)
    {
        var s = hit.Snippet;
        foreach (var h in hit.Highlights.OrderByDescending(h => h[0]))
            s = s[..h[0]] + (terminal ? "\u001b[1;31m" : "【") + s[h[0]..h[1]] + (terminal ? "\u001b[0m" : "】") + s[h[1]..];
        return s;
    }
}
