using Extraction.Extract.Layout;
using Extraction.Extract.Scan;

namespace Extraction.Tests.Extract;

/// <summary>An unsure l, ll or ] alone in a table cell is a 1 when it has the size of the 1s read in the same stack.</summary>
public class LoneOnesTests
{
    // A stack whose confident figures fix a digit's height (30 px) and a 1's width (14 px), then the word under test in a cell of its own.
    static List<(int Part, Word Word)> Stack(string text, double width, double height, double confidence, bool alone = true)
    {
        List<(int, Word)> found = [(0, W("1", 14, 30, 0.95)), (1, W("3", 18, 30, 0.97)), (2, W("1", 15, 30, 0.92)), (3, W(text, width, height, confidence))];
        if (!alone) found.Add((3, W("情况", 60, 30, 0.9)));
        return found;
    }

    static Word W(string text, double width, double height, double confidence) => new(text, 50, 100, 50 + width, 100 + height, 0) { Confidence = confidence };

    static string? CellText(List<(int Part, Word Word)> mended) => mended.Where(x => x.Part == 3).Select(x => x.Word.Text).FirstOrDefault();

    [Theory]
    [InlineData("ll", 14, 31), InlineData("jl", 14, 31), InlineData("]", 14, 32), InlineData("l", 13, 31)]
    public void AnUnsureLookalikeAloneInItsCellWithAOnesSizeIsOne(string text, double width, double height) =>
        Assert.Equal("1", CellText(LoneOnes.Mend(Stack(text, width, height, 0.33))));

    [Fact]
    public void TwiceAOnesWidthIsEleven() => Assert.Equal("11", CellText(LoneOnes.Mend(Stack("ll", 29, 31, 0.4))));

    [Theory]
    [InlineData("i", 18, 31)]   // a 7 read as i is wider than a 1
    [InlineData("|", 4, 61)]    // the end of a ruling line is taller than a digit
    [InlineData("|", 1, 24)]    // a speck is thinner
    public void AnUnsureLookalikeOfAnotherSizeIsDropped(string text, double width, double height) =>
        Assert.Null(CellText(LoneOnes.Mend(Stack(text, width, height, 0.4))));

    [Fact]
    public void AnUnsureLookalikeBesideOtherWordsIsDropped() =>
        Assert.Equal("情况", CellText(LoneOnes.Mend(Stack("l", 14, 31, 0.3, alone: false))));

    [Fact]
    public void ASureWordStaysAsRead() => Assert.Equal("l", CellText(LoneOnes.Mend(Stack("l", 14, 31, 0.9))));
}
