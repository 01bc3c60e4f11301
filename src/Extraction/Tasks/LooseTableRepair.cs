using System.Text.RegularExpressions;

namespace Extraction.Tasks;

/// <summary>Mends what a scan's OCR does to a task table's rows before they are read (one line a row, cells split by
/// tabs): a cell's wrapped lines read as a row of their own are joined back to the row above; a category mark misread —
/// its numeral taken for a sign ("(=)"), its bracket for a quote ("“四 )") or lost ("(十五健全…") — is written again,
/// numbered by the title it stands before when another row of the table shows that title with its number; a category
/// title whose mark was lost ("充分发挥司法保护的作用 18. …") is given the number its title has elsewhere; a merged category
/// cell that lost its mark with its first line is the number missing between its neighbours.</summary>
public static partial class LooseTableRepair
{
    public static List<string> Repair(IEnumerable<string> lines)
    {
        var rows = lines.Select(l => l.Split('\t').ToList()).ToList();
        JoinWrappedRows(rows);
        var titles = KnownTitles(rows);
        foreach (var row in rows)
        {
            int first = row.FindIndex(c => Clean(c).Length > 0);
            if (first >= 0 && Renumbered(Clean(row[first]), titles) is { } mended) row[first] = mended;
        }
        MarkLostCategories(rows, titles);
        return rows.Select(r => string.Join('\t', r)).ToList();
    }

    // A merged category cell whose first line, mark and all, the OCR lost leaves only words of its title's end ("化建设")
    // in the category column. Between categories N and N+2, when N+1 shows nowhere, those words are N+1's: it begins with
    // the first task number after N's last row.
    static void MarkLostCategories(List<List<string>> rows, Dictionary<string, List<string>> titles)
    {
        var marks = rows.Select(r => r.Select(Clean).FirstOrDefault(c => c.Length > 0) is { } c && WholeMark().Match(c) is { Success: true } m
            ? Value(Spaces().Replace(m.Groups["n"].Value, "")) : 0).ToList();
        var seen = marks.Where(n => n > 0).ToHashSet();
        for (int r = 0; r < rows.Count; r++)
        {
            if (marks[r] != 0 || rows[r].Count == 0 || Clean(rows[r][0]) is not { Length: >= 2 } words || TaskNumber().IsMatch(words)) continue;
            int last = marks.FindLastIndex(r, n => n > 0), next = marks.FindIndex(r, n => n > 0);
            if (last < 0 || next < 0) continue;
            int current = marks[last];
            if (marks[next] != current + 2 || seen.Contains(current + 1)) continue;
            // Words of the current category's own title (its wrapped end) are no new category.
            if (titles.TryGetValue(Numeral(current), out var own) && own.Any(t => t.Contains(words, StringComparison.Ordinal))) continue;
            int start = Enumerable.Range(last + 1, r - last).FirstOrDefault(i => rows[i].Take(3).Any(c => TaskAfterTitle().IsMatch(Clean(c))), r);
            rows[start][0] = $"({Numeral(current + 1)}) {rows[start][0].Trim()}".Trim();
            marks[start] = current + 1;
            seen.Add(current + 1);
        }
    }

    const string Digits = "一二三四五六七八九";

    static int Value(string numeral) => numeral switch
    {
        "十" => 10,
        _ when numeral.Length == 1 => Digits.IndexOf(numeral[0]) + 1,
        _ when numeral.StartsWith('十') => 10 + Digits.IndexOf(numeral[1]) + 1,
        _ when numeral.EndsWith('十') => (Digits.IndexOf(numeral[0]) + 1) * 10,
        _ => (Digits.IndexOf(numeral[0]) + 1) * 10 + Digits.IndexOf(numeral[^1]) + 1,
    };

    static string Numeral(int n) => n switch
    {
        < 10 => Digits[n - 1].ToString(),
        10 => "十",
        < 20 => "十" + Digits[n - 11],
        _ => Digits[n / 10 - 1] + "十" + (n % 10 > 0 ? Digits[n % 10 - 1].ToString() : ""),
    };

    // A row whose every cell goes on a cell above that stops mid-sentence, with no deadline, unit or number of its own,
    // is the rest of those cells: "研究制定《…指导目" over "录》。", "市生态环" over "境局".
    static void JoinWrappedRows(List<List<string>> rows)
    {
        for (int r = rows.Count - 1; r > 0; r--)
        {
            var row = rows[r];
            int above = r - 1;
            while (above > 0 && rows[above].All(c => Clean(c).Length == 0)) above--;
            var upper = rows[above];
            var filled = Enumerable.Range(0, row.Count).Where(i => Clean(row[i]).Length > 0).ToList();
            if (filled.Count == 0) continue;
            bool wrapped = filled.All(i => i < upper.Count && Clean(upper[i]) is { Length: > 0 } u && !SentenceEnd().IsMatch(u) && !IsDeadline(u) && !IsUnits(u)
                && Clean(row[i]) is var c && !IsDeadline(c) && !IsUnits(c) && !Marked().IsMatch(c) && !TaskNumber().IsMatch(c));
            if (!wrapped) continue;
            foreach (var i in filled) upper[i] = Join(upper[i].TrimEnd(), row[i].Trim());
            rows[r] = [];
        }
    }

