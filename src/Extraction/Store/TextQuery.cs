namespace Extraction.Store;

/// <summary>Which tokens of a page a match looks at: the analyzer's words, or the overlapping Han bigrams.</summary>
public enum IndexColumn { Words, Bigrams }

/// <summary>How a match takes its tokens: all of them close together, in a row, or as the start of a token.</summary>
public enum MatchKind { Near, Phrase, Prefix }

public sealed record TextMatch(IndexColumn Column, MatchKind Kind, IReadOnlyList<string> Tokens);

/// <summary>One term of a query: any of its alternatives matches; joined to the clause before by AND, OR or NOT (null for the first).</summary>
public sealed record TextClause(string? Operator, IReadOnlyList<TextMatch> Alternatives);

/// <summary>A reviewer's query as the index sees it, each engine writing it in its own syntax (FTS5 MATCH, tsquery).</summary>
public sealed record TextQuery(IReadOnlyList<TextClause> Clauses)
{
    public bool IsEmpty => Clauses.Count == 0;
}
