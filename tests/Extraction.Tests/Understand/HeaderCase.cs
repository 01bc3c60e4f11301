namespace Extraction.Tests.Understand;

/// <summary>One document written for the tests in the style of one office, with what a reader gets from it by hand.</summary>
/// <param name="Class">The way of writing it stands for (issuer in the title, web reprint, 工作信息 …).</param>
/// <param name="Ocr">True when the text stands for an OCR reading, whose header is mended against what is known.</param>
public sealed record HeaderCase(string Class, string Name, string Folder, string Text, string Type, string? Issuer, string? Number, string? Date,
    string[]? Flags = null, bool Ocr = false)
{
    public override string ToString() => $"{Class}: {Name}";
}
