namespace Extraction.Understand;

/// <summary>Mends an issuer that OCR misread by a character or two (训阳市农业农村局, …领导小组办公宇) to the issuer the
/// same submissions spell out in a text layer; a name no text document carries is left as read.</summary>
public static class IssuerNames
{
    public static string Mend(string issuer, IReadOnlyCollection<string> known, UnderstandingOptions? options = null)
    {
        options ??= new UnderstandingOptions();
        if (issuer.Length < 6 || known.Contains(issuer)) return issuer;
        int allowed = EditDistance.Allowed(issuer.Length, options.IssuerCharactersPerEdit, options.MaxEdits);
        var nearest = known.Where(k => k.Length == issuer.Length)
            .Select(k => (Name: k, Distance: EditDistance.Substitutions(k, issuer)))
            .Where(x => x.Distance <= allowed).OrderBy(x => x.Distance).ToList();
        return nearest.Count > 0 && (nearest.Count == 1 || nearest[0].Distance < nearest[1].Distance) ? nearest[0].Name : issuer;
    }
}
