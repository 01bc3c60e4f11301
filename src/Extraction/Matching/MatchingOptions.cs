namespace Extraction.Matching;

/// <summary>Thresholds and weights of matching documents to clauses, bound from the "Matching" section of configuration
/// (appsettings.json, EXTRACTION_Matching__&lt;Name&gt;); the defaults are the values the evaluation set was tuned with.</summary>
public sealed class MatchingOptions
{
    /// <summary>Share of a subject's weight (its telling words, weighed by how few clauses use them) a document's title,
    /// carried titles and opening must hold to be about the subject. Default 0.6.</summary>
    public double SubjectShare { get; set; } = 0.6;

    /// <summary>The share needed when the document already is the kind the clause asks for (a press report on 商标侵权
    /// cases, one on 假冒专利 cases, are both publicity of 商标专利执法). Default 0.25.</summary>
    public double KindSubjectShare { get; set; } = 0.25;

    /// <summary>Whether a subject's most telling word (the one fewest clauses use) must be among the words found.
    /// Default true.</summary>
    public bool RequireTellingWord { get; set; } = true;

    /// <summary>Words weighing at least this share of the most telling word's weight are as telling and must be found
    /// too. Default 0.9.</summary>
    public double TellingBand { get; set; } = 0.9;

    /// <summary>How many characters after the title (and the addressee line) count as the opening. Default 200.</summary>
    public int OpeningCharacters { get; set; } = 200;

    /// <summary>Table rows (number, name) a document must hold to carry a roster. Default 3.</summary>
    public int RosterRows { get; set; } = 3;

    /// <summary>Confidence of evidence read from a text layer. Default 0.9; OCR evidence is this times its confidence.</summary>
    public double TextConfidence { get; set; } = 0.9;

    /// <summary>Factor on confidence when the act is read from a passage of minutes or a summary rather than from a
    /// document about it. Default 0.85.</summary>
    public double RecordFactor { get; set; } = 0.85;

    /// <summary>Confidence of a shortfall (nothing found). Default 0.7; 0.6 when part of a clause is met.</summary>
    public double MissingConfidence { get; set; } = 0.7;

    /// <summary>Confidence of a partly met clause. Default 0.6.</summary>
    public double PartialConfidence { get; set; } = 0.6;
}
