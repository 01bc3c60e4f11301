using System.Diagnostics;

namespace Extraction.Tests.Cli;

/// <summary>Runs the built `extraction` command as a user would, capturing its exit code, stdout and stderr.</summary>
internal static class ExtractionProcess
{
    public static Task<(int Code, string Out, string Err)> Run(params string[] args) => RunIn(null, args);

    /// <summary>The command run from a working directory of the test's choosing (where the default store lives).</summary>
    public static Task<(int Code, string Out, string Err)> RunIn(string? workingDirectory, params string[] args) => RunWith(workingDirectory, [], args);

    /// <summary>The command with settings of its own in its environment (EXTRACTION_Worker__Archive=…).</summary>
    public static async Task<(int Code, string Out, string Err)> RunWith(string? workingDirectory, Dictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null) info.WorkingDirectory = workingDirectory;
        // The developer's own settings must not pick the store for a test.
        info.Environment.Remove("EXTRACTION_Worker__Db");
        foreach (var (name, value) in environment) info.Environment[name] = value;
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "extraction.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
