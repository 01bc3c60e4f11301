using System.Text.RegularExpressions;

namespace Extraction.Rulebooks;

/// <summary>Reads a rulebook written as text, with no table — 一、组织领导（10分） （一）领导机构（4分） 1.…（2分） — into the
/// rows a scoring table gives: one heading level is the indicators' (its points in the brackets after its title, its
/// criteria the lines under it or the text after its title), the levels above it areas, the lines below it clauses.</summary>
public static partial class ProseScoringReader
{
    // Fewer indicators naming points than this are a notice's own outline (一、考核对象 二、考核方式), not a rulebook.
    const int MinIndicators = 2;

    public static ScoringTableReader.Result Read(IReadOnlyList<string> pageTexts)
    {
        var lines = pageTexts.SelectMany(p => p.Split('\n')).Select(Unscanned).Where(l => l.Length > 0 && !PageNumber().IsMatch(l)).ToList();
        // A notice carrying its rulebook as an attachment has headings of its own before it: the rulebook starts at its title.
        int start = lines.FindIndex(l => RulebookTitle().IsMatch(l)) + 1;
        var body = lines.Skip(start).ToList();
        int indicatorLevel = IndicatorLevel(body.Select(LevelOf).ToHashSet());

        var rows = new List<ScoringTableReader.Row>();
        decimal? statedTotal = null;
        string areaNumber = "", areaTitle = "";
        (string Title, string Points, string Cap, List<string> Criteria)? current = null;
        void Close()
        {
            if (current is not { } c) return;
            // The criteria's lines are its paragraphs, read as a Word cell's are: unmarked ones each naming points are clauses.
            var criteria = ScoringTableReader.Clean(string.Join("\n", c.Criteria));
            if (c.Points.Length > 0 || c.Cap.Length > 0 || NamesPoints().IsMatch(criteria))
                rows.Add(new ScoringTableReader.Row(rows.Count + 1, areaNumber, areaTitle, c.Title, criteria, "", c.Points) { Note = c.Cap });
            current = null;
        }
        foreach (var line in body)
        {
            var level = LevelOf(line);
            if (level == indicatorLevel)
            {
                Close();
                var (title, points, cap, criteria) = Heading(Mark().Replace(line, "", 1));
                current = (title, points, cap, criteria.Length > 0 ? [criteria] : []);
            }
            else if (level > 0 && level < indicatorLevel)
            {
                Close();
                var area = Mark().Match(line);
                (areaNumber, areaTitle) = (AreaHeading.Numbered(line)?.Number is { Length: > 0 } n ? n : AreaHeading.Next(areaNumber), AreaHeading.Title(line[area.Length..]));
            }
            // A note after the items (注：…, 说明：…) ends them; it may state the total.
            else if (NoteStart().IsMatch(line) || current is null)
            {
                Close();
                if (TotalNote().Match(line) is { Success: true } total) statedTotal = RuleParser.Amount(total.Groups["n"].Value);
                if (NoteStart().IsMatch(line) && rows.Count > 0) break;
            }
            else current.Value.Criteria.Add(line);
        }
        Close();
        return rows.Count >= MinIndicators ? new ScoringTableReader.Result(rows, statedTotal, []) : new ScoringTableReader.Result([], null, []);
    }

    // A scan's line as it was printed: OCR reads （ as 〈 or 《 before a numeral, and ① at a line's start as @ or @).
    static string Unscanned(string line) =>
        OcrCircle().Replace(OcrBracket().Replace(line.Trim().Replace('〈', '('), "("), "");

    // The heading levels of a rulebook in prose, outermost first: 一、 （一） 1. （1）/①.
    static int LevelOf(string line) =>
        PartMark().IsMatch(line) ? 1 : SectionMark().IsMatch(line) ? 2 : ItemMark().IsMatch(line) ? 3 : PointMark().IsMatch(line) ? 4 : 0;

