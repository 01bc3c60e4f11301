using System.Text.RegularExpressions;

namespace Extraction.Matching;

/// <summary>A score table laid on its side: its first column labels the rows — a 指标序号 (序号, 指标) row giving the
/// indicators' numbers across the columns, then 分值 and 自评分 (自评得分) rows giving each column's points and self-score;
/// a 合计 column holds the total. A long strip comes in blocks, each opened by a number row of its own.</summary>
sealed partial class ScoreStrip
{
    // Each column's indicator number, null for the label column and blank ones.
    readonly int?[] numbers;
    readonly int? totalAt;

    ScoreStrip(int?[] numbers, int? totalAt) => (this.numbers, this.totalAt) = (numbers, totalAt);

    /// <summary>The strip a row opens: a number label, then at least three indicator numbers rising left to right, blanks
    /// and a 合计 column allowed; null for any other row.</summary>
    public static ScoreStrip? Opens(List<string> cells)
    {
        if (cells.Count < 4 || !NumberLabel().IsMatch(cells[0])) return null;
        var numbers = new int?[cells.Count];
        int? totalAt = null, previous = null;
        for (int i = 1; i < cells.Count; i++)
        {
            if (cells[i].Length == 0) continue;
            if (TotalLabel().IsMatch(cells[i])) { totalAt ??= i; continue; }
            // A block's 小计 sums that block only: it is neither an indicator nor the total.
            if (cells[i] == "小计") continue;
            // A cell that is no number, or a number out of order, is some other table's header.
            if (ItemNumber.Plain(cells[i]) is not { } n || n <= previous) return null;
            (numbers[i], previous) = (n, n);
        }
        return numbers.Count(n => n is not null) >= 3 ? new ScoreStrip(numbers, totalAt) : null;
    }

    /// <summary>Whether the row is the strip's points row (分值, 标准分), which states no self-score.</summary>
    public static bool IsPointsRow(List<string> cells) => cells.Count > 0 && PointsLabel().IsMatch(cells[0]);

    /// <summary>The self-scores of the strip's score row, column by column, and its 合计 cell; null for a row that is not
    /// the score row.</summary>
    public (List<(int Number, decimal Score)> Scores, decimal? Total)? Read(List<string> cells)
    {
        if (cells.Count == 0 || !ScoreLabel().IsMatch(cells[0])) return null;
        var scores = new List<(int, decimal)>();
        for (int i = 1; i < Math.Min(cells.Count, numbers.Length); i++)
            if (numbers[i] is { } n && SelfEvaluation.Score(cells[i]) is { } s) scores.Add((n, s));
        decimal? total = totalAt is { } at && at < cells.Count ? SelfEvaluation.Score(cells[at]) : null;
        return (scores, total);
    }

    [GeneratedRegex(@"^(指标序号|指标编号|项目序号|序号|编号|指标|项次)$")] private static partial Regex NumberLabel();
    [GeneratedRegex(@"^(分值|标准分|标准分值|指标分值|满分|应得分)\s*([(（]分[)）])?$")] private static partial Regex PointsLabel();
    [GeneratedRegex(@"^(自评分|自评得分|自评分值|自查得分|自评|得分)\s*([(（]分[)）])?$")] private static partial Regex ScoreLabel();
    [GeneratedRegex(@"^(合计|总分|总计)$")] private static partial Regex TotalLabel();
}
