using System.Text.Json;
using Extraction.Tests.Cli;

namespace Extraction.Tests.Store;

/// <summary>The commands on a PostgreSQL store, as an office with a database server runs them.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCommandTests(PostgresServer server) : IDisposable
{
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-pgcli-");
    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public async Task MigrateIngestSearchAndTextWorkOnAServerStoreAndLeaveNoFileNamedLikeIt()
    {
        var db = server.NewDatabase();
        var archive = Path.Combine(work.FullName, "shared-archive");
        var shared = new Dictionary<string, string> { ["EXTRACTION_Worker__Archive"] = archive };
        var migrate = await ExtractionProcess.RunWith(work.FullName, shared, "db", "migrate", "--db", db);
        Assert.True(migrate.Code == 0, migrate.Err);
        Assert.Contains($"表结构为第 {Extraction.Store.PostgresSchema.Migrations.Length} 版", migrate.Out);

        var inbox = Path.Combine(work.FullName, "inbox", "襄阳市");
        Directory.CreateDirectory(inbox);
        File.Copy(Corpus.Path("inbox/襄阳市/植物新品种保护培训通知.docx"), Path.Combine(inbox, "培训通知.docx"));
        File.WriteAllText(Path.Combine(inbox, "工作信息.txt"), "襄阳市打击侵权假冒工作信息第9期\n襄阳市市场监管局开展铁拳行动专项检查。\n");
        var ingest = await ExtractionProcess.RunWith(work.FullName, shared, "ingest", Path.Combine(work.FullName, "inbox"), "--db", db, "--json");
        Assert.True(ingest.Code == 0, ingest.Err);
        using var files = JsonDocument.Parse(ingest.Out);
        Assert.All(files.RootElement.GetProperty("files").EnumerateArray(), f => Assert.Equal("ok", f.GetProperty("status").GetString()));
        Assert.Equal(2, Directory.GetFiles(archive, "*", SearchOption.AllDirectories).Length);

        var search = await ExtractionProcess.RunWith(work.FullName, shared, "search", "铁拳行动", "--db", db, "--json");
        Assert.True(search.Code == 0, search.Err);
        using var hits = JsonDocument.Parse(search.Out);
        Assert.Equal("襄阳市/工作信息.txt", hits.RootElement.GetProperty("hits")[0].GetProperty("file").GetString());
        var text = await ExtractionProcess.RunWith(work.FullName, shared, "text", "襄阳市/工作信息.txt", "--db", db);
        Assert.True(text.Code == 0, text.Err);
        Assert.Contains("铁拳行动专项检查", text.Out);
        Assert.Equal(["inbox", "shared-archive"], work.EnumerateFileSystemInfos().Select(f => f.Name).Order());
    }
}
