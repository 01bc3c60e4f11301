namespace Extraction.Matching;

/// <summary>What a clause asks for, read from its words: a document of one of <see cref="Materials"/> (alternatives:
/// "通知或考核结果") about <see cref="Subject"/>, at least <see cref="Count"/> of them. <see cref="Implied"/> when the clause
/// names no material and the kind is the one its act implies (部署 → 通知, 建立…制度 → 文件, 召开会议 → 会议纪要).</summary>
public sealed record Requirement(IReadOnlyList<string> Materials, string Subject, int Count, bool Implied)
{
    /// <summary>Every material the clause names beside this one: their words are not the subject either
    /// ("培训通知、培训总结、人员名单等材料" is about the training, not about 名单).</summary>
    public IReadOnlyList<string> Named { get; init; } = [];

    /// <summary>Publicity asked for online (组织网上正面宣传报道): only a report whose outlet is a website, a client or a
    /// web page meets it.</summary>
    public bool Online { get; init; }

    /// <summary>The indicator's field the subject is read in (农资 for 组织开展重大专项活动 under indicator 14): a document
    /// about the subject must name one of these too.</summary>
    public IReadOnlyList<string> Field { get; init; } = [];

    /// <summary>The canonical material reported as missing (the first alternative).</summary>
    public string Material => Materials[0];

    /// <summary>What is missing, as kind + subject: 执法联络员制度文件, 宣传报道工作方案.</summary>
    public string Describe() => RequirementWords.Phrase(Wording ?? Subject, Material);

    /// <summary>The clause's own words for the subject when matching reads it with another (its indicator's field): a
    /// shortfall is named in the clause's words.</summary>
    public string? Wording { get; init; }
}
