namespace Extraction.Worker;

/// <summary>Who a worker is to the job queue, and how long its claim on a job lasts without renewal: a worker that dies
/// stops renewing, and after Duration another worker takes its jobs.</summary>
public sealed record WorkerLease(string Owner, TimeSpan Duration)
{
    /// <summary>This process, named so that an operator reading the jobs table can tell the machine and process.</summary>
    public static WorkerLease ForThisProcess(TimeSpan duration) =>
        new($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}", duration);
}
