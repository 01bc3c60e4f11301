using System.Security.Cryptography;

namespace Extraction.Intake;

/// <summary>A file's bytes, hashed and copied into the content-addressed archive in one read.</summary>
public sealed record ArchivedFile(string Sha256, long Size, string ArchivePath)
{
    /// <summary>Reads the file once, and refuses it when its size or time changed meanwhile (still being written), or
    /// without opening it when it is no regular file (a symbolic link, a FIFO, a device).</summary>
    public static async Task<ArchivedFile> CopyAsync(string path, string archiveDirectory, CancellationToken cancellation)
    {
        if (FileTypes.Refusal(path) is { } refusal) throw new RefusedFileException(refusal);
        var before = new FileInfo(path);
        if (!before.Exists) throw new FileNotFoundException("文件在读取前已消失（被移动或删除）", path);
        long size = before.Length;
        var written = before.LastWriteTimeUtc;
        var temporary = Path.Combine(archiveDirectory, $".incoming-{Guid.NewGuid():N}");
        string sha;
        try
        {
            await using (var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, useAsync: true))
            await using (var output = File.Create(temporary))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[1 << 16];
                int n;
                while ((n = await input.ReadAsync(buffer, cancellation)) > 0)
                {
                    hash.AppendData(buffer, 0, n);
                    await output.WriteAsync(buffer.AsMemory(0, n), cancellation);
                }
                sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            }
            var after = new FileInfo(path);
            if (!after.Exists || after.Length != size || after.LastWriteTimeUtc != written || new FileInfo(temporary).Length != size)
                throw new RefusedFileException("文件在读取过程中发生了变化（可能仍在写入）：请等写入完成后重新放入");
            var final = Path.Combine(archiveDirectory, sha[..2], sha + Path.GetExtension(path).ToLowerInvariant());
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            // An archive every worker shares is trusted only for the bytes its name promises: a copy already there that
            // is short or altered (a disk fault, a hand edit) is replaced by the one just read and hashed.
            if (File.Exists(final) && new FileInfo(final).Length == size && await Sha256Of(final, cancellation) == sha) File.Delete(temporary);
            else File.Move(temporary, final, overwrite: true);
            return new ArchivedFile(sha, size, final);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    public static async Task<string> Sha256Of(string path, CancellationToken cancellation)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, useAsync: true);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellation));
    }
}
