namespace Extraction.Review;

/// <summary>Who is signed in: a role and, for reviewers and operators, the regions they act on (empty: every region).</summary>
public sealed record Account(string Name, string Role, IReadOnlyList<string> Regions)
{
    public const string Admin = "admin", Reviewer = "reviewer", Auditor = "auditor", Operator = "operator";
    public static readonly string[] Roles = [Admin, Reviewer, Auditor, Operator];

    public static string RoleLabel(string role) => role switch
    {
        Admin => "管理员",
        Reviewer => "复核人",
        Auditor => "抽查人",
        Operator => "收件员",
        _ => role,
    };

    bool InScope(string region) => Regions.Count == 0 || Regions.Contains(region);

    /// <summary>Scorecards, evidence, search: everyone but operators, within their regions.</summary>
    public bool MayRead(string region) => Role is Admin or Auditor || (Role == Reviewer && InScope(region));
    public bool MayReadAny => Role is Admin or Auditor or Reviewer;
    /// <summary>Deciding points and marking a region 复核完成: reviewers of that region only.</summary>
    public bool MayDecide(string region) => Role == Reviewer && InScope(region);
    public bool MayUnlock => Role == Admin;
    public bool MayAudit => Role is Admin or Auditor;
    /// <summary>Uploads and the queue: operators of their own region; admins everywhere.</summary>
    public bool MayUpload(string region) => Role == Admin || (Role == Operator && InScope(region));
    public bool MayManageAccounts => Role == Admin;
}
