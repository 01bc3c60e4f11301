using System.Text.RegularExpressions;

namespace Extraction.Rulebooks;

/// <summary>Splits an indicator's criteria into its numbered clauses — (1) (2) … or ① ② … — and lifts out group caps
/// ("第(1)至(5)项满分1.5分"), which belong to the indicator.</summary>
public static partial class ClauseSplitter
{
    public sealed record Piece(int Number, string Text);

    public static (IReadOnlyList<Piece> Clauses, IReadOnlyList<GroupCap> Caps) Split(string criteria)
    {
        criteria = ChineseAmounts.ToDigits(criteria);
        var caps = new List<GroupCap>();
        foreach (Match m in GroupCapSentence().Matches(criteria))
            caps.Add(new GroupCap(m.Groups[1].Success ? Marker(m.Groups[1].Value) : 1, Marker(m.Groups[2].Value), RuleParser.Amount(m.Groups[3].Value)));
        var text = GroupCapSentence().Replace(OcrBrackets().Replace(criteria, "("), "");

        while (TrailingNote().Match(text.TrimEnd()) is { Success: true } note && !Points().IsMatch(note.Value)) text = text[..note.Index];
        var starts = Markers(text);
        if (starts.Count == 0) starts = ClosedRules(text);
        // A cap written after the last clause (本项最高加3分, 以上最多扣5分), as a sentence or after its comma, bounds all
        // the clauses together.
        if (starts.Count >= 2 && IndicatorCap().Match(text) is { Success: true } cap && cap.Index > starts[^1].At)
        {
            caps.Add(new GroupCap(1, starts.Count, RuleParser.Amount(cap.Groups["n"].Value)));
            text = text[..cap.Index];
        }
        var pieces = new List<Piece>();
        for (int i = 0; i < starts.Count; i++)
        {
            int from = starts[i].At + starts[i].Length, to = i + 1 < starts.Count ? starts[i + 1].At : text.Length;
            pieces.Add(new Piece(starts[i].Number, text[from..to].Trim()));
        }
        // An award after the last marked clause has closed on its deduction's limit (…(4)…扣0.5分，本项最多扣2分。提供…材料的得2分。)
        // is one more clause whose mark was never written.
        if (pieces.Count >= 2 && UnmarkedLast(pieces[^1].Text) is int after)
            pieces = [.. pieces.SkipLast(1), pieces[^1] with { Text = pieces[^1].Text[..after].Trim() }, new Piece(pieces[^1].Number + 1, pieces[^1].Text[after..].Trim())];
        // Numbered items most of which name no points are a list inside one clause (the events of a deduction item).
        if (pieces.Count == 0 || pieces.Count(p => Points().IsMatch(p.Text)) * 2 < pieces.Count)
            pieces = [new Piece(1, text.Trim())];
        else if (starts[0].At > 0 && text[..starts[0].At].Trim() is { Length: > 0 } preamble)
            pieces[0] = pieces[0] with { Text = preamble + pieces[0].Text };
        return (pieces, caps);
    }

    // Tables number clauses (1) ①, 1. 1、, (一), 一是, A. a); the family whose first marker comes first is the clauses'
    // numbering, and its markers must count up from 1: a "(1)" met while (6) is expected is a reference, not a clause.
    static List<(int Number, int At, int Length)> Markers(string text)
    {
        var families = new[] { Count(text, ClauseMarker(), ocr: true, BrokenMarker()), Count(text, DigitMarker(), ocr: true), Count(text, HanMarker(), ocr: true), Count(text, HanOrdinal(), ocr: false), Count(text, OrdinalWord(), ocr: false), Count(text, LetterMarker(), ocr: false), Garbled(text), Bullets(text) }
            .Where(s => s.Count > 0).ToList();
        if (families.Count == 0) return [];
        var starts = families.OrderBy(s => s[0].At).ThenByDescending(s => s.Count).First().ToList();
        // A cell can go on counting in other marks (1. 2. then (3) (4)): the next number in another family, with no mark
        // of that family between it and the last clause's mark (a list inside that clause), is the next clause.
        var marks = new[] { ClauseMarker(), DigitMarker(), HanMarker() }
            .Select(family => family.Matches(text).Where(m => !IsReference(text, m)).ToList()).ToList();
        while (marks.Select(family => family.FirstOrDefault(m => m.Index > starts[^1].At)).OfType<Match>()
                   .Where(m => Marker(m.Value) == starts.Count + 1 && m.Index >= starts[^1].At + starts[^1].Length).OrderBy(m => m.Index).FirstOrDefault() is { } next)
            starts.Add((starts.Count + 1, next.Index, next.Length));
        return starts;
    }

