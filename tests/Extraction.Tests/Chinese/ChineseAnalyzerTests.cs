using Extraction.Chinese;

namespace Extraction.Tests.Chinese;

public class ChineseAnalyzerTests
{
    static readonly Lazy<ChineseAnalyzer> Analyzer = new(() => new ChineseAnalyzer(DomainLexicon.Build([])));

    [Fact]
    public void ADomainTermStaysOneWord() =>
        Assert.Contains("两法衔接", Analyzer.Value.Analyze("健全两法衔接工作机制").Words.Select(t => t.Text));

    [Fact]
    public void EveryWordAndBigramKeepsItsOffsets()
    {
        var text = "开展植物新品种保护培训,有“培训通知”、培训总结";
        var analyzed = Analyzer.Value.Analyze(text);
        Assert.All(analyzed.Words, t => Assert.Equal(t.Text, text[t.Start..t.End].ToLowerInvariant()));
        Assert.All(analyzed.Bigrams, t => Assert.Equal(t.Text, string.Concat(text[t.Start], text[t.End - 1])));
        Assert.DoesNotContain(analyzed.Words, t => t.Text is "," or "“");
    }

    [Fact]
    public void BigramsBridgeQuotationMarksButNotLetters()
    {
        Assert.Contains("拳行", ChineseAnalyzer.Bigrams("“铁拳”行动").Select(t => t.Text));
        Assert.DoesNotContain("网专", ChineseAnalyzer.Bigrams("剑网2019专项").Select(t => t.Text));
    }
}
