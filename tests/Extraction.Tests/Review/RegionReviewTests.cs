using Extraction.Matching;
using Extraction.Review;
using Extraction.Rulebooks;
using Extraction.Store;

namespace Extraction.Tests.Review;

/// <summary>What a region's review computes from the suggestions and the log: reviewed points under the rulebook's
/// caps, locks, the agreement rate, and a spot-check sample that does not change from one draw to the next.</summary>
public sealed class RegionReviewTests
{
    static readonly Rulebook Rulebook = RulebookFile.Load(Path.Combine(Corpus.Root, "pipelines", "hubei-2019", RulebookFile.FileName));
    static readonly DateTime At = new(2020, 1, 6, 9, 0, 0, DateTimeKind.Utc);

    // Indicator 11: clauses 1–5 share a 1.5-point cap; every clause suggested at 0.
    static RegionAssessment Zeroes(string region) => new(region, 0, null,
        Rulebook.Indicators.SelectMany(i => i.Clauses.Select(c => new Suggestion(i.Number, c.Number, c.Points, 0, Suggestion.Missing_, [], ["材料"], "缺少材料", 0.5))).ToList(),
        Rulebook.Indicators.Select(i => new IndicatorScore(i.Number, 0, i.MaxPoints, null, false, 0)).ToList());

    static ReviewEntry Decision(int indicator, int clause, decimal after, string region = "襄阳市", decimal suggested = 0) =>
        new(0, At, "张审核", RegionReview.Decision, region, indicator, clause, suggested, suggested, after, "核对原件");

    [Fact]
    public void Reviewed_points_keep_the_indicators_group_cap_and_only_the_latest_decision_counts()
    {
        var cap = Rulebook.Indicators.First(i => i.Number == 11).GroupCaps.Single();
        Assert.Equal((1, 5, 1.5m), (cap.From, cap.To, cap.Max));
        var log = new[] { Decision(11, 1, 0.6m), Decision(11, 3, 0.4m), Decision(11, 5, 0.5m), Decision(11, 5, 1.5m), Decision(11, 6, 0.2m) };
        var review = RegionReview.Of(Rulebook, Zeroes("襄阳市"), log);
        Assert.Equal(1.5m, review.Find(11, 5)!.ReviewedPoints);
        // 0.6 + 0.4 + 1.5 in the group, capped at 1.5; clause 6 outside it adds 0.2.
        Assert.Equal(1.7m, review.ReviewedPoints(11));
        Assert.Null(review.ReviewedPoints(10));
        Assert.Equal(4, review.Reviewed);
        Assert.Equal(1.7m, review.ReviewedTotal);
        Assert.Equal(1.7m, review.ReviewedByIndicator().Single(x => x.Key == ("襄阳市", 11)).Value);
    }

    [Fact]
    public void A_region_is_locked_by_its_last_complete_until_an_unlock_follows()
    {
        ReviewEntry Event(string kind) => new(0, At, "李管理", kind, "襄阳市", null, null, null, null, null, "—");
        Assert.False(RegionReview.Of(Rulebook, Zeroes("襄阳市"), []).Locked);
        Assert.True(RegionReview.Of(Rulebook, Zeroes("襄阳市"), [Event(RegionReview.Complete)]).Locked);
        Assert.False(RegionReview.Of(Rulebook, Zeroes("襄阳市"), [Event(RegionReview.Complete), Event(RegionReview.Unlock)]).Locked);
        Assert.False(RegionReview.Of(Rulebook, Zeroes("宜昌市"), [Event(RegionReview.Complete)]).Locked);
    }

    [Fact]
    public void Agreement_counts_the_latest_decision_per_clause_kept_at_the_suggestion()
    {
        var agreement = Agreement.Of([Decision(1, 1, 0), Decision(1, 2, 1), Decision(1, 2, 0), Decision(2, 1, 1), Decision(1, 1, 0, "宜昌市")]);
        Assert.Equal(4, agreement.Decided);
        Assert.Equal(3, agreement.Kept);
        Assert.Equal([(1, 3, 3), (2, 1, 0)], agreement.ByIndicator);
    }

    [Fact]
    public void The_spot_check_sample_is_the_same_for_the_same_seed_and_differs_for_another()
    {
        var review = RegionReview.Of(Rulebook, Zeroes("襄阳市"), []);
        var once = SpotCheck.Sample(review, 5, 2019).Select(c => c.Number).ToList();
        Assert.Equal(once, SpotCheck.Sample(RegionReview.Of(Rulebook, Zeroes("襄阳市"), []), 5, 2019).Select(c => c.Number));
        Assert.Equal(5, once.Distinct().Count());
        Assert.NotEqual(once, SpotCheck.Sample(review, 5, 2020).Select(c => c.Number));
        Assert.NotEqual(once, SpotCheck.Sample(RegionReview.Of(Rulebook, Zeroes("宜昌市"), []), 5, 2019).Select(c => c.Number));
    }
}
