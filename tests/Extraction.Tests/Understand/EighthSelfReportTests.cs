using Extraction.Matching;
using Extraction.Rulebooks;
using Extraction.Understand;
using Xunit.Abstractions;

namespace Extraction.Tests.Understand;

/// <summary>The eighth batch of corpus/selfreports (build-selfreports8.sh), layouts the product had not seen when it was
/// written: an .xlsx of a 汇总 sheet and one sheet per area whose 序号 restarts at 1 on each sheet; a Word table grouped by
/// the provincial 考核单位 (merged down), the indicators by title only and so out of the 1–29 order, a 总分 row; a Word
/// table whose 自评情况 cell is prose (件数, 应得N分, 扣0.5分 …) ending 得X分, three of them in full-width digits, the total
/// in the paragraph under the table; a text PDF 分值 | 扣分原因 | 自评分 whose reasons are full of figures, two indicators
/// 不适用 ("—", not in the truth) and a 合计 row whose 分值 cell is the 应得分 without them; a 150 ppi colour scan of a
/// two-level table (一级指标 merged down, not repeated on page 2) with a 总　　分 row and the seal on the date; a prose
/// report whose section 五 is a horizontal score strip (指标序号 / 分值 / 自评分 in three blocks). Read as the assessor reads
/// them; what is unread or wrong is printed per file.</summary>
public sealed class EighthSelfReportTests(SelfReportFiles files, ITestOutputHelper output) : IClassFixture<SelfReportFiles>
{
    // Measured when the batch was written (first run, before any fix): 汉川 29, 钟祥 29, 当阳 16, 松滋 27 of 27, 广水 27,
    // 利川 0 of 29 read right; wrong: 广水 15 (2.5 OCR'd "29", read 2.9); totals right but 利川's (none for 94.5); nothing
    // read that the file does not state (松滋's 不适用 rows give no score).
    //   当阳 (自评情况 prose): the 13 full-mark cells "…。按评分标准应得3分，得3分。" are unread — a bare 得N分 with no 自评
    //     or 扣K分 before it scores nothing (with 自评得3分 written instead all 29 read); the full-width 得５．５分 are read.
    //   利川 (horizontal strip 指标序号 / 分值 / 自评分): no score of the strip is read, and the total written in the prose
    //     "29项指标自评得分共计94.5分" is not taken (written 自评总分为94.5分 it is).
    // After the fix of those classes: 当阳 29 (a 自评情况 column is prose closing on its score), 利川 29 and its total (a
    // strip is read column by column; 自评得分共计N分 is a total).
    //   广水 (150 ppi scan): 29's "-1" comes out of OCR an empty cell (扣分项 read 操分项); the seal over the date turns
    //     2020年1月3日 into 2020年11月3日, so the report carries the wrong_year flag.
    static readonly Dictionary<string, (int Right, int Wrong)> Floor = new()
    {
        ["汉川市"] = (29, 0),
        ["钟祥市"] = (29, 0),
        ["当阳市"] = (29, 0),
        ["松滋市"] = (27, 0),
        ["广水市"] = (27, 1),
        ["利川市"] = (29, 0),
    };

    // Totals the product misreads (printed, not asserted).
    static readonly HashSet<string> TotalMissed = [];

    // Indicators read that the file does not show or state (printed, not asserted), per region: the most allowed.
    static readonly Dictionary<string, int> ExtraAllowed = new();

    static readonly SelfReportFloor Held = new(Floor) { TotalMissed = TotalMissed, ExtraAllowed = ExtraAllowed };

    public static TheoryData<string> Files() => SelfReportFloor.Files(8);

    [Theory, MemberData(nameof(Files))]
    public void EachReportIsReadAsASelfEvaluationWithItsTotalAndAtLeastItsFloorOfScores(string file) => Held.Check(files, output, 8, file);

    [Fact]
    public void TheEighthBatchIsSixReportsOfSixRegionsTwoIndicatorsOfOneNotApplicable()
    {
        var eighth = SelfReportTruth.Batch(8);
        Assert.Equal(6, eighth.Count);
        Assert.All(eighth, r => Assert.True(File.Exists(Path.Combine(SelfReportFiles.Folder, r.Key)), $"{r.Key} 不在语料中"));
        Assert.Equal(6, eighth.Keys.Select(k => Floor.Keys.Single(k.StartsWith)).Distinct().Count());
        foreach (var (name, (total, scores)) in eighth)
        {
            // 松滋 marks 林木种苗 (11) and 无害化销毁 (19) 不适用: no score claimed, none in the truth
            Assert.Equal(name.StartsWith("松滋市") ? Enumerable.Range(1, 29).Except([11, 19]) : Enumerable.Range(1, 29), scores.Keys.Order());
            Assert.Equal(total, scores.Values.Sum());
        }
    }
}
