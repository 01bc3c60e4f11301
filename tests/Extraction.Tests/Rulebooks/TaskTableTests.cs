using Extraction.Extract;
using Extraction.Rulebooks;

namespace Extraction.Tests.Rulebooks;

public class TaskTableTests
{
    static readonly string Seed002 = Corpus.Notice("武打假办发〔2019〕4号 任务细化表.txt");
    const string Seed002Docx = "武打假办发〔2019〕4号 任务细化表.docx";

    public static TheoryData<string> Forms => [Seed002, Corpus.Notice(Seed002Docx)];

    static async Task<(TaskTable Table, List<string> Lines)> Read(string path)
    {
        var options = new ExtractionOptions();
        var document = await new ExtractorSelector(options).For(FormatSniffer.Sniff(path)).ExtractAsync(path, default);
        var lines = RulebookImporter.TableLines(document.Tables).ToList();
        return (TaskTableParser.Parse(lines), lines);
    }

    [Theory, MemberData(nameof(Forms))]
    public async Task EveryTaskNumberInTheTextIsRecoveredWithItsCategory(string path)
    {
        var (table, lines) = await Read(path);
        var recovered = table.Categories.SelectMany(c => c.Tasks.Select(t => t.Number)).ToHashSet();
        var missing = TaskTableParser.TaskNumbersIn(lines).Where(n => !recovered.Contains(n)).ToList();
        Assert.Empty(missing);
        Assert.All(table.Categories, c => Assert.Matches("^[一二三四五六七八九十]+$", c.Number));
    }

    [Theory, MemberData(nameof(Forms))]
    public async Task NineInTenMeasureRowsHaveAResponsibleUnit(string path)
    {
        var (table, _) = await Read(path);
        var measures = table.Categories.SelectMany(c => c.Tasks).SelectMany(t => t.Measures).ToList();
        Assert.True(measures.Count > 100, $"{measures.Count} measures");
        double withUnit = measures.Count(m => m.Units.Count > 0) / (double)measures.Count;
        Assert.True(withUnit >= 0.9, $"{withUnit:P0} of measures have a unit");
        Assert.Contains(measures, m => m.Units.Contains("市市场监管局") && m.Deadline?.Kind == "year_end" && m.Deadline.Date == new DateOnly(2019, 12, 31));
    }

    [Fact]
    public async Task WhatCannotBePlacedIsListedWithItsLine()
    {
        var (table, _) = await Read(Seed002);
        Assert.NotEmpty(table.Unplaced);
        Assert.All(table.Unplaced, f => Assert.True(f.Line > 0 && f.Text.Length > 0));
    }

    [Theory]
    [InlineData("2019年底", "year_end", "2019-12-31")]
    [InlineData("2020年2月", "date", "2020-02-29")]
    [InlineData("2020年第一季度", "date", "2020-03-31")]
    [InlineData("持续开展", "ongoing", null)]
    [InlineData("按上级统一安排", "as_arranged", null)]
    public void DeadlinesAreNormalized(string text, string kind, string? date)
    {
        var deadline = TaskTableParser.ParseDeadline(text)!;
        Assert.Equal(kind, deadline.Kind);
        Assert.Equal(date is null ? null : DateOnly.Parse(date), deadline.Date);
    }
}
