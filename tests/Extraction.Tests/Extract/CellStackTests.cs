using Extraction.Extract.Layout;

namespace Extraction.Tests.Extract;

/// <summary>The cells of a scanned table go to Tesseract in stacks that stay under the height it accepts.</summary>
public class CellStackTests
{
    static GrayImage Cell(int width, int height) => new(width, height, Enumerable.Repeat((byte)255, width * height).ToArray());

    [Fact]
    public void ATableTallerThanTheLimitIsReadInSeveralStacksEachUnderItWithEveryCellOnce()
    {
        // 300 cells of 400 px: one stack would be over 120,000 px, four times Tesseract's 32,767.
        var cells = Enumerable.Range(0, 300).Select(i => Cell(40 + i % 7 * 10, 400)).ToList();
        var chunks = CellStacks.Build(cells, gap: 50, maxHeight: 30_000);
        Assert.True(chunks.Count >= 4, $"{chunks.Count} stacks");
        Assert.All(chunks, c => Assert.True(c.Image.Height <= 30_000, $"{c.Image.Height} px"));
        Assert.Equal(Enumerable.Range(0, 300), chunks.SelectMany(c => c.Bands.Select(b => b.Part)));
    }

    [Fact]
    public void ATableUnderTheLimitStaysOneStack() =>
        Assert.Single(CellStacks.Build(Enumerable.Range(0, 20).Select(_ => Cell(40, 400)).ToList(), gap: 50, maxHeight: 30_000));

    [Fact]
    public void ACellTallerThanTheLimitGoesAloneAndTheOthersStillStack()
    {
        var chunks = CellStacks.Build([Cell(40, 100), Cell(40, 40_000), Cell(40, 100), Cell(40, 100)], gap: 10, maxHeight: 30_000);
        Assert.Equal([[0], [1], [2, 3]], chunks.Select(c => c.Bands.Select(b => b.Part).ToArray()));
    }
}
