using System.Reflection;

namespace Extraction.Chinese;

/// <summary>jieba's prefix dictionary: every word with its frequency, every prefix of a word with frequency 0,
/// and the total, as jieba builds it from dict.txt (MIT, see Data/LICENSE.jieba.txt).</summary>
public sealed class JiebaDictionary
{
    readonly Dictionary<string, long> frequencies = new(400_000, StringComparer.Ordinal);
    public long Total { get; private set; }
    public double LogTotal => Math.Log(Total);

    public static JiebaDictionary LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Extraction.Chinese.Data.jieba-dict.txt")
            ?? throw new InvalidOperationException("jieba dictionary resource missing");
        var dictionary = new JiebaDictionary();
        dictionary.Load(new StreamReader(stream));
        return dictionary;
    }

    void Load(TextReader reader)
    {
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var parts = line.Split(' ');
            if (parts.Length < 2 || !long.TryParse(parts[1], out var freq)) continue;
            Add(parts[0], freq);
        }
    }

    /// <summary>Adds a word (or raises its frequency), registering its prefixes as jieba does.</summary>
    public void Add(string word, long frequency)
    {
        if (frequencies.TryGetValue(word, out var old)) Total -= old;
        frequencies[word] = frequency;
        Total += frequency;
        for (int i = 1; i < word.Length; i++)
            frequencies.TryAdd(word[..i], 0);
    }

    /// <summary>The frequency of a word; 0 for a prefix only; null when neither.</summary>
    public long? Frequency(ReadOnlySpan<char> fragment) =>
        frequencies.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(fragment, out var f) ? f : null;

    public bool IsWord(string text) => frequencies.TryGetValue(text, out var f) && f > 0;
}
