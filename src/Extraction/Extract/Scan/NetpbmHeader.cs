namespace Extraction.Extract.Scan;

/// <summary>The header of a binary PGM or PPM: magic, width, height; the pixels start after the single space past maxval.</summary>
public static class NetpbmHeader
{
    public static (string Magic, int Width, int Height, int PixelStart) Read(byte[] bytes)
    {
        int pos = 0;
        string Next()
        {
            while (pos < bytes.Length && (char.IsWhiteSpace((char)bytes[pos]) || bytes[pos] == '#'))
            {
                if (bytes[pos] == '#') while (pos < bytes.Length && bytes[pos] != '\n') pos++;
                else pos++;
            }
            int start = pos;
            while (pos < bytes.Length && !char.IsWhiteSpace((char)bytes[pos])) pos++;
            return System.Text.Encoding.ASCII.GetString(bytes, start, pos - start);
        }
        string magic = Next();
        if (!int.TryParse(Next(), out var w) || !int.TryParse(Next(), out var h) || !int.TryParse(Next(), out var max))
            throw new ExtractionException("页面图像头部损坏");
        if (max > 255) throw new ExtractionException("页面图像位深不受支持");
        return (magic, w, h, pos + 1);
    }
}
