namespace Extraction.Host.Cli; internal static class BenchCommand { public static System.CommandLine.Command Create() => new("bench", "性能基准"); }
