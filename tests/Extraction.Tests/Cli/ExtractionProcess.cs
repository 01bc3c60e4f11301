using System.Diagnostics;

namespace Extraction.Tests.Cli;

/// <summary>Runs the built `extraction` command as a user would, capturing its exit code, stdout and stderr.</summary>
internal static class ExtractionProcess
{
    public static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "extraction.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
