using Extraction.Extract;
using Extraction.Store;
using Extraction.Worker;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WorkerJob = Extraction.Store.Job;

namespace Extraction.Host.Worker;

/// <summary>The hosted service: watches the inbox, takes each file once it is complete, reads up to ParallelFiles at
/// a time, indexes what has been read while larger files are still being OCRed, and assesses each region once its files
/// stop arriving.</summary>
public sealed class InboxWorker(IOptions<WorkerSettings> options, IOptions<Extraction.Matching.MatchingOptions> matching, ILogger<InboxWorker> logger) : BackgroundService
{
    readonly WorkerSettings settings = options.Value;
    readonly SemaphoreSlim wake = new(0);
    volatile bool rescan = true;

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        var folders = WorkerFolders.Beside(settings.InboxPath);
        Directory.CreateDirectory(folders.Inbox);
        using var store = EvidenceStore.Open(settings.Store);
        var processor = new InboxProcessor(store, folders, settings.Pipeline, new ExtractionOptions(), logger, matching.Value,
            WorkerLease.ForThisProcess(TimeSpan.FromSeconds(settings.LeaseSeconds)), settings.Reassess);
        logger.LogInformation("{Stage} {Region} {File}：开始监视收件箱，证据库 {Db}", "启动", "—", folders.Inbox, store.Display);

        var extracted = new List<WorkerJob>(processor.Resume());
        var stable = new StableFiles(TimeSpan.FromSeconds(settings.StableSeconds));
        var running = new Dictionary<string, Task<WorkerJob?>>();
        using var watcher = Watch(folders.Inbox);
        var nextRescan = DateTime.UtcNow;
        // Leases are renewed on a timer of their own, at a third of the lease: a long round of matching never lets a live worker's jobs go.
        using var renewal = new CancellationTokenSource();
        var renewing = RenewAsync(processor, TimeSpan.FromSeconds(settings.LeaseSeconds / 3), renewal.Token);
        using var slots = new SemaphoreSlim(settings.ParallelFiles);

        while (!stopping.IsCancellationRequested)
        {
            try
            {
                if (rescan || DateTime.UtcNow >= nextRescan)
                {
                    rescan = false;
                    nextRescan = DateTime.UtcNow.AddSeconds(settings.RescanSeconds);
                    // Jobs a dead worker left (its lease ran out) are settled or finished here, as at a start.
                    foreach (var job in processor.Resume().Where(j => !extracted.Any(e => e.Id == j.Id))) extracted.Add(job);
                    foreach (var file in Extraction.Intake.InboxScanner.Scan([folders.Inbox], null)) stable.Saw(file.FullPath);
                }
                foreach (var path in stable.TakeReady().Where(p => !running.ContainsKey(p) && !extracted.Any(j => folders.InInbox(j.RelativePath) == p)))
                    running[path] = ExtractAsync(processor, path, slots, stopping);

                foreach (var (path, task) in running.Where(r => r.Value.IsCompleted).ToList())
                {
                    running.Remove(path);
                    if (task.IsCompletedSuccessfully && task.Result is { } job) extracted.Add(job);
                    else if (task.IsFaulted) logger.LogError(task.Exception, "{Stage} {Region} {File}：意外错误，文件留在收件箱，下次扫描重试", "读取", "—", folders.Relative(path));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store or the inbox failed for a moment (a database restart, a share gone): the next round tries again.
                logger.LogError(e, "{Stage} {Region} {File}：扫描或领取任务出错，稍后重试", "发现", "—", folders.Inbox);
            }
            try
            {
                if (extracted.Count > 0) { processor.Finish(extracted); extracted.Clear(); }
                processor.ReassessIfRulebookChanged();
                processor.ReassessDue();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The jobs stay in their state and are finished on the next round or the next start.
                logger.LogError(e, "{Stage} {Region} {File}：评分出错，稍后重试", "评分", "—", "—");
                extracted.Clear();
                try { extracted.AddRange(processor.Jobs.AllOpen().Where(j => j.LeaseOwner == processor.Lease.Owner && j.State is WorkerJob.Understood or WorkerJob.Indexed)); }
                catch (Exception again) when (again is not OperationCanceledException) { logger.LogError(again, "{Stage} {Region} {File}：读取任务出错", "评分", "—", "—"); }
            }
            try { await wake.WaitAsync(TimeSpan.FromSeconds(1), stopping); } catch (OperationCanceledException) { break; }
        }

        // Stopping: what is being read is cancelled and resumed at the next start; what has been read is indexed and assessed now.
        try { await Task.WhenAll(running.Values).WaitAsync(TimeSpan.FromSeconds(settings.ShutdownSeconds)); } catch (Exception) { }
        foreach (var task in running.Values.Where(t => t.IsCompletedSuccessfully && t.Result is not null)) extracted.Add(task.Result!);
        try
        {
            if (extracted.Count > 0) processor.Finish(extracted);
            processor.ReassessDue(stopping: true);
            renewal.Cancel();
            await renewing;
            processor.Release();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "{Stage} {Region} {File}：停止前评分出错，下次启动时继续", "停止", "—", "—");
        }
        logger.LogInformation("{Stage} {Region} {File}：已停止", "停止", "—", folders.Inbox);
    }

    async Task RenewAsync(InboxProcessor processor, TimeSpan every, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try { processor.Renew(); }
            catch (Exception e) { logger.LogError(e, "{Stage} {Region} {File}：续租任务出错，稍后重试", "发现", "—", "—"); }
            try { await Task.Delay(every, stop); }
            catch (OperationCanceledException) { return; }
        }
    }

    static async Task<WorkerJob?> ExtractAsync(InboxProcessor processor, string path, SemaphoreSlim slots, CancellationToken stopping)
    {
        await slots.WaitAsync(stopping);
        try { return await processor.ExtractAsync(path, stopping); }
        finally { slots.Release(); }
    }

    FileSystemWatcher Watch(string inbox)
    {
        var watcher = new FileSystemWatcher(inbox) { IncludeSubdirectories = true, InternalBufferSize = 64 * 1024 };
        // Events are hints only: every one triggers a look at the inbox; a lost event is caught by the periodic rescan.
        FileSystemEventHandler hint = (_, _) => { rescan = true; wake.Release(); };
        watcher.Created += hint;
        watcher.Changed += hint;
        watcher.Renamed += (_, _) => { rescan = true; wake.Release(); };
        watcher.Error += (_, e) => { logger.LogWarning("{Stage} {Region} {File}：文件监视出错（{Error}），全部重新扫描", "发现", "—", inbox, e.GetException().Message); rescan = true; };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
