using Extraction.Intake;

namespace Extraction.Tests.Intake;

/// <summary>The content-addressed archive holds exactly the bytes its names promise.</summary>
public sealed class ArchiveTests : IDisposable
{
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-archive-");

    [Fact]
    public async Task An_archived_copy_that_was_altered_is_replaced_by_the_bytes_just_read()
    {
        var source = Path.Combine(work.FullName, "通知.docx");
        File.Copy(Corpus.Path("inbox/襄阳市/植物新品种保护培训通知.docx"), source);
        var archive = Directory.CreateDirectory(Path.Combine(work.FullName, "archive")).FullName;
        var first = await ArchivedFile.CopyAsync(source, archive, default);
        Assert.Equal(first.Sha256, await ArchivedFile.Sha256Of(first.ArchivePath, default));

        // The same length, other bytes: only the hash tells.
        var bytes = await File.ReadAllBytesAsync(first.ArchivePath);
        bytes[bytes.Length / 2] ^= 0xFF;
        await File.WriteAllBytesAsync(first.ArchivePath, bytes);
        var again = await ArchivedFile.CopyAsync(source, archive, default);
        Assert.Equal(first.ArchivePath, again.ArchivePath);
        Assert.Equal(first.Sha256, await ArchivedFile.Sha256Of(again.ArchivePath, default));

        await File.WriteAllBytesAsync(first.ArchivePath, bytes[..100]);
        await ArchivedFile.CopyAsync(source, archive, default);
        Assert.Equal(first.Size, new FileInfo(first.ArchivePath).Length);
        Assert.Empty(Directory.GetFiles(archive, ".incoming-*"));
    }

    public void Dispose() => work.Delete(recursive: true);
}
