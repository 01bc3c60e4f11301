using System.Text.Json;
using Extraction.Extract;
using Extraction.Tasks;
using Xunit.Abstractions;

namespace Extraction.Tests.Tasks;

/// <summary>Seed 002, the Wuhan task table whose cells the conversion ran together, as text, as Word and as a scan,
/// against the hand-checked file corpus/tasks/seed002.truth.json: every task number the text shows, under the category
/// the text gives it, and the measure rows checked line by line with their units and deadlines.</summary>
public class SeedTaskTableTests(ITestOutputHelper output)
{
    const string Seed = "武打假办发〔2019〕4号 任务细化表";

    static readonly JsonElement Truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(TaskTruth.Folder, "seed002.truth.json"))).RootElement;

    static Task<TaskBook> Import(string file) => new TaskImporter(new ExtractionOptions()).ImportAsync(Corpus.Notice(file), ["武汉市"], null, default);

    (int Numbers, int Categories, int Labelled, int Rows, int RowsRight) Score(TaskBook book) => ScoreFor(book, output);

    internal static (int Numbers, int Categories, int Labelled, int Rows, int RowsRight) ScoreFor(TaskBook book, ITestOutputHelper output)
    {
        int numbers = 0, categories = 0, labelled = 0, rows = 0, right = 0;
        foreach (var entry in Truth.GetProperty("task_numbers").EnumerateObject())
        {
            int number = int.Parse(entry.Name);
            var found = book.Tasks.Where(t => t.Number == number).ToList();
            if (found.Count > 0) numbers++; else output.WriteLine($"任务 {number}：未找到");
            if (entry.Value.ValueKind != JsonValueKind.String) continue;
            labelled++;
            if (found.Any(t => t.Category == entry.Value.GetString())) categories++;
            else output.WriteLine($"任务 {number}：类别 {string.Join("/", found.Select(t => t.Category).Distinct())}，应为 {entry.Value.GetString()}");
        }
        foreach (var row in Truth.GetProperty("rows").EnumerateArray())
        {
            rows++;
            var prefix = row.GetProperty("measure").GetString()!;
            var task = book.Tasks.FirstOrDefault(t => (t.Measure ?? "").Replace(" ", "").StartsWith(prefix.Replace(" ", ""), StringComparison.Ordinal));
            var units = row.GetProperty("units").EnumerateArray().Select(u => u.GetString()!).ToHashSet();
            var kind = row.GetProperty("deadline").GetProperty("kind").GetString()!;
            var date = row.GetProperty("deadline").GetProperty("date") is { ValueKind: JsonValueKind.String } d ? DateOnly.Parse(d.GetString()!) : (DateOnly?)null;
            bool ok = task is not null && task.Units.ToHashSet().SetEquals(units) && Snake(task.Deadline.Kind) == kind && task.Deadline.Date == date;
            if (ok) right++;
            else output.WriteLine($"措施“{prefix}”：{(task is null ? "未找到" : $"[{string.Join("、", task.Units)}] {task.Deadline.Kind} {task.Deadline.Date}")}，应为 [{string.Join("、", units)}] {kind} {date}");
        }
        output.WriteLine($"任务序号 {numbers}/{Truth.GetProperty("task_numbers").EnumerateObject().Count()}，类别正确 {categories}/{labelled}，核对措施行 {right}/{rows}");
        return (numbers, categories, labelled, rows, right);
    }

    static string Snake(DeadlineKind kind) => kind switch { DeadlineKind.YearEnd => "year_end", DeadlineKind.AsArranged => "as_arranged", DeadlineKind.HalfYear => "half_year", _ => kind.ToString().ToLowerInvariant() };

    [Theory]
    [InlineData(Seed + ".txt")]
    [InlineData(Seed + ".docx")]
    public async Task EveryTaskNumberIsFoundAndTheCheckedRowsHaveTheirUnitsAndDeadlines(string file)
    {
        var book = await Import(file);
        Assert.Equal(TaskForm.LooseTable, book.Form);
        Assert.Equal("武汉市", book.Region);
        var (numbers, categories, labelled, rows, right) = Score(book);
        Assert.Equal(Truth.GetProperty("task_numbers").EnumerateObject().Count(), numbers);
        Assert.Equal(labelled, categories);
        Assert.Equal(rows, right);
        Assert.NotEmpty(book.Unplaced);
    }

    // The OCR misreads category marks (二 as "=", a bracket as a quote or lost), drops a title's mark, wraps a cell onto a
    // row of its own: the reader mends those (LooseTableRepair), so the scan gives nearly what the text gives. What it
    // cannot mend is a character the OCR got wrong inside a measure (方案 read 广案) or a mark lost with its whole cell.
    [Fact]
    public async Task TheScanGivesNearlyEveryTaskNumberCategoryAndCheckedRow()
    {
        var book = await Import(Seed + "（扫描件）.pdf");
        var (numbers, categories, labelled, rows, right) = Score(book);
        Assert.True(numbers >= 0.95 * Truth.GetProperty("task_numbers").EnumerateObject().Count(), $"{numbers} task numbers");
        Assert.True(categories >= 0.85 * labelled, $"{categories}/{labelled} categories");
        Assert.True(right >= 0.85 * rows, $"{right}/{rows} rows");
    }
}
