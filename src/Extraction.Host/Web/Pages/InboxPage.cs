using System.Text;
using Extraction.Extract;
using Extraction.Review;
using Extraction.Store;

namespace Extraction.Host.Web.Pages;

/// <summary>收件 /inbox, for operators: upload files into their region's inbox folder (the worker takes them as if dropped
/// by hand), the queue, what failed and why, and 重试 for a failed file once it has been put right.</summary>
internal static class InboxPage
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/inbox", Show);
        app.MapPost("/inbox/upload", Upload).AddEndpointFilter(Guards.Antiforgery);
        app.MapPost("/inbox/retry", Retry).AddEndpointFilter(Guards.Antiforgery);
    }

    static IEnumerable<string> UploadRegions(SiteData site, Account who) => site.Regions.Where(who.MayUpload);

    static IResult Show(HttpContext http, SiteData site)
    {
        var who = Guards.Who(http);
        var regions = UploadRegions(site, who).ToList();
        if (regions.Count == 0) return Layout.Forbidden(http, "该账户无权上传材料");
        bool mine(string? folder) => site.Canonical(folder) is { } r && regions.Contains(r);
        var s = new StringBuilder(Layout.Notice(http));
        s.Append($"""
            <form method="post" action="/inbox/upload" enctype="multipart/form-data" class="upload" id="upload">
              {Layout.TokenField(http)}
              <label>地区 <select name="region">{Html.Options(regions.Select(r => (r, r)), regions[0])}</select></label>
              <div class="drop" id="drop">把文件拖到这里，或 <input type="file" name="files" multiple required></div>
              <button type="submit">上传</button>
              <p class="hint">可上传 PDF、Word、Excel、WPS、图片和纯文本，单个文件不超过 {site.Options.UploadLimitBytes / 1024 / 1024} MB。上传后由后台自动收录、识别和评分。</p>
            </form>
            """);
        var open = site.Store.Jobs.AllOpen().Where(j => mine(j.Region)).ToList();
        s.Append($"<h2>处理中（{open.Count}）</h2>");
        s.Append(open.Count == 0 ? "<p class=\"muted\">没有排队的文件。</p>" : "<table class=\"queue\"><thead><tr><th>文件</th><th>状态</th><th>开始时间</th></tr></thead><tbody>"
            + string.Concat(open.Select(j => $"<tr><td>{Html.E(j.RelativePath)}</td><td>{Html.E(Job.StateName(j.State))}</td><td>{Html.E(Local(j.CreatedAt))}</td></tr>")) + "</tbody></table>");

        var failed = site.Store.Jobs.RecentFailures(100).Where(j => mine(j.Region)).ToList();
        s.Append($"<h2>失败（{failed.Count}）</h2>");
        if (failed.Count == 0) s.Append("<p class=\"muted\">没有失败的文件。</p>");
        else
        {
            s.Append("<table class=\"failed\"><thead><tr><th>文件</th><th>原因</th><th>时间</th><th></th></tr></thead><tbody>");
            foreach (var j in failed)
            {
                var retry = File.Exists(Path.Combine(site.Folders.Failed, j.RelativePath))
                    ? $"<form method=\"post\" action=\"/inbox/retry\" class=\"inline\">{Layout.TokenField(http)}<input type=\"hidden\" name=\"path\" value=\"{Html.E(j.RelativePath)}\"><button>重试</button></form>"
                    : "<span class=\"muted\">已移出</span>";
                s.Append($"<tr><td>{Html.E(j.RelativePath)}</td><td>{Html.E(j.Error)}</td><td>{Html.E(Local(j.FinishedAt))}</td><td>{retry}</td></tr>");
            }
            s.Append("</tbody></table>");
        }
        var done = site.Store.Jobs.FinishedSince(DateTime.UtcNow.AddDays(-30)).Where(j => mine(j.Region) && j.State != Job.Failed).OrderByDescending(j => j.Id).Take(100).ToList();
        s.Append($"<h2>已处理（近 30 天，{done.Count}）</h2>");
        s.Append(done.Count == 0 ? "<p class=\"muted\">近 30 天没有处理完的文件。</p>" : "<table class=\"done\"><thead><tr><th>文件</th><th>结果</th><th>完成时间</th></tr></thead><tbody>"
            + string.Concat(done.Select(j => $"<tr><td>{Html.E(j.RelativePath)}</td><td>{Html.E(Job.StateName(j.State))}</td><td>{Html.E(Local(j.FinishedAt))}</td></tr>")) + "</tbody></table>");
        return Layout.Page(http, "收件", s.ToString());
    }

    static async Task<IResult> Upload(HttpContext http, SiteData site)
    {
        var who = Guards.Who(http);
        if (!http.Request.HasFormContentType) return Results.BadRequest();
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var region = form["region"].ToString();
        if (!site.Regions.Contains(region)) return Back(null, $"地区“{region}”不在本次考核的地区名单中");
        if (!who.MayUpload(region)) return Layout.Forbidden(http, $"该账户无权向 {region} 上传材料");
        if (form.Files.Count == 0) return Back(null, "请选择要上传的文件");
        var taken = new List<string>();
        var refused = new List<string>();
        foreach (var file in form.Files)
        {
            var name = UploadNames.Sanitize(file.FileName);
            if (file.Length == 0) { refused.Add($"{name}：文件为空"); continue; }
            if (file.Length > site.Options.UploadLimitBytes) { refused.Add($"{name}：超过 {site.Options.UploadLimitBytes / 1024 / 1024} MB 的上传上限"); continue; }
            // Written outside the inbox first, so the worker never sees half a file; then moved in whole.
            var staging = Path.Combine(Path.GetDirectoryName(site.Folders.Inbox)!, ".uploading");
            Directory.CreateDirectory(staging);
            var temp = Path.Combine(staging, Guid.NewGuid().ToString("N"));
            await using (var output = File.Create(temp)) await file.CopyToAsync(output, http.RequestAborted);
            if (UploadNames.ContentRefusal(temp, name) is { } why) { File.Delete(temp); refused.Add($"{name}：{why}"); continue; }
            var folder = Path.Combine(site.Folders.Inbox, region);
            Directory.CreateDirectory(folder);
            var target = UploadNames.Free(folder, name);
            File.Move(temp, target);
            taken.Add(Path.GetFileName(target));
        }
        var message = taken.Count > 0 ? $"已上传 {taken.Count} 个文件到 {region}：{string.Join("、", taken)}，后台正在处理" : null;
        var error = refused.Count > 0 ? "未上传：" + string.Join("；", refused) : null;
        return Back(message, error);
    }

    static async Task<IResult> Retry(HttpContext http, SiteData site)
    {
        var who = Guards.Who(http);
        var form = await http.Request.ReadFormAsync();
        var relative = form["path"].ToString().Replace('\\', '/');
        var source = Path.GetFullPath(Path.Combine(site.Folders.Failed, relative));
        // Only a file inside failed/, of a region the account may upload to.
        if (!source.StartsWith(site.Folders.Failed + Path.DirectorySeparatorChar) || relative.Split('/') is not [var folder, ..] || !who.MayUpload(site.Canonical(folder) ?? ""))
            return Layout.Forbidden(http, "无权重试该文件");
        if (!File.Exists(source)) return Back(null, $"{relative} 已不在失败文件夹中");
        var target = Path.Combine(site.Folders.Inbox, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(source, UploadNames.Free(Path.GetDirectoryName(target)!, Path.GetFileName(target)));
        File.Delete(source + ".error.txt");
        return Back($"{relative} 已放回收件箱，后台将重新处理", null);
    }

    static IResult Back(string? message, string? error) => Results.Redirect(Html.Url("/inbox", ("msg", message), ("err", error)));

    static string Local(string? utc) => DateTime.TryParse(utc, null, System.Globalization.DateTimeStyles.RoundtripKind, out var t) ? t.ToLocalTime().ToString("yyyy-MM-dd HH:mm") : "";
}

