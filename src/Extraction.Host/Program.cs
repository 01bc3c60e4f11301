using System.CommandLine;
using System.Text;
using Extraction.Host.Cli;

Console.OutputEncoding = Encoding.UTF8;
var root = new RootCommand("Extraction：把绩效考核的佐证材料读成可检索、可评分的证据库");
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(UnderstandCommand.Create());
root.Subcommands.Add(AssessCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(IndexCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(TextCommand.Create());
root.Subcommands.Add(RulebookCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(StatusCommand.Create());
root.Subcommands.Add(DbCommand.Create());
return await root.Parse(args).InvokeAsync();
