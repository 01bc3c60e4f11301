using Extraction.Understand;

namespace Extraction.Matching;

/// <summary>A document of a region as matching sees it: where it arrived, what it is, its pages' text.</summary>
public sealed record RegionDocument(string File, string Sha256, string? Region, DocumentFacts Facts, IReadOnlyList<(int Number, string Text, double? Confidence)> Pages)
{
    // Computed, not stored: a copy made with `with` and other pages must not keep the old text.
    public string Text => string.Join("\n", Pages.Select(p => p.Text));

    /// <summary>A document counts only when it is from the region, of the year, and not a copy of another.</summary>
    public bool Counts => Facts.Flags.Count == 0;
}
