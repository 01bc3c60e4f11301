using Extraction.Extract;
using Extraction.Extract.Layout;

namespace Extraction.Tests.Extract;

/// <summary>The cells of a scanned table go to Tesseract in stacks that stay under the height it accepts.</summary>
public class CellStackTests
{
    static GrayImage Cell(int height) => new(40, height, Enumerable.Repeat((byte)255, 40 * height).ToArray());

    [Fact]
    public void ATableTallerThanTheLimitIsReadInSeveralStacksEachUnderIt()
    {
        // 300 cells of 400 px: one stack would be over 120,000 px, four times Tesseract's 32,767.
        var cells = Enumerable.Range(0, 300).Select(_ => Cell(400)).ToList();
        var chunks = PdfExtractor.StackChunks(cells, 30_000, gap: 50).ToList();
        Assert.True(chunks.Count >= 4, $"{chunks.Count} stacks");
        Assert.All(chunks, c => Assert.True(GrayImage.Stack(c, 50).Stack.Height <= 32_767));
        Assert.Equal(300, chunks.Sum(c => c.Count));
    }

    [Fact]
    public void ATableUnderTheLimitStaysOneStack() =>
        Assert.Single(PdfExtractor.StackChunks(Enumerable.Range(0, 20).Select(_ => Cell(400)).ToList(), 30_000, gap: 50));
}