    static List<(int Number, int At, int Length)> Count(string text, Regex family, bool ocr, Regex? broken = null)
    {
        var starts = new List<(int Number, int At, int Length)>();
        var marks = family.Matches(text).Where(m => !IsReference(text, m)).ToList();
        // A mark whose number OCR lost ("。( 纪林业…" for "。(2)林业…") stands where the expected one must be: it is that
        // one when the next whole mark is the number after it.
        var damaged = broken?.Matches(text).Where(b => !marks.Any(m => b.Index < m.Index + m.Length && m.Index < b.Index + b.Length)).ToList() ?? [];
        foreach (var m in marks.Concat(damaged).OrderBy(m => m.Index))
        {
            int expected = starts.Count + 1;
            if (damaged.Contains(m))
            {
                if (marks.FirstOrDefault(w => w.Index > m.Index) is not { } next) continue;
                // Both the (1) at the start and this (2) lost: the (3) after it implies them.
                if (expected == 1 && Marker(next.Value) == 3 && text[..m.Index].Trim().Length > 0)
                    (starts, expected) = ([(1, 0, text.StartsWith('(') ? 1 : 0)], 2);
                if (expected > 1 && Marker(next.Value) == expected + 1) starts.Add((expected, m.Index, m.Length));
                continue;
            }
            // OCR garbles the second digit of (11) now and then — (1D), (1l) — which can only be the number expected.
            // It loses one of them too: after (10), a (1) or (2) can only be the (11) or (12) expected.
            bool oneDigit = m.Value.Count(char.IsAsciiDigit) == 1;
            int n = ocr && oneDigit && expected >= 10 && (m.Value.Length > 3 ? m.Value.Contains((expected / 10).ToString()) : expected < 20 && Marker(m.Value) == expected % 10 && expected % 10 > 0)
                ? expected : Marker(m.Value);
            // OCR loses the 1 of "(1)" at the very start now and then; a (2) after some text implies the (1).
            if (ocr && n == 2 && starts.Count == 0 && text[..m.Index].Trim().Length > 0)
                starts.Add((1, 0, text.StartsWith('(') ? 1 : DigitAtStart().Match(text).Length));
            if (n == starts.Count + 1) starts.Add((n, m.Index, m.Length));
        }
        return starts;
    }

    // OCR reads ① ② as @, @@ or @) and now and then the first as a character (包, 钙): marks of that kind count in
    // their order, and a text before the first that names points is the clause whose mark was lost.
    static List<(int Number, int At, int Length)> Garbled(string text)
    {
        var marks = GarbledCircle().Matches(text).ToList();
        if (marks.Count == 0) return [];
        var starts = new List<(int Number, int At, int Length)>();
        if (Points().IsMatch(text[..marks[0].Index])) starts.Add((1, 0, 0));
        foreach (var m in marks) starts.Add((starts.Count + 1, m.Index, m.Length));
        return starts;
    }

    // Bullets (● ◆ ■ •, or a dash opening a sentence) mark clauses without numbering them: they count in their order.
    static List<(int Number, int At, int Length)> Bullets(string text) =>
        BulletMark().Matches(text).Select((m, k) => (k + 1, m.Index, m.Length)).ToList();

