namespace Extraction.Store;

/// <summary>The worker's durable jobs: one per file dropped into the inbox, and one per region whose assessment is to be
/// run again. Jobs are claimed, not owned: a worker holds a job under a lease it renews; a worker that dies loses its
/// lease and another takes the job from its last committed state.</summary>
public interface IJobQueue
{
    /// <summary>The open job of an inbox path, if there is one (there is at most one).</summary>
    Job? Open(string relativePath);
    /// <summary>The open job of an inbox path, or a new one at discovered, in either case leased to owner if no live lease holds it.
    /// Null when another worker holds it.</summary>
    Job? CreateOrClaim(string relativePath, string? region, string? sha256, long size, DateTime modified, string owner, TimeSpan lease);
    /// <summary>Removes a job just created for a file another worker had meanwhile handled and moved away.</summary>
    void Discard(long id);
    /// <summary>Takes an open job for owner when no other worker's live lease holds it.</summary>
    bool Claim(long id, string owner, TimeSpan lease);
    /// <summary>Extends the leases of every open job owner holds, of files and of regions.</summary>
    void Renew(string owner, TimeSpan lease);
    /// <summary>Lets go of every open job owner holds (a clean stop), so another worker need not wait for the leases to run out.</summary>
    void Release(string owner);
    /// <summary>Moves the job to extracting unless another worker is reading the same bytes under a live lease (then false).</summary>
    bool StartExtracting(Job job, string owner);
    /// <summary>An open job for the same content whose file was written earlier: that file is the original, this one the copy.</summary>
    Job? EarlierOpenCopy(Job job);
    void Advance(long id, string state, string? error = null);
    void AdvanceAll(IEnumerable<long> ids, string state);
    /// <summary>The file has left the inbox for processed/ or failed/: the job is closed and its lease let go.</summary>
    void Finish(long id, string? outcomePath);
    /// <summary>The open file jobs (region jobs are in <see cref="OpenReassessments"/>).</summary>
    List<Job> AllOpen();
    List<Job> All();
    Dictionary<string, int> CountByState(bool open);
    List<Job> RecentFailures(int count);
    List<Job> FinishedSince(DateTime since);

    /// <summary>Asks for the region's assessment to run again after delay: a new job, or the region's open one (at most one)
    /// put back to now + delay, though never later than maxWait after its first request.</summary>
    void RequestReassessment(string region, TimeSpan delay, TimeSpan maxWait);
    /// <summary>Takes the open region job due soonest (due no later than dueBy) that no live lease holds; null when none is.</summary>
    ReassessJob? ClaimReassessment(string owner, TimeSpan lease, DateTime dueBy);
    /// <summary>Closes the job after its assessment was saved, unless the region was requested again meanwhile: then it is
    /// let go, still open, and false returned.</summary>
    bool FinishReassessment(ReassessJob job, string owner);
    /// <summary>The assessment failed: the job is let go with the reason, to be tried again after retry.</summary>
    void PostponeReassessment(ReassessJob job, string owner, string error, TimeSpan retry);
    List<ReassessJob> OpenReassessments();
}
