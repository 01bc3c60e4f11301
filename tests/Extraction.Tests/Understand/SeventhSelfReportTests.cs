using Extraction.Matching;
using Extraction.Rulebooks;
using Extraction.Understand;
using Xunit.Abstractions;

namespace Extraction.Tests.Understand;

/// <summary>The seventh batch of corpus/selfreports (build-selfreports7.sh), layouts the product had not seen when it was
/// written: a gray copier scan whose red seal lies over the last rows' scores and the 合计; a phone photo of page 1 only of
/// a printed table (indicators 1–13, the total in the opening paragraph); Word prose 第N项“…”，应得M分，自评N分，扣K分，
/// 原因是…; a Word table of short titles whose score cell is a "得分/扣分" pair, with 小计 rows; an .xlsx with the area
/// merged down, one-decimal numbers and 小计 rows; a landscape text PDF whose 评分标准 cells hold the clauses (得N分 in
/// every line), over pages with the header repeated. Read as the assessor reads them; what is unread or wrong is printed
/// per file.</summary>
public sealed class SeventhSelfReportTests(SelfReportFiles files, ITestOutputHelper output) : IClassFixture<SelfReportFiles>
{
    // Measured when the batch was written (first run, before any fix): 襄阳 23, 荆州 0 of 13, 随州 28, 宜昌 0, 恩施 29,
    // 神农架 29 of 29 read right; wrong: 随州 29 (自评扣1分 read as 95, the total of the closing paragraph); totals: 襄阳
    // read 4 for 98.5 (the seal took the 合计 figure in OCR, a stray "4" of the row was taken), 宜昌 none for 99 (its
    // 得分/扣分 column and "99/8" cell not understood), the others right (荆州's 94.5 from the opening paragraph).
    //   襄阳 (gray copier, seal on page 2): 24–26 and 29 are in the OCR text with empty cells between title and score;
    //     27 lost to the seal; 28's "1.5" came out "15".
    //   荆州 (phone photo of page 1): the OCR text holds little of the table (2's "3 2.5" under a garbled title).
    //   宜昌 ("得分/扣分" pairs): the header is not taken for the score column and "6.5/0.5" is not a score; with both
    //     rewritten by hand all but 12 (文化市场执法) read.
    // Fixed by class on 2026-12-07: a score column headed 得分/扣分 gives its pairs' first part (宜昌 28, total 99; 12's
    // short title 文化市场执法 still unmatched); what follows the report's total in its line (其中基础项得分95分) scores no
    // indicator it does not name (随州 29, 29's 自评扣1分 kept).
    // Fixed by class on 2026-12-08: in a row wider than the header, an empty score cell's figure stands in the next filled
    // cell (襄阳 23 → 25: 26 and 29); a total below one of the report's own scores is a stray figure (襄阳's 4 dropped, the
    // sum 90.5 taken; 98.5 is written under the seal). 24 and 25 still unread.
    static readonly Dictionary<string, (int Right, int Wrong)> Floor = new()
    {
        ["襄阳市"] = (25, 0),
        ["荆州市"] = (0, 0),
        ["随州市"] = (29, 0),
        ["宜昌市"] = (28, 0),
        ["恩施州"] = (29, 0),
        ["神农架林区"] = (29, 0),
    };

    // Totals the product misreads (printed, not asserted).
    static readonly HashSet<string> TotalMissed = ["襄阳市"];

    // Indicators read that the file does not show or state (printed, not asserted), per region: the most allowed.
    static readonly Dictionary<string, int> ExtraAllowed = new();

    static readonly SelfReportFloor Held = new(Floor) { TotalMissed = TotalMissed, ExtraAllowed = ExtraAllowed };

    public static TheoryData<string> Files() => SelfReportFloor.Files(7);

    [Theory, MemberData(nameof(Files))]
    public void EachReportIsReadAsASelfEvaluationWithItsTotalAndAtLeastItsFloorOfScores(string file) => Held.Check(files, output, 7, file);

    [Fact]
    public void TheSeventhBatchIsSixReportsOfSixRegionsThePhotoShowingPageOneOnly()
    {
        var seventh = SelfReportTruth.Batch(7);
        Assert.Equal(6, seventh.Count);
        Assert.All(seventh, r => Assert.True(File.Exists(Path.Combine(SelfReportFiles.Folder, r.Key)), $"{r.Key} 不在语料中"));
        Assert.Equal(6, seventh.Keys.Select(k => Floor.Keys.Single(k.StartsWith)).Distinct().Count());
        foreach (var (name, (total, scores)) in seventh)
        {
            if (name.Contains("手机拍照第1页"))
            {
                // page 1 shows indicators 1–13; the total its opening paragraph states is that of all 29
                Assert.Equal(Enumerable.Range(1, 13), scores.Keys.Order());
                Assert.True(total > scores.Values.Sum());
                continue;
            }
            Assert.Equal(29, scores.Count);
            Assert.Equal(total, scores.Values.Sum());
        }
    }
}