    // Unmarked criteria of two rules one after the other: a rule closed by its own limit (扣完为止, 最高得1分), or ending
    // on the amount the next sentence opens with when that sentence has tiers of its own (…得3分;…的得3分，…的得1.5分 —
    // alternatives never give the same), and a sentence after it that names points of its own is the next clause.
    // 得2分;…得1分 with no limit between are alternatives of one clause; single awards side by side (…得4分;…得3分;…得3分)
    // are one clause of several awards; a cap of the whole (本项最多扣10分) is no clause.
    static List<(int Number, int At, int Length)> ClosedRules(string text)
    {
        var tiersNext = SameAmountNext().Matches(text).Select(m => m.Index + m.Length)
            .Where(at => AwardAmount().Count(text[at..] is var rest && rest.IndexOfAny([';', '。']) is var stop and >= 0 ? rest[..stop] : rest) >= 2);
        var ends = RuleLimit().Matches(text).Select(m => m.Index + m.Length).Concat(tiersNext).Distinct().Order();
        var starts = new List<(int Number, int At, int Length)>();
        foreach (int at in ends)
        {
            var rest = text[at..];
            if (!Points().IsMatch(rest) || IndicatorCap().IsMatch(rest) || rest.TrimStart().StartsWith("否则", StringComparison.Ordinal)) continue;
            if (starts.Count == 0) starts.Add((1, 0, 0));
            starts.Add((starts.Count + 1, at, 0));
        }
        return starts;
    }

    // Where an award starts after a deduction's own limit (扣完为止。 最多扣2分。), or null: awards after an award's limit
    // (…最高2分;被国家…采用的,每有1篇得1分) are tiers of that clause.
    static int? UnmarkedLast(string clause) =>
        RuleLimit().Matches(clause).Where(m => m.Value.Contains('扣')).Select(m => m.Index + m.Length).Cast<int?>()
            .FirstOrDefault(at => clause[at!.Value..] is var rest && AwardAmount().IsMatch(rest) && !rest.Contains('扣') && !IndicatorCap().IsMatch(rest));

    static bool IsReference(string text, Match m) =>
        (m.Index > 0 && text[m.Index - 1] == '第') || text.AsSpan(m.Index + m.Length).TrimStart().StartsWith("至");

    static int Marker(string marker)
    {
        var digits = new string(marker.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length > 0) return int.Parse(digits);
        var han = new string(marker.Where(c => HanDigits.Contains(c)).ToArray());
        if (han.Length > 0) return HanNumber(han);
        var first = marker.Trim()[0];
        return char.IsAsciiLetter(first) ? char.ToUpperInvariant(first) - 'A' + 1 : first - '①' + 1;
    }

    const string HanDigits = "一二三四五六七八九十";

    // 一 … 十九: 十 alone is 10, 十三 is 13, 二十 is 20.
    static int HanNumber(string han)
    {
        int ten = han.IndexOf('十');
        if (ten < 0) return HanDigits.IndexOf(han[0]) + 1;
        int tens = ten == 0 ? 1 : HanDigits.IndexOf(han[0]) + 1;
        return tens * 10 + (ten + 1 < han.Length ? HanDigits.IndexOf(han[ten + 1]) + 1 : 0);
    }

