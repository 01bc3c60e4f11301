using System.Diagnostics;
using System.Globalization;
using System.Text;
using Extraction.Chinese;
using Extraction.Index;
using Extraction.Rulebooks;
using Extraction.Store;
using Extraction.Extract;

namespace Extraction.Host.Cli;

/// <summary>The search figures: segmentation speed beside python3-jieba on the same text, and index build, index size
/// and query latency on a generated store of many pages made from the corpus texts.</summary>
internal static class SearchBench
{
    public static async Task RunAsync(string corpus, int pageCount, string? engine, string? db, CancellationToken cancellation)
    {
        var sentences = Sentences(corpus);
        var analyzer = AnalyzerFactory.Create(null);
        await SegmentationAsync(sentences, analyzer, cancellation);
        Index(sentences, analyzer, pageCount, engine, db);
    }

    static List<string> Sentences(string corpus)
    {
        // The two seed notices, as the corpus holds them in text form.
        var texts = Directory.GetFiles(Path.Combine(corpus, "notices"), "*.txt").Select(File.ReadAllText).ToList();
        return texts.SelectMany(t => t.Split('。', '\n', ';', '；')).Select(s => TextNormalizer.Normalize(s, false)).Where(s => s.Length >= 8).Distinct().ToList();
    }

    static async Task SegmentationAsync(List<string> sentences, ChineseAnalyzer analyzer, CancellationToken cancellation)
    {
        // About 2 MB of text: the sentences repeated.
        var lines = Enumerable.Repeat(sentences, 12).SelectMany(x => x).ToList();
        var file = Path.Combine(Path.GetTempPath(), "extraction-segbench.txt");
        await File.WriteAllLinesAsync(file, lines, cancellation);
        double megabytes = Encoding.UTF8.GetByteCount(string.Join('\n', lines)) / 1e6;
        // jieba's own dictionary on both sides, without the domain lexicon, so the two cut the same words.
        var plain = new Segmenter(JiebaDictionary.LoadDefault());
        // One pass to let the JIT reach its optimized code before timing.
        foreach (var l in lines) plain.Cut(l);
        var watch = Stopwatch.StartNew();
        long tokens = 0;
        foreach (var l in lines) tokens += plain.Cut(l).Count;
        double ours = megabytes / watch.Elapsed.TotalSeconds;

        const string script = "import jieba,sys,time\njieba.setLogLevel(60); jieba.initialize()\nlines=open(sys.argv[1],encoding='utf-8').read().split('\\n')\nt=time.perf_counter()\nn=sum(1 for l in lines for _ in jieba.cut(l, HMM=False))\nprint(time.perf_counter()-t, n)";
        var python = await Extract.ExternalProcess.RunAsync("/usr/bin/python3", ["-c", script, file], TimeSpan.FromMinutes(10), cancellation);
        File.Delete(file);
        var parts = python.StandardOutput.Trim().Split(' ');
        Console.WriteLine($"分词（单线程，不含 HMM，{megabytes:0.0} MB）：extraction {ours:0.00} MB/秒，{tokens} 词");
        if (python.ExitCode == 0 && parts.Length == 2)
        {
            double theirs = megabytes / double.Parse(parts[0], CultureInfo.InvariantCulture);
            Console.WriteLine($"  python3-jieba：{theirs:0.00} MB/秒，{parts[1]} 词；extraction 为其 {ours / theirs:0.0} 倍");
        }
        else Console.WriteLine($"  python3-jieba 无法运行：{python.StandardError.Trim()}");
    }

    static void Index(List<string> sentences, ChineseAnalyzer analyzer, int pageCount, string? engine, string? db)
    {
        var work = Directory.CreateTempSubdirectory("extraction-indexbench-");
        try
        {
            using var stores = BenchStores.Create(work.FullName, engine, db);
            using var store = stores.Open("search");
            Console.WriteLine($"证据库引擎：{stores.Engine}");
            var random = new Random(2019);
            // Pages of about 600 characters, sentences drawn from the corpus texts.
            string[] regions = ["武汉市", "宜昌市", "襄阳市", "荆州市"];
            long run = store.StartRun("bench");
            var documents = new List<(StoredDocument, IReadOnlyList<ExtractedPage>, IReadOnlyList<ExtractedTable>)>();
            for (int i = 0; i < pageCount; i++)
            {
                var sb = new StringBuilder();
                while (sb.Length < 600) sb.Append(sentences[random.Next(sentences.Count)]).Append('。');
                var page = new ExtractedPage(1, PageSource.Text, "", null) { Text = sb.ToString() };
                documents.Add((new StoredDocument(i.ToString("x64"), 0, "text", "ok", null, regions[i % 4], "", 1), [page], []));
            }
            store.Documents.SaveAll(documents, run);
            long before = store.SizeOnDisk();
            var watch = Stopwatch.StartNew();
            new PageIndexer(store, analyzer).Update();
            double seconds = watch.Elapsed.TotalSeconds;
            store.Checkpoint();
            long after = store.SizeOnDisk();
            Console.WriteLine($"索引：{pageCount} 页，建索引 {pageCount / seconds:0} 页/秒（{seconds:0.0} 秒），索引大小 {(after - before) / (double)pageCount / 1024:0.00} KB/页");

            var searcher = new Searcher(store, analyzer);
            var queries = Queries(analyzer, random);
            foreach (var q in queries.Take(5)) searcher.Search(q, new SearchFilters(), 10);
            var timed = new List<(double Ms, string Query)>();
            foreach (var q in queries)
            {
                var w = Stopwatch.StartNew();
                searcher.Search(q, new SearchFilters(Region: random.Next(3) == 0 ? "襄阳市" : null), 10);
                timed.Add((w.Elapsed.TotalMilliseconds, q));
            }
            var latencies = timed.Select(t => t.Ms).Order().ToList();
            Console.WriteLine($"最慢的查询：{string.Join("；", timed.OrderByDescending(t => t.Ms).Take(5).Select(t => $"{t.Query}（{t.Ms:0} 毫秒）"))}");
            Console.WriteLine($"查询：{queries.Count} 个不同查询（含片段生成），p50 {latencies[latencies.Count / 2]:0.0} 毫秒，p95 {latencies[(int)(latencies.Count * 0.95)]:0.0} 毫秒");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    // A hundred queries of the kinds reviewers type: one word, two words, a phrase, OR, NOT, a single character.
    static List<string> Queries(ChineseAnalyzer analyzer, Random random)
    {
        var words = analyzer.Lexicon.Terms.Concat(["培训", "名单", "通知", "方案", "总结", "案件", "执法", "宣传", "考核", "信息", "部署", "专项行动", "商标", "专利", "种子", "药品", "烟草", "食品", "网络", "版权"]).ToList();
        var queries = new List<string>();
        while (queries.Count < 100)
        {
            string a = words[random.Next(words.Count)], b = words[random.Next(words.Count)];
            queries.Add((queries.Count % 6) switch { 0 => a, 1 => $"{a} {b}", 2 => $"\"{a}\"", 3 => $"{a} OR {b}", 4 => $"{a} -{b}", _ => a[..1] });
        }
        return queries.Distinct().ToList();
    }
}
