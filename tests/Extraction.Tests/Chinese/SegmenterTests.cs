using System.Text.Json;
using Extraction.Chinese;

namespace Extraction.Tests.Chinese;

public class SegmenterTests
{
    internal static readonly Lazy<Segmenter> Shared = new(() => new Segmenter(JiebaDictionary.LoadDefault()));

    sealed record Reference(string Sentence, string[] Tokens);

    [Fact]
    public void NinetyNinePercentOfTokensMatchTheReferenceJiebaOnSeedAndCorpusSentences()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Chinese", "jieba-reference.json");
        var references = JsonSerializer.Deserialize<List<Reference>>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        Assert.True(references.Count >= 300);
        int total = 0, same = 0;
        foreach (var r in references)
        {
            var ours = Shared.Value.Cut(r.Sentence).Select(t => t.Text).ToList();
            total += r.Tokens.Length;
            // Tokens agree when the same word stands at the same place.
            var theirs = Spans(r.Tokens);
            var mine = Spans(ours).ToHashSet();
            same += theirs.Count(mine.Contains);
        }
        Assert.True(same >= 0.99 * total, $"{same} of {total} tokens agree");
    }

    static List<(int, string)> Spans(IEnumerable<string> tokens)
    {
        var spans = new List<(int, string)>();
        int at = 0;
        foreach (var t in tokens) { spans.Add((at, t)); at += t.Length; }
        return spans;
    }

    [Fact]
    public void TokensKeepTheirOffsetsInTheText()
    {
        var text = "开展植物新品种保护培训，有培训通知";
        foreach (var t in Shared.Value.CutForSearch(text))
            Assert.Equal(t.Text, text[t.Start..t.End]);
    }

    [Fact]
    public void SearchModeAlsoEmitsTheDictionaryWordsInsideALongWord()
    {
        var words = Shared.Value.CutForSearch("中华人民共和国").Select(t => t.Text).ToList();
        Assert.Contains("中华人民共和国", words);
        Assert.Contains("中华", words);
        Assert.Contains("共和国", words);
    }

    [Fact]
    public void AsciiLettersAndDigitsStayTogether() =>
        Assert.Contains("12315", Shared.Value.Cut("以12315一个号码独立对外").Select(t => t.Text));
}
