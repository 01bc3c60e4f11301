namespace Extraction.Extract;

/// <summary>What a file is by its content, whatever its extension says.</summary>
public enum FileKind { Empty, Pdf, Docx, Xlsx, LegacyOffice, Rtf, Image, Text, OtherZip, Unknown }
