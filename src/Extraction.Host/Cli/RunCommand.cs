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
        var web = new Option<bool>("--web") { Description = "同时启动复核网页（与 extraction serve 相同）" };
        var urls = new Option<string?>("--urls") { Description = $"网页监听地址（默认 {ServeCommand.DefaultUrls}）" };
        var command = new Command("run", "作为服务运行：监视收件箱，收录、识别、索引并评分放入的每个文件") { pipeline, inbox, db, web, urls };
        command.SetAction(async (result, cancellation) =>
        {
            var overrides = new Dictionary<string, string?>();
            if (result.GetValue(pipeline) is { } p) overrides["Worker:Pipeline"] = p;
            if (result.GetValue(inbox) is { } i) overrides["Worker:Inbox"] = i;
            if (result.GetValue(db) is { } d) overrides["Worker:Db"] = d;
            if (!result.GetValue(web))
            {
                var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
                if (AddWorker(builder, overrides) is null) return 2;
                using var host = builder.Build();
                await host.RunAsync(cancellation);
                return 0;
            }
            // One process for a small office: the worker and the pages, each on its own connection to the store.
            var settings = Settings(overrides);
            if (ServeCommand.Prepare(settings.Pipeline, result.GetValue(db)) is not { } address) return 2;
            var failed = false;
            var app = ServeCommand.Build([], ServeCommand.SiteFor(settings.Pipeline, address, settings.InboxPath), result.GetValue(urls),
                b => failed = AddWorker(b, overrides) is null);
            if (failed) return 2;
            if (!await ServeCommand.StartAsync(app, result.GetValue(urls), cancellation)) return 2;
            Console.WriteLine($"复核网页：{result.GetValue(urls) ?? ServeCommand.DefaultUrls}；收件箱 {settings.InboxPath}（Ctrl-C 停止）");
            await app.WaitForShutdownAsync();
            return 0;
        });
        return command;
    }

    static WorkerSettings Settings(Dictionary<string, string?> overrides) => Configuration(overrides).GetSection("Worker").Get<WorkerSettings>() ?? new WorkerSettings();

    // appsettings.json, then EXTRACTION_* variables (EXTRACTION_Worker__StableSeconds=5), then the command line.
    static IConfiguration Configuration(Dictionary<string, string?> overrides) => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(Environment.CurrentDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables("EXTRACTION_").AddInMemoryCollection(overrides).Build();

    /// <summary>Adds the inbox worker to a host (alone, or beside the pages); null, with the reason said in Chinese, when
    /// its store cannot be opened.</summary>
    static WorkerSettings? AddWorker(IHostApplicationBuilder builder, Dictionary<string, string?> overrides)
    {
        builder.Configuration.AddConfiguration(Configuration(overrides));
        builder.Services.Configure<WorkerSettings>(builder.Configuration.GetSection("Worker"));
        builder.Services.Configure<Extraction.Matching.MatchingOptions>(builder.Configuration.GetSection("Matching"));
        var settings = builder.Configuration.GetSection("Worker").Get<WorkerSettings>() ?? new WorkerSettings();
        // A store that cannot be opened is said once, in Chinese, before the host starts.
        try { EvidenceStore.Open(settings.Store).Dispose(); }
        catch (StoreException e) { Console.Error.WriteLine($"错误：{e.Message}"); return null; }
        var shutdown = settings.ShutdownSeconds;
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(shutdown + 10));
        builder.Services.AddHostedService<InboxWorker>();
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "yyyy-MM-dd HH:mm:ss "; o.UseUtcTimestamp = false; });
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        return settings;
    }
}
