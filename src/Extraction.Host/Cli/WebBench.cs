using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Extraction.Extract;
using Extraction.Host.Web;
using Extraction.Ingest;
using Extraction.Intake;
using Extraction.Matching;
using Extraction.Review;
using Extraction.Rulebooks;
using Extraction.Store;
using Extraction.Understand;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Extraction.Host.Cli;

/// <summary>The review pages' speed on a province's store: 17 regions × every clause × 150 documents each, the pages
/// served by Kestrel on loopback and fetched as a browser does (signed in, one request at a time): p50/p95 of 总览 and
/// 地区评分, and an evidence page's picture the first time and from the cache.</summary>
internal static partial class WebBench
{
    public static async Task RunAsync(string pipeline, int documentsPerRegion, int rounds, CancellationToken cancellation)
    {
        var work = Directory.CreateTempSubdirectory("extraction-webbench-");
        try
        {
            var db = Path.Combine(work.FullName, "extraction.db");
            var rulebook = RulebookFile.Load(Path.Combine(pipeline, RulebookFile.FileName));
            var regions = Pipelines.PipelineDefinition.Load(pipeline).Regions.Select(r => r.Name).ToList();
            string notice;
            using (var store = EvidenceStore.Open(db))
            {
                var load = Stopwatch.StartNew();
                Preload(store, regions, documentsPerRegion);
                new DocumentFactsStore(store).Update(new DocumentUnderstanding(Pipelines.PipelineDefinition.LoadIfPresent(pipeline)), DocumentFactsStore.VersionFor(pipeline));
                foreach (var region in regions) StoredAssessments.Save(store, Assessment(rulebook, region, documentsPerRegion));
                notice = await OneRealPdfAsync(store, work.FullName, cancellation);
                new Accounts(store.Reviews).Add("bench", "bench-password", Account.Reviewer, []);
                Console.WriteLine($"证据库：{regions.Count} 个地区 × {documentsPerRegion} 份文档 × {rulebook.Indicators.Sum(i => i.Clauses.Count)} 条款（生成 {load.Elapsed.TotalSeconds:0.0} 秒）");
            }

            var app = ServeCommand.Build([], ServeCommand.SiteFor(pipeline, StoreAddress.Parse(db), Path.Combine(work.FullName, "inbox")), "http://127.0.0.1:0");
            await app.StartAsync(cancellation);
            try
            {
                var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
                using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
                var token = Token().Match(await client.GetStringAsync("/login", cancellation)).Groups[1].Value;
                await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["username"] = "bench", ["password"] = "bench-password", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
                }), cancellation);
                await Time(client, "总览", Enumerable.Repeat("/", 3), cancellation);
                Report("总览", await Time(client, "总览", Enumerable.Repeat("/", rounds), cancellation));
                var regionPages = Enumerable.Range(0, rounds).Select(i => "/regions/" + Uri.EscapeDataString(regions[i % regions.Count])).ToList();
                Report("地区评分", await Time(client, "地区评分", regionPages, cancellation));
                var first = await Time(client, "证据页图", [$"/documents/{notice}/pages/1.png"], cancellation);
                var cached = await Time(client, "证据页图", Enumerable.Repeat($"/documents/{notice}/pages/1.png", 10), cancellation);
                Console.WriteLine($"  证据页图（文字版 PDF 第 1 页）：首次 {first[0]:0} 毫秒，缓存后 p95 {Percentile(cached, 0.95):0.0} 毫秒（目标：首次 < 500 毫秒）");
            }
            finally { await app.StopAsync(cancellation); }
        }
        finally { work.Delete(recursive: true); }
    }

    static void Report(string page, List<double> ms) =>
        Console.WriteLine($"  {page}：{ms.Count} 次请求，p50 {Percentile(ms, 0.5):0.0} 毫秒，p95 {Percentile(ms, 0.95):0.0} 毫秒，最慢 {ms.Max():0.0} 毫秒（目标 p95 < 200 毫秒）");

    static async Task<List<double>> Time(HttpClient client, string page, IEnumerable<string> paths, CancellationToken cancellation)
    {
        var times = new List<double>();
        foreach (var path in paths)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(path, cancellation);
            await response.Content.ReadAsByteArrayAsync(cancellation);
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{page} {path}：HTTP {(int)response.StatusCode}");
        }
        return times;
    }

    static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    // Synthetic one-page documents per region, as a year of one region's submissions.
    static void Preload(EvidenceStore store, List<string> regions, int perRegion)
    {
        long run = store.StartRun("web bench");
        var batch = regions.SelectMany(region => Enumerable.Range(0, perRegion).Select(i =>
        {
            var text = $"{region}打击侵权假冒工作信息第{i}期\n{region}市场监管局开展专项检查，查处案件{i % 9 + 1}起。\n{region}打击侵权假冒工作领导小组办公室\n2019年{i % 12 + 1}月{i % 28 + 1}日";
            var page = new ExtractedPage(1, PageSource.Text, text, null) { Text = text };
            return (new StoredDocument(Sha(region, i), text.Length, "text", FileOutcome.Ok, null, region, "", 1), (IReadOnlyList<ExtractedPage>)[page], (IReadOnlyList<ExtractedTable>)[]);
        })).ToList();
        store.Documents.SaveAll(batch, run);
        foreach (var (document, _, _) in batch)
            store.RecordArrival(document.Sha256, document.Sha256, File(document.Region!, document.Sha256), document.Region, FileOutcome.Ok, null, run);
    }

    // Every clause suggested, one to three documents of the region as its evidence.
    static RegionAssessment Assessment(Rulebook rulebook, string region, int perRegion)
    {
        var random = new Random(region.GetHashCode() & 0xffff);
        var clauses = rulebook.Indicators.SelectMany(i => i.Clauses.Select(c =>
        {
            var evidence = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(perRegion))
                .Select(d => new Evidence(File(region, Sha(region, d)), 1, "工作信息", $"{region}打击侵权假冒工作信息第{d}期 {region}市场监管局开展专项检查")).ToList();
            return new Suggestion(i.Number, c.Number, c.Points, random.Next(2) == 0 ? c.Points : 0, random.Next(2) == 0 ? Suggestion.Met : Suggestion.Missing_,
                evidence, ["工作总结"], "已找到工作信息", 0.8);
        })).ToList();
        var indicators = rulebook.Indicators.Select(i => new IndicatorScore(i.Number, clauses.Where(c => c.Indicator == i.Number).Sum(c => c.SuggestedPoints), i.MaxPoints, null, false, 0)).ToList();
        return new RegionAssessment(region, indicators.Sum(i => i.Suggested), null, clauses, indicators);
    }

    static async Task<string> OneRealPdfAsync(EvidenceStore store, string work, CancellationToken cancellation)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, "real", "襄阳市")).FullName;
        var pdf = Path.Combine(folder, "notice.pdf");
        System.IO.File.Copy(Path.Combine("corpus", "notices", "鄂打假办函〔2019〕7号 绩效考核通知.pdf"), pdf);
        await new Ingestor(store, new ExtractionOptions()).IngestAsync(InboxScanner.Scan([Path.Combine(work, "real")], null).ToList(), "web bench", null, cancellation);
        new DocumentFactsStore(store).Update(new DocumentUnderstanding(null));
        return store.Arrivals().First(a => a.File.EndsWith("notice.pdf")).Sha256!;
    }

    static string Sha(string region, int i) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{region}/{i}")));
    static string File(string region, string sha) => $"{region}/工作信息-{sha[..8]}.txt";

    [GeneratedRegex(@"name=""__RequestVerificationToken"" value=""([^""]+)""")] private static partial Regex Token();
}
