using Extraction.Ingest;

namespace Extraction.Host.Cli;

/// <summary>Shows progress on stderr: a bar redrawn in place on a terminal, one line per file otherwise.</summary>
internal sealed class ProgressReporter(int total) : IProgress<FileOutcome>
{
    readonly Lock gate = new();
    readonly bool terminal = !Console.IsErrorRedirected;
    int done;

    public void Report(FileOutcome value)
    {
        lock (gate)
        {
            done++;
            string mark = value.Status switch { FileOutcome.Ok => "收录", FileOutcome.Duplicate => "重复", _ => "失败" };
            if (terminal)
            {
                const int width = 30;
                int filled = total == 0 ? width : done * width / total;
                var name = value.File.Length > 40 ? "…" + value.File[^39..] : value.File;
                Console.Error.Write($"\r[{new string('#', filled)}{new string('-', width - filled)}] {done}/{total} {mark} {name}".PadRight(100));
                if (done == total) Console.Error.WriteLine();
            }
            else
            {
                Console.Error.WriteLine($"[{done}/{total}] {mark} {value.File}");
            }
        }
    }
}
