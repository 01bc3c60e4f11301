using DocumentFormat.OpenXml.Wordprocessing;

namespace Extraction.Reports.Documents;

/// <summary>The typefaces GB/T 9704 names, by the names Chinese offices have installed; where one is missing (as on a
/// server), Word, WPS and LibreOffice put a CJK face of the same kind in its place.</summary>
public static class ReportFonts
{
    public const string Title = "方正小标宋简体";
    public const string Body = "仿宋_GB2312";
    public const string Hei = "黑体";
    public const string Kai = "楷体_GB2312";
    public const string Song = "宋体";

    /// <summary>The font table: each face with its kind (serif for 宋/仿宋/楷, sans for 黑体) and a common stand-in name,
    /// so a machine without it picks a face of the same kind.</summary>
    public static Fonts Table() => new(
        Font(Title, FontFamilyValues.Roman, "SimSun"), Font(Body, FontFamilyValues.Roman, "FangSong"), Font(Hei, FontFamilyValues.Swiss, "SimHei"),
        Font(Kai, FontFamilyValues.Roman, "KaiTi"), Font(Song, FontFamilyValues.Roman, "SimSun"));

    static Font Font(string name, FontFamilyValues family, string alternative) => new(
        new AltName { Val = alternative }, new FontCharSet { Val = "86" }, new FontFamily { Val = family }, new Pitch { Val = FontPitchValues.Variable })
        { Name = name };
}
