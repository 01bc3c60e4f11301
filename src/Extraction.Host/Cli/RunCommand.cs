using System.CommandLine;
using Extraction.Host.Worker;
using Extraction.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Extraction.Host.Cli;

/// <summary>`extraction run`: the hosted worker that watches the inbox until stopped (Ctrl-C or SIGTERM).</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var pipeline = new Option<string?>("--pipeline") { Description = "考核流水线目录（默认 pipelines/hubei-2019）" };
        var inbox = new Option<string?>("--inbox") { Description = "收件箱目录，每个地区一个子文件夹（默认 <流水线>/inbox）" };
        var db = StoreLocation.Option();
        var command = new Command("run", "作为服务运行：监视收件箱，收录、识别、索引并评分放入的每个文件") { pipeline, inbox, db };
        command.SetAction(async (result, cancellation) =>
        {
            var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            var overrides = new Dictionary<string, string?>();
            if (result.GetValue(pipeline) is { } p) overrides["Worker:Pipeline"] = p;
            if (result.GetValue(inbox) is { } i) overrides["Worker:Inbox"] = i;
            if (result.GetValue(db) is { } d) overrides["Worker:Db"] = d;
            // appsettings.json, then EXTRACTION_* variables (EXTRACTION_Worker__StableSeconds=5), then the command line.
            builder.Configuration.AddJsonFile(Path.Combine(Environment.CurrentDirectory, "appsettings.json"), optional: true)
                .AddEnvironmentVariables("EXTRACTION_").AddInMemoryCollection(overrides);
            builder.Services.Configure<WorkerSettings>(builder.Configuration.GetSection("Worker"));
            builder.Services.Configure<Extraction.Matching.MatchingOptions>(builder.Configuration.GetSection("Matching"));
            var settings = builder.Configuration.GetSection("Worker").Get<WorkerSettings>() ?? new WorkerSettings();
            // A store that cannot be opened is said once, in Chinese, before the host starts.
            try { EvidenceStore.Open(settings.Store).Dispose(); }
            catch (StoreException e) { Console.Error.WriteLine($"错误：{e.Message}"); return 2; }
            var shutdown = settings.ShutdownSeconds;
            builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(shutdown + 10));
            builder.Services.AddHostedService<InboxWorker>();
            builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
            builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "yyyy-MM-dd HH:mm:ss "; o.UseUtcTimestamp = false; });
            builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
            using var host = builder.Build();
            await host.RunAsync(cancellation);
            return 0;
        });
        return command;
    }
}