    [GeneratedRegex(@"\(\s*(\d[\dlIDO|]?)\s*\)|[①-⑳]")] private static partial Regex ClauseMarker();
    [GeneratedRegex(@"第\s*(\(\s*\d{1,2}\s*\)|[①-⑳])?\s*[至到-]\s*(\(\s*\d{1,2}\s*\)|[①-⑳])\s*项[^。;]*?(\d+(?:\.\d+)?)\s*分[^。;]*[。;]?")] private static partial Regex GroupCapSentence();
    [GeneratedRegex(@"\d\s*分")] private static partial Regex Points();
    [GeneratedRegex(@"[得加计记赋]\s*\d+(?:\.\d+)?\s*分")] private static partial Regex AwardAmount();
    // 得3分; then a sentence whose first amount is that 3 again.
    [GeneratedRegex(@"[得加计记赋]\s*(?<n>\d+(?:\.\d+)?)\s*分\s*;(?=[^;。\d]*?[得加计记赋]\s*\k<n>\s*分)")] private static partial Regex SameAmountNext();
    [GeneratedRegex(@"(?:扣完(?:\d+(?:\.\d+)?分)?为止|(?:最高|最多)(?:得|加|计|赋|记|扣)?\d+(?:\.\d+)?分)\s*[;。]")] private static partial Regex RuleLimit();
    // 1. 1、 or 1) at the start or after a sentence's end, never the 0.5 of an amount; OCR drops the dot or reads it as a
    // comma, or loses the 分。 between an amount and the mark after it ("最高得33. 报送" for "最高得3分。3. 报送"); a
    // clause's points in brackets can end it with no stop before the next mark ("…。(2分)2.开展…").
    [GeneratedRegex(@"(?<=^|[。;,\s]|[得加扣]\s*\d|分\s*\))\d{1,2}(?:\s*[.、,)](?!\d)|(?![项次件个篇起年月日名位家人分条期批倍万千百十天周])(?=[\u4e00-\u9fff]))")] private static partial Regex DigitMarker();
    [GeneratedRegex(@"^\d{1,2}\s*[.、,)]?")] private static partial Regex DigitAtStart();
    // A. B. or a) b): letters as clause marks, the first ten only (a letter further on is a grade or a name).
    [GeneratedRegex(@"(?<=^|[。;,\s])[A-Ja-j]\s*[.、)](?![A-Za-z\d])")] private static partial Regex LetterMarker();
    // OCR reads the bracket of (2), (2分) or (二) as 〈, 《, { or [.
    [GeneratedRegex(@"[〈《{\[【](?=\s*(?:\d{1,2}(?:\.\d+)?\s*分?|[一二三四五六七八九十]{1,3})\s*\))")] private static partial Regex OcrBrackets();
    [GeneratedRegex(@"\(\s*[一二三四五六七八九十]{1,3}\s*\)")] private static partial Regex HanMarker();
    [GeneratedRegex(@"(?<=^|[。;；,，:：]\s*)@+\)?")] private static partial Regex GarbledCircle();
    [GeneratedRegex(@"[●◆■•]|(?<=^|[。;；]\s*)—+(?=[\u4e00-\u9fff])")] private static partial Regex BulletMark();
    // An opening bracket after a sentence's end that no closing one follows soon: a clause mark whose number was misread.
    [GeneratedRegex(@"(?<=[。;；]\s*)[(（]\s*(?=[^\d\s)）])(?![^()（）]{0,12}[)）])")] private static partial Regex BrokenMarker();
    [GeneratedRegex(@"(?<=^|[。;,\s])[一二三四五六七八九十]{1,3}是")] private static partial Regex HanOrdinal();
    // 第一，… 第二、… 第三项…: ordinal words followed by a pause or 项, never 排名第一 (no pause before it).
    [GeneratedRegex(@"(?<=^|[。;,\s])第[一二三四五六七八九十]{1,3}(?:[,、:]|\s|项(?=[^,;。]))")] private static partial Regex OrdinalWord();
    // A note in brackets after the last clause that speaks of them all ("(以上须提供…佐证材料…)") is no part of it.
    [GeneratedRegex(@"\(\s*(?:以上|上述|各项)[^()]*\)\s*$")] private static partial Regex TrailingNote();
    [GeneratedRegex(@"(?<=^|[。;,，])\s*(?:本项|本指标|以上|上述|合计|累计)[^。;]{0,12}?(?:最高|最多|不超过|封顶)[^。;\d]{0,4}?(?<n>\d+(?:\.\d+)?)\s*分[^。;]*[。;]?\s*$")] private static partial Regex IndicatorCap();
}
