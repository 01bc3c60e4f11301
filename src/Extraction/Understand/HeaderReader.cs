using System.Text.RegularExpressions;
using Extraction.Rulebooks;

namespace Extraction.Understand;

/// <summary>Reads the GB/T 9704 parts of a document as offices really write them: 发文机关 (the masthead, the issuer that
/// opens the title — XX人民政府办公厅关于…, the masthead line of a 工作信息 with its 第N期, or the signature above or
/// beside the date), 发文字号 (on its own line, or in brackets beside or under the title), 标题, 主送机关, 成文日期,
/// 印发日期 and 附件. A web reprint's navigation and metadata lines are set aside (its 发布时间 dates a news item). Text
/// that is not a 公文 gets its best title (its first short line) and its date.</summary>
public static partial class HeaderReader
{
    public sealed record Header(string? Issuer, string? DocNumber, string? Title, string? Addressee, DateOnly? Date, DateOnly? PrintedDate, IReadOnlyList<string> Attachments)
    {
        /// <summary>A 工作信息 or 简报: a masthead with 第N期.</summary>
        public bool Bulletin { get; init; }

        /// <summary>A web page: navigation or metadata lines around the text.</summary>
        public bool WebPage { get; init; }

        /// <summary>The title was read as a 公文 title (关于…, or the issuer then 关于…), not guessed from a first short line.</summary>
        public bool FormalTitle { get; init; }

        /// <summary>The body's first characters, after the title: where a document says what it is about.</summary>
        public string Opening { get; init; } = "";

        /// <summary>The signed date's line as OCR gave it, when the date was read through its misreadings (a year under the
        /// seal, 二O-九年+月, 2019 4F 3H): the raw reading, kept beside the date made of it.</summary>
        public string? DateAsRead { get; init; }

        /// <summary>The short line above the signed date when it did not read as an organ's name (OCR may have misread its
        /// last character, 知识产权居): the mender may still make it one.</summary>
        public string? UnreadSignature { get; init; }
    }

    /// <param name="dates">What a signed date whose year OCR could not read is mended against: the whole document's
    /// text and the latest date a document of the pipeline can bear; without it, the page's own text.</param>
    public static Header Read(string text, UnderstandingOptions? options = null, DateContext? dates = null)
    {
        options ??= new UnderstandingOptions();
        var raw = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var (lines, meta, web) = WebPageLines.Strip(raw);
        if (lines.Count == 0) return new Header(null, meta.DocNumber, null, null, meta.Published, null, []) { WebPage = web };
        int headCount = Math.Min(options.HeaderLines, lines.Count);

        var (numberAt, number, numberInTitle) = FindNumber(lines, headCount);
        number ??= meta.DocNumber;
        int titleAt = numberInTitle ? numberAt : FindTitle(lines, headCount, numberAt);
        string? title = titleAt >= 0 ? JoinTitle(lines, titleAt) : null;
        string? issuerInTitle = titleAt >= 0 && lines[titleAt].IndexOf("关于", StringComparison.Ordinal) is > 1 and var at ? lines[titleAt][..at] : null;

        string? masthead = Masthead(lines, numberAt, titleAt, numberAt >= 0 && (titleAt < 0 || numberAt < titleAt));
        var bulletin = titleAt < 0 && number is null ? Bulletin(lines, headCount, options) : null;
        title ??= bulletin?.Title ?? FallbackTitle(lines, Math.Max(numberAt, bulletin?.BlockEnd ?? -1) + 1);

        string? addressee = null;
        if (titleAt >= 0)
            addressee = lines.Skip(titleAt + 1).Take(3).FirstOrDefault(l => l.EndsWith(':') || l.EndsWith('：'))?.TrimEnd(':', '：');

        // 成文日期: the last line that is only a date, or a signature with its date; the line above a bare date is the signature.
        var signedDate = SignedDateAndSignature(lines, dates ?? new DateContext(text, null));
        var (date, signature, unread) = (signedDate.Date, signedDate.Signature, signedDate.Unread);
        date ??= bulletin?.Date ?? meta.Published;
        // A compilation (汇编, 剪报) is dated by none of the items it gathers, and its compiler is its issuer.
        var compiler = titleAt < 0 && title is not null && CompilationTitle().IsMatch(title) ? Compiler(lines, title) : null;
        if (compiler is not null) date = null;
        // Evidence without a signed date (a clipping, a roster) takes the first date it names that is not a deadline it sets.
        else date ??= lines.Where((l, i) => !Printing(lines, i)).SelectMany(ChineseDate.FindAllButDeadlines).Cast<DateOnly?>().FirstOrDefault();

        DateOnly? printed = lines.Select((l, i) => Printing(lines, i) ? ChineseDate.FindAll(l).LastOrDefault() : default).Where(d => d != default).Cast<DateOnly?>().LastOrDefault();
        var attachments = lines.Select(l => AttachmentLine().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value.Trim()).Where(a => a.Length > 0).ToList();
        var issuer = masthead ?? bulletin?.Issuer ?? issuerInTitle ?? compiler ?? signature ?? meta.Publisher;
        var opening = string.Concat(lines.Skip(titleAt >= 0 ? titleAt + 1 : Math.Max(0, numberAt + 1)));
        return new Header(issuer, number, title, addressee, date, printed, attachments)
        {
            Bulletin = bulletin is not null, WebPage = web, FormalTitle = titleAt >= 0,
            Opening = opening[..Math.Min(opening.Length, options.OpeningCharacters)],
            UnreadSignature = unread, DateAsRead = signedDate.Date is null ? null : signedDate.AsRead,
        };
    }

