using System.Reflection;

namespace Extraction.Chinese;

/// <summary>jieba's prefix dictionary: every word with its frequency, every prefix of a word with frequency 0,
/// and the total, as jieba builds it from dict.txt (MIT, see Data/LICENSE.jieba.txt).</summary>
public sealed class JiebaDictionary
{
    // The log of a word's frequency is kept beside it: the route computes it for every candidate word.
    readonly Dictionary<string, (long Frequency, double Log)> frequencies = new(600_000, StringComparer.Ordinal);
    // The same words as a trie, for the segmenter: extending a word by one character is one lookup of
    // (node, character) instead of hashing the whole fragment again.
    readonly Dictionary<long, int> children = new(1_000_000);
    readonly List<long> nodeFrequency = [0];
    readonly List<double> nodeLog = [0];

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
        if (frequencies.TryGetValue(word, out var old)) Total -= old.Frequency;
        double log = Math.Log(Math.Max(1, frequency));
        frequencies[word] = (frequency, log);
        Total += frequency;
        for (int i = 1; i < word.Length; i++)
            frequencies.TryAdd(word[..i], (0, 0));
        int node = 0;
        foreach (var c in word)
        {
            long key = ((long)node << 16) | c;
            if (!children.TryGetValue(key, out var child))
            {
                child = nodeFrequency.Count;
                children[key] = child;
                nodeFrequency.Add(0);
                nodeLog.Add(0);
            }
            node = child;
        }
        nodeFrequency[node] = frequency;
        nodeLog[node] = log;
    }

    /// <summary>The frequency of a word; 0 for a prefix only; null when neither.</summary>
    /// <summary>The trie node reached from <paramref name="node"/> by one character, or -1. The root is node 0.</summary>
    internal int Step(int node, char c) => children.TryGetValue(((long)node << 16) | c, out var child) ? child : -1;

    internal long NodeFrequency(int node) => nodeFrequency[node];
    internal double NodeLog(int node) => nodeLog[node];

    public bool IsWord(string text) => frequencies.TryGetValue(text, out var f) && f.Frequency > 0;
}
