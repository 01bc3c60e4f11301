using DocumentFormat.OpenXml.Spreadsheet;

namespace Extraction.Tests.Reports;

/// <summary>The audit list opened with the OpenXml SDK: a summary, then one sheet per region whose rows a region can act on.</summary>
[Collection(ExportedFormsCollection.Name)]
public sealed class AuditListFormTests(ExportedForms forms)
{
    static readonly string[] Headers = ["序号", "地区", "类别", "条款", "存在的问题", "涉及文件", "处理建议"];

    static List<List<string>> Findings(Worksheet sheet) =>
        sheet.Descendants<Row>().Where(r => r.RowIndex! > 3).Select(r => Workbook.Row(sheet, (int)r.RowIndex!.Value)).Where(r => r.Count == Headers.Length && int.TryParse(r[0], out _)).ToList();

    [Fact]
    public void ASummaryThenOneSheetPerRegionEachUnderItsTitleWithFrozenHeadersAndPrintTitles()
    {
        using var book = new Workbook(forms.Audit);
        Assert.Equal(["汇总", "宜昌市", "襄阳市", "荆州市"], book.SheetNames);
        Assert.Equal("2019年度市州打击侵权假冒工作绩效考核材料抽查清单（汇总）", Workbook.Text(book.Sheet("汇总"), "A1"));
        Assert.Equal("2019年度市州打击侵权假冒工作绩效考核材料抽查清单（襄阳市）", Workbook.Text(book.Sheet("襄阳市"), "A1"));
        Assert.Equal(Headers, Workbook.Row(book.Sheet("襄阳市"), 3));
        foreach (var name in book.SheetNames)
        {
            var sheet = book.Sheet(name);
            Assert.Equal(3, sheet.Descendants<Pane>().Single().VerticalSplit!.Value);
            Assert.Equal(OrientationValues.Landscape, sheet.GetFirstChild<PageSetup>()!.Orientation!.Value);
        }
        Assert.Equal(4, book.Part.Workbook.DefinedNames!.Elements<DefinedName>().Count(d => d.Name == "_xlnm.Print_Titles"));
    }

    [Fact]
    public void TheSummaryCountsEachRegionsFindingsWithTotalsAsFormulas()
    {
        using var book = new Workbook(forms.Audit);
        var summary = book.Sheet("汇总");
        int row = Workbook.RowStarting(summary, "A", "襄阳市");
        var count = Workbook.Cell(summary, $"B{row}")!;
        Assert.Equal(CellValues.Number, count.DataType!.Value);
        Assert.Equal(Findings(book.Sheet("襄阳市")).Count(f => f[2] == "缺少材料"), int.Parse(count.CellValue!.Text));
        var total = Workbook.Cell(summary, $"I{row}")!;
        Assert.Equal($"SUM(B{row}:H{row})", total.CellFormula!.Text);
        Assert.Equal(Findings(book.Sheet("襄阳市")).Count, int.Parse(total.CellValue!.Text));
    }

    [Fact]
    public void EveryRowNamesTheRegionAndAFileProblemSaysWhatIsWrongAndWhatToDo()
    {
        using var book = new Workbook(forms.Audit);
        var xiangyang = Findings(book.Sheet("襄阳市"));
        Assert.All(xiangyang, f => Assert.Equal("襄阳市", f[1]));
        Assert.All(xiangyang, f => Assert.NotEmpty(f[6]));

        var misfiled = xiangyang.Single(f => f[2] == "错放地区");
        Assert.Equal("襄阳市/宜打假办发〔2019〕9号 关于开展植物新品种保护培训的通知.docx", misfiled[5]);
        Assert.Contains("发文机关为宜昌市", misfiled[4]);
        Assert.Contains("（属宜昌市），却放在襄阳市的材料中", misfiled[4]);

        var duplicate = xiangyang.Single(f => f[5] == "襄阳市/植物新品种保护培训总结（横向扫描）.png");
        Assert.Equal("重复提交", duplicate[2]);
        Assert.StartsWith("与 襄阳市/植物新品种保护培训总结.pdf 内容相同", duplicate[4]);

        var wrongYear = xiangyang.Single(f => f[5] == "襄阳市/襄阳市2020年打击侵权假冒工作要点.docx");
        Assert.Equal("非考核年度", wrongYear[2]);
        Assert.Matches(@"^成文日期为2020年\d+月\d+日，不属于考核年度（2019年）", wrongYear[4]);
        Assert.Equal("请补交考核年度（2019年）的同类材料。", wrongYear[6]);

        var unreadable = Findings(book.Sheet("荆州市")).Single(f => f[5] == "荆州市/荆州市知识产权执法典型案例.pdf");
        Assert.Equal("无法读取", unreadable[2]);
        Assert.StartsWith("无法读取：PDF 文件损坏或不完整", unreadable[4]);
        Assert.StartsWith("请重新导出或重新扫描", unreadable[6]);
    }

    [Fact]
    public void AClauseShortOfMaterialsIsNamedByNumberAndTitleWithWhatIsMissing()
    {
        using var book = new Workbook(forms.Audit);
        // 荆州市 held no 软件正版化 training at all.
        var training = Findings(book.Sheet("荆州市")).Single(f => f[3].StartsWith("9(3) "));
        Assert.Equal("9(3) 政府机关和企业软件正版化培训", training[3]);
        Assert.Equal("缺少材料", training[2]);
        Assert.Contains("本条满分 1 分，材料支持 0 分。", training[4]);
        Assert.Contains("缺少：", training[4]);
        // A bonus item is not a shortfall: nothing of indicator 26 is listed as missing.
        Assert.DoesNotContain(Findings(book.Sheet("襄阳市")), f => f[3].StartsWith("26("));
    }
}
