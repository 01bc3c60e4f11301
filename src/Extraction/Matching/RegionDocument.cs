using Extraction.Understand;
using Extraction.Understand.Profiles;

namespace Extraction.Matching;

/// <summary>A document of a region as matching sees it: where it arrived, what it is, its pages' text.</summary>
public sealed record RegionDocument(string File, string Sha256, string? Region, DocumentFacts Facts, IReadOnlyList<(int Number, string Text, double? Confidence)> Pages)
{
    IReadOnlyList<(int, string, double?)>? joinedFrom;
    string joined = "";

    /// <summary>All pages' text, joined once per set of pages (a copy made `with` other pages joins its own).</summary>
    public string Text
    {
        get
        {
            if (!ReferenceEquals(joinedFrom, Pages)) (joined, joinedFrom) = (string.Join("\n", Pages.Select(p => p.Text)), Pages);
            return joined;
        }
    }

    /// <summary>What the document is and is about; the assessor profiles each document once when it is not given.</summary>
    public DocumentProfile? Profile { get; init; }

    /// <summary>A document counts only when it is from the region, of the year, and not a copy of another.</summary>
    public bool Counts => Facts.Flags.Count == 0;
}
