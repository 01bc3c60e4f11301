using Extraction.Chinese;
using Extraction.Store;

namespace Extraction.Index;

/// <summary>Keeps the search index in step with the stored pages: analyzes pages never indexed, and re-analyzes the
/// pages an analyzer with another lexicon indexed when the new lexicon's words touch them. Reads stored text only.</summary>
public sealed class PageIndexer(EvidenceStore store, ChineseAnalyzer analyzer)
{
    // Pages are written in transactions of this many, so a large re-index neither holds every page's tokens nor one long lock.
    const int Batch = 500;

    public sealed record Result(int Indexed, int Reindexed, int Unchanged);

    public Result Update(bool rebuild = false, IProgress<int>? progress = null)
    {
        var lexicon = analyzer.Lexicon.Version;
        int indexed = 0, reindexed = 0, unchanged = 0;
        foreach (var chunk in store.Index.Pending(lexicon, rebuild).Chunk(Batch))
        {
            var tokens = new List<PageTokens>(chunk.Length);
            foreach (var page in chunk)
            {
                // A page indexed under another lexicon needs new tokens only if a lexicon word occurs in it.
                if (page.Indexed && !rebuild && !analyzer.Lexicon.Terms.Any(page.Text.Contains))
                {
                    tokens.Add(new PageTokens(page.Id, true, null, null));
                    unchanged++;
                    continue;
                }
                var analyzed = analyzer.Analyze(page.Text);
                tokens.Add(new PageTokens(page.Id, page.Indexed, analyzed.Words.Select(t => t.Text).ToList(), analyzed.Bigrams.Select(t => t.Text).ToList()));
                if (page.Indexed) reindexed++; else indexed++;
                progress?.Report(indexed + reindexed + unchanged);
            }
            store.Index.Write(tokens, lexicon);
        }
        return new Result(indexed, reindexed, unchanged);
    }
}
