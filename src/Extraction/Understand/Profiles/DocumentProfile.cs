namespace Extraction.Understand.Profiles;

/// <summary>What a document is and what it is about, computed once from its facts and text: its kind and the kinds it
/// carries (印发/转发《…》, 附件, （附名单）), its subject (title, quoted names, action names, opening), who issued it and
/// when, and the items it holds (numbered cases, press reports with their outlet's level, roster rows).</summary>
public sealed record DocumentProfile(
    string Kind,
    string Title,
    IReadOnlyList<CarriedDocument> Carried,
    IReadOnlyList<string> Names,
    string Opening,
    string? Issuer,
    string? IssuerRegion,
    DateOnly? Date,
    IReadOnlyList<ContainedItem> Items,
    int RosterRows)
{
    /// <summary>The document's own kind, then the kinds it carries.</summary>
    public IEnumerable<string> Kinds => Carried.Select(c => c.Kind).Prepend(Kind);

    /// <summary>What the document is about: its title, the titles of what it carries, the names it quotes, its opening.
    /// A word further down only supports.</summary>
    public string About => string.Join("\n", Carried.Select(c => c.Title).Prepend(Title).Concat(Names).Append(Opening));
}

/// <summary>A document carried inside another: the plan a circular 印发, the circular it 转发, an attachment, a roster
/// "（附名单）". <see cref="Via"/> is the word that carries it.</summary>
public sealed record CarriedDocument(string Kind, string Title, string Via);

/// <summary>One item inside a file: a numbered case (案例一), a press report of a compilation (with its outlet's level,
/// null when no known outlet shows).</summary>
public sealed record ContainedItem(string Kind, string Heading, string Text, string? OutletLevel);
