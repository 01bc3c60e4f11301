using Extraction.Extract.Layout;

namespace Extraction.Extract;

/// <summary>The ones of a date's month or day as Tesseract's Chinese model misreads them: "11" comes out as one "1" (or I,
/// "1]"), a lone 1 as "]" or ":", sometimes glued to the 月 or 日 beside it (":日", "月]"). A word of its own still shows
/// by its box how many there are: its height is the line's, and on 269 date lines of Noto Serif and Sans at 96–200 ppi
/// (JPEG, read whole-page) a single 1's box was 0.41–0.71 as wide as high but for 4 of 75, eleven misread as one 1 was
/// 0.77–1.12 for 16 of 23; wider than 1.25 it was either. A mark glued to 月 or 日 is read as one 1. Only what stands
/// between 年/月 and 月/日 on its line is read so.</summary>
public static class OnesInDates
{
    const double TwoOnesMinAspect = 0.75, TwoOnesMaxAspect = 1.25;

    static readonly HashSet<string> OneLookalikes = ["1", "I", "l", "|", "]", "[", ":", "1]", "1[", "1:", ":1", "]1"];

    /// <summary>The words with each misread month or day of ones given the count its box shows; other words as they were.</summary>
    public static List<Word> Mend(List<Word> words)
    {
        var mended = new List<Word>(words.Count);
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            bool afterUnit = i > 0 && words[i - 1].Line == w.Line && words[i - 1].Text is [.., '年' or '月'];
            bool beforeUnit = i + 1 < words.Count && words[i + 1].Line == w.Line && words[i + 1].Text is ['月' or '日', ..];
            mended.Add(w.Text switch
            {
                var t when afterUnit && beforeUnit && OneLookalikes.Contains(t) => w with { Text = Aspect(w) is >= TwoOnesMinAspect and <= TwoOnesMaxAspect ? "11" : "1" },
                [var c, '月' or '日'] when afterUnit && IsOneMark(c) => w with { Text = "1" + w.Text[1..] },
                ['年' or '月', var c] when beforeUnit && IsOneMark(c) => w with { Text = w.Text[..1] + "1" },
                _ => w,
            });
        }
        return mended;
    }

    static bool IsOneMark(char c) => c is ']' or '[' or ':' or '|' or 'I' or 'l';

    static double Aspect(Word w) => w.Bottom > w.Top ? (w.Right - w.Left) / (w.Bottom - w.Top) : 0;
}
