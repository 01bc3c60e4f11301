using System.Text.RegularExpressions;
using Extraction.Understand.Profiles;

namespace Extraction.Tasks;

/// <summary>A cover letter that submits a document (关于报送…工作总结的函) carries it, as 关于印发…的通知 carries what it
/// issues: the units of a plan report their outputs that way. Added to the profile for tracking only.</summary>
public static partial class SubmittedDocuments
{
    public static DocumentProfile WithSubmitted(DocumentProfile profile)
    {
        if (Submits().Match(profile.Title) is not { Success: true } m) return profile;
        var title = m.Groups["t"].Value;
        if (TitleKinds.Of(title) is not { } kind || profile.Carried.Any(c => c.Title == title)) return profile;
        return profile with { Carried = [.. profile.Carried, new CarriedDocument(kind, title, "报送")] };
    }

    [GeneratedRegex(@"(?:报送|上报|呈报|提交)《?(?<t>[^《》]{4,60}?)》?的(?:函|报告|请示)$")] private static partial Regex Submits();
}
