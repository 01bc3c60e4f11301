using Extraction.Chinese;
using Extraction.Extract;
using Extraction.Index;
using Extraction.Ingest;
using Extraction.Intake;
using Extraction.Matching;
using Extraction.Pipelines;
using Extraction.Rulebooks;
using Extraction.Store;
using Extraction.Understand;
using Microsoft.Extensions.Logging;

namespace Extraction.Worker;

/// <summary>Takes one dropped file through its job: archive → extract (intake … store) → understand → index, asks for its
/// region to be assessed again, then moves it to processed/ or failed/; and runs the region assessments that are due, each
/// a job of its own. Every step is recorded before the next starts, so a restart resumes where a crash left off: no file
/// lost, none counted twice.</summary>
public sealed class InboxProcessor(EvidenceStore store, WorkerFolders folders, string pipelineDirectory, ExtractionOptions options, ILogger logger,
    Matching.MatchingOptions? matching = null, WorkerLease? lease = null, ReassessDebounce? debounce = null)
{
    // A region whose assessment failed is tried again after this, so one bad region neither stalls nor spins the loop.
    static readonly TimeSpan RetryFailedAssessment = TimeSpan.FromSeconds(30);
    // Assessments run in one call at most, so a region requested again and again cannot keep the loop from its files.
    const int AssessmentsPerRound = 50;
    readonly IJobQueue jobs = store.Jobs;
    readonly WorkerLease me = lease ?? WorkerLease.ForThisProcess(TimeSpan.FromSeconds(60));
    readonly ReassessDebounce wait = debounce ?? ReassessDebounce.Default;
    readonly Ingestor ingestor = new(store, options);
    AssessmentContext? context;
    DateTime rulebookWritten;

    public IJobQueue Jobs => jobs;

    public WorkerLease Lease => me;

    /// <summary>Keeps this worker's claims alive; called well within the lease.</summary>
    public void Renew() => jobs.Renew(me.Owner, me.Duration);

    /// <summary>A clean stop: this worker's open jobs are let go for the others at once.</summary>
    public void Release() => jobs.Release(me.Owner);

    /// <summary>Settles the open jobs no live worker holds — a previous run's, or a dead worker's whose lease ran out; returns
    /// the jobs whose evidence is stored but not yet matched.</summary>
    public List<Job> Resume()
    {
        var unfinished = new List<Job>();
        foreach (var open in jobs.AllOpen().Where(j => j.LeaseOwner != me.Owner))
        {
            if (!jobs.Claim(open.Id, me.Owner, me.Duration)) continue;
            var job = jobs.Open(open.RelativePath) ?? open;
            if (job.Settled) { Settle(job); continue; }
            bool present = File.Exists(folders.InInbox(job.RelativePath));
            if (job.State is Job.Understood or Job.Indexed) unfinished.Add(job);
            else if (!present)
            {
                jobs.Advance(job.Id, Job.Failed, "处理完成前文件已从收件箱移走：如仍需收录，请重新放入");
                jobs.Finish(job.Id, null);
                Log(LogLevel.Warning, job, "恢复", "处理完成前文件已从收件箱移走");
            }
        }
        return unfinished;
    }

    /// <summary>Archives and extracts one complete file. Returns its job when its evidence is stored and waits to be
    /// matched; a failed or duplicate file is moved out of the inbox here and null returned.</summary>
    public async Task<Job?> ExtractAsync(string path, CancellationToken cancellation)
    {
        var relative = folders.Relative(path);
        var slash = relative.IndexOf('/');
        var job = jobs.Open(relative);
        // Another worker holds this file's job: it is theirs until their lease runs out.
        if (job is not null && !jobs.Claim(job.Id, me.Owner, me.Duration)) return null;
        if (job is null && FileTypes.Refusal(path) is { } refusal)
        {
            // Not a regular file: refused for good without being opened or archived.
            job = jobs.CreateOrClaim(relative, slash > 0 ? relative[..slash] : null, null, 0, DateTime.UtcNow, me.Owner, me.Duration);
            if (job is null) return null;
            Log(LogLevel.Warning, job, "发现", refusal);
            return Fail(job, refusal);
        }
        if (job is null)
        {
            ArchivedFile archived;
            try
            {
                // The original bytes go to the archive before anything else happens to them.
                archived = await ArchivedFile.CopyAsync(path, store.ArchiveDirectory, cancellation);
            }
            catch (RefusedFileException e) when (FileTypes.Refusal(path) is not null)
            {
                job = jobs.CreateOrClaim(relative, slash > 0 ? relative[..slash] : null, null, 0, DateTime.UtcNow, me.Owner, me.Duration);
                return job is null ? null : Fail(job, e.Message);
            }
            catch (IOException e)
            {
                logger.LogInformation("{Stage} {Region} {File}：{Reason}，稍后重试", "发现", slash > 0 ? relative[..slash] : "—", relative, e.Message);
                return null;
            }
            job = jobs.CreateOrClaim(relative, slash > 0 ? relative[..slash] : null, archived.Sha256, archived.Size, File.GetLastWriteTimeUtc(path), me.Owner, me.Duration);
            if (job is null) return null;
            // Another worker finished this file while it was being archived here (it moves a file before closing its job).
            if (job.State == Job.Discovered && !File.Exists(path)) { jobs.Discard(job.Id); return null; }
            Log(LogLevel.Information, job, "发现", $"{archived.Size:N0} 字节，已存档");
        }
        if (job.Settled) { Settle(job); return null; }
        if (job.State is Job.Understood or Job.Indexed) return job;

        if (job.Region is null)
            return Fail(job, "文件直接放在收件箱根目录，不知道属于哪个地区：请放入 inbox/<地区>/ 文件夹后重新放入");

        // Of two files with the same bytes the one written first is the original, whichever is picked up first.
        if (jobs.EarlierOpenCopy(job) is { } original && File.Exists(folders.InInbox(original.RelativePath)))
        {
            logger.LogInformation("{Stage} {Region} {File}：与 {Original} 内容相同，等它读完再处理", "发现", job.Region, relative, original.RelativePath);
            return null;
        }
        // The same bytes are read by one worker at a time; this file waits for the other reading to end.
        if (!jobs.StartExtracting(job, me.Owner))
        {
            logger.LogInformation("{Stage} {Region} {File}：相同内容正由另一工作进程读取，稍后再处理", "发现", job.Region, relative);
            return null;
        }
        // A run killed after recording this file's arrival keeps what was decided: one arrival per file.
        var recorded = store.Documents.ArrivalSince(job.Sha256!, relative, job.CreatedAt);
        if (recorded is { Status: FileOutcome.Duplicate }) return SettleAs(job, Job.Duplicate, recorded.Error ?? "与已收录的文件内容相同");
        if (recorded is { Status: FileOutcome.Failed }) return Fail(job, recorded.Error ?? "读取失败");
        // A run killed after storing this file's document resumes from it instead of calling it a copy of itself.
        if (store.FindDocument(job.Sha256!) is { Status: FileOutcome.Ok } && !store.IngestedElsewhere(job.Sha256!, relative))
        {
            if (!store.HasArrival(job.Sha256!, relative))
                store.RecordArrival(job.Sha256, path, relative, job.Region, FileOutcome.Ok, null, store.StartRun("run"));
            return job;
        }
        Log(LogLevel.Information, job, "读取", "开始读取");
        var outcome = (await ingestor.IngestAsync([new SourceFile(path, relative, job.Region)], "run", null, cancellation))[0];
        return outcome.Status switch
        {
            FileOutcome.Ok => LogPages(job, outcome),
            FileOutcome.Duplicate => SettleAs(job, Job.Duplicate, store.ArrivalPaths(job.Sha256!).FirstOrDefault(p => p != path) is { } first
                ? $"与已收录的文件内容相同：{first}" : "与已收录的文件内容相同"),
            _ => Fail(job, outcome.Error ?? "读取失败"),
        };
    }

    Job LogPages(Job job, FileOutcome outcome)
    {
        Log(LogLevel.Information, job, "读取", $"完成：{outcome.Format}，{outcome.Pages.Count} 页（OCR {outcome.Pages.Count(p => p.Source == "ocr")} 页）{(outcome.Note is null ? "" : "；" + outcome.Note)}");
        return job;
    }

    /// <summary>understand → index for the jobs whose evidence is stored; each region they came to is asked to be assessed
    /// again (a job of its own, see <see cref="ReassessDue"/>), then each file leaves the inbox.</summary>
    public void Finish(IReadOnlyList<Job> extracted)
    {
        if (extracted.Count == 0) return;
        var ctx = Context();
        var ids = extracted.Select(j => j.Id).ToList();
        var facts = new DocumentFactsStore(store).Update(new DocumentUnderstanding(ctx.Pipeline, notice: ctx.Rulebook?.Notice), ctx.Version);
        jobs.AdvanceAll(ids, Job.Understood);
        new PageIndexer(store, ctx.Analyzer).Update();
        jobs.AdvanceAll(ids, Job.Indexed);
        // Asked before the files count as matched, so a crash in between asks again rather than forgets the region.
        if (ctx.Rulebook is not null)
            foreach (var region in extracted.Select(j => ctx.Canonical(j.Region)).OfType<string>().Distinct())
                jobs.RequestReassessment(region, wait.Delay, wait.MaxWait);
        jobs.AdvanceAll(ids, Job.Matched);
        foreach (var job in extracted)
        {
            var f = facts.FirstOrDefault(e => e.Sha256 == job.Sha256);
            Log(LogLevel.Information, job, "评分", $"{(f is null ? "已识别" : $"{f.Facts.Type}{(f.Facts.Flags.Count > 0 ? "（" + string.Join("，", f.Facts.Flags) + "）" : "")}")}，已安排重新评分 {ctx.Canonical(job.Region)}");
            Settle(jobs.Open(job.RelativePath) ?? job with { State = Job.Matched });
        }
    }

    /// <summary>A changed rulebook re-reads every document and asks for every region's assessment at once.</summary>
    public bool ReassessIfRulebookChanged()
    {
        var file = Path.Combine(pipelineDirectory, RulebookFile.FileName);
        if (context is null || !File.Exists(file) || File.GetLastWriteTimeUtc(file) == rulebookWritten) return false;
        context = null;
        var ctx = Context();
        var facts = new DocumentFactsStore(store).Update(new DocumentUnderstanding(ctx.Pipeline, notice: ctx.Rulebook?.Notice), ctx.Version);
        var regions = facts.Select(f => ctx.Canonical(f.Region)).OfType<string>().Distinct().ToList();
        foreach (var region in regions) jobs.RequestReassessment(region, TimeSpan.Zero, TimeSpan.Zero);
        logger.LogInformation("{Stage} {Region} {File}：评分细则已更改，已安排重新评分 {Count} 个地区", "评分", "全部", RulebookFile.FileName, regions.Count);
        return true;
    }

    /// <summary>Runs the region assessments whose wait is over — or, when stopping, every open one — each claimed under this
    /// worker's lease, so one worker at a time assesses a region. Returns how many ran.</summary>
    public int ReassessDue(bool stopping = false)
    {
        // Stopping: the regions still waiting are assessed now rather than left to the next start.
        var dueBy = DateTime.UtcNow + (stopping ? TimeSpan.FromDays(3650) : TimeSpan.Zero);
        int ran = 0;
        while (ran < AssessmentsPerRound && jobs.ClaimReassessment(me.Owner, me.Duration, dueBy) is { } job)
        {
            ran++;
            try { Reassess(job); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                jobs.PostponeReassessment(job, me.Owner, e.Message, RetryFailedAssessment);
                logger.LogError(e, "{Stage} {Region} {File}：重新评分出错，{Seconds} 秒后重试", "评分", job.Region, "—", RetryFailedAssessment.TotalSeconds);
            }
        }
        return ran;
    }

    void Reassess(ReassessJob job)
    {
        var ctx = Context();
        int count = 0;
        if (ctx.Rulebook is not null)
        {
            // The facts as the documents' own stages stored them: assessing reads, it never understands again.
            var documents = new DocumentFactsStore(store).Stored().Where(f => ctx.Canonical(f.Region) == job.Region)
                .Select(f => new RegionDocument(f.File, f.Sha256, job.Region, f.Facts, store.Pages(f.Sha256).Select(p => (p.Number, p.Text, p.Confidence)).ToList()))
                .ToList();
            count = documents.Count;
            var assessor = new Assessor(ctx.Rulebook, ctx.Analyzer, matching, Understand.Profiles.OutletLevels.From(ctx.Pipeline));
            Review.StoredAssessments.Save(store, assessor.Assess(job.Region, documents));
        }
        var closed = jobs.FinishReassessment(job, me.Owner);
        logger.LogInformation("{Stage} {Region} {File}：已重新评分（{Count} 份文件{Again}）", "评分", job.Region, "—", count,
            closed ? "" : "；其间又有新文件，稍后再评");
    }

    AssessmentContext Context()
    {
        if (context is not null) return context;
        var file = Path.Combine(pipelineDirectory, RulebookFile.FileName);
        Rulebook? rulebook = File.Exists(file) ? RulebookFile.Load(file) : null;
        rulebookWritten = File.Exists(file) ? File.GetLastWriteTimeUtc(file) : default;
        var pipeline = PipelineDefinition.LoadIfPresent(pipelineDirectory);
        return context = new AssessmentContext(rulebook, pipeline, new ChineseAnalyzer(DomainLexicon.Build(rulebook is null ? [] : [rulebook])),
            DocumentFactsStore.VersionFor(pipelineDirectory));
    }

    sealed record AssessmentContext(Rulebook? Rulebook, PipelineDefinition? Pipeline, ChineseAnalyzer Analyzer, string Version)
    {
        public string? Canonical(string? folder) => folder is null ? null : Pipeline?.RegionForFolder(folder) ?? folder;
    }

    Job? Fail(Job job, string reason) => SettleAs(job, Job.Failed, reason);

    Job? SettleAs(Job job, string state, string reason)
    {
        jobs.Advance(job.Id, state, reason);
        Settle(job with { State = state, Error = reason });
        return null;
    }

    /// <summary>Moves a settled job's file out of the inbox: processed/ (matched or duplicate) or failed/ with a
    /// &lt;name&gt;.error.txt saying why. Safe to repeat after a crash at any point.</summary>
    void Settle(Job job)
    {
        var root = job.State == Job.Failed ? folders.Failed : folders.Processed;
        var source = folders.InInbox(job.RelativePath);
        // A dangling symbolic link is still an entry to move out, though File.Exists follows it to nothing.
        bool present = FileTypes.Of(source) is not (FileType.Missing or FileType.Directory);
        var target = FreeName(Path.Combine(root, job.RelativePath), present);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (job.State == Job.Failed)
            File.WriteAllText(target + ".error.txt", $"文件：{job.RelativePath}\n原因：{job.Error}\n{(job.Sha256 is null ? "该条目未被打开，也未存档。" : $"原件已存档（sha256 {job.Sha256}）。")}处理后把文件放回收件箱即可重试。\n");
        if (present) File.Move(source, target);
        // A file moved back from failed/ and now handled leaves no stale error note behind.
        var staleNote = Path.Combine(folders.Failed, job.RelativePath) + ".error.txt";
        if (job.State != Job.Failed && File.Exists(staleNote) && !File.Exists(Path.Combine(folders.Failed, job.RelativePath))) File.Delete(staleNote);
        jobs.Finish(job.Id, Path.GetRelativePath(Path.GetDirectoryName(folders.Inbox)!, target).Replace('\\', '/'));
        var level = job.State == Job.Failed ? LogLevel.Warning : LogLevel.Information;
        Log(level, job, "归档", $"{Job.StateName(job.State)}，移至 {Path.GetRelativePath(Path.GetDirectoryName(folders.Inbox)!, target)}{(job.Error is null ? "" : "：" + job.Error)}");
    }

    // A file of the same name handled earlier keeps its place; the newcomer gets a numbered name beside it.
    static string FreeName(string target, bool moving)
    {
        if (!moving || !File.Exists(target)) return target;
        var stem = Path.Combine(Path.GetDirectoryName(target)!, Path.GetFileNameWithoutExtension(target));
        var extension = Path.GetExtension(target);
        for (int n = 2; ; n++)
            if (!File.Exists($"{stem} ({n}){extension}")) return $"{stem} ({n}){extension}";
    }

    void Log(LogLevel level, Job job, string stage, string message) =>
        logger.Log(level, "{Stage} {Region} {File}：{Message}", stage, job.Region ?? "—", job.RelativePath, message);
}
