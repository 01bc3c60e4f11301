using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Extraction.Extract.Vector;

/// <summary>Just enough of a PDF's object structure to reach each page's box and content streams: objects found by
/// scanning for "N G obj" (so a broken cross-reference table does not matter), object streams, Flate streams.
/// Anything beyond that (other filters, rotated pages) is reported as unsupported and the caller renders instead.</summary>
public sealed partial class PdfDocument
{
    readonly byte[] bytes;
    readonly Dictionary<int, int> offsets = [];
    readonly Dictionary<int, (int Stream, int Index)> compressed = [];
    readonly Dictionary<int, object?> cache = [];

    public sealed record Page(int Number, double Left, double Bottom, double Width, double Height, IReadOnlyList<byte[]>? Contents, IReadOnlySet<string> ImageNames);

    PdfDocument(byte[] bytes)
    {
        this.bytes = bytes;
        // The cross-reference table says where each object is without reading the file; a file without a plain one
        // (a cross-reference stream, a broken table) is scanned for its "N G obj" headers instead.
        if (!ReadCrossReference())
        {
            var text = PdfSyntax.Latin1(bytes);
            foreach (Match m in ObjectHeader().Matches(text)) offsets[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)] = m.Index + m.Length;
            foreach (var (number, _) in offsets.ToList())
                if (Resolve(new PdfRef(number)) is Dictionary<string, object?> d && Name(d, "Type") == "ObjStm") IndexObjectStream(number, d);
        }
    }

    /// <summary>Reads the classic cross-reference tables from startxref back along /Prev; newer entries win.</summary>
    bool ReadCrossReference()
    {
        var tail = PdfSyntax.Latin1(bytes.AsSpan(Math.Max(0, bytes.Length - 1024)));
        int at = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        if (at < 0 || new PdfSyntax(tail, at + 9).Next() is not double start) return false;
        var seen = new HashSet<int>();
        for (int offset = (int)start; offset > 0 && offset < bytes.Length && seen.Add(offset);)
        {
            var section = PdfSyntax.Latin1(bytes.AsSpan(offset, Math.Min(bytes.Length - offset, 4)));
            if (section != "xref") return false;
            int end = bytes.AsSpan(offset).IndexOf("trailer"u8);
            if (end < 0) return false;
            var table = PdfSyntax.Latin1(bytes.AsSpan(offset + 4, end));
            var lines = table.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
            int number = 0;
            foreach (var line in lines)
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 2) { number = int.Parse(parts[0], CultureInfo.InvariantCulture); continue; }
                if (parts.Length == 3 && parts[2] == "n") offsets.TryAdd(number, int.Parse(parts[0], CultureInfo.InvariantCulture) + ObjectKeywordLength(int.Parse(parts[0], CultureInfo.InvariantCulture)));
                if (parts.Length == 3) number++;
            }
            var trailer = new PdfSyntax(Window(offset + 4 + end + 7)).Next() as Dictionary<string, object?>;
            if (trailer is null) return false;
            catalogRef ??= trailer.GetValueOrDefault("Root") as PdfRef?;
            offset = trailer.GetValueOrDefault("Prev") is double previous ? (int)previous : 0;
        }
        return catalogRef is not null && offsets.Count > 0;
    }

    PdfRef? catalogRef;

    // Entries point at "N G obj"; objects are parsed from after the keyword.
    int ObjectKeywordLength(int offset)
    {
        if (offset < 0 || offset >= bytes.Length) return 0;
        int keyword = bytes.AsSpan(offset, Math.Min(64, bytes.Length - offset)).IndexOf("obj"u8);
        return keyword < 0 ? 0 : keyword + 3;
    }

    /// <summary>The text of an object from its offset up to its stream data or its end, never the whole file.</summary>
    string Window(int offset)
    {
        var rest = bytes.AsSpan(offset);
        // The dictionary of a stream object ends at its "stream" keyword, before the data and "endobj".
        int end = rest.IndexOf("endobj"u8);
        int near = rest[..(end >= 0 ? end : rest.Length)].IndexOf("stream"u8);
        int length = near >= 0 ? near : end >= 0 ? end : rest.Length;
        return PdfSyntax.Latin1(rest[..length]);
    }

    public static PdfDocument Open(byte[] bytes) => new(bytes);

    /// <summary>The pages in order; null when the page tree cannot be followed.</summary>
    public List<Page>? Pages()
    {
        var catalog = catalogRef is { } known ? Resolve(known) as Dictionary<string, object?> : offsets.Keys.Concat(compressed.Keys).Select(n => Resolve(new PdfRef(n)))
            .OfType<Dictionary<string, object?>>().LastOrDefault(d => Name(d, "Type") == "Catalog");
        if (catalog is null || Resolve(catalog.GetValueOrDefault("Pages")) is not Dictionary<string, object?> root) return null;
        var pages = new List<Page>();
        Walk(root, null, null, 0, pages);
        return pages;
    }

    void Walk(Dictionary<string, object?> node, double[]? inheritedBox, object? inheritedResources, int depth, List<Page> pages)
    {
        if (depth > 32) return;
        var box = Box(node, "CropBox") ?? Box(node, "MediaBox") ?? inheritedBox;
        if (Resolve(node.GetValueOrDefault("Kids")) is List<object?> kids)
        {
            var resources = Resolve(node.GetValueOrDefault("Resources")) ?? inheritedResources;
            foreach (var kid in kids) if (Resolve(kid) is Dictionary<string, object?> child) Walk(child, box, resources, depth + 1, pages);
            return;
        }
        box ??= [0, 0, 612, 792];
        bool rotated = Resolve(node.GetValueOrDefault("Rotate")) is double r && r % 360 != 0;
        var contents = rotated ? null : Contents(node.GetValueOrDefault("Contents"));
        pages.Add(new Page(pages.Count + 1, Math.Min(box[0], box[2]), Math.Min(box[1], box[3]), Math.Abs(box[2] - box[0]), Math.Abs(box[3] - box[1]), contents,
            ImageNames(Resolve(node.GetValueOrDefault("Resources")) ?? inheritedResources)));
    }

    /// <summary>The names under which the page's resources hold images (as opposed to forms, which may draw lines).</summary>
    HashSet<string> ImageNames(object? resources)
    {
        var names = new HashSet<string>();
        if (resources is Dictionary<string, object?> r && Resolve(r.GetValueOrDefault("XObject")) is Dictionary<string, object?> xobjects)
            foreach (var (name, value) in xobjects)
                if (Resolve(value) is Dictionary<string, object?> x && Name(x, "Subtype") == "Image") names.Add(name);
        return names;
    }

    List<byte[]>? Contents(object? value)
    {
        var parts = new List<byte[]>();
        var items = Resolve(value) is List<object?> list ? list : [value];
        foreach (var item in items)
        {
            if (item is not PdfRef reference || StreamData(reference) is not { } data) return null;
            parts.Add(data);
        }
        return parts;
    }

    double[]? Box(Dictionary<string, object?> node, string key) =>
        Resolve(node.GetValueOrDefault(key)) is List<object?> { Count: 4 } box && box.Select(Resolve).All(v => v is double)
            ? box.Select(v => (double)Resolve(v)!).ToArray() : null;

    public object? Resolve(object? value)
    {
        if (value is not PdfRef reference) return value;
        if (cache.TryGetValue(reference.Number, out var known)) return known;
        cache[reference.Number] = null;
        object? resolved = null;
        if (offsets.TryGetValue(reference.Number, out var at)) resolved = new PdfSyntax(Window(at)).Next();
        else if (compressed.TryGetValue(reference.Number, out var location)) resolved = FromObjectStream(location.Stream, location.Index);
        return cache[reference.Number] = resolved;
    }

    /// <summary>The decoded bytes of a stream object, or null when its filter is not Flate (or none).</summary>
    byte[]? StreamData(PdfRef reference)
    {
        if (!offsets.TryGetValue(reference.Number, out var at)) return null;
        if (new PdfSyntax(Window(at)).Next() is not Dictionary<string, object?> dict) return null;
        int keyword = bytes.AsSpan(at).IndexOf("stream"u8);
        if (keyword < 0) return null;
        int start = at + keyword + 6;
        if (start < bytes.Length && bytes[start] == '\r') start++;
        if (start < bytes.Length && bytes[start] == '\n') start++;
        int length = Resolve(dict.GetValueOrDefault("Length")) is double l && start + (int)l <= bytes.Length ? (int)l : -1;
        if (length < 0)
        {
            int end = bytes.AsSpan(start).IndexOf("endstream"u8);
            if (end < 0) return null;
            length = end;
        }
        var raw = bytes.AsSpan(start, length);
        var filter = Resolve(dict.GetValueOrDefault("Filter"));
        if (filter is List<object?> { Count: 1 } single) filter = Resolve(single[0]);
        if (dict.ContainsKey("DecodeParms")) return null;
        if (filter is null) return raw.ToArray();
        if (filter is not PdfName { Value: "FlateDecode" }) return null;
        try
        {
            using var input = new ZLibStream(new MemoryStream(raw.ToArray()), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException) { return null; }
    }

    void IndexObjectStream(int number, Dictionary<string, object?> dict)
    {
        if (StreamData(new PdfRef(number)) is not { } data || Resolve(dict.GetValueOrDefault("N")) is not double n) return;
        var header = new PdfSyntax(PdfSyntax.Latin1(data));
        for (int i = 0; i < (int)n; i++)
            if (header.Next() is double objectNumber && header.Next() is double) compressed.TryAdd((int)objectNumber, (number, i));
    }

    object? FromObjectStream(int stream, int index)
    {
        if (Resolve(new PdfRef(stream)) is not Dictionary<string, object?> dict || StreamData(new PdfRef(stream)) is not { } data) return null;
        var content = PdfSyntax.Latin1(data);
        var header = new PdfSyntax(content);
        int n = Resolve(dict.GetValueOrDefault("N")) is double count ? (int)count : 0, first = Resolve(dict.GetValueOrDefault("First")) is double f ? (int)f : 0;
        int offset = -1;
        for (int i = 0; i < n; i++)
        {
            header.Next();
            if (header.Next() is double o && i == index) offset = (int)o;
        }
        return offset < 0 || first + offset >= content.Length ? null : new PdfSyntax(content, first + offset).Next();
    }

    static string? Name(Dictionary<string, object?> d, string key) => d.GetValueOrDefault(key) is PdfName name ? name.Value : null;

    [GeneratedRegex(@"(?<![0-9])(\d+)[ \r\n\t]+\d+[ \r\n\t]+obj\b")] private static partial Regex ObjectHeader();
}
