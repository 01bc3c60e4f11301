using DocumentFormat.OpenXml.Spreadsheet;

namespace Extraction.Tests.Reports;

/// <summary>The scorecard opened with the OpenXml SDK: the office's form, not a bare grid.</summary>
[Collection(ExportedFormsCollection.Name)]
public sealed class ScorecardFormTests(ExportedForms forms)
{
    const string Title = "2019年度市州打击侵权假冒工作绩效考核评分表";

    [Fact]
    public void EverySheetIsHeadedByThePipelinesTitleAndTheNoticesColumns()
    {
        using var book = new Workbook(forms.Scorecard);
        Assert.Equal(["总览", "宜昌市", "襄阳市", "荆州市"], book.SheetNames);
        foreach (var name in book.SheetNames) Assert.Equal(Title, Workbook.Text(book.Sheet(name), "A1"));
        var region = book.Sheet("襄阳市");
        Assert.Equal(["考核重点", "考核内容", "分值", "建议得分", "复核得分", "自评得分", "缺失材料", "备注"], Workbook.Row(region, 3));
        Assert.Contains("地区：襄阳市", Workbook.Text(region, "A2"));
        // The overview: regions in the province's order, each over its three columns.
        var overview = book.Sheet("总览");
        Assert.Equal(["宜昌市", "襄阳市", "荆州市"], new[] { "D3", "G3", "J3" }.Select(r => Workbook.Text(overview, r)));
        Assert.Equal(["建议得分", "复核得分", "自评得分"], new[] { "D4", "E4", "F4" }.Select(r => Workbook.Text(overview, r)));
        Assert.Contains(overview.Descendants<MergeCell>(), m => m.Reference == "D3:F3");
    }

    [Fact]
    public void AreasAreMergedOverTheirIndicatorsAndBonusAndDeductionItemsSayWhatTheyAre()
    {
        using var book = new Workbook(forms.Scorecard);
        var sheet = book.Sheet("襄阳市");
        Assert.Equal("一、严格知识产权保护", Workbook.Text(sheet, "A4"));
        Assert.Equal("1.开展商标专利行政执法工作情况", Workbook.Text(sheet, "B4"));
        // Indicators 1 … 13 are area 一: rows 4 … 16.
        Assert.Contains(sheet.Descendants<MergeCell>(), m => m.Reference == "A4:A16");
        Assert.Equal("加分项，最多加2分", Workbook.Text(sheet, $"C{Workbook.RowStarting(sheet, "B", "26.")}"));
        Assert.Equal("扣分项，最多扣100分", Workbook.Text(sheet, $"C{Workbook.RowStarting(sheet, "B", "29.")}"));
    }

    [Fact]
    public void PointsAreNumbersWithOneDecimalAndTotalsAreFormulas()
    {
        using var book = new Workbook(forms.Scorecard);
        var sheet = book.Sheet("襄阳市");
        var max = Workbook.Cell(sheet, $"C{Workbook.RowStarting(sheet, "B", "10.")}")!;
        Assert.Equal(CellValues.Number, max.DataType!.Value);
        Assert.Equal("3", max.CellValue!.Text);
        Assert.Equal("0.0#", book.NumberFormat(max));

        int total = Workbook.RowStarting(sheet, "A", "合计");
        Assert.Equal(32 + 1, total);
        var maxTotal = Workbook.Cell(sheet, $"C{total}")!;
        Assert.Equal("SUM(C4:C28,C30:C31)", maxTotal.CellFormula!.Text);
        Assert.Equal("107", maxTotal.CellValue!.Text);
        // The suggested total adds the bonus row (29 = indicator 26) and takes away the deduction row (32 = indicator 29).
        var suggested = Workbook.Cell(sheet, $"D{total}")!;
        Assert.Equal("IF(COUNT(D4:D32)=0,\"\",SUM(D4:D28,D30:D31)+SUM(D29)-SUM(D32))", suggested.CellFormula!.Text);
        var cells = Enumerable.Range(4, 29).Select(r => Workbook.Cell(sheet, $"D{r}")?.CellValue?.Text).OfType<string>().Where(t => t.Length > 0).Sum(t => decimal.Parse(t));
        Assert.Equal(cells, decimal.Parse(suggested.CellValue!.Text));
        Assert.Equal(forms.Assessment.GetProperty("regions")[0].GetProperty("suggested_total").GetDecimal(), decimal.Parse(suggested.CellValue.Text));
        // No decision is stored yet: 复核得分 is empty, and so is its total (not 0).
        Assert.All(Enumerable.Range(4, 29), r => Assert.Null(Workbook.Cell(sheet, $"E{r}")!.CellValue));
        Assert.Equal("", Workbook.Cell(sheet, $"E{total}")!.CellValue!.Text);
    }

