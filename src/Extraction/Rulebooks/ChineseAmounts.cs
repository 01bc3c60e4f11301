using System.Text.RegularExpressions;

namespace Extraction.Rulebooks;

/// <summary>Points written in Chinese numerals (得三分, 扣一点五分, 最高加二分, 零点五分, 自评一点五分) or in the capital ones
/// written against alteration (陆点伍分, 壹拾捌分) turned into digits, so every reader of amounts sees 得3分, 扣1.5分. Only an
/// amount after a verb of scoring, a 总分, or alone in a cell is read: 十分 in a sentence means "very".</summary>
public static partial class ChineseAmounts
{
    public static string ToDigits(string text)
    {
        if (text.Length == 0) return text;
        text = CapitalAmount().Replace(text, m => string.Concat(m.Value.Select(c => Capitals.IndexOf(c) is var i and >= 0 ? Smalls[i] : c)));
        if (!HasHan().IsMatch(text)) return text;
        text = Amount().Replace(text, m => Value(m.Groups["n"].Value) is { } v ? m.Value.Replace(m.Groups["n"].Value, v) : m.Value);
        return CellAmount().Replace(text, m => Value(m.Groups["n"].Value) is { } v ? m.Value.Replace(m.Groups["n"].Value, v) : m.Value);
    }

    // The capital numerals, traditional forms too, and the small ones they stand for.
    const string Capitals = "零壹贰貳叁參肆伍陆陸柒捌玖拾";
    const string Smalls = "零一二二三三四五六六七八九十";

    /// <summary>A points cell written wholly in numerals (六分, 十二分).</summary>
    public static string Cell(string cell) =>
        WholeCell().Match(cell.Trim()) is { Success: true } m && Value(m.Groups["n"].Value) is { } v ? v + "分" : cell;

    // 一 … 九十九, with a decimal part after 点: 十二 → 12, 二十 → 20, 一点五 → 1.5, 零点五 → 0.5.
    static string? Value(string han)
    {
        var parts = han.Split('点');
        if (parts.Length > 2 || WholeNumber(parts[0]) is not int whole) return null;
        if (parts.Length == 1) return whole.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var fraction = string.Concat(parts[1].Select(c => Digits.IndexOf(c) is var d and >= 0 ? (char)('0' + d) : '?'));
        return fraction.Length == 0 || fraction.Contains('?') ? null : $"{whole}.{fraction}";
    }

    static int? WholeNumber(string han)
    {
        if (han.Length == 0) return null;
        int ten = han.IndexOf('十');
        if (ten < 0) return han.Length == 1 && Digit(han[0]) is int d ? d : null;
        int? tens = ten == 0 ? 1 : ten == 1 ? Digit(han[0]) : null;
        int? ones = ten == han.Length - 1 ? 0 : ten == han.Length - 2 ? Digit(han[^1]) : null;
        return tens is int t && ones is int o ? t * 10 + o : null;
    }

    static int? Digit(char c) => c == '两' ? 2 : Digits.IndexOf(c) is var d and >= 0 ? d : null;

    const string Digits = "零一二三四五六七八九";

    [GeneratedRegex(@"[零一二两三四五六七八九十]")] private static partial Regex HasHan();
    // The amount after 得/扣/加/计 (or 最高/最多/不超过 …, or a self-score's 自评/得分), before 分.
    [GeneratedRegex(@"(?:[得扣加计记]|自评|得分\s*[:：]?|总分\s*[为是]?|扣完|最高|最多|不超过|封顶)\s*(?<n>[零一二两三四五六七八九十]{1,3}(?:点[零一二三四五六七八九]{1,2})?)\s*分")] private static partial Regex Amount();
    // A table cell holding only an amount (⇥六点五分⇥).
    [GeneratedRegex(@"(?m)(?<=^|\t)[ \u3000]*(?<n>[零一二两三四五六七八九十]{1,3}(?:点[零一二三四五六七八九]{1,2})?)[ \u3000]*分[ \u3000]*(?=\t|\r?$)")] private static partial Regex CellAmount();
    [GeneratedRegex(@"[零壹贰貳叁參肆伍陆陸柒捌玖拾]{1,4}(?:点[零壹贰貳叁參肆伍陆陸柒捌玖]{1,2})?\s*分")] private static partial Regex CapitalAmount();
    [GeneratedRegex(@"^(?<n>[零一二两三四五六七八九十]{1,3}(?:点[零一二三四五六七八九]{1,2})?)\s*分$")] private static partial Regex WholeCell();
}
