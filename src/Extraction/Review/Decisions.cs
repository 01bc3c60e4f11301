using Extraction.Reports;
using Extraction.Store;

namespace Extraction.Review;

/// <summary>What came of a reviewer's request: recorded, or refused with the reason in Chinese and the kind of refusal
/// (the web answers 403 for Forbidden, 422 for Invalid, 409 for Locked, 404 for NotFound).</summary>
public sealed record DecisionResult(DecisionRefusal? Refusal, string Message, ReviewEntry? Entry)
{
    public bool Recorded => Refusal is null;
    public static DecisionResult Refused(DecisionRefusal why, string message) => new(why, message, null);
}

public enum DecisionRefusal { Forbidden, Invalid, Locked, NotFound }

/// <summary>Reviewers' decisions on clause points and on regions (复核完成, and an admin's unlock), each appended to the
/// review log with who, when, points before and after, and the reason.</summary>
public sealed class Decisions(IReviewStore store, TimeProvider? clock = null)
{
    readonly TimeProvider time = clock ?? TimeProvider.System;

    public DecisionResult Decide(Account who, RegionReview review, int indicator, int clause, decimal points, string? reason)
    {
        if (!who.MayDecide(review.Region)) return DecisionResult.Refused(DecisionRefusal.Forbidden, $"{who.Name}（{Account.RoleLabel(who.Role)}）无权复核 {review.Region} 的得分");
        if (review.Find(indicator, clause) is not { } c) return DecisionResult.Refused(DecisionRefusal.NotFound, $"评分细则中没有第 {Labels.ClauseNumber(indicator, clause)} 条");
        if (review.Locked) return DecisionResult.Refused(DecisionRefusal.Locked, $"{review.Region} 已标记复核完成并锁定，需管理员解锁后才能修改");
        if (!c.InRange(points))
            return DecisionResult.Refused(DecisionRefusal.Invalid, $"第 {c.Number} 条的得分应在 {Labels.Points(Math.Min(0, c.MaxPoints))} 到 {Labels.Points(Math.Max(0, c.MaxPoints))} 分之间，收到 {Labels.Points(points)} 分");
        if (string.IsNullOrWhiteSpace(reason)) return DecisionResult.Refused(DecisionRefusal.Invalid, "请填写复核理由");
        var entry = new ReviewEntry(0, time.GetUtcNow().UtcDateTime, who.Name, RegionReview.Decision, review.Region, indicator, clause,
            c.SuggestedPoints, c.ReviewedPoints ?? c.SuggestedPoints, points, reason.Trim());
        return new DecisionResult(null, $"已记录：第 {c.Number} 条 {Labels.Points(entry.Before!.Value)} → {Labels.Points(points)} 分", entry with { Id = store.Append(entry) });
    }

    /// <summary>Marks the region 复核完成: its points are locked until an admin unlocks it.</summary>
    public DecisionResult Complete(Account who, RegionReview review, string? reason)
    {
        if (!who.MayDecide(review.Region)) return DecisionResult.Refused(DecisionRefusal.Forbidden, $"{who.Name} 无权将 {review.Region} 标记为复核完成");
        if (review.Locked) return DecisionResult.Refused(DecisionRefusal.Locked, $"{review.Region} 已是复核完成状态");
        return Append(who, review, RegionReview.Complete, string.IsNullOrWhiteSpace(reason) ? "复核完成" : reason.Trim(), $"{review.Region} 已标记复核完成并锁定");
    }

    public DecisionResult Unlock(Account who, RegionReview review, string? reason)
    {
        if (!who.MayUnlock) return DecisionResult.Refused(DecisionRefusal.Forbidden, "只有管理员可以解锁");
        if (!review.Locked) return DecisionResult.Refused(DecisionRefusal.Invalid, $"{review.Region} 未锁定");
        if (string.IsNullOrWhiteSpace(reason)) return DecisionResult.Refused(DecisionRefusal.Invalid, "请填写解锁理由");
        return Append(who, review, RegionReview.Unlock, reason.Trim(), $"{review.Region} 已解锁");
    }

    DecisionResult Append(Account who, RegionReview review, string kind, string reason, string message)
    {
        var entry = new ReviewEntry(0, time.GetUtcNow().UtcDateTime, who.Name, kind, review.Region, null, null, null, null, null, reason);
        return new DecisionResult(null, message, entry with { Id = store.Append(entry) });
    }
}