    [Fact]
    public void HeaderRowsAndFirstColumnsAreFrozenAndPagesPrintA4LandscapeWithTheTitleRepeated()
    {
        using var book = new Workbook(forms.Scorecard);
        var names = book.Part.Workbook.DefinedNames!.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").ToList();
        foreach (var (name, index) in book.SheetNames.Select((n, i) => (n, i)))
        {
            var sheet = book.Sheet(name);
            var pane = sheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal(name == "总览" ? 4 : 3, pane.VerticalSplit!.Value);
            Assert.Equal(name == "总览" ? 3 : 2, pane.HorizontalSplit!.Value);
            var setup = sheet.GetFirstChild<PageSetup>()!;
            Assert.Equal(9u, setup.PaperSize!.Value);
            Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
            Assert.Equal((1u, 0u), (setup.FitToWidth!.Value, setup.FitToHeight!.Value));
            Assert.True(sheet.SheetProperties!.PageSetupProperties!.FitToPage!.Value);
            Assert.Equal($"'{name}'!$1:${(name == "总览" ? 4 : 3)}", names.Single(d => d.LocalSheetId!.Value == index).Text);
            Assert.True(sheet.GetFirstChild<Columns>()!.Elements<Column>().All(c => c.CustomWidth!.Value && c.Width!.Value >= 5));
        }
    }

    [Fact]
    public void ASelfScoreAboveTheEvidenceIsColouredAndOneWithinItIsNot()
    {
        using var book = new Workbook(forms.Scorecard);
        var sheet = book.Sheet("襄阳市");
        var rule = sheet.Descendants<ConditionalFormatting>().Single();
        Assert.Equal("F4:F32", rule.SequenceOfReferences!.InnerText);
        var formula = rule.Descendants<Formula>().Single().Text;
        Assert.Equal("AND(ISNUMBER(F4),ISNUMBER(IF(ISNUMBER(E4),E4,D4)),F4>IF(ISNUMBER(E4),E4,D4))", formula);
        var fill = book.Part.WorkbookStylesPart!.Stylesheet.DifferentialFormats!.Elements<DifferentialFormat>().ElementAt((int)rule.Descendants<ConditionalFormattingRule>().Single().FormatId!.Value);
        Assert.Equal("FFFFC7CE", fill.Fill!.PatternFill!.BackgroundColor!.Rgb!.Value);

        // The rule as a spreadsheet applies it, row by row, against the rows the assessment flags.
        var flagged = forms.Assessment.GetProperty("regions")[0].GetProperty("indicators").EnumerateArray()
            .Where(i => i.GetProperty("unsupported").GetBoolean() && i.GetProperty("indicator").GetInt32() < 26).Select(i => i.GetProperty("indicator").GetInt32()).ToList();
        Assert.NotEmpty(flagged);
        for (int indicator = 1; indicator <= 25; indicator++)
        {
            int row = Workbook.RowStarting(sheet, "B", $"{indicator}.");
            decimal? Value(string column) => Workbook.Cell(sheet, $"{column}{row}")?.CellValue?.Text is { Length: > 0 } t ? decimal.Parse(t) : null;
            bool coloured = Value("F") is { } self && Value("D") is { } suggested && self > suggested;
            // An indicator left whole to a reviewer has no suggestion to be above.
            Assert.Equal(flagged.Contains(indicator) && Value("D") is not null, coloured);
            if (coloured) Assert.Contains("自评高于材料支持的分数", Workbook.Text(sheet, $"H{row}"));
        }
    }
}
