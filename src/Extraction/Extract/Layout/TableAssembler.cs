using System.Text;

namespace Extraction.Extract.Layout;

/// <summary>Puts words into the cells of a ruled grid and composes the page text with the table as tab-separated rows.</summary>
public static partial class TableAssembler
{
    public sealed record Result(string PageText, IReadOnlyList<IReadOnlyList<string>>? Rows);

    public static Result Assemble(IReadOnlyList<Word> words, RuledGrid? grid, double dpi)
    {
        if (grid is null) return new Result(LinesText(words), null);
        var layout = new CellLayout(grid, dpi);
        var cellWords = new Dictionary<(int, int), List<Word>>();
        var outside = new List<Word>();
        foreach (var w in words)
        {
            int r = RuledGrid.Band(grid.Rows, w.CenterY), c = RuledGrid.Band(grid.Columns, w.CenterX);
            if (r < 0 || c < 0) { outside.Add(w); continue; }
            var key = layout.Owner(r, c);
            if (!cellWords.TryGetValue(key, out var list)) cellWords[key] = list = [];
            list.Add(w);
        }
        if (cellWords.Count == 0) return new Result(LinesText(words), null);
        var texts = cellWords.ToDictionary(kv => kv.Key, kv => CellText(kv.Value, layout.Box(kv.Key).Right));
        return Compose(layout, texts, LinesText(outside.Where(w => w.CenterY < grid.Top)), LinesText(outside.Where(w => w.CenterY >= grid.Top)), dpi);
    }

    /// <summary>Rows of cells from the text of each owning cell, with the text above and below the table around them.</summary>
    public static Result Compose(CellLayout layout, IReadOnlyDictionary<(int R, int C), string> cellTexts, string above, string below, double dpi)
    {
        var rows = new List<IReadOnlyList<string>>();
        for (int r = 0; r < layout.RowCount; r++)
        {
            var cells = new List<string>();
            for (int c = 0; c < layout.ColumnCount; c++)
            {
                var key = layout.Owner(r, c);
                // A cell spanning columns keeps its text in its first column only; one spanning rows repeats it.
                cells.Add(key.C != c ? "" : cellTexts.GetValueOrDefault(key, ""));
            }
            if (cells.Any(t => t.Length > 0) && Enumerable.Range(0, layout.ColumnCount).Any(c => layout.Owner(r, c).R == r)) rows.Add(cells);
        }
        // A narrow column empty in every row is the gap between a double line, not a column.
        var columns = layout.Grid.Columns;
        var used = Enumerable.Range(0, layout.ColumnCount).Where(c => rows.Any(row => row[c].Length > 0) || columns[c + 1] - columns[c] > dpi / 6).ToList();
        rows = rows.Select(row => (IReadOnlyList<string>)used.Select(c => row[c]).ToList()).ToList();

        // The page text shows a cell spanning rows once, where it starts; the table rows repeat it on every row.
        var text = new StringBuilder();
        if (above.Length > 0) text.Append(above).Append('\n');
        var seen = new HashSet<(int, int)>();
        for (int r = 0; r < layout.RowCount; r++)
        {
            // A cell's paragraphs are one line of the page text, which is a row of cells.
            var cells = used.Select(c => layout.Owner(r, c)).Select((key, i) => key.C != used[i] || !seen.Add(key) ? "" : cellTexts.GetValueOrDefault(key, "").Replace("\n", "")).ToList();
            if (cells.Any(t => t.Length > 0)) text.Append(string.Join('\t', cells)).Append('\n');
        }
        if (below.Length > 0) text.Append(below).Append('\n');
        return new Result(text.ToString(), rows);
    }

    /// <summary>Words in the engine's reading order, one output line per line of the engine, Han characters not spaced apart.
    /// The engine's order, not the boxes', because Tesseract reports the boxes of a page it turned upright in the unturned frame.</summary>
    public static string LinesText(IEnumerable<Word> words)
    {
        var sb = new StringBuilder();
        foreach (var line in words.GroupBy(w => w.Line))
        {
            Word? previous = null;
            foreach (var w in line)
            {
                if (previous is not null && !(IsHan(previous.Text[^1]) && IsHan(w.Text[0]))) sb.Append(' ');
                sb.Append(w.Text);
                previous = w;
            }
            sb.Append('\n');
        }
        return sb.ToString().TrimEnd('\n');
    }

    // A text layer's cell: its lines rejoined, save where a line ends a sentence or an amount well short of the cell's right
    // edge — a paragraph's end (Word's cell of unmarked clauses, one paragraph each), kept as a line break. A line that
    // ends on an amount at the edge ends its paragraph too when the next opens a rule of its own rather than going on
    // (，最高得2分 / 以上 / 为止 go on the rule before).
    static string CellText(List<Word> words, double right)
    {
        var paragraphs = new List<List<string>> { new() };
        var lines = words.GroupBy(w => w.Line).ToList();
        var texts = lines.Select(line => LinesText(line)).ToList();
        for (int i = 0; i < lines.Count; i++)
        {
            var text = texts[i];
            paragraphs[^1].Add(text);
            bool shortOfEdge = right - lines[i].Max(w => w.Right) > 2 * lines[i].Average(w => w.Bottom - w.Top);
            bool nextOpensRule = i + 1 < lines.Count && !GoesOn().IsMatch(texts[i + 1]);
            if (ParagraphEnd().IsMatch(text) && (shortOfEdge || AmountEnd().IsMatch(text) && nextOpensRule)) paragraphs.Add([]);
        }
        return string.Join('\n', paragraphs.Where(p => p.Count > 0).Select(p => JoinCellLines(string.Join('\n', p))));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:。|\d\s*分)$")] private static partial System.Text.RegularExpressions.Regex ParagraphEnd();
    [System.Text.RegularExpressions.GeneratedRegex(@"[得加扣计记赋]\s*\d+(?:\.\d+)?\s*分$")] private static partial System.Text.RegularExpressions.Regex AmountEnd();
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[，,；;。、：:）)/％%]|最高|最多|累计|合计|本项|以上|为止|扣完|不超过|封顶|上限|的)")] private static partial System.Text.RegularExpressions.Regex GoesOn();

    // A cell's text wraps at the cell's width: rejoin its lines, with a space only between non-Han words.
    public static string JoinCellLines(string text)
    {
        var sb = new StringBuilder();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (sb.Length > 0 && !(IsHan(sb[^1]) || IsHan(line[0]))) sb.Append(' ');
            sb.Append(line);
        }
        return sb.ToString();
    }

    static bool IsHan(char c) => c is >= '\u3000' and <= '\u9fff' or >= '\uff00' and <= '\uffef';
}
