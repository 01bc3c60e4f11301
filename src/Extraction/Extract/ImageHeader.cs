using System.Buffers.Binary;

namespace Extraction.Extract;

/// <summary>Reads an image's pixel size from its header, so an enormous image is refused before anything decodes it.</summary>
public static class ImageHeader
{
    public static (long Width, long Height)? Size(string path)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[Math.Min(stream.Length, 1 << 20)];
        stream.ReadExactly(head);
        var s = head.AsSpan();
        if (s.Length >= 24 && s[0] == 0x89 && s[1] == 'P') return (BinaryPrimitives.ReadUInt32BigEndian(s[16..]), BinaryPrimitives.ReadUInt32BigEndian(s[20..]));
        if (s.Length >= 26 && s[0] == 'B' && s[1] == 'M') return (Math.Abs(BinaryPrimitives.ReadInt32LittleEndian(s[18..])), Math.Abs(BinaryPrimitives.ReadInt32LittleEndian(s[22..])));
        if (s.Length >= 4 && s[0] == 0xFF && s[1] == 0xD8) return Jpeg(s);
        if (s.Length >= 8 && (s[0] == 'I' || s[0] == 'M'))
        {
            bool little = s[0] == 'I';
            long ifd = U32(s, 4, little);
            // Writers often put the first directory at the end of the file: read it where it is.
            if (ifd + 2 + 12 * 64 > head.Length && ifd < stream.Length)
            {
                var directory = new byte[Math.Min(stream.Length - ifd, 4096) + 8];
                stream.Position = ifd;
                int n = stream.ReadAtLeast(directory.AsSpan(8), directory.Length - 8, throwOnEndOfStream: false);
                head.AsSpan(0, 4).CopyTo(directory);
                BitConverter.TryWriteBytes(directory.AsSpan(4), little ? 8u : System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(8u));
                return Tiff(directory.AsSpan(0, n + 8), little);
            }
            return Tiff(s, little);
        }
        return null;
    }

    // Walk the JPEG markers to the first start-of-frame, which holds height then width.
    static (long, long)? Jpeg(ReadOnlySpan<byte> s)
    {
        int i = 2;
        while (i + 9 < s.Length)
        {
            if (s[i] != 0xFF) { i++; continue; }
            byte marker = s[i + 1];
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return (BinaryPrimitives.ReadUInt16BigEndian(s[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(s[(i + 5)..]));
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7)) { i += 2; continue; }
            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(s[(i + 2)..]);
        }
        return null;
    }

    // The first image directory's ImageWidth (256) and ImageLength (257) tags.
    static uint U32(ReadOnlySpan<byte> s, int at, bool little) => little ? BinaryPrimitives.ReadUInt32LittleEndian(s[at..]) : BinaryPrimitives.ReadUInt32BigEndian(s[at..]);
    static ushort U16(ReadOnlySpan<byte> s, int at, bool little) => little ? BinaryPrimitives.ReadUInt16LittleEndian(s[at..]) : BinaryPrimitives.ReadUInt16BigEndian(s[at..]);

    static (long, long)? Tiff(ReadOnlySpan<byte> s, bool little)
    {
        long ifd = U32(s, 4, little);
        if (ifd + 2 > s.Length) return null;
        int count = U16(s, (int)ifd, little);
        long w = 0, h = 0;
        for (int k = 0; k < count && ifd + 2 + k * 12 + 12 <= s.Length; k++)
        {
            int e = (int)ifd + 2 + k * 12;
            int tag = U16(s, e, little), type = U16(s, e + 2, little);
            long value = type == 3 ? U16(s, e + 8, little) : U32(s, e + 8, little);
            if (tag == 256) w = value; else if (tag == 257) h = value;
        }
        return w > 0 && h > 0 ? (w, h) : null;
    }
}
