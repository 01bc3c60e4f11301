using Extraction.Host.Cli;
using Extraction.Pipelines;
using Extraction.Review;
using Extraction.Rulebooks;
using Extraction.Store;
using Extraction.Understand;
using Extraction.Worker;

namespace Extraction.Host.Web;

/// <summary>What every page reads: the pipeline's rulebook and regions, and the store on a connection of the site's
/// own (reads never wait behind the worker's writes). The assessments, facts and arrivals are read again only when
/// the worker or `assess` has written new ones.</summary>
internal sealed class SiteData : IDisposable
{
    public SiteOptions Options { get; }
    public EvidenceStore Store { get; }
    public Rulebook Rulebook { get; }
    public PipelineDefinition? Pipeline { get; }
    public WorkerFolders Folders { get; }
    public Accounts Accounts { get; }
    public Decisions Decisions { get; }
    readonly Lazy<Extraction.Chinese.ChineseAnalyzer> analyzer;
    readonly object gate = new();
    Snapshot? snapshot;

    public SiteData(SiteOptions options)
    {
        Options = options;
        var rulebookFile = Path.Combine(options.Pipeline, RulebookFile.FileName);
        if (!File.Exists(rulebookFile)) throw new InvalidOperationException($"{options.Pipeline} 下没有 rulebook.json，请先运行 extraction rulebook import");
        Rulebook = RulebookFile.Load(rulebookFile);
        Pipeline = PipelineDefinition.LoadIfPresent(options.Pipeline);
        Store = EvidenceStore.Open(options.Store);
        Folders = WorkerFolders.Beside(options.Inbox);
        Accounts = new Accounts(Store.Reviews);
        Decisions = new Decisions(Store.Reviews);
        analyzer = new(() => AnalyzerFactory.Create(options.Pipeline));
    }

    public Extraction.Chinese.ChineseAnalyzer Analyzer => analyzer.Value;

    /// <summary>The region of the pipeline's task table (tasks.json), whose reviewers see the tasks beside the clauses.</summary>
    public string? TaskRegion
    {
        get
        {
            // Read again only when `tasks import` has rewritten the file: the region page asks on every view.
            var file = Path.Combine(Options.Pipeline, Extraction.Tasks.TaskBookFile.FileName);
            var written = File.Exists(file) ? File.GetLastWriteTimeUtc(file) : DateTime.MinValue;
            if (taskRegion is { } known && known.Written == written) return known.Region;
            string? region;
            try { region = written == DateTime.MinValue ? null : Extraction.Tasks.TaskBookFile.Load(file).Region; }
            catch (InvalidDataException) { region = null; }
            taskRegion = (written, region);
            return region;
        }
    }
    (DateTime Written, string? Region)? taskRegion;

    /// <summary>The regions of the campaign, in the pipeline's order; without a pipeline definition, those assessed.</summary>
    public IReadOnlyList<string> Regions => Pipeline?.Regions.Select(r => r.Name).ToList() ?? Current().Assessments.Keys.Order().ToList();

    public string? Canonical(string? folder) => folder is null ? null : Pipeline?.RegionForFolder(folder) ?? folder;

    /// <summary>The stored state, reloaded when the assessments or the arrivals changed since the last read.</summary>
    public Snapshot Current()
    {
        var stamp = (Store.Assessments.LastUpdated(), Store.Count("arrivals"), Store.Count("document_facts"));
        lock (gate)
        {
            if (snapshot is not null && snapshot.Stamp == stamp) return snapshot;
            var facts = new DocumentFactsStore(Store).Stored();
            var arrivals = Store.Arrivals();
            var files = facts.GroupBy(f => Canonical(f.Region) ?? "").ToDictionary(g => g.Key, g => (Files: g.Count(), Flagged: g.Count(f => f.Facts.Flags.Count > 0)));
            var failed = arrivals.Where(a => a.Status == "failed").GroupBy(a => Canonical(a.Region) ?? "").ToDictionary(g => g.Key, g => g.Count());
            return snapshot = new Snapshot(stamp, StoredAssessments.Load(Store).ToDictionary(x => x.Key, x => x.Value.Assessment),
                facts, facts.GroupBy(f => f.File).ToDictionary(g => g.Key, g => g.First()), arrivals,
                files.Keys.Union(failed.Keys).ToDictionary(r => r, r => (files.GetValueOrDefault(r).Files, files.GetValueOrDefault(r).Flagged + failed.GetValueOrDefault(r))));
        }
    }

    readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> highlightTerms = new();

    /// <summary>Words to mark on an evidence page for a material and a clause: their own words of two characters or more.</summary>
    public string HighlightTerms(string? material, string title) => highlightTerms.GetOrAdd((material ?? "") + " " + title, text =>
        string.Join(" ", Analyzer.QueryWords(text).Where(w => w.Length >= 2).Distinct().Take(8)));

    /// <summary>A region's review with the log as it stands now; null while the region has no assessment.</summary>
    public RegionReview? Review(string region) =>
        Current().Assessments.TryGetValue(region, out var a) ? RegionReview.Of(Rulebook, a, Store.Reviews.Log(region)) : null;

    public void Dispose() => Store.Dispose();

    public sealed record Snapshot((string?, long, long) Stamp, Dictionary<string, Extraction.Matching.RegionAssessment> Assessments,
        List<DocumentFactsStore.Entry> Facts, Dictionary<string, DocumentFactsStore.Entry> ByFile, List<Arrival> Arrivals,
        Dictionary<string, (int Files, int Flagged)> Counts)
    {
        public DocumentFactsStore.Entry? BySha(string sha256) => Facts.FirstOrDefault(f => f.Sha256 == sha256);
    }
}
