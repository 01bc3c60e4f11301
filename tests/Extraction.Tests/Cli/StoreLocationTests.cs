using System.Text.Json;
using Extraction.Store;

namespace Extraction.Tests.Cli;

/// <summary>One rule for where the store is, whatever the command: --db, else the Worker:Db setting, else ./extraction.db;
/// a path is SQLite, a connection string or postgres:// URL is PostgreSQL and never becomes a file.</summary>
public sealed class StoreLocationTests : IDisposable
{
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-location-");
    public void Dispose() => work.Delete(recursive: true);

    [Theory]
    [InlineData("Host=127.0.0.1;Port=5433;Database=extraction", StoreEngine.Postgres)]
    [InlineData("host=db.example;database=x;username=u", StoreEngine.Postgres)]
    [InlineData("Server=db;Database=x", StoreEngine.Postgres)]
    [InlineData("postgres://u:p%40ss@db.example:5433/extraction", StoreEngine.Postgres)]
    [InlineData("postgresql://db.example/extraction?sslmode=disable", StoreEngine.Postgres)]
    [InlineData("data/extraction.db", StoreEngine.Sqlite)]
    [InlineData("a=b.db", StoreEngine.Sqlite)]
    [InlineData("/srv/extraction/证据库.db", StoreEngine.Sqlite)]
    public void ADbValueNamesItsEngine(string db, StoreEngine engine) => Assert.Equal(engine, StoreAddress.Parse(db).Engine);

    [Fact]
    public void AUrlBecomesAConnectionStringWithItsParts()
    {
        var address = StoreAddress.Parse("postgres://reviewer:p%40ss@db.example:5433/extraction");
        var b = new Npgsql.NpgsqlConnectionStringBuilder(address.Target);
        Assert.Equal(("db.example", 5433, "extraction", "reviewer", "p@ss"), (b.Host, b.Port, b.Database, b.Username, b.Password));
        Assert.DoesNotContain("p@ss", address.Display);
    }

    [Fact]
    public void ASqliteStoreKeepsItsArchiveBesideIt()
    {
        var address = StoreAddress.Parse(Path.Combine(work.FullName, "x.db"));
        Assert.Equal(Path.Combine(work.FullName, "x.archive"), address.ArchiveDirectory);
    }

    [Fact]
    public async Task AConnectionStringIsNeverTakenForAFileName()
    {
        // A port nobody listens on: the command must fail, in Chinese, without making anything in the working directory.
        var port = Extraction.Host.Cli.TemporaryPostgres.FreePort();
        foreach (var command in new[] { new[] { "status" }, ["ingest", Corpus.Path("bad")], ["search", "培训"], ["assess", "--pipeline", Pipeline] })
        {
            var (code, _, err) = await ExtractionProcess.RunIn(work.FullName, [.. command, "--db", $"Host=127.0.0.1;Port={port};Database=extraction;Timeout=3"]);
            Assert.True(code != 0, $"{command[0]} succeeded on a server that is not there");
            Assert.Contains("PostgreSQL", err);
            Assert.Contains("错误", err);
            Assert.Empty(work.EnumerateFileSystemInfos());
        }
    }

    [Fact]
    public async Task EveryCommandUsesTheSameDefaultStoreWhateverPipelineItIsGiven()
    {
        var inbox = Path.Combine(work.FullName, "inbox", "襄阳市");
        Directory.CreateDirectory(inbox);
        File.WriteAllText(Path.Combine(inbox, "工作信息.txt"), "襄阳市打击侵权假冒工作信息第9期\n襄阳市市场监管局开展专项检查，出动执法人员90人次。\n");
        var (code, _, err) = await ExtractionProcess.RunIn(work.FullName, "ingest", Path.Combine(work.FullName, "inbox"));
        Assert.True(code == 0, err);
        Assert.True(File.Exists(Path.Combine(work.FullName, "extraction.db")));

        var status = await ExtractionProcess.RunIn(work.FullName, "status", "--pipeline", Pipeline, "--json");
        Assert.True(status.Code == 0, status.Err);
        var text = await ExtractionProcess.RunIn(work.FullName, "text", "襄阳市/工作信息.txt", "--pipeline", Pipeline);
        Assert.True(text.Code == 0, text.Err);
        Assert.Contains("出动执法人员90人次", text.Out);
        var assess = await ExtractionProcess.RunIn(work.FullName, "assess", "--pipeline", Pipeline, "--json");
        Assert.True(assess.Code == 0, assess.Err);
        using var json = JsonDocument.Parse(assess.Out);
        Assert.Contains(json.RootElement.GetProperty("documents").EnumerateArray(), d => d.GetProperty("file").GetString() == "襄阳市/工作信息.txt");
        Assert.False(File.Exists(Path.Combine(Pipeline, "extraction.db")), "a command made a store inside the pipeline folder");
    }

    static string Pipeline => Path.Combine(Corpus.Root, "pipelines", "hubei-2019");
}