    /// <summary>The date a page is signed with: its last line that is only a date (or a signature and a date); null when it has none.</summary>
    public static DateOnly? SignedDate(string text, DateContext? dates = null) => SignedDateRead(text, dates).Date;

    /// <summary>The date a page is signed with, and its line as OCR gave it when the date was read through misreadings.</summary>
    public static (DateOnly? Date, string? AsRead) SignedDateRead(string text, DateContext? dates = null)
    {
        var signed = SignedDateAndSignature(text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList(), dates ?? new DateContext(text, null));
        return (signed.Date, signed.Date is null ? null : signed.AsRead);
    }

    // The number on a line of its own (a 签发人 beside it), or in brackets beside the title, which the line keeps without it.
    static (int At, string? Number, bool InTitle) FindNumber(List<string> lines, int headCount)
    {
        for (int i = 0; i < headCount; i++)
        {
            if (DocumentNumber.Locate(lines[i]) is not { } n) continue;
            var rest = Signer().Replace(lines[i].Remove(n.Start, n.Length), "").Trim().Trim('（', '）', '(', ')', '〔', '〕', '[', ']', '【', '】', ' ');
            if (rest.Count(IsHan) <= 2) return (i, n.Number, false);
            if (IsTitleLine(rest))
            {
                lines[i] = rest;
                return (i, n.Number, true);
            }
        }
        return (-1, null, false);
    }

    static int FindTitle(List<string> lines, int headCount, int numberAt)
    {
        // Below the number when there is one (the classic layout); above it when the number stands under the title.
        int start = Math.Max(0, numberAt + 1), end = Math.Min(lines.Count, headCount + 2);
        int below = start < end ? lines.FindIndex(start, end - start, IsTitleLine) : -1;
        if (below >= 0 || numberAt <= 0) return below;
        return lines.FindIndex(0, numberAt, IsTitleLine);
    }

    // 关于… at the start, or an issuer's name then 关于 (XX人民政府办公厅关于…的通知); not a sentence of the body.
    static bool IsTitleLine(string line)
    {
        if (line.IndexOfAny(['。', '，', ',', '；', ';']) >= 0 || line.Length > 80) return false;
        if (line.StartsWith("关于")) return true;
        int at = line.IndexOf("关于", StringComparison.Ordinal);
        return at is >= 2 and <= 40 && IssuerName().IsMatch(line[..at]) && line[..at].All(c => IsHan(c) || "（）()、".Contains(c));
    }

