using Extraction.Rulebooks;

namespace Extraction.Tests.Rulebooks;

/// <summary>What a corpus table's builder says each clause gives (its <c>.clauses.tsv</c> beside the notice): indicator,
/// clause, points, rule, the indicator's kind and most; and the checks every layout's test makes against it.</summary>
public static class BuilderClauses
{
    public static IReadOnlyList<string[]> Read(string stem) => File.ReadAllLines(Corpus.Notice(stem + ".clauses.tsv"))
        .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();

    /// <summary>Every clause, in order, with the points and rule the builder gives it.</summary>
    public static void AssertClauses(IReadOnlyList<string[]> expected, Rulebook rulebook)
    {
        var actual = rulebook.Indicators.SelectMany(i => i.Clauses.Select(c => $"{i.Number}\t{c.Number}\t{c.Points}\t{c.Rule}")).ToList();
        Assert.Equal(expected.Select(e => string.Join('\t', e[..4])), actual);
    }

    /// <summary>The clauses read with the points and rule the builder gives them, and the ones that are not (for a message).</summary>
    public static (int Right, IReadOnlyList<string> Wrong) Score(IReadOnlyList<string[]> expected, Rulebook rulebook)
    {
        var actual = rulebook.Indicators.SelectMany(i => i.Clauses.Select(c => $"{i.Number}\t{c.Number}\t{c.Points}\t{c.Rule}")).ToHashSet();
        var wrong = expected.Select(e => string.Join('\t', e[..4])).Where(e => !actual.Contains(e)).ToList();
        return (expected.Count - wrong.Count, wrong);
    }

    /// <summary>Every indicator with the kind and most the builder gives it.</summary>
    public static void AssertIndicators(IReadOnlyList<string[]> expected, Rulebook rulebook)
    {
        var indicators = expected.Select(e => (int.Parse(e[0]), e[4], decimal.Parse(e[5]))).Distinct().ToList();
        Assert.Equal(indicators, rulebook.Indicators.Select(i => (i.Number, i.Kind.ToString().ToLowerInvariant(), i.MaxPoints)));
    }
}
