namespace Extraction.Chinese;

/// <summary>A token with its character offsets [Start, End) in the text it came from.</summary>
public readonly record struct Token(string Text, int Start, int End);
