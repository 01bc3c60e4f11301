using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Extraction.Tests.Web;

/// <summary>The review site as its users and an acceptance check meet it: sign-in and lockout, every role on every page
/// and API call, region scoping, anti-forgery, decisions and their append-only log, locks, and hostile uploads.</summary>
[Collection(ReviewSiteCollection.Name)]
public sealed class ReviewSiteTests(ReviewSiteFixture fixture) : IDisposable
{
    readonly ReviewSiteFactory factory = fixture.Factory();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Pages_redirect_to_the_sign_in_form_and_the_api_answers_401_until_signed_in()
    {
        var client = SignedInClient.Anonymous(factory);
        var page = await client.Http.GetAsync("/regions/襄阳市");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location!.OriginalString.Replace("http://localhost", ""));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync("/api/assessment?region=襄阳市")).StatusCode);
        var login = await client.Http.GetStringAsync("/login");
        Assert.Contains("name=\"__RequestVerificationToken\"", login);
        Assert.Contains("登录", login);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        using var store = Extraction.Store.EvidenceStore.Open(fixture.DbPath);
        Assert.Null(new Extraction.Review.Accounts(store.Reviews).Add("lockme", ReviewSiteFixture.Password, "auditor", []));
        var client = SignedInClient.Anonymous(factory);
        for (int i = 1; i < Extraction.Review.Accounts.MaxFailedSignIns; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SignIn("lockme", "wrong-password")).StatusCode);
        var locked = await client.SignIn("lockme", "wrong-password");
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Contains("账户已锁定", await locked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SignIn("lockme", ReviewSiteFixture.Password)).StatusCode);
    }

    public static TheoryData<string, string, int> RoleMatrix()
    {
        // Page or call, then the status for admin, reviewer (all regions), yc-reviewer (宜昌市 only), auditor, xy-operator.
        var rows = new (string Path, int[] Codes)[]
        {
            ("/", [200, 200, 200, 200, 302]),
            ("/regions/襄阳市", [200, 200, 403, 200, 403]),
            ("/regions/宜昌市", [200, 200, 200, 200, 403]),
            ("/search?q=培训", [200, 200, 200, 200, 403]),
            ("/audit", [200, 403, 403, 200, 403]),
            ("/agreement", [200, 200, 200, 200, 403]),
            ("/inbox", [200, 403, 403, 403, 200]),
            ("/exports/scorecard.xlsx", [200, 403, 403, 200, 403]),
            ("/api/assessment?region=襄阳市", [200, 200, 403, 200, 403]),
            ("/api/assessment?region=宜昌市", [200, 200, 200, 200, 403]),
            ("/api/audit-log?region=襄阳市", [200, 200, 403, 200, 403]),
            ("/api/search?q=培训", [200, 200, 200, 200, 403]),
            ("/api/search?q=培训&region=襄阳市", [200, 200, 403, 200, 403]),
        };
        var data = new TheoryData<string, string, int>();
        foreach (var (path, codes) in rows)
            for (int i = 0; i < codes.Length; i++) data.Add(ReviewSiteFixture.Accounts[i].Name, path, codes[i]);
        return data;
    }

    [Theory]
    [MemberData(nameof(RoleMatrix))]
    public async Task Every_role_gets_what_its_role_and_regions_allow(string account, string path, int expected)
    {
        var client = await SignedInClient.As(factory, account);
        var response = await client.Http.GetAsync(path);
        Assert.Equal(expected, (int)response.StatusCode);
    }

    [Fact]
    public async Task A_reviewer_of_one_region_finds_only_that_region_in_search()
    {
        var all = await SignedInClient.As(factory, "reviewer");
        var one = await SignedInClient.As(factory, "yc-reviewer");
        var everywhere = Regions(await all.Http.GetFromJsonAsync<JsonElement>("/api/search?q=培训&limit=50"));
        var scoped = Regions(await one.Http.GetFromJsonAsync<JsonElement>("/api/search?q=培训&limit=50"));
        Assert.Contains("襄阳市", everywhere);
        Assert.Equal(["宜昌市"], scoped.Distinct());
        var overview = await one.Http.GetStringAsync("/");
        Assert.DoesNotContain("/regions/%E8%A5%84%E9%98%B3%E5%B8%82", overview);

        static List<string> Regions(JsonElement json) => json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("region").GetString()!).ToList();
    }

    [Fact]
    public async Task State_changing_calls_without_the_anti_forgery_token_are_refused()
    {
        var client = await SignedInClient.As(factory, "reviewer");
        var response = await client.Http.PostAsJsonAsync("/api/decisions", new { region = "襄阳市", indicator = 1, clause = 1, points = 0, reason = "无令牌" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var login = await SignedInClient.Anonymous(factory).Http.PostAsync("/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = "reviewer", ["password"] = ReviewSiteFixture.Password }));
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
    }

    [Fact]
    public async Task A_decision_is_checked_recorded_and_shown_and_the_log_cannot_be_edited()
    {
        var reviewer = await SignedInClient.As(factory, "reviewer");
        var assessment = await reviewer.Http.GetFromJsonAsync<JsonElement>("/api/assessment?region=宜昌市");
        var clause = assessment.GetProperty("clauses").EnumerateArray().First(c => c.GetProperty("max_points").GetDecimal() >= 1 && c.GetProperty("reviewed_points").ValueKind == JsonValueKind.Null);
        int indicator = clause.GetProperty("indicator").GetInt32(), number = clause.GetProperty("clause").GetInt32();
        decimal max = clause.GetProperty("max_points").GetDecimal(), suggested = clause.GetProperty("suggested_points").GetDecimal();

        Assert.Equal(422, (int)(await Decide(reviewer, "宜昌市", indicator, number, max + 1, "超出分值")).StatusCode);
        Assert.Equal(422, (int)(await Decide(reviewer, "宜昌市", indicator, number, 0, "  ")).StatusCode);
        Assert.Equal(403, (int)(await Decide(await SignedInClient.As(factory, "auditor"), "宜昌市", indicator, number, 0, "抽查人不能复核")).StatusCode);
        Assert.Equal(403, (int)(await Decide(await SignedInClient.As(factory, "yc-reviewer"), "襄阳市", indicator, number, 0, "不在本人地区")).StatusCode);

        var points = suggested == max ? max - 0.5m : max;
        Assert.Equal(HttpStatusCode.Created, (await Decide(reviewer, "宜昌市", indicator, number, points, "会议纪要原件已核对")).StatusCode);
        var after = await reviewer.Http.GetFromJsonAsync<JsonElement>("/api/assessment?region=宜昌市");
        var decided = after.GetProperty("clauses").EnumerateArray().First(c => c.GetProperty("indicator").GetInt32() == indicator && c.GetProperty("clause").GetInt32() == number);
        Assert.Equal(points, decided.GetProperty("reviewed_points").GetDecimal());

        var log = (await reviewer.Http.GetFromJsonAsync<JsonElement>("/api/audit-log?region=宜昌市")).GetProperty("entries").EnumerateArray().ToList();
        var entry = log.Last(e => e.GetProperty("indicator").GetInt32() == indicator && e.GetProperty("clause").GetInt32() == number);
        Assert.Equal("reviewer", entry.GetProperty("user").GetString());
        Assert.Equal(suggested, entry.GetProperty("before").GetDecimal());
        Assert.Equal(points, entry.GetProperty("after").GetDecimal());
        Assert.Equal("会议纪要原件已核对", entry.GetProperty("reason").GetString());
        Assert.True(log.Select(e => e.GetProperty("id").GetInt64()).SequenceEqual(log.Select(e => e.GetProperty("id").GetInt64()).Order()));

        var page = await reviewer.Http.GetStringAsync("/regions/宜昌市");
        Assert.Contains("会议纪要原件已核对", page);

        using var db = new SqliteConnection($"Data Source={fixture.DbPath}");
        db.Open();
        foreach (var sql in new[] { "UPDATE review_log SET after = '0'", "DELETE FROM review_log" })
        {
            using var command = db.CreateCommand();
            command.CommandText = sql;
            Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());
        }
    }

    [Fact]
    public async Task A_region_marked_complete_is_locked_until_an_admin_unlocks_it_and_both_are_logged()
    {
        var reviewer = await SignedInClient.As(factory, "reviewer");
        var admin = await SignedInClient.As(factory, "admin");
        var token = await reviewer.PageToken("/regions/襄阳市");
        Assert.Equal(HttpStatusCode.Redirect, (await Post(reviewer, "/regions/襄阳市/complete", token, [])).StatusCode);
        Assert.Equal(409, (int)(await Decide(reviewer, "襄阳市", 1, 1, 0, "锁定后修改")).StatusCode);
        Assert.Equal(403, (int)(await Post(reviewer, "/regions/襄阳市/unlock", token, [("reason", "复核人不能解锁")])).StatusCode);

        var adminToken = await admin.PageToken("/regions/襄阳市");
        var refused = await Post(admin, "/regions/襄阳市/unlock", adminToken, []);
        Assert.Contains("err=", refused.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await Post(admin, "/regions/襄阳市/unlock", adminToken, [("reason", "补交材料后重新复核")])).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Decide(reviewer, "襄阳市", 1, 1, 0, "解锁后复核")).StatusCode);

        var audit = await (await SignedInClient.As(factory, "auditor")).Http.GetStringAsync("/audit");
        Assert.Contains("标记复核完成", audit);
        Assert.Contains("补交材料后重新复核", audit);
    }

    [Fact]
    public async Task An_upload_lands_in_the_operators_region_under_a_clean_name_and_hostile_ones_are_refused()
    {
        var op = await SignedInClient.As(factory, "xy-operator");
        var token = await op.PageToken("/inbox");
        var roster = await File.ReadAllBytesAsync(Corpus.Path("inbox/襄阳市/植物新品种保护培训人员名单.xlsx"));

        var response = await Upload(op, token, "襄阳市", "../../../etc/培训名单.xlsx", roster);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(File.Exists(Path.Combine(fixture.Inbox, "襄阳市", "培训名单.xlsx")));
        Assert.False(File.Exists(Path.Combine(fixture.Inbox, "..", "etc", "培训名单.xlsx")));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(fixture.Inbox)!, "培训名单.xlsx", SearchOption.TopDirectoryOnly));

        var mislabeled = await Upload(op, token, "襄阳市", "通知.pdf", "<html><script>alert(1)</script></html>"u8.ToArray());
        Assert.Contains("err=", mislabeled.Headers.Location!.OriginalString);
        Assert.False(File.Exists(Path.Combine(fixture.Inbox, "襄阳市", "通知.pdf")));
        var tooLarge = await Upload(op, token, "襄阳市", "大文件.txt", new byte[3 * 1024 * 1024]);
        Assert.Contains("err=", tooLarge.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Forbidden, (await Upload(op, token, "宜昌市", "名单.xlsx", roster)).StatusCode);
        Assert.Contains("err=", (await Upload(op, token, "../襄阳市", "名单.xlsx", roster)).Headers.Location!.OriginalString);
    }

    static Task<HttpResponseMessage> Decide(SignedInClient client, string region, int indicator, int clause, decimal points, string reason) =>
        Send(client, region, indicator, clause, points, reason);

    static async Task<HttpResponseMessage> Send(SignedInClient client, string region, int indicator, int clause, decimal points, string reason)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/decisions") { Content = JsonContent.Create(new { region, indicator, clause, points, reason }) };
        request.Headers.Add("RequestVerificationToken", await client.PageToken());
        return await client.Http.SendAsync(request);
    }

    static Task<HttpResponseMessage> Post(SignedInClient client, string path, string token, (string, string)[] fields) =>
        client.Http.PostAsync(path, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Item1, f.Item2)).Append(KeyValuePair.Create("__RequestVerificationToken", token))));

    static Task<HttpResponseMessage> Upload(SignedInClient client, string token, string region, string name, byte[] bytes)
    {
        var form = new MultipartFormDataContent { { new StringContent(region), "region" }, { new StringContent(token), "__RequestVerificationToken" } };
        form.Add(new ByteArrayContent(bytes), "files", name);
        return client.Http.PostAsync("/inbox/upload", form);
    }
}
