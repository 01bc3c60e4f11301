using Extraction.Tasks;

namespace Extraction.Tests.Tasks;

public class UnitNamesTests
{
    [Theory]
    [InlineData("市市场监管局、市知识产权局按职责分工负责", "襄阳市", "市市场监管局|市知识产权局", "")]
    [InlineData("责任单位：市公安局、市人民检察院", "襄阳市", "市公安局|市检察院", "")]
    [InlineData("牵头单位：市商务局；配合单位：市市场监督管理局、孝感海关", "孝感市", "市商务局|市市场监管局|孝感海关", "市商务局")]
    [InlineData("市检察院牵头，市公安局、市司法局配合", "孝感市", "市检察院|市公安局|市司法局", "市检察院")]
    [InlineData("市领导小组办公室（牵头），市场监管局、市商务局", "襄阳市", "市打假办|市市场监管局|市商务局", "市打假办")]
    [InlineData("襄阳市市场监督管理局", "襄阳市", "市市场监管局", "")]
    [InlineData("知识产权局负责", null, "市知识产权局", "")]
    [InlineData("市发展和改革委员会、各成员单位按职责分工负责", "随州市", "市发展改革委|各成员单位", "")]
    public void UnitsAreSplitNormalizedAndTheLeadKeptApart(string text, string? region, string units, string lead)
    {
        var read = UnitNames.Read(text, region);
        Assert.Equal(units.Split('|'), read.All);
        Assert.Equal(lead.Length == 0 ? [] : lead.Split('|'), read.Lead);
    }

    [Theory]
    [InlineData("长期坚持")]
    [InlineData("2019年底前完成")]
    [InlineData("以下简称双打办")]
    public void WordsThatNameNoUnitAreNotUnits(string text) => Assert.Empty(UnitNames.Read(text, "襄阳市").All);
}

public class DeadlineReaderTests
{
    [Theory]
    [InlineData("2019年底", "YearEnd", "2019-12-31")]
    [InlineData("2020年2月", "Month", "2020-02-29")]
    [InlineData("6月30日前", "Date", "2019-06-30")]
    [InlineData("上半年", "HalfYear", "2019-06-30")]
    [InlineData("2019年第三季度", "Quarter", "2019-09-30")]
    [InlineData("年内", "YearEnd", "2019-12-31")]
    [InlineData("持续推进", "Ongoing", null)]
    [InlineData("长期坚持", "Ongoing", null)]
    [InlineData("按上级统一安排", "AsArranged", null)]
    public void ACellIsReadWithThePlansYear(string text, string kind, string? date)
    {
        var deadline = DeadlineReader.Read(text, 2019)!;
        Assert.Equal(Enum.Parse<DeadlineKind>(kind), deadline.Kind);
        Assert.Equal(date is null ? null : DateOnly.Parse(date), deadline.Date);
    }

    [Theory]
    [InlineData("开展打击网络侵权盗版“剑网2019”专项行动，2019年9月底前形成行动总结。", "2019-09-30")]
    [InlineData("加强督导检查，11月底前形成督查报告。", "2019-11-30")]
    [InlineData("深入开展2019年知识产权执法“铁拳”行动。", null)]
    public void InASentenceOnlyATimeThatBoundsTheWorkIsADeadline(string text, string? date) =>
        Assert.Equal(date is null ? null : DateOnly.Parse(date), DeadlineReader.Find(text, 2019)?.Date);
}

public class ProseTaskReaderTests
{
    [Fact]
    public void NumberedTasksUnderSubHeadingsKeepTheTopCategoryAndWrappedLinesAreJoined()
    {
        string[] lines =
        [
            "某市2019年打击侵权假冒工作要点", "一、加大行政保护力度", "（一）加强商标权保护",
            "1.以老字号商标为重点，严厉查处商标侵权行为。（市市场监管局、市知识产权局按职责分工负责）",
            "2.发布商标侵权典型案例，年底前完成。", "（市市场监管局负责）",
            "（二）加强著作权保护", "3.开展院线电影版权保护专项行动，上半年形成", "工作总结。（市委宣传部）",
            "二、强化刑事打击", "4.依法严惩侵权假冒犯罪。（责任单位：市公安局、市检察院）",
        ];
        var (tasks, _, _) = ProseTaskReader.Read(lines, null, 2019);
        Assert.Equal([1, 2, 3, 4], tasks.Select(t => t.Number ?? 0));
        Assert.Equal(["一", "一", "一", "二"], tasks.Select(t => t.Category!));
        Assert.Equal(DeadlineKind.YearEnd, tasks[1].Deadline.Kind);
        Assert.Equal(DeadlineKind.HalfYear, tasks[2].Deadline.Kind);
        Assert.Equal(["市委宣传部"], tasks[2].Units);
        Assert.Equal(["市公安局", "市检察院"], tasks[3].Units);
    }
}
