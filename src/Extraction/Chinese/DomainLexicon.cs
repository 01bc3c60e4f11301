using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Extraction.Rulebooks;

namespace Extraction.Chinese;

/// <summary>Words of the domain that must beat the general dictionary: the hand-kept list plus what the rulebooks name
/// (quoted action names like 铁拳 or 剑网2019, the materials, the departments). Its version is a hash of its words,
/// so the index knows which pages were analyzed with an older lexicon.</summary>
public sealed partial class DomainLexicon
{
    // High enough that a lexicon word wins the route over any split of it.
    const long Frequency = 1_000_000;

    public IReadOnlySet<string> Terms { get; }
    public string Version { get; }

    DomainLexicon(IEnumerable<string> terms)
    {
        Terms = terms.Select(t => t.Trim()).Where(t => t.Length >= 2).ToHashSet(StringComparer.Ordinal);
        Version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', Terms.Order(StringComparer.Ordinal)))))[..16];
    }

    public static DomainLexicon Build(IEnumerable<Rulebook> rulebooks)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Extraction.Chinese.Data.lexicon.txt")!;
        var terms = new StreamReader(stream).ReadToEnd().Split('\n').Where(l => !l.StartsWith('#')).ToList();
        foreach (var rulebook in rulebooks)
            foreach (var indicator in rulebook.Indicators)
            {
                terms.AddRange(indicator.Assessors);
                foreach (var clause in indicator.Clauses)
                {
                    terms.AddRange(clause.Materials);
                    terms.AddRange(Quoted().Matches(TextNormalizer.Normalize(clause.Text, false)).Select(m => m.Groups[1].Value.Replace(" ", "")));
                }
            }
        return new DomainLexicon(terms);
    }

    public void AddTo(JiebaDictionary dictionary)
    {
        foreach (var term in Terms) dictionary.Add(term, Frequency);
    }

    [GeneratedRegex(@"[“""]([^”""]{2,12})[”""]")] private static partial Regex Quoted();
}
