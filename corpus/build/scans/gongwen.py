#!/usr/bin/env python3
"""One-page 公文 in the GB/T 9704 layout, written for the scan set (no real persons, cases or documents): a red
发文机关标志, the 发文字号, a title, the addressee, the body, the signature and the 成文日期. The red separator line and
the seal are drawn on the scanned image later (scans.py), where a copier or a stamp would put them.
Writes <stem>.html per page and truth.tsv (file stem, 发文字号, 成文日期, 发文机关) into the given folder.
  gongwen.py <out dir>"""
import html
import pathlib
import sys

STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2.5cm 2.6cm 2.2cm 2.8cm; }
body { font-family: 'Noto Serif CJK SC'; font-size: 14pt; }
p { margin: 0 0 4pt 0; text-indent: 2em; line-height: 138%; }
p.masthead { color: #d2001a; font-family: 'Noto Serif CJK SC'; font-weight: bold; text-align: center; text-indent: 0;
             letter-spacing: 1pt; margin: 24pt 0 20pt 0; line-height: 115%; }
p.number { text-align: center; text-indent: 0; margin-bottom: 26pt; }
p.title { font-family: 'Noto Sans CJK SC'; font-size: 20pt; text-align: center; text-indent: 0; margin: 6pt 0 14pt 0; }
p.to { text-indent: 0; }
p.sign { text-align: right; text-indent: 0; margin-right: 3em; }
p.signfirst { text-align: right; text-indent: 0; margin: 30pt 3em 4pt 0; }
</style>"""

# (stem, masthead, masthead size pt, 文件?, 发文字号, title, addressee, body paragraphs, signature, date as printed, ISO date)
PAGES = [
 ('gw-huanggang', '黄冈市打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室', 19, True, '黄打假办发〔2019〕6号',
  '关于开展农村假冒伪劣食品专项整治的通知', '各县（市、区）打击侵权假冒工作领导小组办公室，市直有关单位：',
  ['近期，部分乡镇集市和农村小超市仍有仿冒知名品牌、标签标识不全的食品在售，群众反映较多。为净化农村消费市场，经研究，定于今年6月至10月在全市开展农村假冒伪劣食品专项整治。现就有关事项通知如下：',
   '一、整治重点。以乳制品、饮料、方便食品、调味品和儿童食品为重点品种，以城乡结合部、乡镇集贸市场和农村批发门店为重点区域，严查“山寨”食品和无证生产经营行为。',
   '二、工作措施。各地要组织市场监管、农业农村、公安等部门联合检查，对发现的问题建立台账，做到查处一起、曝光一起；涉嫌犯罪的，及时移送公安机关。',
   '三、信息报送。请各地于每月25日前报送整治进展，10月31日前报送工作总结和典型案例，联系人：周明，电话0713-8661027。'],
  '黄冈市打击侵权假冒工作领导小组办公室', '2019年5月20日', '2019-05-20'),
 ('gw-shiyan', '十堰市市场监督管理局', 30, True, '十市监发〔2019〕21号',
  '关于加强注册商标专用权保护工作的通知', '各县市区市场监督管理局，市局机关各科室、直属单位：',
  ['为落实省局关于知识产权保护的工作部署，进一步规范商标执法，营造尊重和保护品牌的营商环境，现就加强注册商标专用权保护工作通知如下：',
   '一、摸清底数。各地要对辖区内驰名商标、地理标志商标和老字号企业逐一走访，了解其被侵权情况，建立重点保护名录，并于8月15日前报市局知识产权科。',
   '二、严查侵权。围绕汽车零部件、绿松石制品和茶叶等本地特色产业，加大对商标侵权案件的查办力度，对重复侵权、恶意侵权依法从重处罚。',
   '三、协作联动。建立与公安、法院的案件线索通报机制，对涉案金额较大的，及时移送；对权利人投诉举报，7个工作日内作出处理。',
   '四、强化宣传。结合“4·26”知识产权宣传周，公开一批典型案件，引导企业增强维权意识。'],
  '十堰市市场监督管理局', '2019年7月3日', '2019-07-03'),
 ('gw-xiaogan', '孝感市版权局', 36, False, '孝版函〔2019〕3号',
  '关于开展2019年度软件正版化检查工作的函', '市直各单位：',
  ['根据省推进使用正版软件工作领导小组的统一安排，市版权局将会同市网信办、市财政局对市直单位软件正版化工作开展年度检查。现将有关事项函告如下：',
   '一、检查内容。办公计算机操作系统、办公软件和杀毒软件的正版使用情况；软件资产台账和采购经费落实情况；软件正版化工作制度建设情况。',
   '二、检查方式。先由各单位对照检查表开展自查，9月30日前将自查报告和软件资产台账报送市版权局；10月中旬，检查组采取随机抽取的方式，对不少于30%的单位进行现场核查。',
   '三、有关要求。各单位要指定一名工作人员负责对接，如实填报，不得瞒报漏报。检查结果将纳入年度目标考核。',
   '联系人：吴芳，电话：0712-2853316。'],
  '孝感市版权局', '2019年9月12日', '2019-09-12'),
 ('gw-enshi', '恩施土家族苗族自治州公安局', 23, True, '恩州公发〔2019〕18号',
  '关于深入开展打击食品药品犯罪专项行动的通知', '各县市公安局，州局各警种部门：',
  ['为严厉打击制售假劣食品药品犯罪，切实保障人民群众身体健康，州公安局决定自即日起至12月底，在全州范围内深入开展打击食品药品犯罪专项行动。',
   '一、明确打击重点。重点打击在保健食品中非法添加药物、制售假冒药品、利用互联网销售假劣药品等犯罪活动，对网络售假窝点一查到底，摧毁生产、运输、销售链条。',
   '二、加强行刑衔接。主动与市场监管、药监等部门会商研判，对行政执法部门移送的案件线索，要在3日内审查并作出是否立案的决定。',
   '三、落实工作责任。各县市局主要负责人要亲自部署，确定专人负责，每月5日前将上月工作情况报州局食药环侦支队。'],
  '恩施土家族苗族自治州公安局', '2019年6月5日', '2019-06-05'),
 ('gw-xianning', '咸宁市打击侵权假冒工作领导小组办公室', 24, False, '咸打假办〔2019〕9号',
  '关于报送2019年度打击侵权假冒工作总结的通知', '各县（市、区）打击侵权假冒工作领导小组办公室，市领导小组各成员单位：',
  ['年终将至，为全面掌握全市打击侵权假冒工作开展情况，做好迎接省级绩效考核的准备，请各地各单位认真总结本年度工作，并按以下要求报送材料：',
   '一、总结内容。主要包括组织领导、专项行动、案件查办、行刑衔接、宣传培训等方面的做法和成效，附全年案件统计数据和2至3个典型案例。',
   '二、佐证材料。对照考核评分表逐项整理，文件、方案、会议纪要、新闻报道等材料按指标编号分类装订，电子版同时报送。',
   '三、报送时间。请于12月15日前将总结和佐证材料报送市领导小组办公室，逾期未报的，将在全市通报。'],
  '咸宁市打击侵权假冒工作领导小组办公室', '二〇一九年十一月十八日', '2019-11-18'),
 ('gw-suizhou', '随州市农业农村局', 32, True, '随农发〔2019〕14号',
  '关于开展春季种子市场专项检查的通知', '各县市区农业农村局，随州高新区农业农村局：',
  ['春耕备耕在即，为保障农业用种安全，打击制售假劣种子和侵犯植物新品种权的行为，市局决定在全市开展春季种子市场专项检查。',
   '一、检查范围。种子生产经营企业、种子门店和农资市场，重点检查玉米、水稻、蔬菜种子。',
   '二、检查内容。经营许可和备案情况，种子标签和使用说明，品种审定或登记情况，购销台账；对有侵权嫌疑的品种，依法抽样送检。',
   '三、时间安排。3月底前完成自查，4月上旬开展交叉检查，4月20日前报送检查情况。'],
  '随州市农业农村局', '2019年3月26日', '2019-03-26'),
]


def page(stem, masthead, size, wenjian, number, title, to, body, signer, printed):
    name = masthead + ('文件' if wenjian else '')
    parts = [f"<p class='masthead' style='font-size: {size}pt'>{html.escape(name)}</p>",
             f"<p class='number'>{html.escape(number)}</p>",
             f"<p class='title'>{html.escape(title)}</p>",
             f"<p class='to'>{html.escape(to)}</p>"]
    parts += [f"<p>{html.escape(p)}</p>" for p in body]
    parts += [f"<p class='signfirst'>{html.escape(signer)}</p>", f"<p class='sign'>{html.escape(printed)}</p>"]
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>{STYLE}</head>"
            f"<body>{''.join(parts)}</body></html>")


def main():
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    truth = ['stem\tdoc_number\tdate\tissuer']
    for stem, masthead, size, wenjian, number, title, to, body, signer, printed, iso in PAGES:
        (out / f'{stem}.html').write_text(page(stem, masthead, size, wenjian, number, title, to, body, signer, printed), encoding='utf-8')
        truth.append(f'{stem}\t{number}\t{iso}\t{masthead}')
    (out / 'truth.tsv').write_text('\n'.join(truth) + '\n', encoding='utf-8')


if __name__ == '__main__':
    main()
