namespace Extraction.Extract;

/// <summary>Legacy Office files (.doc, .wps, .et, .xls, .rtf) converted by LibreOffice headless to .docx/.xlsx, then read as those.</summary>
public sealed class OfficeConverter(ExtractionOptions options, DocxExtractor docx, XlsxExtractor xlsx) : IExtractor
{
    public async Task<ExtractedDocument> ExtractAsync(string path, CancellationToken cancellation)
    {
        var work = Directory.CreateTempSubdirectory("extraction-lo-");
        try
        {
            // A LibreOffice just installed can fail its first starts without a word, so a failed round is tried once more.
            for (var round = 0; round < 2; round++)
                // LibreOffice keys a spreadsheet or a text document off the content; try text first, then spreadsheet.
                foreach (var (target, reader) in new (string, IExtractor)[] { ("docx:MS Word 2007 XML", docx), ("xlsx:Calc MS Excel 2007 XML", xlsx) })
                {
                    var converted = await ConvertAsync(path, target, work.FullName, cancellation);
                    if (converted is null) continue;
                    var document = await reader.ExtractAsync(converted, cancellation);
                    return document with { Format = "doc" };
                }
            throw new ExtractionException("LibreOffice 无法转换该文件：文件可能已损坏，请用 WPS 或 Word 另存为 .docx 后再提交");
        }
        finally { work.Delete(recursive: true); }
    }

    async Task<string?> ConvertAsync(string path, string target, string work, CancellationToken cancellation)
    {
        // A profile of its own per conversion: two LibreOffice instances sharing one profile block each other.
        var profile = new Uri(Path.Combine(work, "profile")).AbsoluteUri;
        var input = Path.Combine(work, "input" + Path.GetExtension(path));
        File.Copy(path, input, overwrite: true);
        ExternalProcess.Result result;
        try
        {
            result = await ExternalProcess.RunAsync("soffice", [$"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", target, "--outdir", work, input],
                options.ConversionTimeout, cancellation);
        }
        catch (ExtractionException e) when (e.InnerException is System.ComponentModel.Win32Exception)
        {
            throw new ExtractionException("未安装 LibreOffice，无法读取旧版 Office/WPS 文件（.doc/.wps/.et/.rtf）：请运行 ./bootstrap.sh 安装", e);
        }
        var output = Path.Combine(work, "input." + target.Split(':')[0]);
        return result.ExitCode == 0 && File.Exists(output) && new FileInfo(output).Length > 0 ? output : null;
    }
}
