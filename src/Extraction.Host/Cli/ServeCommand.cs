using System.CommandLine;
using Extraction.Host.Web;
using Extraction.Index;
using Extraction.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Extraction.Host.Cli;

/// <summary>`extraction serve`: the review pages for reviewers, auditors and operators, on 127.0.0.1 unless --urls says otherwise.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var pipeline = new Option<string?>("--pipeline") { Description = "考核流水线目录（默认 pipelines/hubei-2019）" };
        var db = StoreLocation.Option();
        var inbox = new Option<string?>("--inbox") { Description = "上传文件放入的收件箱（默认 <流水线>/inbox，与 extraction run 相同）" };
        var urls = new Option<string?>("--urls") { Description = $"监听地址（默认 {DefaultUrls}，只允许本机访问；对外服务请放在反向代理之后）" };
        var command = new Command("serve", "启动复核网页：总览、地区评分、证据、检索、抽查、收件") { pipeline, db, inbox, urls };
        command.SetAction(async (result, cancel) =>
        {
            var directory = result.GetValue(pipeline) ?? RulebookCommand.DefaultPipeline;
            if (Prepare(directory, result.GetValue(db)) is not { } address) return 2;
            var app = Build([], SiteFor(directory, address, result.GetValue(inbox)), result.GetValue(urls));
            if (!await StartAsync(app, result.GetValue(urls), cancel)) return 2;
            Console.WriteLine($"复核网页：{result.GetValue(urls) ?? DefaultUrls}（Ctrl-C 停止）");
            // Ctrl-C and SIGTERM stop the host (its console lifetime); the command's token stops it too.
            await app.WaitForShutdownAsync(cancel);
            return 0;
        });
        return command;
    }

    public static SiteOptions SiteFor(string pipeline, StoreAddress store, string? inbox) => new(pipeline, store, inbox ?? Path.Combine(pipeline, "inbox"));

    /// <summary>Brings the store's index and suggestions up to date before the pages read them (a store filled by
    /// `ingest` alone has neither); null, with the reason on stderr, when it cannot.</summary>
    public static StoreAddress? Prepare(string pipeline, string? db)
    {
        if (AssessmentRun.Load(pipeline, db, null) is null) return null;
        using (var store = StoreLocation.Open(db))
        {
            if (store is null) return null;
            new PageIndexer(store, AnalyzerFactory.Create(pipeline)).Update();
        }
        return StoreLocation.Resolve(db);
    }

    /// <summary>Starts listening, or says in Chinese why it cannot (the port taken, an address not of this machine).</summary>
    public static async Task<bool> StartAsync(WebApplication app, string? urls, CancellationToken cancel)
    {
        try
        {
            await app.StartAsync(cancel);
            return true;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"错误：无法在 {urls ?? DefaultUrls} 上启动网页（{(e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException ? "端口已被占用" : e.Message)}）：请停止占用该端口的程序，或用 --urls 指定其他地址");
            return false;
        }
    }

    /// <summary>The web application: the review site, and whatever else the caller adds (the worker for run --web).</summary>
    public static WebApplication Build(string[] args, SiteOptions site, string? urls, Action<WebApplicationBuilder>? more = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = Environment.CurrentDirectory });
        builder.WebHost.UseUrls(urls ?? DefaultUrls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "yyyy-MM-dd HH:mm:ss "; });
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        // The keys live beside the store, readable only by its owner; the framework's note that they are not encrypted is expected.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        // A failure to start is said once, in Chinese, by StartAsync.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.Services.AddReviewSite(site);
        more?.Invoke(builder);
        var app = builder.Build();
        app.UseReviewSite();
        return app;
    }
}