    static string JoinTitle(List<string> lines, int titleAt)
    {
        var title = lines[titleAt];
        for (int i = titleAt + 1; i < lines.Count && i <= titleAt + 2 && !TypeEnd().IsMatch(title); i++)
        {
            var next = lines[i];
            if (next.EndsWith('：') || next.EndsWith(':') || DocumentNumber.Find(next) is not null || LineDate(next) is not null) break;
            title += next;
        }
        // A number in brackets written under the title belongs to the header, not the title.
        return DocumentNumber.Locate(title) is { } n && n.Start > 0 ? title[..n.Start].TrimEnd('（', '(', ' ') : title;
    }

    static string? Masthead(List<string> lines, int numberAt, int titleAt, bool numberUnderMasthead)
    {
        int end = numberUnderMasthead ? numberAt : titleAt >= 0 ? titleAt : -1;
        if (end <= 0) return FileMasthead(lines);
        var above = lines[..end].Where(l => !SecurityMark().IsMatch(l)).ToList();
        // A joint masthead stacks its organs one a line, the lead organ first (GB/T 9704): the lead organ issues it.
        var organs = above.Select(l => MastheadEnd().Replace(l, "").Trim()).Where(l => l.Length > 0).ToList();
        if (organs.Count >= 2 && organs.All(o => o.Length >= 5 && IssuerName().IsMatch(o) && o[..2] == organs[0][..2])) return organs[0];
        var masthead = MastheadEnd().Replace(string.Concat(above), "");
        if (masthead.Length == 0) return null;
        // Above the number of a classic header stands the masthead, whatever OCR made of it; elsewhere only an organ's name is one.
        return numberUnderMasthead || IssuerName().IsMatch(masthead) ? masthead : null;
    }

    // The organ under a compilation's title ("…办公室", "…办公室编", "编印单位：…"): who gathered the items.
    static string? Compiler(List<string> lines, string title)
    {
        int at = lines.FindIndex(l => l.Length > 0 && title.StartsWith(l.Trim('【', '】'), StringComparison.Ordinal));
        return at < 0 ? null : lines.Skip(at + 1).Take(2).Select(l => CompilerWords().Replace(l, "").Trim())
            .FirstOrDefault(o => o.Length is >= 4 and <= 40 && o.All(c => IsHan(c) || "（）()".Contains(c)) && IssuerName().IsMatch(o));
    }

    // A masthead without a number: a first line ending in 文件.
    static string? FileMasthead(List<string> lines) =>
        lines.Take(2).FirstOrDefault(l => l.Length <= 40 && l.EndsWith("文件")) is { } l ? MastheadEnd().Replace(l, "") : null;

    sealed record BulletinHead(string? Issuer, DateOnly? Date, string? Title, int BlockEnd);

    // A 工作信息 or 简报: a masthead block with 第N期; its organ line names the issuer, its date the date, the next line the item.
    static BulletinHead? Bulletin(List<string> lines, int headCount, UnderstandingOptions options)
    {
        int issueAt = lines.FindIndex(0, headCount, l => l.Length <= 60 && IssueNumber().IsMatch(l));
        if (issueAt < 0) return null;
        int end = issueAt;
        // The block runs on over a line with its date or its organ's name, not over the first item's headline (…推进会).
        while (end + 1 < lines.Count && end < issueAt + 2
            && (DateIn(lines[end + 1]) is not null || BulletinOrgan(lines[end + 1]) is var o && options.OrganNames.Any(n => o.EndsWith(n, StringComparison.Ordinal)))) end++;
        var block = lines[..(end + 1)];
        var issuer = block.Select(BulletinOrgan).FirstOrDefault(o => o.Length is >= 4 and <= 40 && IssuerName().IsMatch(o));
        var date = block.Select(DateIn).FirstOrDefault(d => d is not null);
        var title = lines.Skip(end + 1).FirstOrDefault(l => l.Length is >= 4 and <= 60 && l.Any(IsHan) && LineDate(l) is null);
        return new BulletinHead(issuer, date, title, end);
    }

