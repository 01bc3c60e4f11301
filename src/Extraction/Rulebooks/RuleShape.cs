namespace Extraction.Rulebooks;

/// <summary>The shapes a scoring clause takes (DOMAIN.md), as written in the rulebook file.</summary>
public static class RuleShape
{
    public const string Fixed = "fixed";
    public const string Materials = "materials";
    public const string TwoAwards = "multi_award";
    public const string Tiered = "tiered";
    public const string PerItem = "per_item";
    public const string Threshold = "threshold";
    public const string Deduction = "deduction";
    public const string RateBands = "rate_bands";
    public const string Growth = "growth";
    public const string Ranking = "ranking";
    public const string Unparsed = "unparsed";
}
