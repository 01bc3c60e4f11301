using System.CommandLine;
using System.Security.Cryptography;
using Extraction.Store;

namespace Extraction.Host.Cli;

/// <summary>`extraction text`: a stored document's text as it was read, pages separated by form feeds as pdftotext
/// separates them, so anyone can check what was read.</summary>
internal static class TextCommand
{
    public static Command Create()
    {
        var document = new Argument<string>("document") { Description = "文档的 sha256（或其前缀）、收录时的路径（如 宜昌市/x.pdf），或磁盘上的文件" };
        var pipeline = new Option<string?>("--pipeline") { Description = "考核流水线目录（证据库的位置只由 --db 决定）" };
        var db = StoreLocation.Option();
        var normalized = new Option<bool>("--normalized") { Description = "打印规范化后的文本（全角转半角、去掉汉字间空格、接续断行），默认打印读取到的原文" };
        var command = new Command("text", "打印证据库中某个文档的文本，页与页之间用换页符分隔（与 pdftotext 相同）") { document, pipeline, db, normalized };
        command.SetAction(result =>
        {
            var address = StoreLocation.Resolve(result.GetValue(db));
            if (address.Engine == StoreEngine.Sqlite && !File.Exists(address.Target)) { Console.Error.WriteLine($"错误：找不到证据库 {address.Target}：请先运行 extraction ingest，或用 --db 指定"); return 2; }
            using var store = StoreLocation.Open(result.GetValue(db));
            if (store is null) return 2;
            var given = result.GetValue(document)!;
            var (sha, problem) = Resolve(store, given);
            if (sha is null) { Console.Error.WriteLine($"错误：{problem}"); return 1; }
            var stored = store.FindDocument(sha);
            if (stored is null) { Console.Error.WriteLine($"错误：证据库中没有 {given}（sha256 {sha}）：请先用 extraction ingest 收录"); return 1; }
            if (stored.Status != "ok") { Console.Error.WriteLine($"错误：{given} 未能读取，没有文本：{stored.Error}"); return 1; }
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false));
            foreach (var page in store.Pages(sha))
            {
                stdout.Write(result.GetValue(normalized) ? page.Text : page.RawText);
                stdout.Write('\f');
            }
            return 0;
        });
        return command;
    }

    /// <summary>A file on disk is found by the sha-256 of its bytes; otherwise the argument is a sha-256 (or a prefix of
    /// one) or the path a file arrived under.</summary>
    static (string? Sha, string? Problem) Resolve(EvidenceStore store, string given)
    {
        if (File.Exists(given))
        {
            using var stream = File.OpenRead(given);
            return (Convert.ToHexStringLower(SHA256.HashData(stream)), null);
        }
        var arrivals = store.Arrivals();
        var byPath = arrivals.Where(a => a.Sha256 is not null && (a.File == given || Path.GetFileName(a.File) == given)).Select(a => a.Sha256!).Distinct().ToList();
        if (byPath.Count == 1) return (byPath[0], null);
        if (byPath.Count > 1) return (null, $"有 {byPath.Count} 个不同的文档都叫 {given}：请给出带地区的路径或 sha256");
        var lower = given.ToLowerInvariant();
        if (lower.Length >= 6 && lower.All(Uri.IsHexDigit))
        {
            var bySha = arrivals.Where(a => a.Sha256?.StartsWith(lower, StringComparison.Ordinal) == true).Select(a => a.Sha256!).Distinct().ToList();
            if (bySha.Count == 1) return (bySha[0], null);
            if (bySha.Count > 1) return (null, $"sha256 前缀 {given} 对应 {bySha.Count} 个文档：请多给几位");
            if (lower.Length == 64) return (lower, null);
        }
        return (null, $"找不到文档 {given}：既不是磁盘上的文件，也不是已收录的路径或 sha256");
    }
}
