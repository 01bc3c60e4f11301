namespace Extraction.Understand;

/// <summary>Thresholds of understanding, bound from the <c>Understanding</c> section of the configuration; each default
/// is stated beside it.</summary>
public sealed class UnderstandingOptions
{
    /// <summary>Lines from the top of a page searched for the 公文 header (版头 and 标题). Default 14: a web reprint puts a few
    /// lines of navigation above it.</summary>
    public int HeaderLines { get; set; } = 14;

    /// <summary>OCR mending of a place name: one misread character allowed per this many characters (default 3: 训阳市 →
    /// 襄阳市; a two-character name such as 随县 must match exactly).</summary>
    public int PlaceCharactersPerEdit { get; set; } = 3;

    /// <summary>OCR mending of an organ name or a 发文字号 prefix: one misread character per this many (default 4:
    /// 领导小组办公宇 → 领导小组办公室; 训打假办发 → 襄打假办发).</summary>
    public int OrganCharactersPerEdit { get; set; } = 4;

    /// <summary>OCR mending of a whole issuer to one a text layer spells out: one misread character per this many (default 6).</summary>
    public int IssuerCharactersPerEdit { get; set; } = 6;

    /// <summary>Never more misread characters than this in one name (default 2): names of different organs differ by
    /// whole words, not by a character or two.</summary>
    public int MaxEdits { get; set; } = 2;

    /// <summary>How much of a document's body, after its title, is its opening — where it says which year's work it is
    /// about (default 300 characters).</summary>
    public int OpeningCharacters { get; set; } = 300;

    /// <summary>A self-evaluation row names its indicator by title when it shares this share of the title's character
    /// pairs (Dice coefficient; default 0.6).</summary>
    public double IndicatorTitleSimilarity { get; set; } = 0.6;

    /// <summary>A row or paragraph that names the indicator after the last one scored, in the report's own words, names it
    /// when it shares this share of that title's character pairs and no other title is a strict match (default 0.1).</summary>
    public double IndicatorTitleInOrderSimilarity { get; set; } = 0.1;

    /// <summary>Characters OCR reads for the 函 that ends a 发文字号's agency (孝版函 read 孝版男, 孝版图, 孝版困): none of them
    /// ends an agency, so there they are 函.</summary>
    public string LetterKindMisreads { get; set; } = "图男困画凶幽";

    /// <summary>Organ names header lines are mended to: generic names of government bodies, not of any place.</summary>
    public List<string> OrganNames { get; set; } =
    [
        "打击侵权假冒工作领导小组办公室", "打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室", "打击侵权假冒工作领导小组",
        "人民政府办公厅", "人民政府办公室", "人民政府", "市场监督管理局", "工商行政管理局", "质量技术监督局", "食品药品监督管理局",
        "知识产权局", "版权局", "新闻出版局", "文化和旅游局", "文化旅游局", "公安局", "人民检察院", "中级人民法院", "人民法院",
        "农业农村局", "林业局", "商务局", "海关", "邮政管理局", "烟草专卖局", "司法局", "财政局", "教育局", "卫生健康委员会",
        "经济和信息化局", "发展和改革委员会", "住房和城乡建设局", "交通运输局", "生态环境局", "税务局", "委宣传部", "网信办",
        "委员会", "办公室", "领导小组",
    ];
}
