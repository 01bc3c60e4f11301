namespace Extraction.Extract;

/// <summary>Picks the extractor for a file by what its bytes are, never by its extension.</summary>
public sealed class ExtractorSelector
{
    readonly PdfExtractor pdf;
    readonly DocxExtractor docx;
    readonly XlsxExtractor xlsx;
    readonly OfficeConverter legacy;
    readonly ImageExtractor image;
    readonly TextFileExtractor text;

    public ExtractorSelector(ExtractionOptions options)
    {
        var ocr = new OcrEngine(options);
        pdf = new PdfExtractor(options, ocr);
        docx = new DocxExtractor(options);
        xlsx = new XlsxExtractor(options);
        text = new TextFileExtractor(options);
        legacy = new OfficeConverter(options, docx, xlsx);
        image = new ImageExtractor(options, ocr);
    }

    public IExtractor For(FileKind kind) => kind switch
    {
        FileKind.Pdf => pdf,
        FileKind.Docx => docx,
        FileKind.Xlsx => xlsx,
        FileKind.LegacyOffice or FileKind.Rtf => legacy,
        FileKind.Image => image,
        FileKind.Text => text,
        FileKind.Empty => throw new ExtractionException("文件为空（0 字节）：请检查上传或扫描是否完成"),
        FileKind.OtherZip => throw new ExtractionException("不是有效的 Word/Excel 文件（压缩包内没有文档内容）：请重新导出后再提交"),
        _ => throw new ExtractionException("无法识别的文件格式：支持 PDF、Word、Excel、WPS、图片和纯文本"),
    };
}
