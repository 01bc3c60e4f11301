using Extraction.Host.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Extraction.Tests.Web;

/// <summary>The pages in Debian's Chromium, as their users work: a reviewer opens 襄阳市, opens a clause's evidence and
/// sees the page with the words boxed, sets points with a reason, and the auditor finds it on the audit page; an
/// operator uploads a file and sees the worker process it. Each page is kept as a screenshot in the test output.</summary>
[Collection(ReviewSiteCollection.Name)]
public sealed class BrowserTests(ReviewSiteFixture fixture) : IAsyncLifetime
{
    public const string Chromium = "/usr/lib/chromium/chromium";
    public static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
    ReviewSiteFactory factory = null!;
    IPlaywright playwright = null!;
    IBrowser browser = null!;
    string site = "";

    public async Task InitializeAsync()
    {
        // The worker beside the pages, as `extraction run --web` runs them, so an upload is processed for real.
        factory = fixture.Factory(services =>
        {
            services.Configure<WorkerSettings>(w =>
            {
                w.Pipeline = fixture.Pipeline; w.Inbox = fixture.Inbox; w.Db = fixture.DbPath; w.StableSeconds = 1; w.RescanSeconds = 2;
            });
            services.AddHostedService<InboxWorker>();
        });
        factory.UseKestrel(0);
        factory.StartServer();
        site = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        Directory.CreateDirectory(Screenshots);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
    }

    async Task<IPage> SignIn(string account)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site + "/login");
        await page.FillAsync("input[name=username]", account);
        await page.FillAsync("input[name=password]", ReviewSiteFixture.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(u => !u.Contains("/login"));
        return page;
    }

    Task Shot(IPage page, string name) => page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + ".png"), FullPage = false });

    [Fact]
    public async Task A_reviewer_checks_evidence_and_sets_points_and_the_auditor_sees_the_decision()
    {
        var page = await SignIn("reviewer");
        await Assertions.Expect(page.Locator("table.grid")).ToContainTextAsync("襄阳市");
        await Shot(page, "总览");

        await page.GotoAsync(site + "/regions/" + Uri.EscapeDataString("襄阳市"));
        // A clause whose evidence is a text-layer PDF: its page can be shown with the words boxed.
        var row = page.Locator("tr.clause", new() { Has = page.Locator("ul.evidence a", new() { HasTextRegex = new System.Text.RegularExpressions.Regex(@"\.pdf$") }) }).First;
        var id = await row.GetAttributeAsync("id");
        await row.Locator("summary").ClickAsync();
        await Shot(page, "地区评分");
        await row.Locator("ul.evidence a", new() { HasTextRegex = new System.Text.RegularExpressions.Regex(@"\.pdf$") }).First.ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/documents/"));
        await Assertions.Expect(page.Locator(".sheet img")).ToBeVisibleAsync();
        Assert.True(await page.Locator(".sheet img").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        Assert.True(await page.Locator(".sheet rect.hit").CountAsync() > 0, "the matched words are boxed on the page image");
        var image = (await page.Locator(".sheet img").BoundingBoxAsync())!;
        var box = (await page.Locator(".sheet rect.hit").First.BoundingBoxAsync())!;
        Assert.True(box.Width > 4 && box.Height > 4, $"a box of {box.Width}×{box.Height} px is not seen");
        Assert.True(box.X >= image.X && box.Y >= image.Y && box.X + box.Width <= image.X + image.Width + 1 && box.Y + box.Height <= image.Y + image.Height + 1, "the box lies on the page");
        Assert.True(await page.Locator("pre.text mark").CountAsync() > 0, "the matched words are marked in the text");
        await page.Locator(".sheet rect.hit").First.ScrollIntoViewIfNeededAsync();
        await Shot(page, "证据");

        await page.GotoAsync(site + "/regions/" + Uri.EscapeDataString("襄阳市") + "#" + id);
        var form = page.Locator($"#{id} form.decide");
        await Assertions.Expect(form).ToBeVisibleAsync();
        await form.Locator("input[name=points]").FillAsync("0");
        await form.Locator("input[name=reason]").FillAsync("浏览器复核：原件页面与条款不符");
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("已记录");
        await Assertions.Expect(page.Locator($"#{id} td.reviewed")).ToHaveTextAsync("0");

        var auditor = await SignIn("auditor");
        await auditor.GotoAsync(site + "/audit");
        await Assertions.Expect(auditor.Locator("table.log")).ToContainTextAsync("浏览器复核：原件页面与条款不符");
        await Shot(auditor, "抽查");
    }

    [Fact]
    public async Task An_operator_uploads_a_file_and_sees_it_processed()
    {
        var page = await SignIn("xy-operator");
        Assert.EndsWith("/inbox", page.Url);
        var file = Corpus.Path("inbox/荆州市/荆林函〔2019〕12号 关于举办林木种苗质量监管培训班的通知.docx");
        await page.SetInputFilesAsync("input[type=file]", file);
        await page.ClickAsync("#upload button[type=submit]");
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("已上传 1 个文件");
        var name = Path.GetFileName(file);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!await page.Locator("table.done").GetByText(name).IsVisibleAsync() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(1000);
            await page.ReloadAsync();
        }
        await Assertions.Expect(page.Locator("table.done tr", new() { HasText = name })).ToContainTextAsync("已评分");
        await Shot(page, "收件");
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await factory.DisposeAsync();
    }
}
