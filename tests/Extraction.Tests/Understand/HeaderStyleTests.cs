using Extraction.Chinese;
using Extraction.Pipelines;
using Extraction.Rulebooks;
using Extraction.Understand;
using Xunit.Abstractions;

namespace Extraction.Tests.Understand;

/// <summary>Understanding on documents written the many ways offices write them (<see cref="HeaderCases"/>), each stored as
/// the extractor stores a page (normalized), read against the Hubei pipeline and its notice.</summary>
public class HeaderStyleTests(ITestOutputHelper output)
{
    static readonly string PipelineDirectory = Path.Combine(Corpus.Root, "pipelines", "hubei-2019");
    static readonly PipelineDefinition Hubei = PipelineDefinition.Load(PipelineDirectory);
    static readonly NoticeInfo Notice = RulebookFile.Load(Path.Combine(PipelineDirectory, RulebookFile.FileName)).Notice;

    public static TheoryData<string> Cases => new(HeaderCases.All.Select(c => c.ToString()));

    static DocumentFacts Understand(HeaderCase c, DocumentUnderstanding? understanding = null) =>
        (understanding ?? new DocumentUnderstanding(Hubei, notice: Notice))
            .Understand([TextNormalizer.Normalize(c.Text, joinWrappedLines: false)], c.Folder, c.Ocr ? HeaderCases.TextLayers : null);

    static HeaderCase Case(string name) => HeaderCases.All.Single(c => c.Name == name);

    [Theory, MemberData(nameof(Cases))]
    public void EachWayOfWritingAHeaderGivesTypeIssuerNumberDateAndFlags(string name)
    {
        var c = HeaderCases.All.Single(x => x.ToString() == name);
        var facts = Understand(c);
        Assert.Equal((c.Type, c.Issuer, c.Number, c.Date), (facts.Type, facts.Issuer, facts.DocNumber, facts.Date?.ToString("yyyy-MM-dd")));
        Assert.Equal(c.Flags ?? [], facts.Flags);
    }

    [Fact]
    public void EveryFieldMeetsTheIssuesFloorOverAllCases()
    {
        var fields = new Dictionary<string, int> { ["类型"] = 0, ["发文机关"] = 0, ["发文字号"] = 0, ["成文日期"] = 0, ["标记"] = 0 };
        var byClass = new Dictionary<string, (int Right, int Total)>();
        foreach (var c in HeaderCases.All)
        {
            var f = Understand(c);
            bool[] right = [f.Type == c.Type, f.Issuer == c.Issuer, f.DocNumber == c.Number, f.Date?.ToString("yyyy-MM-dd") == c.Date, f.Flags.SequenceEqual(c.Flags ?? [])];
            foreach (var (field, ok) in fields.Keys.ToList().Zip(right)) fields[field] += ok ? 1 : 0;
            var (r, t) = byClass.GetValueOrDefault(c.Class);
            byClass[c.Class] = (r + (right.All(x => x) ? 1 : 0), t + 1);
        }
        foreach (var (field, right) in fields) output.WriteLine($"{field}: {right}/{HeaderCases.All.Length}");
        foreach (var (cls, (right, total)) in byClass) output.WriteLine($"{cls}: {right}/{total}");
        Assert.All(fields, f => Assert.True(f.Value >= 0.95 * HeaderCases.All.Length, $"{f.Key}: {f.Value}/{HeaderCases.All.Length}"));
    }

    [Fact]
    public void AMendedIssuerKeepsWhatOcrRead()
    {
        var facts = Understand(Case("宣昌市市场监督管理局的版头与字号"));
        Assert.Equal(("宜昌市市场监督管理局", "宜市监发〔2019〕31号"), (facts.Issuer, facts.DocNumber));
        Assert.Equal(new RawHeader("宣昌市市场监督管理局", "宣市监发〔2019〕31号", "关于开展2019年知识产权执法“铁拳”行动的通知"), facts.AsRead);
        Assert.Equal("宜昌市", facts.IssuerRegion);
    }

