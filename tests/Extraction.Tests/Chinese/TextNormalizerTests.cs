using Extraction.Chinese;

namespace Extraction.Tests.Chinese;

public class TextNormalizerTests
{
    [Fact]
    public void FullWidthAsciiBecomesHalfWidth() =>
        Assert.Equal("ABC123(1)", TextNormalizer.Normalize("ＡＢＣ１２３（１）", joinWrappedLines: false));

    [Fact]
    public void SpacesBetweenHanCharactersAreRemovedButTableTabsStay() =>
        Assert.Equal("2019年12月27日\t绩效考核", TextNormalizer.Normalize("2019 年 12 月 27 日\t绩 效 考 核", joinWrappedLines: false));

    [Fact]
    public void SpacesBetweenLatinWordsStay() =>
        Assert.Equal("chi_sim eng 培训", TextNormalizer.Normalize("chi_sim eng 培 训", joinWrappedLines: false));

    [Fact]
    public void AWrappedLineIsJoinedToItsParagraphButANumberedItemStartsANewLine()
    {
        var raw = "为推动全省打击侵权假冒工作深入开展，营造公平竞争市场环境，保护知识产权权利\n人和消费者合法权益，现通知如下：\n一、考核对象和时间安排";
        Assert.Equal("为推动全省打击侵权假冒工作深入开展,营造公平竞争市场环境,保护知识产权权利人和消费者合法权益,现通知如下:\n一、考核对象和时间安排",
            TextNormalizer.Normalize(raw, joinWrappedLines: true));
    }

    [Fact]
    public void ASignedDateUnderAFullWidthSignatureStaysItsOwnLine() =>
        // OCR's last page of a report: the signature is the page's longest line and does not end a sentence.
        Assert.Equal("荆州市打击侵权假冒工作领导小组办公室\n2020年1月6日",
            TextNormalizer.Normalize("荆州市打击侵权假冒工作领导小组办公室\n2020 年 1 月 6 日", joinWrappedLines: true));

    [Fact]
    public void LinesOfAWordDocumentAreParagraphsAndStaySeparate() =>
        Assert.Equal("第一段很长很长很长很长很长\n第二段", TextNormalizer.Normalize("第一段很长很长很长很长很长\n第二段", joinWrappedLines: false));

    [Fact]
    public void ATitleAboveAPhotographedTableIsNotJoinedToTheRowOcrReadWithBars() =>
        // Tesseract reads a photo's ruling lines as bars: that line is a table row, not the rest of the title's sentence.
        Assert.Equal("荆门市2019年第三季度案件统计表\n荆门市2019年第三季度案件统计| | | |\n受理\t结案",
            TextNormalizer.Normalize("荆门市 2019 年第三季度案件统计表\n荆门市 2019 年第三季度案件统计| | | |\n受理\t结案", joinWrappedLines: true));
}