    // Which level heads the indicators: 1. when clauses （1）/① stand on lines below it; else （一） (its 1. lines the
    // clauses); else 一、 (the same); else 1. alone. Headings above the indicators' level are areas.
    static int IndicatorLevel(HashSet<int> levels) =>
        levels.Contains(3) && levels.Contains(4) ? 3 : levels.Contains(2) ? 2 : levels.Contains(1) ? 1 : levels.Contains(3) ? 3 : 0;

    // 领导机构（4分） → its points; 加分项（最高加4分） → its cap, which bounds its clauses as a 备注 cell's does; 宣传报道（5分）
    // 在省级以上媒体… → the text after them is its criteria; 经验推广。工作经验被… → the title ends at its stop; a heading run
    // into its criteria with neither is its own title and criteria both.
    static (string Title, string Points, string Cap, string Criteria) Heading(string rest)
    {
        if (TitleWithPoints().Match(rest) is { Success: true } m)
            return (m.Groups["title"].Value.Trim(), m.Groups["cap"].Success ? "" : m.Groups["n"].Value, m.Groups["cap"].Success ? m.Groups["points"].Value : "", m.Groups["criteria"].Value.Trim());
        if (TitleWithStop().Match(rest) is { Success: true } s) return (s.Groups["title"].Value.Trim(), "", "", s.Groups["criteria"].Value.Trim());
        var clauseEnd = rest.IndexOfAny([',', '，', ';', '；', '。']);
        return (clauseEnd > 0 ? rest[..clauseEnd] : rest, "", "", rest);
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|第[一二三四五六七八九十]{1,3}(?:部分|章|类)\s*[、:：]?)\s*\S")] private static partial Regex PartMark();
    [GeneratedRegex(@"^[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]\s*\S")] private static partial Regex SectionMark();
    [GeneratedRegex(@"^\d{1,2}\s*[.．、](?!\d)\s*\S")] private static partial Regex ItemMark();
    [GeneratedRegex(@"^(?:[(（]\s*\d{1,2}\s*[)）]|[①-⑳])\s*\S")] private static partial Regex PointMark();
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|第[一二三四五六七八九十]{1,3}(?:部分|章|类)\s*[、:：]?|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]|\d{1,2}\s*[.．、]|[(（]\s*\d{1,2}\s*[)）]|[①-⑳])\s*")] private static partial Regex Mark();
    [GeneratedRegex(@"^(?<title>[^(（。;；:：,，]{1,30}?)\s*[(（]\s*(?<points>(?<cap>(?:最高|最多|不超过)\s*[加扣得]?)?\s*(?<n>\d+(?:\.\d+)?)\s*分)\s*[)）]\s*[。:：]?\s*(?<criteria>.*)$")] private static partial Regex TitleWithPoints();
    [GeneratedRegex(@"^(?<title>[^(（。;；:：,，]{1,20})[。:：]\s*(?<criteria>\S.*)$")] private static partial Regex TitleWithStop();
    // A line of its own naming the rulebook: 2025年度打击侵权假冒工作考核细则, …绩效考核评分标准, …考核评分办法.
    [GeneratedRegex(@"^[^,，。;；:：]{0,40}(?:考核细则|评分细则|评分标准|评分办法|考核办法|计分办法|考核标准|考评细则|考评办法)(?:[(（][^)）]*[)）])?$")] private static partial Regex RulebookTitle();
    [GeneratedRegex(@"\d\s*分")] private static partial Regex NamesPoints();
    [GeneratedRegex(@"《(?=\s*[一二三四五六七八九十]{1,3}\s*[)）])")] private static partial Regex OcrBracket();
    [GeneratedRegex(@"^@+\)?\s*")] private static partial Regex OcrCircle();
    [GeneratedRegex(@"^(?:注|说明|备注)\s*\d*\s*[:：]")] private static partial Regex NoteStart();
    [GeneratedRegex(@"(?:总分|基本分|满分)\s*为?\s*(?<n>\d+(?:\.\d+)?)\s*分")] private static partial Regex TotalNote();
    [GeneratedRegex(@"^[-—–\s]*\d{1,3}[-—–\s]*$")] private static partial Regex PageNumber();
}