    static string BulletinOrgan(string line)
    {
        var organ = IssueNumber().Replace(line, " ");
        organ = LooseDateText().Replace(organ, " ");
        organ = NumeralDateText().Replace(organ, " ");
        organ = BulletinWords().Replace(organ, " ");
        return organ.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).OrderByDescending(p => p.Length).FirstOrDefault() ?? "";
    }

    static DateOnly? DateIn(string line) => ChineseDate.FindAll(line).Cast<DateOnly?>().FirstOrDefault() ?? WebPageLines.LooseDate(line);

    static string? FallbackTitle(List<string> lines, int from) =>
        lines.Skip(from).FirstOrDefault(l => l.Length is >= 4 and <= 40 && !l.Contains('\t') && LineDate(l) is null && !l.EndsWith("文件")
            && !DefaultSheetName().IsMatch(l)
            && !IssueNumber().IsMatch(l) && SignedLine().Match(l) is { Success: false })?.Trim('【', '】');

    sealed record Signed(DateOnly? Date, string? Signature, string? Unread, string? AsRead = null);

    // The 版记's line "…办公室 2019年12月3日印发", its 印发 on the line or wrapped to a line of its own.
    static bool Printing(List<string> lines, int i) => PrintedLine().IsMatch(lines[i]) || i + 1 < lines.Count && lines[i + 1] == "印发" && ChineseDate.FindAll(lines[i]).Count > 0;

    static Signed SignedDateAndSignature(List<string> lines, DateContext dates)
    {
        for (int i = lines.Count - 1; i >= 0; i--)
        {
            // The 版记 dates the printing, not the signing.
            if (Printing(lines, i)) continue;
            var (lineDate, asRead) = DateOfLine(lines[i], dates);
            // The seal may break a date in two lines (2019年5 / 月20日): the two short lines are one date, signed above them.
            if (lineDate is null && i > 0 && lines[i].Length <= 8 && lines[i - 1].Length <= 8 && DateOfLine(lines[i - 1] + lines[i], dates) is ({ } joined, _)
                && LineDate(lines[i - 1]) is null)
                (lineDate, asRead, i) = (joined, lines[i - 1] + "\n" + lines[i], i - 1);
            if (lineDate is { } date)
            {
                var above = i > 0 ? Seal().Replace(lines[i - 1], "") : "";
                bool shortName = above.Length is >= 4 and <= 30 && above.All(IsHan);
                if (IssuerName().IsMatch(above) && above.Length <= 30 && !above.Contains('\t')) return new(date, above, null, asRead);
                // Joined onto the body's last sentence (OCR lost the line break), the signature is that line's tail.
                return new(date, null, shortName ? above : SignatureTail(above), asRead);
            }
            var signed = SignedLine().Match(lines[i]);
            if (signed.Success && IssuerName().IsMatch(signed.Groups["organ"].Value) && ChineseDate.FindAll(signed.Groups["date"].Value) is [var d])
                return new(d, signed.Groups["organ"].Value, null);
            if (MisreadSignedLine(lines[i], dates) is { } misreadSigned) return misreadSigned;
        }
        return new(null, null, null);
    }

    // The date of a line that is only a date, and the line as read when OCR's misreadings were read through: a year the
    // seal or OCR left unreadable (2全9年4月25日, 20年1月6日) is told from the years the document names; specks of the seal
    // around the date (· 2019年4月25日 |) are no part of it.
    static (DateOnly? Date, string? AsRead) DateOfLine(string line, DateContext dates)
    {
        var (date, misread) = ReadLineDate(line);
        if (date is { } clear && !SignedDates.Impossible(clear.Year, dates)) return (date, misread ? line : null);
        if (SignedDates.Mend(line, dates) is { } mended) return (mended, line);
        var bare = SealSpecks().Replace(line, "");
        if (bare == line || bare.Length < 6) return (null, null);
        var read = ReadLineDate(bare).Date is { } d && !SignedDates.Impossible(d.Year, dates) ? (DateOnly?)d : SignedDates.Mend(bare, dates);
        return read is null ? (null, null) : (read, line);
    }

    // A signature and its date on one line, the date read through its misreadings (…领导小组办公室2册9年5月20日).
    static Signed? MisreadSignedLine(string line, DateContext dates)
    {
        int year = line.IndexOf('年');
        if (year < 5 || line.Length - year > 10) return null;
        int start = Enumerable.Range(Math.Max(0, year - 5), year - Math.Max(0, year - 5)).Cast<int?>()
            .FirstOrDefault(k => "0123456789〇○O二".Contains(line[k!.Value])) ?? -1;
        if (start < 4) return null;
        var organ = line[..start].Trim();
        if (organ.Length > 40 || !organ.All(c => IsHan(c) || "（）()".Contains(c)) || !IssuerName().IsMatch(organ)) return null;
        var (date, _) = DateOfLine(line[start..], dates);
        return date is null ? null : new(date, organ, null, line);
    }

    // The last words of a long line when they end in an organ (…不再另行发文荆州市人民政府办公室): the mender looks in them
    // for a place that starts the organ's name.
    static string? SignatureTail(string line)
    {
        var tail = line[(line.LastIndexOfAny(['。', '；', ';', '，', ',', '：', ':', ' ']) + 1)..];
        if (tail.Length > 30) tail = tail[^30..];
        return tail.Length >= 6 && tail.All(IsHan) && IssuerName().IsMatch(tail) ? tail : null;
    }

    // A line that is only a date; OCR often drops or misreads the 日 that closes a signed date (2019年8月12晶).
    static DateOnly? LineDate(string line) => ReadLineDate(line).Date;

    // The date of a line that is only a date, and whether it was read through OCR's misreadings: the 年 月 日 read as
    // letters, or in a date of numerals 〇 read as O or 0, 一 as a dash, 十 as a plus, 二 as an equals sign, 日 as 目.
    static (DateOnly? Date, bool Misread) ReadLineDate(string line)
    {
        if (DateLine().IsMatch(line) && ChineseDate.FindAll(line) is [var date]) return (date, false);
        line = DigitYear(line);
        var m = OcrDateLine().Match(line);
        if (!m.Success) m = GarbledDateLine().Match(line);
        if (m.Success) return (SealedDay(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value)), true);
        var read = SignedDates.UndoConfusions(line);
        if (read == line) return (null, false);
        if (DateLine().IsMatch(read) && ChineseDate.FindAll(read) is [var mended]) return (mended, true);
        // Undone, a date of digits may still close on a misread 日 (2019年开月26晶 is 2019年11月26晶).
        m = OcrDateLine().Match(read);
        return m.Success ? (SealedDay(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value)), true) : (null, false);
    }

    // A year of digits with one of them read as the numeral it looks like under a seal (二 019, 2O19): all digits.
    static string DigitYear(string line)
    {
        var m = MixedYear().Match(line);
        if (!m.Success) return line;
        var year = m.Groups["y"].Value.Replace(" ", "");
        if (year.Count(char.IsAsciiDigit) != 3) return line;
        var digits = string.Concat(year.Select(c => char.IsAsciiDigit(c) ? c : c switch
        {
            '〇' or '○' or 'O' or 'o' => '0', '一' or 'l' or 'I' => '1', '二' or 'Z' => '2',
            var n => (char)('0' + "〇一二三四五六七八九".IndexOf(n)),
        }));
        return digits + line[m.Length..];
    }

    // A day no month has (9月39日) is a seal's ring over its last digit: the one day of that month with the tens kept is it.
    static DateOnly? SealedDay(int year, int month, int day)
    {
        if (ChineseDate.TryMake(year, month, day) is { } date) return date;
        if (day < 10 || day > 99) return null;
        var kept = Enumerable.Range(day / 10 * 10, 10).Select(d => ChineseDate.TryMake(year, month, d)).OfType<DateOnly>().ToList();
        return kept.Count == 1 ? kept[0] : null;
    }

    static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    [GeneratedRegex(@"^[\s\p{P}\p{S}A-Za-z]{1,3}(?=[\d〇○一二])|(?<=[日目曰白])[\s\p{P}\p{S}A-Za-z]{1,3}$")] private static partial Regex SealSpecks();
    [GeneratedRegex(@"(文件|文件头)$")] private static partial Regex MastheadEnd();
    [GeneratedRegex(@"(决议|决定|命令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要|方案|总结)$")] private static partial Regex TypeEnd();
    // OCR may split a month's or a day's digits with a space (1 2月).
    [GeneratedRegex(@"^[\d〇零○一二三四五六七八九十]{4}\s*年\s*[\d一二三四五六七八九十](?: ?[\d一二三四五六七八九十]){0,2}\s*月\s*[\d一二三四五六七八九十](?: ?[\d一二三四五六七八九十]){0,2}\s*日$")] private static partial Regex DateLine();
    [GeneratedRegex(@"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[^\d\s]?$")] private static partial Regex OcrDateLine();
    [GeneratedRegex(@"^(?<y>(?:[\d〇○Oo一二三四五六七八九lIZ]\s?){3}[\d〇○Oo一二三四五六七八九lIZ])(?=\s*[^\d\s]{1,2}\s*\d{1,2}\s*月)")] private static partial Regex MixedYear();
    // A signed date whose 年 月 日 OCR read as letters (2019 4F 3H 26H, 2019F3A26H): a year, then two numbers each followed
    // by one or two characters that are no digit; the 年 may come out as a digit and a letter (4F).
    [GeneratedRegex(@"^((?:19|20)\d{2})\s*(?:\d?[^\d\s]{1,2})?\s*(\d{1,2})\s*[^\d\s]{1,2}\s*(\d{1,2})\s*[^\d\s]{0,2}$")] private static partial Regex GarbledDateLine();
    [GeneratedRegex(@"^(?<organ>[\u4e00-\u9fff（）()]{4,40}?)\s*(?<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$")] private static partial Regex SignedLine();
    [GeneratedRegex(@"(办公室|办公厅|局|委|厅|院|部|政府|领导小组|中心|站|队|会|办|署|所)$")] private static partial Regex IssuerName();
    [GeneratedRegex(@"(汇编|选编|摘编|剪报|汇总)([(（][^()（）]{0,12}[)）])?$")] private static partial Regex CompilationTitle();
    [GeneratedRegex(@"^(编印单位|编制单位|编者|编印)\s*[:：]|\s*(编印|编制|汇编|编)$")] private static partial Regex CompilerWords();
    [GeneratedRegex(@"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发")] private static partial Regex PrintedLine();
    [GeneratedRegex(@"^附件\s*[:：]?\s*\d*[.、．]?\s*(.+)$")] private static partial Regex AttachmentLine();
    [GeneratedRegex(@"签发人\s*[:：]?\s*[\u4e00-\u9fff]{0,4}")] private static partial Regex Signer();
    [GeneratedRegex(@"^(\d{6}|份号.*|(绝密|机密|秘密)(★.*)?|特急|加急|特提|平急)$")] private static partial Regex SecurityMark();
    [GeneratedRegex(@"[（(](总)?第\s*[\d一二三四五六七八九十〇]+\s*期[）)]|(总)?第\s*[\d一二三四五六七八九十〇]+\s*期")] private static partial Regex IssueNumber();
    [GeneratedRegex(@"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?")] private static partial Regex LooseDateText();
    [GeneratedRegex(@"[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日")] private static partial Regex NumeralDateText();
    [GeneratedRegex(@"(编印|编发|编|印发)(?=\s|$)|主办\s*[:：]?|[（(][^）)]*[）)]")] private static partial Regex BulletinWords();
    [GeneratedRegex(@"[（(](盖章|印章|章|公章)[）)]")] private static partial Regex Seal();
    // A spreadsheet's sheet line under a name the program gave it (【Sheet1】, 【工作表1】) says nothing of the document.
    [GeneratedRegex(@"^【\s*([A-Za-z]*\s*\d*|工作表\s*\d*)\s*】(（续）)?$")] private static partial Regex DefaultSheetName();
}
