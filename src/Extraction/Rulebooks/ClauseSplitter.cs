using System.Text.RegularExpressions;

namespace Extraction.Rulebooks;

/// <summary>Splits an indicator's criteria into its numbered clauses — (1) (2) … or ① ② … — and lifts out group caps
/// ("第(1)至(5)项满分1.5分"), which belong to the indicator.</summary>
public static partial class ClauseSplitter
{
    public sealed record Piece(int Number, string Text);

    public static (IReadOnlyList<Piece> Clauses, IReadOnlyList<GroupCap> Caps) Split(string criteria)
    {
        var caps = new List<GroupCap>();
        foreach (Match m in GroupCapSentence().Matches(criteria))
            caps.Add(new GroupCap(m.Groups[1].Success ? Marker(m.Groups[1].Value) : 1, Marker(m.Groups[2].Value), RuleParser.Amount(m.Groups[3].Value)));
        var text = GroupCapSentence().Replace(criteria, "");

        // Markers must count up from 1; a "(1)" met while (6) is expected is a reference, not a clause.
        var starts = new List<(int Number, int At, int Length)>();
        foreach (Match m in ClauseMarker().Matches(text))
        {
            int expected = starts.Count + 1;
            // OCR garbles the second digit of (11) now and then — (1D), (1l) — which can only be the number expected.
            int n = m.Value.Count(char.IsAsciiDigit) == 1 && m.Value.Length > 3 && expected >= 10 && m.Value.Contains((expected / 10).ToString()) ? expected : Marker(m.Value);
            if (IsReference(text, m)) continue;
            // OCR loses the 1 of "(1)" at the very start now and then; a (2) after some text implies the (1).
            if (n == 2 && starts.Count == 0 && text[..m.Index].Trim().Length > 0)
                starts.Add((1, 0, text.StartsWith('(') ? 1 : 0));
            if (n == starts.Count + 1) starts.Add((n, m.Index, m.Length));
        }
        var pieces = new List<Piece>();
        for (int i = 0; i < starts.Count; i++)
        {
            int from = starts[i].At + starts[i].Length, to = i + 1 < starts.Count ? starts[i + 1].At : text.Length;
            pieces.Add(new Piece(starts[i].Number, text[from..to].Trim()));
        }
        // Numbered items most of which name no points are a list inside one clause (the events of a deduction item).
        if (pieces.Count == 0 || pieces.Count(p => Points().IsMatch(p.Text)) * 2 < pieces.Count)
            pieces = [new Piece(1, text.Trim())];
        else if (starts[0].At > 0 && text[..starts[0].At].Trim() is { Length: > 0 } preamble)
            pieces[0] = pieces[0] with { Text = preamble + pieces[0].Text };
        return (pieces, caps);
    }

    static bool IsReference(string text, Match m) =>
        (m.Index > 0 && text[m.Index - 1] == '第') || text.AsSpan(m.Index + m.Length).TrimStart().StartsWith("至");

    static int Marker(string marker)
    {
        var digits = new string(marker.Where(char.IsAsciiDigit).ToArray());
        return digits.Length > 0 ? int.Parse(digits) : marker.Trim()[0] - '①' + 1;
    }

    [GeneratedRegex(@"\(\s*(\d[\dlIDO|]?)\s*\)|[①-⑳]")] private static partial Regex ClauseMarker();
    [GeneratedRegex(@"第\s*(\(\s*\d{1,2}\s*\)|[①-⑳])?\s*[至到-]\s*(\(\s*\d{1,2}\s*\)|[①-⑳])\s*项[^。;]*?(\d+(?:\.\d+)?)\s*分[^。;]*[。;]?")] private static partial Regex GroupCapSentence();
    [GeneratedRegex(@"\d\s*分")] private static partial Regex Points();
}