    [Fact]
    public void TraditionalCharactersAreReadAsSimplifiedAndKeptAsWritten()
    {
        var facts = Understand(Case("繁体版头公文"));
        Assert.Equal("关于开展2019年打击侵权假冒专项行动的通知", facts.Title);
        Assert.Equal(("襄陽市打擊侵權假冒工作領導小組辦公室", "關於開展2019年打擊侵權假冒專項行動的通知"), (facts.AsRead?.Issuer, facts.AsRead?.Title));
    }

    [Fact]
    public void ADateReadThroughItsMisreadingsKeepsItsLineAsRead()
    {
        Assert.Equal("20乙年9月11目", Understand(Case("纪要的会议日期定出年份")).AsRead?.Date);
        Assert.Equal("二O-九年+二月二+日", Understand(Case("汉字日期的一读成横线、十读成加号")).AsRead?.Date);
        Assert.Null(Understand(Case("盖章的培训名单")).AsRead?.Date);
    }

    [Fact]
    public void AYearUnderTheSealThatNothingInTheDocumentSupportsStaysUnread()
    {
        // The document names no year the blot can be: no signed date is made up, and its body's first date stands.
        var c = Case("字号的年份定出被印章压住的年份");
        var facts = Understand(c with { Text = c.Text.Replace("荆农发〔2019〕33号", "荆农发33号").Replace("2口9年", "2口8年") });
        Assert.Null(facts.Date);
        // Beyond the deadline no submission is dated: of 2019 and 2020, the report of 3 January is the one after the year.
        var report = Understand(Case("次年初的自评报告年份只剩两位"));
        Assert.Equal(new DateOnly(2020, 1, 3), report.Date);
    }

    [Fact]
    public void ATextLayerIsNotMended()
    {
        var facts = Understand(Case("宣昌市市场监督管理局的版头与字号") with { Ocr = false });
        Assert.Equal(("宣昌市市场监督管理局", "宣市监发〔2019〕31号"), (facts.Issuer, facts.DocNumber));
        Assert.Null(facts.AsRead);
    }

    [Fact]
    public void TheMendingThresholdComesFromTheOptions()
    {
        // One misread character in four is allowed for places now: a three-character place must be read exactly.
        var strict = new DocumentUnderstanding(Hubei, new UnderstandingOptions { PlaceCharactersPerEdit = 4 }, Notice);
        Assert.Equal("训阳市版权局", Understand(Case("训阳市版权局的总结"), strict).Issuer);
        Assert.Equal("襄阳市版权局", Understand(Case("训阳市版权局的总结")).Issuer);
    }

    [Fact]
    public void TheWindowAfterTheYearComesFromTheNoticeNotFromACalendar()
    {
        var report = Case("次年初报送的自评情况报告");
        var late = Case("截止日之后的总结");
        Assert.Empty(Understand(report).Flags);
        Assert.Equal(["wrong_year"], Understand(late).Flags);
        // A notice dated 10 January with a deadline of 20 January: the report of 3 January comes before it, the summary of the 15th inside.
        var later = new DocumentUnderstanding(Hubei, notice: Notice with { Date = new DateOnly(2020, 1, 10), Deadline = new DateOnly(2020, 1, 20) });
        Assert.Equal(["wrong_year"], Understand(report, later).Flags);
        Assert.Empty(Understand(late, later).Flags);
    }

    [Fact]
    public void AnIssuerFromACountyBelongsToItsRegion()
    {
        var facts = Understand(Case("县级市的实施方案"));
        Assert.Equal("襄阳市", facts.IssuerRegion);
        var elsewhere = Understand(Case("县级市的实施方案") with { Folder = "宜昌市" });
        Assert.Equal(["misfiled"], elsewhere.Flags);
    }
}
