using System.Text.Json;
using Extraction.Extract;

namespace Extraction.Tests.Cli;

/// <summary>`extraction text` prints what the store holds of a document, page by page with form feeds as pdftotext does.</summary>
public sealed class TextCommandTests : IDisposable
{
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-text-");
    public void Dispose() => work.Delete(recursive: true);
    string Db => Path.Combine(work.FullName, "extraction.db");

    static string Squeeze(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    [Fact]
    public async Task ATextPdfPrintsItsPagesSeparatedByFormFeedsWithTheCharactersPdftotextReadsOnEach()
    {
        var pdf = Corpus.Notice(Corpus.NoticeTextPdf);
        var ingest = await ExtractionProcess.Run("ingest", pdf, "--region", "宜昌市", "--db", Db, "--json");
        Assert.Equal(0, ingest.Code);
        var sha = JsonDocument.Parse(ingest.Out).RootElement.GetProperty("files")[0].GetProperty("sha256").GetString()!;

        var byFile = await ExtractionProcess.Run("text", pdf, "--db", Db);
        var bySha = await ExtractionProcess.Run("text", sha[..10], "--db", Db);
        var byPath = await ExtractionProcess.Run("text", Path.GetFileName(pdf), "--db", Db);
        Assert.Equal(0, byFile.Code);
        Assert.Equal(byFile.Out, bySha.Out);
        Assert.Equal(byFile.Out, byPath.Out);

        var reference = (await ExternalProcess.RunAsync("pdftotext", [pdf, "-"], TimeSpan.FromMinutes(1), default)).StandardOutput;
        var ours = byFile.Out.Split('\f');
        var theirs = reference.Split('\f');
        Assert.Equal(theirs.Length, ours.Length);
        Assert.True(ours.Length > 2);
        Assert.Equal("", ours[^1]);
        // The prose pages hold pdftotext's characters in its order; the table pages hold them cell by cell.
        Assert.Equal(Squeeze(theirs[0]), Squeeze(ours[0]));
        foreach (var (o, t) in ours.Zip(theirs)) Assert.Equal(Squeeze(t).Order(), Squeeze(o).Order());
    }

    [Fact]
    public async Task AnUnknownDocumentIsAnErrorInChinese()
    {
        await ExtractionProcess.Run("ingest", Corpus.Path("inbox/襄阳市/植物新品种保护培训总结.pdf"), "--db", Db);
        var missing = await ExtractionProcess.Run("text", "0123456789abcdef", "--db", Db);
        Assert.Equal(1, missing.Code);
        Assert.Contains("找不到文档", missing.Err);
        Assert.Empty(missing.Out);
    }
}
