using Extraction.Extract;
using Extraction.Rulebooks;
using Xunit.Abstractions;

namespace Extraction.Tests.Rulebooks;

/// <summary>The small tables of <see cref="OtherLayoutTables"/>, read by the same parser as the notices.</summary>
public class OtherLayoutRulebookTests(ITestOutputHelper output)
{
    public static TheoryData<string> Names => [.. OtherLayoutTables.All.Select(t => t.Name)];

    static Rulebook Parse(OtherLayoutTables.Table table) =>
        RulebookParser.Parse(["评分细则"], [new ExtractedTable(1, table.Rows.Select(r => (IReadOnlyList<string>)r).ToList())]);

    [Theory, MemberData(nameof(Names))]
    public void EveryClauseHasItsPointsAndRule(string name)
    {
        var table = OtherLayoutTables.All.Single(t => t.Name == name);
        var rulebook = Parse(table);
        var actual = rulebook.Indicators.SelectMany(i => i.Clauses.Select(c => new OtherLayoutTables.Expected(i.Number, c.Number, c.Points, c.Rule))).ToList();
        int exact = table.Clauses.Count(e => actual.Any(a => (a.Indicator, a.Clause, a.Points) == (e.Indicator, e.Clause, e.Points)));
        output.WriteLine($"{name}: points exact {exact}/{table.Clauses.Length}");
        Assert.Equal(table.Clauses, actual);
    }

    [Theory, MemberData(nameof(Names))]
    public void IndicatorKindsCapsAreasAndTotalsAreRead(string name)
    {
        var table = OtherLayoutTables.All.Single(t => t.Name == name);
        var rulebook = Parse(table);
        Assert.Equal(table.Indicators, rulebook.Indicators.Select(i => (i.Number, i.Kind.ToString().ToLowerInvariant(), i.MaxPoints)));
        Assert.Equal(table.Areas, rulebook.Areas.Select(a => a.Title));
        Assert.Equal((table.Total, table.Stated), (rulebook.TotalPoints, rulebook.StatedTotal));
        Assert.Empty(rulebook.Problems);
    }
}
