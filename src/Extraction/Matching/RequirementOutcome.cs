using Extraction.Understand.Profiles;

namespace Extraction.Matching;

/// <summary>How a requirement fared: the documents (or items inside them) that meet it, each with why.</summary>
public sealed record RequirementOutcome(Requirement Requirement, IReadOnlyList<RequirementMatch> Matches)
{
    public int Found => Matches.Count;
    public bool Met => Found >= Requirement.Count;
}

/// <summary>One document, or one item of it (a case, a press report), that meets a requirement, and why it does.
/// <see cref="Factor"/> lowers confidence when the act is read from a passage of minutes or a summary.</summary>
public sealed record RequirementMatch(RegionDocument Document, ContainedItem? Item, string Why, double Factor);
