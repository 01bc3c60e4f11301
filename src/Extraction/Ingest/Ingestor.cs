using System.Collections.Concurrent;
using Extraction.Chinese;
using Extraction.Extract;
using Extraction.Intake;
using Extraction.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Extraction.Ingest;

/// <summary>intake → extract → normalize → store, for a set of files. A bad file becomes a failed outcome with its reason;
/// it never stops the others.</summary>
public sealed class Ingestor(EvidenceStore store, ExtractionOptions options, ILogger? logger = null)
{
    readonly ILogger log = logger ?? NullLogger.Instance;
    static readonly string[] OfficeExtensions = [".docx", ".xlsx", ".doc", ".xls", ".wps", ".et", ".rtf"];
    readonly ExtractorSelector extractors = new(options);
    readonly ConcurrentDictionary<string, Task<FileOutcome>> inFlight = new();

    public async Task<IReadOnlyList<FileOutcome>> IngestAsync(IReadOnlyList<SourceFile> files, string command, IProgress<FileOutcome>? progress, CancellationToken cancellation)
    {
        long run = store.StartRun(command);
        var outcomes = new FileOutcome[files.Count];
        // Documents run side by side so many small files keep the cores busy; OCR pages share one pool of core-sized slots.
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, options.OcrParallelism), CancellationToken = cancellation },
            async (i, ct) =>
            {
                outcomes[i] = await IngestOneAsync(files[i], run, ct);
                progress?.Report(outcomes[i]);
            });
        store.FinishRun(run, files.Count, outcomes.Count(o => o.Status == FileOutcome.Ok),
            outcomes.Count(o => o.Status == FileOutcome.Duplicate), outcomes.Count(o => o.Status == FileOutcome.Failed));
        return outcomes;
    }

    async Task<FileOutcome> IngestOneAsync(SourceFile file, long run, CancellationToken cancellation)
    {
        ArchivedFile archived;
        try
        {
            archived = await ArchivedFile.CopyAsync(file.FullPath, store.ArchiveDirectory, cancellation);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = IntakeReason(e, file);
            store.RecordArrival(null, file.FullPath, file.RelativePath, file.Region, FileOutcome.Failed, reason, run);
            return new FileOutcome(file.RelativePath, null, file.Region, null, FileOutcome.Failed, reason, []);
        }

        // The first arrival of some bytes extracts them; any other arrival of the same bytes, now or later, is a duplicate.
        var first = new TaskCompletionSource<FileOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var claimed = inFlight.GetOrAdd(archived.Sha256, first.Task);
        if (claimed != first.Task)
        {
            var earlier = await claimed;
            return Duplicate(file, archived, earlier.Format, run);
        }
        try
        {
            var existing = store.FindDocument(archived.Sha256);
            if (existing is { Status: FileOutcome.Ok })
            {
                var duplicate = Duplicate(file, archived, existing.Format, run);
                first.SetResult(duplicate);
                inFlight.TryRemove(KeyValuePair.Create(archived.Sha256, first.Task));
                return duplicate;
            }
            var outcome = await ExtractAsync(file, archived, run, cancellation);
            first.SetResult(outcome);
            // From now on the store answers for these bytes: a later arrival is a duplicate, or a retry if this failed.
            inFlight.TryRemove(KeyValuePair.Create(archived.Sha256, first.Task));
            return outcome;
        }
        catch (Exception e)
        {
            first.TrySetException(e);
            inFlight.TryRemove(KeyValuePair.Create(archived.Sha256, first.Task));
            throw;
        }
    }

    FileOutcome Duplicate(SourceFile file, ArchivedFile archived, string? format, long run)
    {
        var earlierPaths = store.ArrivalPaths(archived.Sha256);
        var note = earlierPaths.Count > 0 ? $"与已收录的文件内容相同：{earlierPaths[0]}" : "与已收录的文件内容相同";
        store.RecordArrival(archived.Sha256, file.FullPath, file.RelativePath, file.Region, FileOutcome.Duplicate, note, run);
        return new FileOutcome(file.RelativePath, archived.Sha256, file.Region, format, FileOutcome.Duplicate, null, store.Pages(archived.Sha256));
    }

    async Task<FileOutcome> ExtractAsync(SourceFile file, ArchivedFile archived, long run, CancellationToken cancellation)
    {
        string? format = null;
        try
        {
            // Read the archived copy: the inbox file may be moved away while this runs.
            var kind = FormatSniffer.Sniff(archived.ArchivePath);
            format = FormatName(kind);
            var extension = Path.GetExtension(file.FullPath).ToLowerInvariant();
            if (kind is FileKind.Text or FileKind.Unknown && OfficeExtensions.Contains(extension))
                throw new ExtractionException($"扩展名为 {extension}，但内容不是 Office 文件：请确认文件是否损坏或被错误改名");
            var (document, note) = DocumentLimit.Apply(await extractors.For(kind).ExtractAsync(archived.ArchivePath, cancellation), options.MaxDocumentChars, archived.Size);
            format = document.Format;
            bool laidOut = document.Format.StartsWith("pdf", StringComparison.Ordinal) || document.Format == "image";
            var pages = document.Pages.Select(p => p with { Text = TextNormalizer.Normalize(p.RawText, joinWrappedLines: laidOut || p.Source == PageSource.Ocr) }).ToList();
            store.SaveDocument(new StoredDocument(archived.Sha256, archived.Size, format, FileOutcome.Ok, null, file.Region, archived.ArchivePath, pages.Count), pages, document.Tables, run);
            // The cut, if any, is the arrival's reason: the document is in, but not all of it.
            store.RecordArrival(archived.Sha256, file.FullPath, file.RelativePath, file.Region, FileOutcome.Ok, note, run);
            return new FileOutcome(file.RelativePath, archived.Sha256, file.Region, format, FileOutcome.Ok, null, store.Pages(archived.Sha256), note);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
        {
            // The exception's own text is English and technical: it goes to the log, the reason stays Chinese.
            if (e is not ExtractionException) log.LogError(e, "Unexpected error extracting {File}", file.RelativePath);
            var reason = e switch
            {
                ExtractionException => e.Message,
                // The Office XML parser refuses a DTD (it could expand entities without bound or fetch files).
                System.Xml.XmlException when e.Message.Contains("DTD", StringComparison.Ordinal) =>
                    "文件中的 XML 含有文档类型定义（DTD），为安全起见不予解析：请用 Word、WPS 或 Excel 打开后另存为新文件再提交",
                _ => $"读取时出现意外错误（{ErrorKind(e)}）：请把该文件交给技术人员检查，详情见日志",
            };
            store.SaveDocument(new StoredDocument(archived.Sha256, archived.Size, format, FileOutcome.Failed, reason, file.Region, archived.ArchivePath, 0), [], [], run);
            store.RecordArrival(archived.Sha256, file.FullPath, file.RelativePath, file.Region, FileOutcome.Failed, reason, run);
            return new FileOutcome(file.RelativePath, archived.Sha256, file.Region, format, FileOutcome.Failed, reason, []);
        }
    }

    string IntakeReason(Exception e, SourceFile file)
    {
        switch (e)
        {
            case RefusedFileException: return e.Message;
            case FileNotFoundException or DirectoryNotFoundException: return "文件在读取时已消失（被移动或删除）：请重新放入";
            case UnauthorizedAccessException: return "没有读取该文件的权限：请检查文件权限后重新放入";
            default:
                log.LogError(e, "Could not read {File}", file.FullPath);
                return "读取文件时发生输入输出错误（磁盘或网络共享可能有问题）：请复制到本地后重新放入，详情见日志";
        }
    }

    // A Chinese name for the kind of failure, never the exception's English text.
    static string ErrorKind(Exception e) => e switch
    {
        System.Xml.XmlException => "文件中的 XML 结构无效",
        OutOfMemoryException or InsufficientExecutionStackException => "文件过大或结构过深",
        InvalidDataException or FormatException => "文件内容格式无效",
        IOException => "读写错误",
        _ => "程序内部错误",
    };

    static string? FormatName(FileKind kind) => kind switch
    {
        FileKind.Pdf => "pdf", FileKind.Docx => "docx", FileKind.Xlsx => "xlsx", FileKind.LegacyOffice or FileKind.Rtf => "doc",
        FileKind.Image => "image", FileKind.Text => "text", _ => null,
    };
}
