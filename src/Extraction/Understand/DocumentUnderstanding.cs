using Extraction.Pipelines;
using Extraction.Rulebooks;

namespace Extraction.Understand;

/// <summary>Reads a document's facts and judges whether it can count for its folder's region and the assessed year.</summary>
/// <param name="notice">The pipeline's notice (from its rulebook): its date and deadline bound the window after the year
/// in which the year's self-evaluations and summaries are dated.</param>
public sealed class DocumentUnderstanding(PipelineDefinition? pipeline, UnderstandingOptions? options = null, NoticeInfo? notice = null)
{
    readonly UnderstandingOptions options = options ?? new UnderstandingOptions();
    readonly PlaceNames places = new(pipeline);
    readonly AssessmentWindow? window = AssessmentWindow.Of(pipeline, notice);

    /// <param name="folderRegion">The region the document was filed under.</param>
    /// <param name="ocrKnown">For an OCR'd document: the issuers and number agencies text layers spell out, to which its
    /// header is mended (as are its places and organs, against the pipeline and the options); null for a text layer.</param>
    public DocumentFacts Understand(IReadOnlyList<string> pageTexts, string? folderRegion, KnownHeaders? ocrKnown = null)
    {
        // Traditional characters are read as simplified; the stored text stays as it came.
        var pages = pageTexts.Select(TraditionalChinese.ToSimplified).ToList();
        var text = string.Join("\n", pages);
        // A signed date whose year OCR could not read is told from the years the whole document names, never beyond the deadline.
        var dates = new DateContext(text, window?.To);
        var header = HeaderReader.Read(pages.FirstOrDefault() ?? "", options, dates);
        // A document of several pages is signed and dated where its body ends: the first page that carries a signed
        // date (a circular merged with the minutes after it keeps the circular's date).
        if (HeaderReader.SignedDate(pages.FirstOrDefault() ?? "", dates) is null
            && pages.Skip(1).FirstOrDefault(p => HeaderReader.SignedDate(p, dates) is not null) is { } signedPage)
        {
            var (signed, signedAsRead) = HeaderReader.SignedDateRead(signedPage, dates);
            header = header with { Date = signed, DateAsRead = signedAsRead, Issuer = header.Issuer ?? HeaderReader.Read(signedPage, options, dates).Issuer };
        }
        var beforeMending = header;
        if (ocrKnown is not null)
            header = new HeaderMender(pipeline, places, options).Mend(header, text, folderRegion, ocrKnown);
        var (type, typedTitle) = DocumentClassifier.Read(header, text);
        var issuerRegion = header.Issuer is null || pipeline is null ? null : places.RegionOf(header.Issuer, pipeline);
        var flags = new List<string>();
        if (folderRegion is not null && issuerRegion is not null && issuerRegion != Canonical(folderRegion)) flags.Add("misfiled");
        if (window is not null && header.Date is { } date && !window.Counts(date, header.Title, header.Opening, type)) flags.Add("wrong_year");
        RawHeader? asRead = null;
        if (pages.Count > 0 && pages[0] != pageTexts[0])
            asRead = new RawHeader(AsWritten(beforeMending.Issuer, text, pageTexts), beforeMending.DocNumber, AsWritten(beforeMending.Title, text, pageTexts), header.DateAsRead);
        else if (beforeMending != header || header.DateAsRead is not null)
            asRead = new RawHeader(beforeMending.Issuer, beforeMending.DocNumber, beforeMending.Title, header.DateAsRead);
        // The title the type was told from, when the header's own did not tell it, is the one the document goes by.
        return new DocumentFacts(type, header.Issuer, header.DocNumber, typedTitle ?? header.Title, header.Addressee, header.Date, header.PrintedDate, header.Attachments, issuerRegion)
        {
            Flags = flags,
            AsRead = asRead,
        };
    }

    // Simplified reading changes characters one for one, so a value read from it stands at the same place in the raw text.
    static string? AsWritten(string? value, string simplified, IReadOnlyList<string> rawPages)
    {
        int at = value is null ? -1 : simplified.IndexOf(value, StringComparison.Ordinal);
        var raw = string.Join("\n", rawPages);
        return at < 0 || raw.Length != simplified.Length ? value : raw.Substring(at, value!.Length);
    }

    string Canonical(string folder) => pipeline?.RegionForFolder(folder) ?? folder;
}