/// <summary>What an uploaded file may be called and contain: a plain file name (no folders, no control characters), and
/// content the pipeline reads that agrees with the name's extension.</summary>
internal static class UploadNames
{
    const int MaxLength = 120;
    static readonly char[] Forbidden = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    public static string Sanitize(string? given)
    {
        var name = (given ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(c => !char.IsControl(c) && !Forbidden.Contains(c)).ToArray()).Trim().TrimStart('.', '~', '$').Trim();
        if (name.Length > MaxLength) name = name[..(MaxLength - Path.GetExtension(name).Length)] + Path.GetExtension(name);
        return name.Length == 0 || name is "." or ".." ? "上传文件" : name;
    }

    /// <summary>A name not yet taken in the folder: 名单.xlsx, then 名单(2).xlsx …</summary>
    public static string Free(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        for (int n = 2; File.Exists(path); n++) path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}({n}){Path.GetExtension(name)}");
        return path;
    }

    public static string? ContentRefusal(string path, string name)
    {
        var kind = FormatSniffer.Sniff(path);
        var ext = Path.GetExtension(name).ToLowerInvariant();
        FileKind[] expected = ext switch
        {
            ".pdf" => [FileKind.Pdf],
            ".docx" => [FileKind.Docx],
            ".xlsx" => [FileKind.Xlsx],
            ".doc" or ".xls" or ".wps" or ".et" => [FileKind.LegacyOffice, FileKind.Rtf],
            ".jpg" or ".jpeg" or ".png" or ".tif" or ".tiff" or ".bmp" or ".webp" => [FileKind.Image],
            ".txt" or ".csv" => [FileKind.Text],
            ".rtf" => [FileKind.Rtf],
            _ => [],
        };
        if (expected.Length == 0) return $"不支持的文件类型（{(ext.Length == 0 ? "无扩展名" : ext)}），请上传 PDF、Word、Excel、WPS、图片或纯文本";
        if (kind is FileKind.Empty) return "文件为空";
        return expected.Contains(kind) ? null : "文件内容与扩展名不符（可能已损坏或被改名），请检查后重新上传";
    }
}
