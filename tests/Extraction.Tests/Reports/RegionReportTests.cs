using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Extraction.Extract;

namespace Extraction.Tests.Reports;

/// <summary>襄阳市's review report: opened as .docx with the OpenXml SDK, and as the PDF LibreOffice made, read by pdftotext.</summary>
[Collection(ExportedFormsCollection.Name)]
public sealed partial class RegionReportTests(ExportedForms forms)
{
    static string Flat(string text) => Spaces().Replace(text, "");

    [Fact]
    public void TheDocxIsLaidOutAfterGbT9704WithTitleRegionTablesSignaturesAndAnnex()
    {
        using var document = WordprocessingDocument.Open(forms.ReportDocx, false);
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(["2019年度市州打击侵权假冒工作绩效考核", "襄阳市评审报告"], paragraphs.Take(2));
        Assert.Contains(paragraphs, p => p.StartsWith("地区：襄阳市") && p.Contains("日期："));
        var section = body.Elements<SectionProperties>().Single();
        var (size, margin) = (section.GetFirstChild<PageSize>()!, section.GetFirstChild<PageMargin>()!);
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Equal((2098, 1985, 1588u, 1474u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        var title = body.Elements<Paragraph>().First().Descendants<RunProperties>().First();
        Assert.Equal(("方正小标宋简体", "44"), (title.RunFonts!.EastAsia!.Value, title.FontSize!.Val!.Value));
        Assert.Contains(document.MainDocumentPart.FooterParts.Single().Footer.Descendants<FieldCode>(), f => f.Text.Trim() == "PAGE");

        var tables = body.Elements<Table>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal(["序号", "考核内容", "分值", "建议得分", "复核得分", "自评得分"], tables[0].Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(29 + 2, tables[0].Elements<TableRow>().Count());
        Assert.Contains(tables[0].Elements<TableRow>(), r => r.Elements<TableCell>().Select(c => c.InnerText).SequenceEqual(["29", "确保不发生系统性区域性风险", "扣分项，最多扣100分", "", "", ""]));
        Assert.Contains(paragraphs, p => p.StartsWith("评审人员（签字）："));
        Assert.Contains("引用的证据材料清单", paragraphs);
        var annex = tables[1].Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Contains(annex, r => r[1] == "襄阳市/襄打假办发〔2019〕3号 关于开展2019年知识产权执法铁拳行动的通知.pdf" && r[2] == "第1页" && r[4].Contains("1(1)"));
    }

    [Fact]
    public void EveryClauseBelowItsMaximumHasItsReasonInTheReport()
    {
        using var document = WordprocessingDocument.Open(forms.ReportDocx, false);
        var text = Flat(string.Concat(document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText)));
        var below = forms.Assessment.GetProperty("regions")[0].GetProperty("clauses").EnumerateArray()
            .Where(c => c.GetProperty("suggested_points").GetDecimal() < c.GetProperty("max_points").GetDecimal()).ToList();
        Assert.NotEmpty(below);
        foreach (var c in below)
        {
            var address = $"{c.GetProperty("indicator").GetInt32()}({c.GetProperty("clause").GetInt32()})";
            Assert.Contains(address, text);
            foreach (var shortfall in c.GetProperty("shortfalls").EnumerateArray().Where(_ => c.GetProperty("status").GetString() != "needs_review"))
                Assert.Contains(Flat(shortfall.GetString()!), text);
        }
    }

    [Fact]
    public async Task ThePdfMadeByLibreOfficeCarriesTitleRegionIndicatorsAndReasons()
    {
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(forms.ReportPdf), 0, 4));
        var result = await ExternalProcess.RunAsync("pdftotext", ["-enc", "UTF-8", forms.ReportPdf, "-"], TimeSpan.FromSeconds(60), default);
        Assert.Equal(0, result.ExitCode);
        var text = Flat(result.StandardOutput);
        Assert.Contains("2019年度市州打击侵权假冒工作绩效考核", text);
        Assert.Contains("襄阳市评审报告", text);
        Assert.Contains("地区：襄阳市", text);
        Assert.Contains("开展商标专利行政执法工作情况", text);
        Assert.Contains("扣分项，最多扣100分", text);
        var reason = forms.Assessment.GetProperty("regions")[0].GetProperty("clauses").EnumerateArray()
            .First(c => c.GetProperty("status").GetString() == "missing" && c.GetProperty("shortfalls").GetArrayLength() > 0);
        Assert.Contains(Flat(reason.GetProperty("shortfalls")[0].GetString()!), text);
        Assert.Contains("评审人员（签字）", text);
    }

    [Fact]
    public void TheTerminalShowsDeductionsAndBonusesAsWhatTheyAre()
    {
        var line29 = forms.Terminal.Split('\n').Single(l => l.TrimStart().StartsWith("29 "));
        Assert.Contains("扣分项，最多扣100分", line29);
        Assert.Contains("-100", line29);
        Assert.Contains("加分项，最多加2分", forms.Terminal.Split('\n').Single(l => l.TrimStart().StartsWith("26 ")));
        Assert.DoesNotContain("满分 100", forms.Terminal);
    }

    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
}
