namespace Extraction.Understand;

/// <summary>The document types: the 15 statutory types of 公文 (党政机关公文处理工作条例) and the kinds of evidence that are not 公文.</summary>
public static class DocumentTypes
{
    public static readonly string[] Statutory = ["决议", "决定", "命令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要"];
}
