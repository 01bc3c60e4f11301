namespace Extraction.Tests;

/// <summary>Paths into the committed corpus, found from the test binary's folder.</summary>
internal static class Corpus
{
    public static readonly string Root = FindRoot();

    public static string Path(string relative) => System.IO.Path.Combine(Root, "corpus", relative);

    public static string Notice(string name) => Path("notices/" + name);
    public const string NoticeTextPdf = "鄂打假办函〔2019〕7号 绩效考核通知.pdf";
    public const string NoticeDocx = "鄂打假办函〔2019〕7号 绩效考核通知.docx";
    public const string NoticeScan = "鄂打假办函〔2019〕7号 绩效考核通知（扫描件）.pdf";
    public const string NoticeText = "鄂打假办函〔2019〕7号 绩效考核通知.txt";
    public const string SecondTable = "荆打假办〔2020〕2号 另一版式评分细则（测试用）.docx";

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Extraction.sln"))) return dir.FullName;
        throw new InvalidOperationException("Extraction.sln not found above the test binaries");
    }
}
