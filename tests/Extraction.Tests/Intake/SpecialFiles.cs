using System.Diagnostics;
using System.IO.Compression;

namespace Extraction.Tests.Intake;

/// <summary>Real inbox entries that are not regular files, and a DOCX whose XML declares a DTD.</summary>
internal static class SpecialFiles
{
    public static void Fifo(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0) throw new InvalidOperationException($"mkfifo {path} failed");
    }

    public static void LinkToPasswd(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, "/etc/passwd");
    }

    /// <summary>A real DOCX of the corpus whose document.xml is given an internal DTD with an entity.</summary>
    public static void DocxWithDtd(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.Copy(Corpus.Path("inbox/襄阳市/植物新品种保护培训通知.docx"), path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry("word/document.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        int declarationEnd = xml.IndexOf("?>", StringComparison.Ordinal) + 2;
        xml = xml[..declarationEnd] + "<!DOCTYPE w:document [<!ENTITY e \"x\">]>" + xml[declarationEnd..];
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
        writer.Write(xml);
    }
}
