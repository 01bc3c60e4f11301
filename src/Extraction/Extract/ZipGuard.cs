using System.IO.Compression;

namespace Extraction.Extract;

/// <summary>Refuses an Office file before it is opened when it is not a zip or would unpack beyond the cap (a zip bomb).</summary>
public static class ZipGuard
{
    /// <summary>Checks the package, then opens it; a package the Open XML SDK cannot read fails with advice for the operator.</summary>
    public static T Open<T>(string path, long maxUnpackedBytes, Func<string, T> open, string application, string extension)
    {
        Check(path, maxUnpackedBytes);
        try { return open(path); }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new ExtractionException($"{application} 文件结构损坏，无法打开：请用 {application} 或 WPS 打开后另存为 {extension} 再提交", e);
        }
    }

    public static void Check(string path, long maxUnpackedBytes)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > maxUnpackedBytes)
                    throw new ExtractionException($"解压后超过 {maxUnpackedBytes / (1024 * 1024)} MB（疑似压缩炸弹），已拒绝读取：请提供正常的 Office 文件");
            }
        }
        catch (InvalidDataException e)
        {
            throw new ExtractionException("不是有效的 Office 文件（压缩包结构损坏）：请重新导出或另存为后再提交", e);
        }
    }
}
