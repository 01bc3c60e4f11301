using System.Text.Json;

namespace Extraction.Tests.Cli;

public sealed class IngestCommandTests : IDisposable
{
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-cli-");
    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public async Task IngestJsonReportsEveryFileWithRegionFormatStatusAndPagesOnACleanStdout()
    {
        var inbox = Path.Combine(work.FullName, "inbox");
        foreach (var region in new[] { "襄阳市", "宜昌市" })
        {
            Directory.CreateDirectory(Path.Combine(inbox, region));
            foreach (var f in Directory.GetFiles(Corpus.Path("inbox/" + region)).Where(f => !f.EndsWith(".jpg") && !f.EndsWith(".tif") && !f.Contains("扫描件")))
                File.Copy(f, Path.Combine(inbox, region, Path.GetFileName(f)));
        }
        var (code, stdout, stderr) = await ExtractionProcess.Run("ingest", inbox, "--db", Path.Combine(work.FullName, "x.db"), "--json");
        Assert.True(code == 0, stderr);

        using var json = JsonDocument.Parse(stdout);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(Directory.GetFiles(inbox, "*", SearchOption.AllDirectories).Length, files.Count);
        var notice = files.Single(f => f.GetProperty("file").GetString() == "襄阳市/襄打假办发〔2019〕3号 关于开展2019年知识产权执法铁拳行动的通知.pdf");
        Assert.Equal("襄阳市", notice.GetProperty("region").GetString());
        Assert.Equal("pdf-text", notice.GetProperty("format").GetString());
        Assert.Equal("ok", notice.GetProperty("status").GetString());
        Assert.Equal(64, notice.GetProperty("sha256").GetString()!.Length);
        var page = notice.GetProperty("pages")[0];
        Assert.Equal("text", page.GetProperty("source").GetString());
        Assert.True(page.GetProperty("chars").GetInt32() > 200);
        Assert.Contains("收录", stderr);
    }
}
