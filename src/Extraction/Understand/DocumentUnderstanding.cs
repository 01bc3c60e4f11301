using Extraction.Pipelines;

namespace Extraction.Understand;

/// <summary>Reads a document's facts and judges whether it can count for its folder's region and the assessed year.</summary>
public sealed class DocumentUnderstanding(PipelineDefinition? pipeline)
{
    /// <param name="folderRegion">The region the document was filed under.</param>
    /// <param name="knownIssuers">Issuers read from text layers, to which an issuer OCR misread by a character or two is mended.</param>
    public DocumentFacts Understand(IReadOnlyList<string> pageTexts, string? folderRegion, IReadOnlyCollection<string>? knownIssuers = null)
    {
        var text = string.Join("\n", pageTexts);
        var header = HeaderReader.Read(pageTexts.FirstOrDefault() ?? "");
        // A document of several pages is signed and dated where its body ends: the first page that carries a signed
        // date (a circular merged with the minutes after it keeps the circular's date).
        if (HeaderReader.SignedDate(pageTexts.FirstOrDefault() ?? "") is null
            && pageTexts.Skip(1).FirstOrDefault(p => HeaderReader.SignedDate(p) is not null) is { } signedPage)
            header = header with { Date = HeaderReader.SignedDate(signedPage), Issuer = header.Issuer ?? HeaderReader.Read(signedPage).Issuer };
        if (header.Issuer is { } issuer && knownIssuers is not null)
            header = header with { Issuer = IssuerNames.Mend(issuer, knownIssuers) };
        var type = DocumentClassifier.Classify(header.Title, text, header.DocNumber is not null);
        var issuerRegion = RegionOf(header.Issuer);
        var flags = new List<string>();
        if (folderRegion is not null && issuerRegion is not null && issuerRegion != Canonical(folderRegion)) flags.Add("misfiled");
        if (pipeline is not null && header.Date is { } date && date.Year != pipeline.Year) flags.Add("wrong_year");
        return new DocumentFacts(type, header.Issuer, header.DocNumber, header.Title, header.Addressee, header.Date, header.PrintedDate, header.Attachments, issuerRegion)
        {
            Flags = flags,
        };
    }

    // The region an issuer belongs to: the first region name or alias its name starts with (宜昌市… → 宜昌市).
    string? RegionOf(string? issuer)
    {
        if (issuer is null || pipeline is null) return null;
        return pipeline.Regions.FirstOrDefault(r => issuer.StartsWith(r.Name) || r.Aliases.Any(a => issuer.StartsWith(a)))?.Name;
    }

    string Canonical(string folder) => pipeline?.RegionForFolder(folder) ?? folder;
}
