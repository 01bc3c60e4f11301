using System.Text.RegularExpressions;
using Extraction.Rulebooks;

namespace Extraction.Understand;

/// <summary>The lines a web page puts around a reprinted document — navigation (首页 > 政务公开 > …), font and print
/// buttons (字号：大 中 小, 打印本页), sharing — and its metadata lines (来源, 发布时间, 发布机构, 文号), which say when
/// and by whom it was published.</summary>
public static partial class WebPageLines
{
    public sealed record Metadata(DateOnly? Published, string? Publisher, string? DocNumber);

    /// <summary>The lines without the page's chrome and metadata, what the metadata said, and whether there was any.</summary>
    public static (List<string> Lines, Metadata Meta, bool IsWebPage) Strip(IReadOnlyList<string> lines)
    {
        var kept = new List<string>();
        DateOnly? published = null;
        string? publisher = null, number = null;
        bool web = false;
        foreach (var line in lines)
        {
            // Metadata first: a line may carry 来源 and 发布时间 beside the font buttons.
            if (line.Length <= 100 && MetaKey().IsMatch(line) && !line.Contains('。'))
            {
                web = true;
                published ??= LooseDate(line);
                publisher ??= PublisherValue().Match(line) is { Success: true } p ? p.Groups[1].Value : null;
                number ??= DocumentNumber.Find(line);
                continue;
            }
            if (line.Length <= 60 && Chrome().IsMatch(line)) { web = true; continue; }
            kept.Add(line);
        }
        return (kept, new Metadata(published, publisher, number), web);
    }

    /// <summary>A date as a page's metadata writes it: 2019-06-14, 2019/6/14, 2019.06.14 or 2019年6月14日.</summary>
    public static DateOnly? LooseDate(string text)
    {
        var m = LooseDatePattern().Match(text);
        return m.Success ? ChineseDate.TryMake(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value)) : null;
    }

    [GeneratedRegex(@"^(首页|网站首页|当前位置|您当前的位置|您的位置|位置)\s*[:：>＞»›]|[>＞»›].{0,20}[>＞»›]|字号\s*[:：]?\s*[\[【（(]?\s*大\s*中\s*小|字体\s*[:：]|打印本页|打印此页|关闭窗口|【\s*打印\s*】|【\s*关闭\s*】|分享到|扫一扫|浏览次数|阅读次数|访问量|点击数|责任编辑|上一篇|下一篇|收藏本页|加入收藏|微信扫|手机(查看|打开)")]
    private static partial Regex Chrome();

    [GeneratedRegex(@"(?<![\u4e00-\u9fff])(来源|发布时间|发布日期|更新时间|发布机构|信息来源|索引号|生成日期|发文机关|文\s*号)\s*[:：]")] private static partial Regex MetaKey();
    [GeneratedRegex(@"(?:发布机构|发文机关)\s*[:：]\s*([\u4e00-\u9fff（）()]{4,40})")] private static partial Regex PublisherValue();
    [GeneratedRegex(@"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")] private static partial Regex LooseDatePattern();
}
