namespace Extraction.Review;

/// <summary>A reproducible random sample of clauses per region for auditors to check by hand: the same seed gives the
/// same clauses, whoever draws it and whenever.</summary>
public static class SpotCheck
{
    public static List<ClauseReview> Sample(RegionReview review, int count, int seed)
    {
        // A seed of its own per region, so adding a region does not change the others' samples.
        var random = new Random(unchecked(seed * 31 + StableHash(review.Region)));
        return review.Clauses.OrderBy(c => (c.Indicator, c.Clause)).Select(c => (c, key: random.Next())).OrderBy(x => x.key)
            .Take(count).Select(x => x.c).OrderBy(c => (c.Indicator, c.Clause)).ToList();
    }

    // string.GetHashCode changes from run to run; this does not.
    static int StableHash(string s)
    {
        unchecked
        {
            int h = 17;
            foreach (var ch in s) h = h * 31 + ch;
            return h;
        }
    }
}
