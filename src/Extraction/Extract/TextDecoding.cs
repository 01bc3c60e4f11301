using System.Text;

namespace Extraction.Extract;

/// <summary>Decodes plain text saved as UTF-8 (with or without BOM) or GB18030, the two encodings Chinese offices produce.</summary>
public static class TextDecoding
{
    static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>Returns the text and the name of the encoding it was in.</summary>
    public static (string Text, string Encoding) Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (StrictUtf8.GetString(bytes, 3, bytes.Length - 3), "utf-8");
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "utf-16le");
        try { return (StrictUtf8.GetString(bytes), "utf-8"); }
        catch (DecoderFallbackException) { return (Gb18030.GetString(bytes), "gb18030"); }
    }

    /// <summary>A prefix cut from a longer file, less the incomplete UTF-8 sequence its end may split (a GB18030 file
    /// loses at most one character to it).</summary>
    public static byte[] WithoutPartialUtf8Tail(byte[] bytes)
    {
        int lead = bytes.Length - 1;
        while (lead >= 0 && bytes.Length - lead <= 4 && (bytes[lead] & 0xC0) == 0x80) lead--;
        if (lead < 0 || bytes[lead] < 0x80) return bytes;
        int length = bytes[lead] >= 0xF0 ? 4 : bytes[lead] >= 0xE0 ? 3 : 2;
        return bytes.Length - lead >= length ? bytes : bytes[..lead];
    }

    /// <summary>True when the bytes have no control characters other than whitespace, as text files do.</summary>
    public static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return true;
        foreach (var b in head)
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C or 0x1B)) return false;
        return true;
    }
}
