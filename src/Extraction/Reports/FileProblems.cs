using Extraction.Understand;

namespace Extraction.Reports;

/// <summary>The files that do not count, per region: those understanding flagged (one problem per flag) and those
/// intake could not read.</summary>
public static class FileProblems
{
    /// <param name="regionOf">The assessed region a folder name stands for (aliases resolved), or null.</param>
    public static List<FileProblem> From(IEnumerable<DocumentFactsStore.Entry> facts,
        IEnumerable<Extraction.Store.Arrival> arrivals, Func<string?, string?> regionOf)
    {
        var problems = new List<FileProblem>();
        foreach (var entry in facts)
        {
            if (regionOf(entry.Region) is not { } region) continue;
            foreach (var flag in entry.Facts.Flags.Select(DocumentFlag.Parse))
                problems.Add(new FileProblem(region, entry.File, Kind(flag.Kind))
                {
                    Title = entry.Facts.Title, Issuer = entry.Facts.Issuer, IssuerRegion = entry.Facts.IssuerRegion,
                    Date = entry.Facts.Date, Original = flag.Original, Error = flag.Kind == DocumentFlagKind.Other ? flag.Raw : null,
                });
        }
        foreach (var a in arrivals.Where(a => a.Status == "failed"))
            if (regionOf(a.Region) is { } region)
                problems.Add(new FileProblem(region, a.File, FileProblemKind.Unreadable) { Error = a.Error });
        return problems;
    }

    static FileProblemKind Kind(DocumentFlagKind kind) => kind switch
    {
        DocumentFlagKind.Misfiled => FileProblemKind.Misfiled,
        DocumentFlagKind.WrongYear => FileProblemKind.WrongYear,
        DocumentFlagKind.Duplicate => FileProblemKind.Duplicate,
        _ => FileProblemKind.Other,
    };
}
