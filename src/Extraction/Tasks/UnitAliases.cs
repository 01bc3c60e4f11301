namespace Extraction.Tasks;

/// <summary>The short name each kind of office goes by, so that a unit written in full (市场监督管理局) and one written
/// short (市场监管局) are one unit. Checked in order, longest forms first; the name after its region is looked up.</summary>
internal static class UnitAliases
{
    public static readonly (string Written, string Short)[] Forms =
    [
        ("扫黄打非工作领导小组办公室", "扫黄打非办"), ("扫黄打非办公室", "扫黄打非办"), ("扫黄打非办", "扫黄打非办"),
        ("打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室", "打假办"), ("打击侵权假冒工作领导小组办公室", "打假办"),
        ("打击侵权假冒领导小组办公室", "打假办"), ("领导小组办公室", "打假办"), ("双打办", "打假办"), ("打假办", "打假办"),
        ("市场监督管理局", "市场监管局"),
        ("发展和改革委员会", "发展改革委"), ("发展改革委员会", "发展改革委"), ("发改委", "发展改革委"),
        ("经济和信息化局", "经信局"), ("经济和信息化委员会", "经信局"), ("经信委", "经信局"),
        ("卫生健康委员会", "卫生健康委"), ("卫健委", "卫生健康委"),
        ("中级人民法院", "中级法院"), ("人民法院", "法院"), ("人民检察院", "检察院"),
        ("文旅局", "文化和旅游局"), ("林业和园林局", "园林和林业局"),
    ];

    /// <summary>Names that stand for a party organ when written without 委 (宣传部 is 市委宣传部).</summary>
    public static readonly (string Bare, string Full)[] PartyOrgans = [("宣传部", "委宣传部"), ("网信办", "委网信办"), ("政法委", "委政法委")];
}
