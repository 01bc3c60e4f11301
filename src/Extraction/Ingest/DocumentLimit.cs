using Extraction.Extract;

namespace Extraction.Ingest;

/// <summary>Holds a document to the character limit: the pages up to it are kept (the last one cut at it), the rest
/// dropped, and the cut described in Chinese for the arrival's record.</summary>
public static class DocumentLimit
{
    public sealed record Result(ExtractedDocument Document, string? Note);

    public static Result Apply(ExtractedDocument document, int maxChars, long fileBytes)
    {
        long total = document.Pages.Sum(p => (long)p.RawText.Length);
        if (total <= maxChars) return new Result(document, null);
        var kept = new List<ExtractedPage>();
        int used = 0;
        foreach (var page in document.Pages)
        {
            if (used >= maxChars) break;
            int room = maxChars - used;
            kept.Add(page.RawText.Length <= room ? page : page with { RawText = page.RawText[..room], Text = page.Text[..Math.Min(room, page.Text.Length)] });
            used += Math.Min(room, page.RawText.Length);
        }
        int lastPage = kept[^1].Number;
        // A table on the page that was cut is dropped with the rest: its later rows are gone.
        bool lastWhole = kept[^1].RawText.Length == document.Pages.First(p => p.Number == lastPage).RawText.Length;
        var tables = document.Tables.Where(t => t.Page < lastPage || (t.Page == lastPage && lastWhole)).ToList();
        var note = $"内容超过单个文件 {maxChars:N0} 字符的上限（文件 {fileBytes / 1048576.0:0.0} MB），只收录了前 {maxChars:N0} 字符"
            + $"（第 1–{kept.Count} 页），其后的内容未收录：如确需全部内容，请拆分成多个文件后再提交";
        return new Result(document with { Pages = kept, Tables = tables }, note);
    }
}
