namespace Extraction.Host.Worker;

/// <summary>The worker's settings, section "Worker" of appsettings.json, EXTRACTION_Worker__* variables or the command
/// line (later sources win). Each default is what an office server needs without any configuration.</summary>
public sealed class WorkerSettings
{
    /// <summary>The pipeline folder: rulebook.json, pipeline.json (default pipelines/hubei-2019).</summary>
    public string Pipeline { get; set; } = Cli.RulebookCommand.DefaultPipeline;
    /// <summary>The watched folder, one sub-folder per region (default &lt;Pipeline&gt;/inbox); processed/ and failed/ are made beside it.</summary>
    public string? Inbox { get; set; }
    /// <summary>The evidence store: a SQLite path or a PostgreSQL connection string (default: ./extraction.db, as the other commands).</summary>
    public string? Db { get; set; }
    /// <summary>The archive of originals: beside a SQLite store by default; for a PostgreSQL store a folder every worker shares.</summary>
    public string? Archive { get; set; }
    /// <summary>Seconds a file's size and time must stay unchanged before it is read (default 3).</summary>
    public double StableSeconds { get; set; } = 3;
    /// <summary>Seconds between full rescans of the inbox, the safety net under the file-system events (default 30).</summary>
    public double RescanSeconds { get; set; } = 30;
    /// <summary>Files read at once (default: the number of cores); OCR pages share one core-sized pool whatever this is.</summary>
    public int ParallelFiles { get; set; } = Environment.ProcessorCount;
    /// <summary>Seconds a stop waits for the current step before leaving it to be resumed at the next start (default 20).</summary>
    public double ShutdownSeconds { get; set; } = 20;
    /// <summary>Seconds a worker's claim on a job lasts unless renewed; a dead worker's jobs go to another after this (default 60).</summary>
    public double LeaseSeconds { get; set; } = 60;
    /// <summary>Seconds a region's assessment waits after its latest file is indexed, so a batch is assessed once (default 5).</summary>
    public double ReassessDelaySeconds { get; set; } = 5;
    /// <summary>Seconds a region's assessment waits at most after its first file, however many follow (default 60).</summary>
    public double ReassessMaxWaitSeconds { get; set; } = 60;

    public Extraction.Worker.ReassessDebounce Reassess => new(TimeSpan.FromSeconds(ReassessDelaySeconds), TimeSpan.FromSeconds(ReassessMaxWaitSeconds));

    public string InboxPath => Inbox ?? Path.Combine(Pipeline, "inbox");
    public Extraction.Store.StoreAddress Store => Extraction.Store.StoreAddress.Parse(Db ?? Path.Combine(Environment.CurrentDirectory, Cli.StoreLocation.Default), Archive);
}
