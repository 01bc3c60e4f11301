namespace Extraction.Extract.Layout;

/// <summary>A word with its box in page pixels; <see cref="Line"/> groups the words the engine read as one line.</summary>
public sealed record Word(string Text, double Left, double Top, double Right, double Bottom, int Line)
{
    /// <summary>How sure OCR was of the word (0–1); 1 for a text layer.</summary>
    public double Confidence { get; init; } = 1;

    public double CenterX => (Left + Right) / 2;
    public double CenterY => (Top + Bottom) / 2;
}
