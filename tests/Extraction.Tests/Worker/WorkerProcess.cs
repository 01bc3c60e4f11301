using System.Diagnostics;
using System.Text;

namespace Extraction.Tests.Worker;

/// <summary>`extraction run` as a separate process over a scratch inbox and store, killed or stopped as a server would be.</summary>
internal sealed class WorkerProcess : IDisposable
{
    readonly Process process;
    readonly StringBuilder log = new();

    public WorkerProcess(string inbox, string db, double stableSeconds = 1, Dictionary<string, string>? settings = null)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "extraction.dll"));
        foreach (var a in (string[])["run", "--pipeline", Path.Combine(Corpus.Root, "pipelines", "hubei-2019"), "--inbox", inbox, "--db", db]) info.ArgumentList.Add(a);
        info.Environment["EXTRACTION_Worker__StableSeconds"] = stableSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["EXTRACTION_Worker__RescanSeconds"] = "5";
        foreach (var (name, value) in settings ?? []) info.Environment[name] = value;
        process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Log { get { lock (log) return log.ToString(); } }

    /// <summary>SIGKILL, with the OCR processes it started: no chance to clean up.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>SIGTERM, as systemd stops a service; returns how long the worker took to exit.</summary>
    public async Task<TimeSpan> StopAsync()
    {
        var watch = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()])) await kill.WaitForExitAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return watch.Elapsed;
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}
