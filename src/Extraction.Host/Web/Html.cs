using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Extraction.Reports;

namespace Extraction.Host.Web;

/// <summary>Writing HTML safely: every value goes through the encoder; Chinese stays readable in the source.</summary>
internal static class Html
{
    static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(object? value) => Encoder.Encode(value?.ToString() ?? "");

    public static string Points(decimal? points) => points is { } p ? Labels.Points(p) : "—";

    /// <summary>A path with its query, each value URL-encoded.</summary>
    public static string Url(string path, params (string Name, string? Value)[] query)
    {
        var parts = query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => $"{q.Name}={Uri.EscapeDataString(q.Value!)}").ToList();
        return parts.Count == 0 ? path : path + "?" + string.Join("&", parts);
    }

    public static string Region(string region) => "/regions/" + Uri.EscapeDataString(region);

    /// <summary>The text, encoded, with every occurrence of the terms in &lt;mark&gt;.</summary>
    public static string Marked(string text, IReadOnlyCollection<string> terms)
    {
        var hits = new bool[text.Length];
        foreach (var term in terms.Where(t => t.Length > 0))
            for (int at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.OrdinalIgnoreCase))
                Array.Fill(hits, true, at, term.Length);
        var s = new StringBuilder();
        for (int i = 0; i < text.Length;)
        {
            int j = i;
            while (j < text.Length && hits[j] == hits[i]) j++;
            var piece = E(text[i..j]);
            s.Append(hits[i] ? $"<mark>{piece}</mark>" : piece);
            i = j;
        }
        return s.ToString();
    }

    /// <summary>The terms of a highlight query: words separated by spaces, quotes and search operators dropped.</summary>
    public static List<string> Terms(string? query) => (query ?? "").Replace("\"", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Where(t => t is not ("OR" or "NOT" or "AND") && !t.StartsWith('-')).Select(t => t.Trim('(', ')')).Where(t => t.Length > 0).Distinct().ToList();

    public static string Options(IEnumerable<(string Value, string Label)> options, string? selected) =>
        string.Concat(options.Select(o => $"<option value=\"{E(o.Value)}\"{(o.Value == selected ? " selected" : "")}>{E(o.Label)}</option>"));
}
