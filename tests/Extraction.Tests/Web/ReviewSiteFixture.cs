using Extraction.Extract;
using Extraction.Host.Cli;
using Extraction.Host.Web;
using Extraction.Ingest;
using Extraction.Intake;
using Extraction.Review;
using Extraction.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Extraction.Tests.Web;

/// <summary>A store of two regions' real submissions (their Word, Excel, text-layer PDF and text files: no OCR, so it
/// is quick), assessed against the hubei-2019 rulebook, with one account per role, served in process.</summary>
public sealed class ReviewSiteFixture : IAsyncLifetime
{
    public const string Password = "review-pass-2019";
    public static readonly string[] Regions = ["襄阳市", "宜昌市"];
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-web-");
    public string Pipeline { get; } = Path.Combine(Corpus.Root, "pipelines", "hubei-2019");
    public string DbPath => Path.Combine(work.FullName, "extraction.db");
    public string Inbox => Path.Combine(work.FullName, "inbox");
    public SiteOptions Options => new(Pipeline, StoreAddress.Parse(DbPath), Inbox) { UploadLimitBytes = 2 * 1024 * 1024 };

    public async Task InitializeAsync()
    {
        var source = Path.Combine(work.FullName, "source");
        foreach (var region in Regions)
        {
            Directory.CreateDirectory(Path.Combine(source, region));
            foreach (var file in Directory.GetFiles(Corpus.Path("inbox/" + region)).Where(Quick))
                File.Copy(file, Path.Combine(source, region, Path.GetFileName(file)));
        }
        using (var store = EvidenceStore.Open(DbPath))
        {
            await new Ingestor(store, new ExtractionOptions()).IngestAsync(InboxScanner.Scan([source], null).ToList(), "test", null, default);
            var accounts = new Accounts(store.Reviews);
            foreach (var (name, role, regions) in Accounts)
                Assert.Null(accounts.Add(name, Password, role, regions));
        }
        Assert.NotNull(ServeCommand.Prepare(Pipeline, DbPath));
    }

    /// <summary>admin, a reviewer of every region, a reviewer of 宜昌市 only, an auditor, an operator of 襄阳市.</summary>
    public static readonly (string Name, string Role, string[] Regions)[] Accounts =
    [
        ("admin", Account.Admin, []), ("reviewer", Account.Reviewer, []), ("yc-reviewer", Account.Reviewer, ["宜昌市"]),
        ("auditor", Account.Auditor, []), ("xy-operator", Account.Operator, ["襄阳市"]),
    ];

    // Scans and photos are OCR'd (minutes); the pages are about what is stored, so these are left out.
    static bool Quick(string path) => Path.GetExtension(path).ToLowerInvariant() is ".docx" or ".xlsx" or ".txt" or ".pdf"
        && !Path.GetFileName(path).Contains("扫描") && !Path.GetFileName(path).Contains("复印") && !Path.GetFileName(path).Contains("合并");

    public ReviewSiteFactory Factory(Action<IServiceCollection>? more = null) => new(Options, more);

    public Task DisposeAsync()
    {
        try { work.Delete(recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}

/// <summary>The review site as `extraction serve` builds it, on the fixture's store, in a test server (or Kestrel).</summary>
public sealed class ReviewSiteFactory(SiteOptions options, Action<IServiceCollection>? more) : WebApplicationFactory<SiteOptions>
{
    protected override IHostBuilder CreateHostBuilder() => Microsoft.Extensions.Hosting.Host.CreateDefaultBuilder()
        .ConfigureWebHostDefaults(web => web
            .UseContentRoot(Path.GetDirectoryName(options.Pipeline)!)
            .ConfigureServices(services => { services.AddReviewSite(options); more?.Invoke(services); })
            .Configure(app => app.UseReviewSite()));
}

[CollectionDefinition(Name)]
public sealed class ReviewSiteCollection : ICollectionFixture<ReviewSiteFixture>
{
    public const string Name = "review site";
}
