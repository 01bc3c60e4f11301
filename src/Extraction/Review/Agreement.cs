using Extraction.Store;

namespace Extraction.Review;

/// <summary>How often reviewers kept the machine's suggestion, from the latest decision on each clause: the product's
/// accuracy measured where it is used.</summary>
public sealed record Agreement(int Decided, int Kept, IReadOnlyList<(int Indicator, int Decided, int Kept)> ByIndicator)
{
    public double? Rate => Decided == 0 ? null : (double)Kept / Decided;

    public static Agreement Of(IReadOnlyList<ReviewEntry> log)
    {
        var latest = log.Where(e => e.Kind == RegionReview.Decision && e.Indicator is not null)
            .GroupBy(e => (e.Region, e.Indicator, e.Clause)).Select(g => g.Last()).ToList();
        bool kept(ReviewEntry e) => e.After == e.Suggested;
        var byIndicator = latest.GroupBy(e => e.Indicator!.Value).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count(), g.Count(kept))).ToList();
        return new Agreement(latest.Count, latest.Count(kept), byIndicator);
    }
}
