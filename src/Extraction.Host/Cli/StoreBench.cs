using System.Diagnostics;
using System.Text;
using Extraction.Extract;
using Extraction.Index;
using Extraction.Ingest;
using Extraction.Intake;
using Extraction.Store;
using Extraction.Understand;

namespace Extraction.Host.Cli;

/// <summary>What a new file costs as the store grows: 50 one-page text PDFs ingested, understood and indexed into an empty
/// store and into one already holding many documents, with the time of each stage.</summary>
internal static class StoreBench
{
    static readonly string[] Regions = ["武汉市", "黄石市", "十堰市", "宜昌市", "襄阳市", "鄂州市", "荆门市", "孝感市", "荆州市", "黄冈市", "咸宁市", "随州市", "恩施州", "仙桃市", "潜江市", "天门市", "神农架林区"];

    public static async Task RunAsync(string pipeline, int documents, string? engine, string? db, CancellationToken cancellation)
    {
        var work = Directory.CreateTempSubdirectory("extraction-storebench-");
        try
        {
            using var stores = BenchStores.Create(work.FullName, engine, db);
            Console.WriteLine($"证据库引擎：{stores.Engine}");
            var pdfs = await MakePdfsAsync(work.FullName, 50, cancellation);
            var analyzer = AnalyzerFactory.Create(pipeline);
            var understanding = new DocumentUnderstanding(Pipelines.PipelineDefinition.LoadIfPresent(pipeline));
            var version = DocumentFactsStore.VersionFor(pipeline);
            // One untimed round first, so that neither store pays for the JIT and cold file caches.
            using (var warm = stores.Open("warm-up"))
            {
                await new Ingestor(warm, new ExtractionOptions()).IngestAsync(pdfs, "bench", null, cancellation);
                new DocumentFactsStore(warm).Update(understanding, version);
                new PageIndexer(warm, analyzer).Update();
            }
            foreach (var size in new[] { 0, documents })
            {
                using var store = stores.Open($"store-{size}");
                var load = Stopwatch.StartNew();
                Preload(store, size);
                new DocumentFactsStore(store).Update(understanding, version);
                new PageIndexer(store, analyzer).Update();
                Console.WriteLine($"证据库已有 {size} 份文档（载入、识别、索引 {load.Elapsed.TotalSeconds:0.0} 秒）");

                var watch = Stopwatch.StartNew();
                var outcomes = await new Ingestor(store, new ExtractionOptions()).IngestAsync(pdfs, "bench", null, cancellation);
                double ingest = watch.Elapsed.TotalSeconds;
                new DocumentFactsStore(store).Update(understanding, version);
                double understand = watch.Elapsed.TotalSeconds - ingest;
                new PageIndexer(store, analyzer).Update();
                double total = watch.Elapsed.TotalSeconds;
                Console.WriteLine($"  新增 50 个一页文本 PDF（收录 {outcomes.Count(o => o.Status == FileOutcome.Ok)} 个）：共 {total:0.00} 秒 = 读取 {ingest:0.00} + 识别 {understand:0.00} + 索引 {total - ingest - understand:0.00}");
            }
        }
        finally { work.Delete(recursive: true); }
    }

    // Characters the synthetic documents' own passages are drawn from.
    const string Words = "检查经营户市场监管执法人员开展专项行动查处案件商标专利版权侵权假冒伪劣商品食品药品农资种子化肥农药烟草网络宣传培训部署通知方案总结会议纪要信息省市县乡镇企业";

    // Synthetic one-page documents spread over the regions, as a province's year of submissions: a shared letterhead and
    // a passage of each one's own, so that each region holds over a thousand distinct originals to compare a new one with.
    static void Preload(EvidenceStore store, int count)
    {
        var random = new Random(12);
        long run = store.StartRun("bench preload");
        foreach (var chunk in Enumerable.Range(0, count).Chunk(2000))
        {
            var batch = chunk.Select(i =>
            {
                var region = Regions[i % Regions.Length];
                var text = $"{region}打击侵权假冒工作信息第{i}期\n{region}市场监管局开展专项检查，出动执法人员{random.Next(10, 500)}人次，检查经营户{random.Next(10, 900)}家。\n{Passage(random)}\n{region}打击侵权假冒工作领导小组办公室\n2019年{i % 12 + 1}月{i % 28 + 1}日";
                var page = new ExtractedPage(1, PageSource.Text, text, null) { Text = text };
                return (new StoredDocument(i.ToString("x64"), text.Length, "text", FileOutcome.Ok, null, region, "", 1), (IReadOnlyList<ExtractedPage>)[page], (IReadOnlyList<ExtractedTable>)[]);
            }).ToList();
            store.Documents.SaveAll(batch, run);
            foreach (var (document, _, _) in batch) store.RecordArrival(document.Sha256, document.Sha256, $"{document.Region}/{document.Sha256[^6..]}.txt", document.Region, FileOutcome.Ok, null, run);
        }
    }

    static string Passage(Random random) => new([.. Enumerable.Range(0, 60).Select(_ => Words[random.Next(Words.Length)])]);

    // One-page text PDFs, each its own text, made by LibreOffice from plain text in one conversion.
    static async Task<List<SourceFile>> MakePdfsAsync(string work, int count, CancellationToken cancellation)
    {
        var source = Directory.CreateDirectory(Path.Combine(work, "txt")).FullName;
        var output = Directory.CreateDirectory(Path.Combine(work, "inbox", "襄阳市")).FullName;
        for (int i = 0; i < count; i++)
            await File.WriteAllTextAsync(Path.Combine(source, $"简报{i:00}.txt"), $"襄阳市打击侵权假冒工作简报第{i}期\n\n襄阳市市场监管局第{i}次专项检查，检查经营户{i * 7 + 3}家，查处案件{i % 9 + 1}起。\n", new UTF8Encoding(false), cancellation);
        var result = await ExternalProcess.RunAsync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", output, .. Directory.GetFiles(source, "*.txt").Order()],
            TimeSpan.FromMinutes(10), cancellation);
        if (result.ExitCode != 0) throw new InvalidOperationException("soffice: " + result.StandardError);
        return Directory.GetFiles(output, "*.pdf").Order().Select(f => new SourceFile(f, "襄阳市/" + Path.GetFileName(f), "襄阳市")).ToList();
    }
}
