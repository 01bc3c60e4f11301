using System.Text.Json;
using Extraction.Extract;
using Extraction.Ingest;
using Extraction.Intake;
using Extraction.Pipelines;
using Extraction.Rulebooks;
using Extraction.Store;
using Extraction.Understand;
using Xunit.Abstractions;

namespace Extraction.Tests.Understand;

/// <summary>A folder of scanned signature blocks with its truth.json (corpus/scans/seal-dates, corpus/scans/sign-dates). Each
/// file is ingested as an operator drops it (OCR included) and understood with the Hubei pipeline.</summary>
public abstract class SignatureScans(string set) : IAsyncLifetime
{
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-" + set + "-");
    readonly string Folder = Corpus.Path(Path.Combine("scans", set));
    public Dictionary<string, DocumentFacts> Read { get; } = [];
    public Dictionary<string, JsonElement> Truth { get; } = [];

    public async Task InitializeAsync()
    {
        using (var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "truth.json"))))
            foreach (var file in json.RootElement.GetProperty("files").EnumerateObject())
            {
                Truth[file.Name] = file.Value.Clone();
                var inbox = Path.Combine(work.FullName, "inbox", file.Value.GetProperty("region").GetString()!);
                Directory.CreateDirectory(inbox);
                File.Copy(Path.Combine(Folder, file.Name), Path.Combine(inbox, file.Name));
            }
        using var store = EvidenceStore.Open(Path.Combine(work.FullName, "extraction.db"));
        await new Ingestor(store, new ExtractionOptions()).IngestAsync(InboxScanner.Scan([Path.Combine(work.FullName, "inbox")], null).ToList(), "test", null, default);
        var pipeline = PipelineDefinition.Load(Path.Combine(Corpus.Root, "pipelines", "hubei-2019"));
        var notice = RulebookFile.Load(Path.Combine(Corpus.Root, "pipelines", "hubei-2019", RulebookFile.FileName)).Notice;
        var understanding = new DocumentUnderstanding(pipeline, notice: notice);
        // As `extraction understand` reads them: OCR'd headers mended against what the pipeline knows.
        foreach (var entry in new DocumentFactsStore(store).Update(understanding))
            Read[Path.GetFileName(entry.File)] = entry.Facts;
    }

    public Task DisposeAsync()
    {
        work.Delete(recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>How many files' 成文日期 and 发文机关 are read as their truth says, each file's reading written out.</summary>
    public (int Dates, int Issuers) Score(ITestOutputHelper output)
    {
        int dates = 0, issuers = 0;
        foreach (var (file, truth) in Truth)
        {
            Assert.True(Read.TryGetValue(file, out var facts), $"{file} 未能读入");
            bool date = facts.Date?.ToString("yyyy-MM-dd") == truth.GetProperty("date").GetString();
            bool issuer = facts.Issuer == truth.GetProperty("issuer").GetString();
            output.WriteLine($"{file}: 成文日期 {(date ? "✓" : "✗")} {facts.Date}，发文机关 {(issuer ? "✓" : "✗")} {facts.Issuer}");
            (dates, issuers) = (dates + (date ? 1 : 0), issuers + (issuer ? 1 : 0));
        }
        return (dates, issuers);
    }
}

/// <summary>The last pages of corpus/scans/seal-dates (built by corpus/build-seal-dates.sh): a round seal stamped over the
/// signature and the 成文日期, scanned in colour, copied gray and photographed, at 96–300 ppi.</summary>
public sealed class SealDateScans() : SignatureScans("seal-dates");

/// <summary>The second set, corpus/scans/sign-dates (corpus/build-sign-dates.sh): gray copies at 96–150 ppi, numeral dates,
/// joint mastheads, 抄送 and 印发 lines, blue and faint stamps, phone photos with a shadow.</summary>
public sealed class SignDateScans() : SignatureScans("sign-dates");

/// <summary>The third set, corpus/scans/scan-headers (corpus/build-scan-headers.sh, a helper from a brief): Arabic and 〇
/// dates under a seal centred on them, 函 with a 联系人 line, 纪要 dated under the title, 简报 with 第N期, a 通报 signed by
/// its seal alone, a last page of the signature only, a dark red seal pressed hard, 120 ppi black-and-white copies.</summary>
public sealed class ScanHeaderScans() : SignatureScans("scan-headers");

public sealed class SealDateScanTests(SealDateScans scans, ITestOutputHelper output) : IClassFixture<SealDateScans>
{
    [Fact]
    public void AColourScanAt96PpiWithTheSealOnTheDateGivesItsSignatureAndDate()
    {
        // Tesseract drops a seal with its star dark as a picture, and the signature and the date with it.
        var facts = scans.Read["seal-06-huangshi-banquan-96ppi.pdf"];
        Assert.Equal(("黄石市版权局", "2019-04-26"), (facts.Issuer, facts.Date?.ToString("yyyy-MM-dd")));
    }

    [Fact]
    public void DatesAndIssuersUnderSealsAreReadAtTheLevelReached()
    {
        var (dates, issuers) = scans.Score(output);
        // 2026-12-07: 12 and 12 of 16 (10 and 12 before the seal's red channel was lifted by half its redness);
        // 2026-12-03: 10 and 12 of 16 (8 and 11 before a gray seal across the signature was found at a stronger ink share,
        // a year with a digit read as a numeral (二019和12月10日) read as digits, a day no month has read through the ring;
        // 4 and 8 before the seal's star and edges were lifted with its ring).
        Assert.True(dates >= 12 && issuers >= 12, $"成文日期 {dates}/{scans.Truth.Count}，发文机关 {issuers}/{scans.Truth.Count}");
    }
}

public sealed class SignDateScanTests(SignDateScans scans, ITestOutputHelper output) : IClassFixture<SignDateScans>
{
    [Fact]
    public void ABlueSealOnTheDateIsLiftedLikeARedOne()
    {
        // Tesseract dropped the signature and the date under the gray ring a blue seal left.
        Assert.Equal("2019-10-30", scans.Read["sign-08-jingmen-blue-2p.pdf"].Date?.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void AJointMastheadIsIssuedByItsLeadOrganAndADeadlineNeverDatesTheDocument()
    {
        Assert.Equal("宜昌市市场监督管理局", scans.Read["sign-02-yichang-joint-2p.pdf"].Issuer);
        // Its date line is unreadable under the seal; the body's 请于2020年1月10日前 is no date of it.
        Assert.NotEqual(2020, scans.Read["sign-05-xiaogan-dajia-chaosong-yinfa-gray150.pdf"].Date?.Year);
    }

    [Fact]
    public void DatesAndIssuersAreReadAtTheLevelReached()
    {
        var (dates, issuers) = scans.Score(output);
        // 2026-12-07: 9 and 13 of 18 (8 and 13 before the seal's red channel was lifted by half its redness);
        // 2026-12-05: 8 and 13 of 18 (5 and 11 when the set was made, before a deadline was kept off the date, the lead
        // organ taken from a joint masthead, blue seals lifted and a month 11 read 开); most of the rest is OCR under the seal.
        Assert.True(dates >= 9 && issuers >= 13, $"成文日期 {dates}/{scans.Truth.Count}，发文机关 {issuers}/{scans.Truth.Count}");
    }
}

public sealed class ScanHeaderScanTests(ScanHeaderScans scans, ITestOutputHelper output) : IClassFixture<ScanHeaderScans>
{
    [Fact]
    public void DatesAndIssuersAreReadAtTheLevelReached()
    {
        var (dates, issuers) = scans.Score(output);
        // 2026-12-07: 8 and 10 of 16 (6 and 10 when the set was made, before the seal's red channel was lifted by half
        // its redness: the 〇 date of a 300 ppi colour page and a phone photo's date); the rest is OCR (bench/ocr/scan-headers-baseline.txt).
        Assert.True(dates >= 8 && issuers >= 10, $"成文日期 {dates}/{scans.Truth.Count}，发文机关 {issuers}/{scans.Truth.Count}");
    }
}
