using System.IO.Compression;
using System.Text;

namespace Extraction.Extract;

/// <summary>Tells a file's kind from its first bytes, so a renamed file is read as what it is.</summary>
public static class FormatSniffer
{
    public static FileKind Sniff(string path)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[512];
        int n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (n == 0) return FileKind.Empty;
        var span = head.AsSpan(0, n);
        if (StartsWith(span, "%PDF-"u8) || IndexOf(span, "%PDF-"u8) is >= 0 and < 256) return FileKind.Pdf;
        if (StartsWith(span, [0x50, 0x4B, 0x03, 0x04])) return SniffZip(path);
        if (StartsWith(span, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) return FileKind.LegacyOffice;
        if (StartsWith(span, "{\\rtf"u8)) return FileKind.Rtf;
        if (IsImage(span)) return FileKind.Image;
        if (TextDecoding.LooksLikeText(span)) return FileKind.Text;
        return FileKind.Unknown;
    }

    static bool IsImage(ReadOnlySpan<byte> s) =>
        StartsWith(s, [0xFF, 0xD8, 0xFF]) || StartsWith(s, [0x89, 0x50, 0x4E, 0x47]) ||
        StartsWith(s, "II*\0"u8) || StartsWith(s, "MM\0*"u8) || StartsWith(s, "BM"u8) ||
        (StartsWith(s, "RIFF"u8) && s.Length > 12 && s.Slice(8, 4).SequenceEqual("WEBP"u8));

    static FileKind SniffZip(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Contains("word/document.xml")) return FileKind.Docx;
            if (names.Contains("xl/workbook.xml")) return FileKind.Xlsx;
            return FileKind.OtherZip;
        }
        catch (InvalidDataException)
        {
            return FileKind.OtherZip;
        }
    }

    static bool StartsWith(ReadOnlySpan<byte> s, ReadOnlySpan<byte> prefix) => s.StartsWith(prefix);
    static int IndexOf(ReadOnlySpan<byte> s, ReadOnlySpan<byte> needle) => s.IndexOf(needle);
}
