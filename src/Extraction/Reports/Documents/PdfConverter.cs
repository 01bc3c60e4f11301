using Extraction.Extract;

namespace Extraction.Reports.Documents;

/// <summary>Turns a .docx into PDF with LibreOffice headless, under a time limit and with a profile of its own, so two
/// conversions (or a conversion beside the worker's) never block each other.</summary>
public sealed class PdfConverter(ReportOptions options)
{
    public async Task ConvertAsync(string docx, string pdf, CancellationToken cancellation)
    {
        var work = Directory.CreateTempSubdirectory("extraction-pdf-");
        try
        {
            var input = Path.Combine(work.FullName, "report.docx");
            File.Copy(docx, input);
            var profile = new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri;
            FontStandIns.Write(Path.Combine(work.FullName, "profile"), await InstalledFamilies(cancellation));
            ExternalProcess.Result result;
            try
            {
                result = await ExternalProcess.RunAsync("soffice",
                    [$"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf:writer_pdf_Export", "--outdir", work.FullName, input],
                    options.PdfTimeout, cancellation);
            }
            catch (ExtractionException e)
            {
                throw new ReportException($"无法把 {Path.GetFileName(docx)} 转为 PDF：{e.Message}（需要 LibreOffice，可运行 ./bootstrap.sh 安装）", e);
            }
            var output = Path.Combine(work.FullName, "report.pdf");
            if (result.ExitCode != 0 || !File.Exists(output) || new FileInfo(output).Length == 0)
                throw new ReportException($"LibreOffice 未能把 {Path.GetFileName(docx)} 转为 PDF（退出码 {result.ExitCode}）：请改用 --format docx 导出，再用 Word 或 WPS 另存为 PDF");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(pdf))!);
            File.Move(output, pdf, overwrite: true);
        }
        finally { work.Delete(recursive: true); }
    }

    // fc-list prints a face's family names comma-separated, one face a line; without fontconfig, none are known.
    static async Task<IReadOnlySet<string>> InstalledFamilies(CancellationToken cancellation)
    {
        try
        {
            var result = await ExternalProcess.RunAsync("fc-list", [":", "family"], TimeSpan.FromSeconds(30), cancellation);
            return result.StandardOutput.Split('\n').SelectMany(line => line.Split(',')).Select(f => f.Trim()).Where(f => f.Length > 0).ToHashSet();
        }
        catch (ExtractionException) { return new HashSet<string>(); }
    }
}
