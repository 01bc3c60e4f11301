using Extraction.Extract;

namespace Extraction.Tests.Extract;

public class FormatSnifferTests
{
    [Theory]
    [InlineData("bad/really-a-jpeg.pdf", FileKind.Image)]
    [InlineData("bad/really-a-pdf.jpg", FileKind.Pdf)]
    [InlineData("bad/not-a-zip.docx", FileKind.Text)]
    [InlineData("bad/zip-bomb.docx", FileKind.Docx)]
    [InlineData("bad/空文件.pdf", FileKind.Empty)]
    [InlineData("bad/gb18030-工作信息.txt", FileKind.Text)]
    [InlineData("inbox/襄阳市/植物新品种保护培训人员名单.xlsx", FileKind.Xlsx)]
    [InlineData("inbox/襄阳市/襄阳市知识产权执法典型案例.doc", FileKind.LegacyOffice)]
    [InlineData("inbox/宜昌市/宜打假办发〔2019〕5号 关于印发宜昌市2019年打击侵权假冒工作要点的通知.rtf", FileKind.Rtf)]
    [InlineData("inbox/宜昌市/软件正版化培训签到表（扫描件）.tif", FileKind.Image)]
    public void AFileIsKnownByItsContentNotItsExtension(string file, FileKind expected) =>
        Assert.Equal(expected, FormatSniffer.Sniff(Corpus.Path(file)));
}