    static string Join(string a, string b) =>
        a.Length > 0 && b.Length > 0 && char.IsAsciiLetterOrDigit(a[^1]) && char.IsAsciiLetterOrDigit(b[0]) ? a + " " + b : a + b;

    // Whole names of units ("市公安局"), not the broken-off end of one ("境局").
    static bool IsUnits(string cell) => cell.Length >= 4 && UnitNames.IsUnitList(cell, null);

    static bool IsDeadline(string cell) => cell.Length <= 20 && DeadlineReader.Read(cell, 2000) is not null && !Han6().IsMatch(DeadlineWords().Replace(cell, ""));

    // The titles each category number goes by where its mark is whole: "(二 ) 加强部门间执法协作".
    static Dictionary<string, List<string>> KnownTitles(List<List<string>> rows)
    {
        var titles = new Dictionary<string, List<string>>();
        foreach (var cell in rows.SelectMany(r => r).Select(Clean))
            if (WholeMark().Match(cell) is { Success: true } m && Title(cell[m.Length..]) is { Length: >= 4 } title)
            {
                var number = Spaces().Replace(m.Groups["n"].Value, "");
                if (!titles.TryGetValue(number, out var list)) titles[number] = list = [];
                if (!list.Contains(title)) list.Add(title);
            }
        return titles;
    }

    static string? Renumbered(string cell, Dictionary<string, List<string>> titles)
    {
        if (WholeMark().IsMatch(cell)) return null;
        if (DamagedMark().Match(cell) is { Success: true } m)
        {
            var rest = cell[m.Length..].TrimStart();
            var numeral = Spaces().Replace(m.Groups["n"].Value, "");
            var number = TitledNumber(rest, titles) ?? (ValidNumeral().IsMatch(numeral) && !rest.StartsWith('是') ? numeral : null);
            return number is null ? null : $"({number}) {rest}";
        }
        // A title without its mark, standing alone or before the task's number, is that category's title.
        if (TitledNumber(cell, titles) is { } n && titles[n].Where(t => t.Length >= 6 && cell.StartsWith(t, StringComparison.Ordinal))
                .Any(t => cell.Length == t.Length || TaskAfterTitle().IsMatch(cell[t.Length..])))
            return $"({n}) {cell}";
        return null;
    }

    // The number whose known title the text begins with; null when none or more than one number fits.
    static string? TitledNumber(string text, Dictionary<string, List<string>> titles)
    {
        var fits = titles.Where(t => t.Value.Any(title => title.Length >= 4 && text.StartsWith(title, StringComparison.Ordinal))).Select(t => t.Key).Distinct().ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    // A category's title: the words after its mark up to a task number or a sentence mark, no longer than titles run.
    static string? Title(string text)
    {
        var t = TitleText().Match(text.Trim()).Value.Trim();
        return t.Length is >= 4 and <= 20 ? t : null;
    }

    static string Clean(string cell) => Spaces().Replace(Tag().Replace(cell, " "), " ").Trim()
        .Replace('（', '(').Replace('）', ')');

    [GeneratedRegex(@"<[^>]+>")] private static partial Regex Tag();
    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
    [GeneratedRegex(@"[。！？；;!?]$")] private static partial Regex SentenceEnd();
    [GeneratedRegex(@"^\(\s*(?<n>[一二三四五六七八九十](?:\s?[一二三四五六七八九十]){0,2})\s*\)")] private static partial Regex WholeMark();
    // A bracket misread (a quote, a bracket lost) or a numeral misread as a sign; at least one bracket is left.
    [GeneratedRegex(@"^(?:\(\s*(?<n>[一二三四五六七八九十=\-—ー－](?:\s?[一二三四五六七八九十]){0,2})\s*\)?|[“”""'‘’「]?\s*(?<n>[一二三四五六七八九十=\-—ー－](?:\s?[一二三四五六七八九十]){0,2})\s*\))")] private static partial Regex DamagedMark();
    [GeneratedRegex(@"^(?:[一二三四五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)$")] private static partial Regex ValidNumeral();
    [GeneratedRegex(@"^[^\d，。；,;(（]*")] private static partial Regex TitleText();
    [GeneratedRegex(@"^\s*\d{1,2}\s*[.．、](?!\d)")] private static partial Regex TaskAfterTitle();
    [GeneratedRegex(@"^\(?\s*[一二三四五六七八九十]{1,3}\s*\)")] private static partial Regex Marked();
    [GeneratedRegex(@"(?:^|[\s。；;])\d{1,2}\s*[.．、](?!\d)")] private static partial Regex TaskNumber();
    [GeneratedRegex(@"[\u4e00-\u9fff]{6}")] private static partial Regex Han6();
    [GeneratedRegex(@"持续开展|持续推进|长期坚持|按上级统一安排|已完成|检查工作")] private static partial Regex DeadlineWords();
}
