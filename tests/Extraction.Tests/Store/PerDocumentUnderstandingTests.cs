using Extraction.Extract;
using Extraction.Store;
using Extraction.Understand;

namespace Extraction.Tests.Store;

/// <summary>Understanding runs for the documents it has not read yet: what was understood by the same version is kept,
/// so a new file costs the same however many documents the store holds.</summary>
public sealed class PerDocumentUnderstandingTests : IDisposable
{
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-perdoc-");
    readonly EvidenceStore store;
    readonly DocumentUnderstanding understanding = new(Pipelines.PipelineDefinition.LoadIfPresent(Path.Combine(Corpus.Root, "pipelines", "hubei-2019")));

    public PerDocumentUnderstandingTests() => store = EvidenceStore.Open(Path.Combine(work.FullName, "extraction.db"));

    public void Dispose()
    {
        store.Dispose();
        work.Delete(recursive: true);
    }

    const string Bulletin = "襄阳市打击侵权假冒工作领导小组办公室\n关于开展2019年春季农资打假专项检查的通知\n各县（市、区）打假办：\n为做好春季农资市场监管工作，决定在全市开展农资打假专项检查，检查种子、化肥、农药经营户，查处侵权假冒案件，请各地于5月底前报送检查情况。\n襄阳市打击侵权假冒工作领导小组办公室\n2019年3月15日";

    void Add(int n, string region, string text)
    {
        long run = store.StartRun("test");
        store.SaveDocument(new StoredDocument(n.ToString("x64"), text.Length, "text", "ok", null, region, "", 1), [new ExtractedPage(1, PageSource.Text, text, null)], [], run);
        store.RecordArrival(n.ToString("x64"), $"{region}/{n}.txt", $"{region}/{n}.txt", region, "ok", null, run);
    }

    [Fact]
    public void ANewDocumentIsUnderstoodAloneAndANewVersionReadsEverythingAgain()
    {
        Add(1, "襄阳市", Bulletin);
        Add(2, "宜昌市", Bulletin.Replace("襄阳市", "宜昌市").Replace("农资", "药品"));
        var first = new DocumentFactsStore(store).Update(understanding, "v1");
        Assert.Equal(2, first.Count);
        Assert.All(store.Facts.All(), f => Assert.Equal("v1", f.UnderstoodWith));
        var title = first[0].Facts.Title;
        Assert.NotNull(title);

        // What the same version understood is kept as stored, not read again: a mark put on it survives.
        var kept = store.Facts.All().Single(f => f.Sha256 == 1.ToString("x64"));
        store.Facts.Save([kept with { Title = "（已识别，不再重读）" }]);
        Add(3, "荆州市", "荆州市市场监管局关于报送2019年知识产权执法典型案例的函\n省打假办：\n现将我市查处的典型案例报送如下。\n荆州市市场监管局\n2019年11月2日");
        var second = new DocumentFactsStore(store).Update(understanding, "v1");
        Assert.Equal(3, second.Count);
        Assert.Equal("（已识别，不再重读）", second.Single(e => e.Sha256 == 1.ToString("x64")).Facts.Title);
        Assert.Equal("函", second.Single(e => e.Sha256 == 3.ToString("x64")).Facts.Type);

        // Another version (new code, pipeline or rulebook) reads every document again.
        var third = new DocumentFactsStore(store).Update(understanding, "v2");
        Assert.Equal(title, third.Single(e => e.Sha256 == 1.ToString("x64")).Facts.Title);
        Assert.All(store.Facts.All(), f => Assert.Equal("v2", f.UnderstoodWith));
    }

    [Fact]
    public void ANewCopyOfAnEarlierDocumentIsFlaggedAgainstIt()
    {
        Add(1, "襄阳市", Bulletin);
        new DocumentFactsStore(store).Update(understanding, "v1");
        Add(2, "襄阳市", Bulletin.Replace("2019年3月15日", "2019年3月16日"));
        var entries = new DocumentFactsStore(store).Update(understanding, "v1");
        Assert.Contains("duplicate_of:襄阳市/1.txt", entries.Single(e => e.Sha256 == 2.ToString("x64")).Facts.Flags);
        Assert.DoesNotContain(entries.Single(e => e.Sha256 == 1.ToString("x64")).Facts.Flags, f => f.StartsWith("duplicate_of"));
    }

    [Fact]
    public void TheVersionChangesWithThePipelinesRulebook()
    {
        var pipeline = Directory.CreateDirectory(Path.Combine(work.FullName, "pipeline")).FullName;
        File.WriteAllText(Path.Combine(pipeline, "rulebook.json"), "{}");
        var before = DocumentFactsStore.VersionFor(pipeline);
        Assert.Equal(before, DocumentFactsStore.VersionFor(pipeline));
        File.WriteAllText(Path.Combine(pipeline, "rulebook.json"), "{ }");
        Assert.NotEqual(before, DocumentFactsStore.VersionFor(pipeline));
    }
}
