using Extraction.Pipelines;
using Extraction.Rulebooks;
using Extraction.Tests.Index;
using Extraction.Understand;

namespace Extraction.Tests.Understand;

public class UnderstandingTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    static readonly PipelineDefinition Hubei = PipelineDefinition.Load(Path.Combine(Corpus.Root, "pipelines", "hubei-2019"));

    // What each sample submission is, read off the documents by hand.
    public static TheoryData<string, string, string?, string?, string?> Expected => new()
    {
        { "襄阳市/襄打假办发〔2019〕3号 关于开展2019年知识产权执法铁拳行动的通知.pdf", "通知", "襄打假办发〔2019〕3号", "2019-04-15", "襄阳市打击侵权假冒工作领导小组办公室" },
        { "襄阳市/植物新品种保护培训通知.docx", "通知", "襄农发〔2019〕21号", "2019-06-05", "襄阳市农业农村局" },
        { "襄阳市/植物新品种保护培训人员名单.xlsx", "人员名单", null, null, null },
        { "襄阳市/植物新品种保护培训人员名单（手机拍照）.jpg", "人员名单", null, null, null },
        { "襄阳市/植物新品种保护培训总结.pdf", "总结", null, "2019-06-21", "襄阳市农业农村局" },
        // A scan's issuer is held to its end: OCR reads 襄 as 训 now and then.
        { "襄阳市/襄阳市打击侵权假冒工作领导小组会议纪要（扫描件）.pdf", "会议纪要", null, "2019-03-14", "*打击侵权假冒工作领导小组办公室" },
        { "襄阳市/襄阳市知识产权执法典型案例.doc", "典型案例", null, "2019-10-08", "襄阳市市场监督管理局" },
        { "襄阳市/襄阳日报 铁拳行动报道.png", "新闻报道", null, "2019-11-02", null },
        { "襄阳市/襄阳市2019年打击侵权假冒工作考核自评报告.docx", "自评报告", null, "2019-12-30", "襄阳市打击侵权假冒工作领导小组办公室" },
        { "襄阳市/襄阳市2019年重点市场环境治理工作方案.docx", "工作方案", null, "2019-05-06", "襄阳市打击侵权假冒工作领导小组办公室" },
        { "宜昌市/宜打假办发〔2019〕5号 关于印发宜昌市2019年打击侵权假冒工作要点的通知.pdf", "通知", "宜打假办发〔2019〕5号", "2019-03-20", "宜昌市打击侵权假冒工作领导小组办公室" },
        { "宜昌市/宜昌市2019年打击侵权假冒工作总结.docx", "总结", null, "2019-12-25", "宜昌市打击侵权假冒工作领导小组办公室" },
        { "宜昌市/软件正版化培训签到表.xlsx", "人员名单", null, null, null },
    };

    [Theory, MemberData(nameof(Expected))]
    public void EachSubmissionGetsItsTypeNumberDateAndIssuer(string file, string type, string? number, string? date, string? issuer)
    {
        var facts = new DocumentFactsStore(fixture.Store).Update(new DocumentUnderstanding(Hubei)).Single(e => e.File == file).Facts;
        Assert.Equal((type, number, date), (facts.Type, facts.DocNumber, facts.Date?.ToString("yyyy-MM-dd")));
        if (issuer is ['*', .. var end]) Assert.EndsWith(end, facts.Issuer);
        else Assert.Equal(issuer, facts.Issuer);
    }

    [Fact]
    public void TheSameTextAsWordAndAsScanCountsOnce()
    {
        var entries = new DocumentFactsStore(fixture.Store).Update(new DocumentUnderstanding(Hubei));
        var sideways = entries.Single(e => e.File == "襄阳市/植物新品种保护培训总结（横向扫描）.png");
        Assert.Contains("duplicate_of:襄阳市/植物新品种保护培训总结.pdf", sideways.Facts.Flags);
        Assert.DoesNotContain(entries.Single(e => e.File == "襄阳市/植物新品种保护培训通知.docx").Facts.Flags, f => f.StartsWith("duplicate_of"));
    }

    [Fact]
    public void LastYearsCircularAndAnotherRegionsCircularInThisFolderAreFlagged()
    {
        var entries = new DocumentFactsStore(fixture.Store).Update(new DocumentUnderstanding(Hubei));
        var old = entries.Single(e => e.File == "襄阳市/襄打假办发〔2018〕6号 关于开展2018年打击侵权假冒专项行动的通知.docx").Facts;
        Assert.Equal((new DateOnly(2018, 4, 10), "襄打假办发〔2018〕6号"), (old.Date, old.DocNumber));
        Assert.Equal(["wrong_year"], old.Flags);
        var misfiled = entries.Single(e => e.File == "襄阳市/宜打假办发〔2019〕9号 关于开展植物新品种保护培训的通知.docx").Facts;
        Assert.Equal("宜昌市", misfiled.IssuerRegion);
        Assert.Equal(["misfiled"], misfiled.Flags);
    }

    [Fact]
    public void ADocumentOfAnotherRegionFiledHereIsMisfiledAndOneOfAnotherYearDoesNotCount()
    {
        var understanding = new DocumentUnderstanding(Hubei);
        var yichang = "宜昌市打击侵权假冒工作领导小组办公室文件\n宜打假办发[2019]8号\n关于开展专项行动的通知\n各县市区:\n正文。\n宜昌市打击侵权假冒工作领导小组办公室\n2019年5月6日";
        var misfiled = understanding.Understand([yichang], "襄阳");
        Assert.Equal("宜打假办发〔2019〕8号", misfiled.DocNumber);
        Assert.Equal("宜昌市", misfiled.IssuerRegion);
        Assert.Equal(["misfiled"], misfiled.Flags);
        var old = understanding.Understand([yichang.Replace("2019年5月6日", "二〇一八年十二月二十七日")], "宜昌市");
        Assert.Equal(new DateOnly(2018, 12, 27), old.Date);
        Assert.Equal(["wrong_year"], old.Flags);
    }

    [Theory]
    [InlineData("鄂打假办函〔2019〕7号", "鄂打假办函〔2019〕7号")]
    [InlineData("鄂打假办函[2019]7号", "鄂打假办函〔2019〕7号")]
    [InlineData("鄂打假办函【2019】07号", "鄂打假办函〔2019〕7号")]
    [InlineData("鄂打假办函(2019)7号", "鄂打假办函〔2019〕7号")]
    [InlineData("鄂打假办函 〈2019〉 7 号", "鄂打假办函〔2019〕7号")]
    public void ADocumentNumberIsNormalizedWhateverItsBrackets(string text, string expected) =>
        Assert.Equal(expected, DocumentNumber.Find(text));

    [Theory]
    [InlineData("二〇一九年十二月二十七日", "2019-12-27")]
    [InlineData("二〇二〇年一月六日", "2020-01-06")]
    [InlineData("2019 年 12 月 27 日", "2019-12-27")]
    public void DatesAreReadInDigitsAndInChineseNumerals(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), ChineseDate.FindAll(text).Single());
}
