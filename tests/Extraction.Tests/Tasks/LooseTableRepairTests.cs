using Extraction.Tasks;

namespace Extraction.Tests.Tasks;

/// <summary>What a scan's OCR does to a task table, each class on rows written for it (one line a row, cells split by
/// tabs, as the extractors give a table): a cell's wrapped lines read as a row of their own, a category numeral read as a
/// sign, a bracket read as a quote or lost, a category title whose mark was lost before the task's number.</summary>
public class LooseTableRepairTests
{
    static readonly string[] Scanned =
    [
        "任务名称\t任务细项\t细化措施\t完成时间\t负责单位",
        "(一) 强化重点领域集中整治\t1. 坚持专项整治与日常监管相结合\t开展2019网络市场监管专项行动。\t2019年底\t市市场监管局",
        // 二 read as "=": the title, shown with its number further down, tells the category.
        "<b>(=)加强部门间执法协作 </b> 2.执法监管部门发挥各自优势\t研究制定《文化市场综合行政执法事项指导目\t按上级统一安排\t市文化和旅游局",
        // The rest of the cells above, wrapped onto a row of their own.
        "\t录》。\t\t",
        "(二) 加强部门间执法协作\t\t建立和完善线索通报、案件移送等协作机制。\t2020年底\t市文化和旅游局",
        // The opening bracket read as a quote.
        "“三 ) 推进区域间执法协调联动\t3. 加强区域间执法协作\t探索建立跨区域打击侵犯林业植物新品种权联席会议制度。\t2020年底\t市园林和林业局",
        // The mark lost, the title run into the task's number.
        "充分发挥司法保护的作用 4. 加强刑事司法保护\t重点办理一批情节严重的侵权假冒案件。\t2019年12月\t市检察院",
        "(四) 充分发挥司法保护的作用\t\t加大对侵害知识产权犯罪的惩处力度。\t持续开展\t市检察院",
        // The closing bracket lost.
        "(十五健全知识产权公共服务体系\t5. 强化知识产权工作机制\t加强与商会协会的联络，提供知识产权保护服务。\t持续开展\t市商务局",
        // A unit's name cut by the cell's wrap.
        "\t\t加强生态环境执法人员培训。\t2019年底\t市生态环",
        "\t\t\t\t境局",
    ];

    static (List<WorkTask> Tasks, List<TaskCategory> Categories, List<TaskFragment> Unplaced) Read() => LooseTableTasks.Read(Scanned, "武汉市", 2019);

    [Theory]
    [InlineData(1, "一")]
    [InlineData(2, "二")]
    [InlineData(3, "三")]
    [InlineData(4, "四")]
    [InlineData(5, "十五")]
    public void EachTaskIsUnderTheCategoryItsDamagedOrLostMarkStoodFor(int number, string category)
    {
        var tasks = Read().Tasks.Where(t => t.Number == number).ToList();
        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.Equal(category, t.Category));
    }

    [Fact]
    public void ARowOfWrappedLinesIsTheRestOfTheCellsAbove()
    {
        var (tasks, _, unplaced) = Read();
        var measure = Assert.Single(tasks, t => t.Measure?.StartsWith("研究制定", StringComparison.Ordinal) == true);
        Assert.Equal("研究制定《文化市场综合行政执法事项指导目录》。", measure.Measure);
        Assert.Equal(DeadlineKind.AsArranged, measure.Deadline.Kind);
        var training = Assert.Single(tasks, t => t.Measure?.StartsWith("加强生态环境执法人员培训", StringComparison.Ordinal) == true);
        Assert.Equal(["市生态环境局"], training.Units);
        Assert.DoesNotContain(unplaced, f => f.Text.Contains("录》") || f.Text.Contains("境局"));
    }

    [Fact]
    public void ACategoryIsTitledOnceByItsWholeMark()
    {
        var categories = Read().Categories;
        Assert.Equal(["一", "二", "三", "四", "十五"], categories.Select(c => c.Number).ToArray());
        Assert.Equal("加强部门间执法协作", categories.Single(c => c.Number == "二").Title);
    }

    // The merged cell of category 三 lost its first line, mark and all: only its title's end stands in the category column.
    static string[] LostMark(string words) =>
    [
        "任务名称\t任务细项\t细化措施\t完成时间\t负责单位",
        "(一) 强化重点领域集中整治\t1. 坚持专项整治\t开展专项整治行动。\t2019年底\t市市场监管局",
        "(二) 加强部门间执法协作\t2. 完善执法协作\t建立部门间协作机制。\t2020年底\t市文化和旅游局",
        "\t\t配合开展联合执法。\t持续开展\t市公安局",
        "\t3. 加强大数据等新技术在执法监管中的应用\t积极建设研判团队和研判平台。\t持续开展\t市公安局",
        words + "\t\t配合做好线索研判。\t2019年底\t武汉海关",
        "(四) 加快推进信用体系建设\t4. 全面实施信息共享制度\t建立健全联合奖惩机制。\t2019年底\t市发展改革委",
    ];

    [Fact]
    public void ACategoryWhoseMarkWasLostWithItsCellIsTheOneMissingBetweenItsNeighbours()
    {
        var tasks = LooseTableTasks.Read(LostMark("化建设"), "武汉市", 2019).Tasks;
        Assert.All(tasks.Where(t => t.Number == 3), t => Assert.Equal("三", t.Category));
        Assert.All(tasks.Where(t => t.Number == 2), t => Assert.Equal("二", t.Category));
        Assert.Equal(2, tasks.Count(t => t.Number == 2));
    }

    [Fact]
    public void TheWrappedEndOfTheCurrentCategorysTitleIsNoNewCategory()
    {
        var tasks = LooseTableTasks.Read(LostMark("执法协作"), "武汉市", 2019).Tasks;
        Assert.All(tasks.Where(t => t.Number == 3), t => Assert.Equal("二", t.Category));
    }

    [Fact]
    public void ATableReadWholeIsLeftAsItIs()
    {
        string[] whole = ["任务名称\t细化措施\t完成时间\t负责单位", "(一) 强化重点领域集中整治 1. 坚持专项整治\t开展专项行动，查处一批案件。\t2019年底\t市市场监管局",
            "“一带一路”沿线国家知识产权合作\t加强与沿线国家知识产权交流。\t持续开展\t市商务局", "(二) 加强部门间执法协作 2. 完善执法协作\t配合开展年度打击侵权假冒工作绩效考核等工作。\t\t",
            "\t派员参加现场考核。\t\t"];
        Assert.Equal(whole, LooseTableRepair.Repair(whole));
    }
}
