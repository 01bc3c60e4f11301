#!/usr/bin/env python3
"""A fourth batch of six self-evaluation reports, written for the tests (fictional figures, no real region's), each in a
layout or phrasing the first three batches do not hold, each stating a score for (nearly) every one of the 29 indicators:
  xiangyang  Word, prose with no indicator numbers at all: area headings reworded (一、知识产权保护方面 …), each item a
             paragraph opening with the office's paraphrase of the title; scores as 该项满分N分，自评M分 (the maximum stated
             before the score), 扣0.5分，得M分, 自评满分 (full marks), 自评M分; a summary paragraph whose 案件数, 金额
             (万元), 年份 and percentages stand beside the total and the areas' sums;
  yichang    Word table 序号 / 考核指标 / 自评得分 / 分值 / 扣分 / 扣分原因: the score column before the maximum, an extra
             扣分 column, area rows reworded, two indicators merged in one row (序号 3、4, scores 1.5、1, maxima 2、1) and a
             second merged row (21、22), a 合计 row;
  jingzhou   spreadsheet (CSV → xlsx by LibreOffice): no 序号 column, the indicators named only (paraphrased), columns
             考核指标 / 分值 / 自评分 / 自评说明, reworded area rows, 合计 row at the foot;
  zaoyang    Word, numbered paragraphs 1. … 29. with paraphrased titles, the scores phrased in turn 自评7.5分 / 得分7.5 /
             计7.5分 / 自评得分：7.5 / 自评得分七分 (Chinese numerals, 六点五分) / 满分, the items' own 案件数, 年份 and 万元
             figures written just before the score;
  yingcheng  a phone photo (JPEG) of one typed table page: 序号 / 考核内容 / 分值 / 自评得分, paraphrased titles, tilted
             1°, in perspective, lit unevenly (dark corner), colour JPEG;
  yidu       a low-ppi gray scan (Word → PDF → 100 ppi gray, JPEG 50, turned 0.6°) of a typed table 序号 / 考核项目 /
             标准分 / 扣分 / 得分 / 备注 (the 扣分 column before the score), a 合计 row.
Writes xiangyang.html, yichang.html, Sheet1.csv (荆州), zaoyang.html, yingcheng.html, yidu.html into the folder given and, with
--truth PATH, merges the total and the per-indicator scores each states into that truth.json (other entries kept)."""
import csv, html, json, sys, pathlib
from decimal import Decimal as D
from self_report_parts import IND, fmt, page, p

HAN = '〇一二三四五六七八九'

# The offices' paraphrases of the rulebook's titles (none is the rulebook's own wording).
PARA = {1: '商标、专利行政执法开展情况', 2: '驰名商标保护工作', 3: '知识产权执法业务指导', 4: '转办知识产权案件的查办',
        5: '专项执法行动开展', 6: '专利侵权纠纷案件办理数量', 7: '知识产权投诉举报渠道畅通情况', 8: '版权执法监管与案件查办',
        9: '政府机关和企业软件正版化', 10: '农业植物新品种权案件查处', 11: '林木种苗打假工作', 12: '侵权举报转办与网络文化案件办理',
        13: '知识产权领域不正当竞争行为查处', 14: '农资打假及放心农资下乡', 15: '假劣药品案件查办', 16: '假冒伪劣烟草制品案件查处',
        17: '消毒产品监督抽检', 18: '生产源头打假与质量安全风险排查', 19: '侵权假冒物品无害化销毁', 20: '公安机关打击侵权假冒犯罪',
        21: '检察环节监督、批捕和起诉工作', 22: '侵权假冒刑事案件审判工作', 23: '数据统计、信息报送和重点行动',
        24: '行政处罚案件信息公开', 25: '行政执法与刑事司法衔接', 26: '创新性工作（加分项）', 27: '网上侵权假冒信息清理',
        28: '社会公众满意度评价', 29: '系统性区域性风险防范（扣分项）'}
# Area headings as the offices reword them.
AREAS4 = [('一', '知识产权保护方面', range(1, 14)), ('二', '伪劣商品治理方面', range(14, 20)), ('三', '刑事打击方面', range(20, 23)),
          ('四', '长效机制建设方面', range(23, 27)), ('五', '社会共治与宣传方面', range(27, 29)), ('六', '风险防范方面', range(29, 30))]

# What each region did, a clause per indicator (fictional).
DEEDS = {
    1: '全年立案查处商标侵权案件96件、假冒专利案件12件，罚没款318.6万元',
    2: '建立重点商标保护名录，对名录内企业开展回访',
    3: '组织执法业务培训2期，书面请示疑难问题1次',
    4: '上级转办案件11件全部按期办结',
    5: '按要求部署“铁拳”专项行动并报送总结',
    6: '办理专利侵权纠纷案件27件，较2018年增长8%',
    7: '12315与12345热线对接，投诉举报按时办结',
    8: '开展“剑网2019”行动，查办著作权案件19件',
    9: '完成市县两级政府机关软件正版化检查，企业正版化推进偏慢',
    10: '开展春秋两季种子市场检查，抽检样品64个',
    11: '开展林木种苗打假专项行动，抽查苗圃38处',
    12: '转办举报全部回复，网络文化案件办结率92%',
    13: '查办仿冒混淆案件14件、侵犯商业秘密案件2件',
    14: '查办假劣农资案件33件，挽回农民损失56万元',
    15: '查办假劣药品案件21件，移送公安2件',
    16: '查获假冒卷烟1260条，案值98万元',
    17: '抽检消毒产品48批次，不合格3批次已通报',
    18: '排查生产企业212家，整改隐患15处',
    19: '无害化销毁侵权假冒物品货值310万元',
    20: '破获侵权假冒犯罪案件63起，抓获犯罪嫌疑人118人',
    21: '批捕侵权假冒犯罪嫌疑人41人，起诉56人',
    22: '审结侵权假冒刑事案件37件，判处罪犯52人',
    23: '按季度报送统计数据，编发工作信息12期',
    24: '行政处罚案件信息在20个工作日内公开',
    25: '两法衔接平台录入案件130件',
    26: '“商标品牌指导站”做法获省局推广',
    27: '清理网上侵权假冒信息6800余条',
    28: '第三方满意度调查位次居中',
    29: '全年未发生系统性区域性风险事件',
}

def han(n):
    if n < 10: return HAN[n]
    tens, ones = divmod(n, 10)
    return ('' if tens == 1 else HAN[tens]) + '十' + (HAN[ones] if ones else '')

def han_score(x):
    """7 → 七, 6.5 → 六点五, 18 → 十八, 0 → 零, as a report in Chinese numerals writes a score."""
    x = D(str(x))
    whole, frac = divmod(x, 1)
    s = '零' if whole == 0 else han(int(whole))
    if frac: s += '点' + ''.join(HAN[int(c)] for c in fmt(frac).split('.')[1])
    return s

def td(text, rowspan=1, colspan=1, style=''):
    a = (f" rowspan='{rowspan}'" if rowspan > 1 else '') + (f" colspan='{colspan}'" if colspan > 1 else '') + (f" style='{style}'" if style else '')
    return f"<td{a}>{html.escape(str(text))}</td>"

def total(scores):
    return sum((D(str(v)) for v in scores.values()), D(0))

def area_sum(scores, nums):
    return sum((D(str(scores[n])) for n in nums if n in scores), D(0))

def mx(n):
    return fmt(IND[n]['max_points'])

def points(n):
    return {'bonus': '加分项', 'deduction': '扣分项'}.get(IND[n]['kind'], mx(n))

def lost(n, s):
    return D(str(IND[n]['max_points'])) - D(str(s)) if IND[n]['kind'] == 'base' else D(0)


# ── 1. 襄阳市: prose, no indicator numbers, reworded areas, 该项满分N分，自评M分 / 扣N分，得M分 / 自评满分 ──
XIANGYANG = {1: 6.5, 2: 3, 3: 1.5, 4: 1, 5: 1.5, 6: 1, 7: 2, 8: 5.5, 9: 4, 10: 3, 11: 2.5, 12: 3, 13: 5,
             14: 3, 15: 2.5, 16: 3, 17: 1, 18: 1.5, 19: 2, 20: 18, 21: 5.5, 22: 6, 23: 7, 24: 1, 25: 2, 26: 1,
             27: 3.5, 28: 1.5, 29: 0}

def xiangyang_phrase(n, s):
    if n == 26: return f'自评加{fmt(s)}分'
    if n == 29: return '不扣分，自评0分'
    if s == IND[n]['max_points']: return '自评满分'
    k = n % 3
    if k == 0: return f'该项满分{mx(n)}分，自评{fmt(s)}分'
    if k == 1: return f'扣{fmt(lost(n, s))}分，得{fmt(s)}分'
    return f'自评{fmt(s)}分'

def xiangyang():
    t = total(XIANGYANG)
    body = [p('襄阳市2019年度打击侵权假冒工作绩效考核自评报告', 'title'), p('省打击侵权假冒工作领导小组办公室：', 'flush'),
            p('按照省双打办关于做好2019年度绩效考核工作的部署，市双打办会同28家成员单位，对照考核评分细则逐条自查，现将情况报告如下。'),
            p('一、总体情况', 'flush'),
            p(f'2019年，全市行政执法部门共查办侵权假冒案件412件，涉案金额2360万元，较2018年增长12%；向公安机关移送涉嫌犯罪案件17件。'
              f'经逐项自评，我市2019年度自评总分{fmt(t)}分，其中知识产权保护方面{fmt(area_sum(XIANGYANG, range(1, 14)))}分，'
              f'伪劣商品治理方面{fmt(area_sum(XIANGYANG, range(14, 20)))}分。'),
            p('二、分项自评情况', 'flush')]
    for num, name, nums in AREAS4:
        body.append(p(f'（{num}）{name}', 'flush'))
        for n in nums:
            body.append(p(f'{PARA[n].replace("（加分项）", "").replace("（扣分项）", "")}。{DEEDS[n]}，{xiangyang_phrase(n, XIANGYANG[n])}。'))
    body += [p('三、存在的不足', 'flush'), p('县级执法力量偏弱，电商领域线索发现能力不足。下一步将加强部门协作和技术支撑。'),
             p('襄阳市打击侵权假冒工作领导小组办公室', 'sign'), p('2020年1月4日', 'sign')]
    return page(body)


# ── 2. 宜昌市: table with 自评得分 before 分值, an extra 扣分 column, merged rows 3、4 and 21、22 ──
YICHANG = {1: 6, 2: 2.5, 3: 1.5, 4: 1, 5: 1.5, 6: 1.5, 7: 1.5, 8: 5, 9: 4.5, 10: 2.5, 11: 3, 12: 2.5, 13: 5.5,
           14: 2.5, 15: 3, 16: 3, 17: 1, 18: 2, 19: 1.5, 20: 17.5, 21: 5, 22: 5.5, 23: 7.5, 24: 1, 25: 2, 26: 0.5,
           27: 3, 28: 1, 29: 0}
YICHANG_WHY = {1: '典型案例报送不足', 2: '保护名录更新不及时', 3: '未开展书面请示', 7: '投诉超期2件', 8: '网络书店巡查未覆盖',
               9: '企业正版化培训不足', 10: '冬季抽查未完成', 12: '暗访抽查次数不足', 13: '跨区域案件偏少', 14: '联席会议未召开',
               19: '第三季度迟报', 20: '跨区域线索上报偏少', 21: '提前介入案件少', 22: '未开展专题调研', 23: '工作信息9期',
               27: '未公开举报渠道', 28: '满意度排序靠后'}

def yichang():
    rows = []
    merged = {3: 4, 21: 22}
    for num, name, nums in AREAS4:
        rows.append('<tr>' + td(f'{num}、{name}', colspan=6) + '</tr>')
        for n in nums:
            if n in merged.values(): continue
            if n in merged:
                m = merged[n]
                rows.append('<tr>' + td(f'{n}、{m}') + td(f'{PARA[n]}；{PARA[m]}') + td(f'{fmt(YICHANG[n])}、{fmt(YICHANG[m])}')
                            + td(f'{mx(n)}、{mx(m)}') + td(f'{fmt(lost(n, YICHANG[n]))}、{fmt(lost(m, YICHANG[m]))}')
                            + td('；'.join(w for w in (YICHANG_WHY.get(n), YICHANG_WHY.get(m)) if w)) + '</tr>')
                continue
            rows.append('<tr>' + td(str(n)) + td(PARA[n]) + td(fmt(YICHANG[n])) + td(points(n)) + td(fmt(lost(n, YICHANG[n])))
                        + td(YICHANG_WHY.get(n, '')) + '</tr>')
    t = total(YICHANG)
    table = ("<table border='1' cellspacing='0' cellpadding='3'><tr><td>序号</td><td>考核指标</td><td>自评得分</td><td>分值</td>"
             "<td>扣分</td><td>扣分原因</td></tr>" + ''.join(rows)
             + '<tr>' + td('合计', colspan=2) + td(fmt(t)) + td('107') + td('') + td('') + '</tr></table>')
    return page([p('宜昌市2019年度打击侵权假冒工作绩效考核自评报告', 'title'), p('省打击侵权假冒工作领导小组办公室：', 'flush'),
                 p('根据考核工作通知要求，我办组织各成员单位对照评分标准进行了认真自查，形成自评结果如下表。'),
                 table,
                 p(f'经汇总，我市2019年度绩效考核自评得分{fmt(t)}分。'),
                 p('宜昌市打击侵权假冒工作领导小组办公室', 'sign'), p('2020年1月5日', 'sign')])


# ── 3. 荆州市: spreadsheet from a CSV, indicator names only ──
JINGZHOU = {1: 7, 2: 3, 3: 2, 4: 1, 5: 1, 6: 1.5, 7: 2, 8: 5, 9: 5, 10: 2.5, 11: 2.5, 12: 2.5, 13: 5,
            14: 3, 15: 2, 16: 3, 17: 1, 18: 1.5, 19: 2, 20: 16, 21: 6, 22: 5, 23: 6.5, 24: 0.5, 25: 1.5, 26: 1.5,
            27: 3.5, 28: 1.5, 29: -1}
JINGZHOU_NOTE = {5: '专项行动总结迟报', 10: '执法经费未落实', 13: '案件数量下降', 15: '药品案件下降', 20: '破案数较上年减少',
                 23: '信息报送8期', 24: '3件超期公开', 26: '“江汉平原农资联防”经验获省推广', 29: '发生假冒农药集中投诉1起，扣1分'}

def jingzhou():
    rows = [['荆州市2019年度打击侵权假冒工作绩效考核自评表', '', '', ''], ['考核指标', '分值', '自评分', '自评说明']]
    for num, name, nums in AREAS4:
        rows.append([f'{num}、{name}', '', '', ''])
        for n in nums:
            rows.append([PARA[n], points(n), fmt(JINGZHOU[n]), JINGZHOU_NOTE.get(n, '')])
    rows.append(['合计', '107', fmt(total(JINGZHOU)), ''])
    rows.append(['填报单位：荆州市打击侵权假冒工作领导小组办公室　　填报时间：2020年1月3日', '', '', ''])
    return rows


# ── 4. 枣阳市: numbered paragraphs, the scores phrased in turn, Chinese numerals ──
ZAOYANG = {1: 6, 2: 3, 3: 2, 4: 1, 5: 1.5, 6: 1, 7: 2, 8: 5.5, 9: 4, 10: 3, 11: 2.5, 12: 2.5, 13: 5.5,
           14: 3, 15: 2.5, 16: 2, 17: 1, 18: 2, 19: 2, 20: 17, 21: 5, 22: 6, 23: 7.5, 24: 1, 25: 2, 26: 1,
           27: 3, 28: 1.5, 29: 0}

def zaoyang_phrase(n, s):
    if n == 26: return f'自评加{fmt(s)}分'
    if n == 29: return '自评得分：0'
    if s == IND[n]['max_points'] and n % 2 == 0: return '满分'
    k = n % 6
    return [f'自评{fmt(s)}分', f'得分{fmt(s)}', f'计{fmt(s)}分', f'自评得分：{fmt(s)}', f'自评得分{han_score(s)}分',
            f'自评{han_score(s)}分'][k]

def zaoyang():
    t = total(ZAOYANG)
    body = [p('枣阳市2019年度打击侵权假冒工作绩效考核自评报告', 'title'), p('襄阳市打击侵权假冒工作领导小组办公室：', 'flush'),
            p(f'2019年，我市共办结侵权假冒案件138件，罚没款216.4万元，移送司法机关案件6件，'
              f'对照全省考核评分表，我市自评总得分{fmt(t)}分。各项自评情况如下：')]
    for n in range(1, 30):
        body.append(p(f'{n}. {PARA[n]}：{DEEDS[n]}，{zaoyang_phrase(n, ZAOYANG[n])}。'))
    body += [p('枣阳市打击侵权假冒工作领导小组办公室', 'sign'), p('2019年12月30日', 'sign')]
    return page(body)


# ── 5. 应城市: one typed table page, to be photographed ──
YINGCHENG = {1: 6.5, 2: 3, 3: 2, 4: 1, 5: 1.5, 6: 1.5, 7: 2, 8: 5, 9: 4.5, 10: 2, 11: 3, 12: 3, 13: 5,
             14: 3, 15: 3, 16: 2.5, 17: 1, 18: 1.5, 19: 2, 20: 16.5, 21: 6, 22: 5.5, 23: 7, 24: 1, 25: 2, 26: 0,
             27: 3.5, 28: 1.5, 29: 0}

def yingcheng():
    rows = ''.join('<tr>' + td(str(n)) + td(PARA[n]) + td(points(n)) + td(fmt(YINGCHENG[n])) + '</tr>' for n in range(1, 30))
    t = total(YINGCHENG)
    table = ("<table border='1' cellspacing='0' cellpadding='2'><tr><td>序号</td><td>考核内容</td><td>分值</td><td>自评得分</td></tr>"
             f"{rows}<tr>{td('合计', colspan=2)}{td('107')}{td(fmt(t))}</tr></table>")
    return page([p('应城市2019年度打击侵权假冒工作绩效考核自评得分表', 'title'),
                 p(f'填报单位：应城市双打办　　自评总分：{fmt(t)}分', 'flush'), table])


# ── 6. 宜都市: a typed table with 扣分 before 得分, to be scanned at low ppi ──
YIDU = {1: 6, 2: 3, 3: 1.5, 4: 1, 5: 1.5, 6: 1, 7: 2, 8: 5.5, 9: 5, 10: 3, 11: 2, 12: 3, 13: 4.5,
        14: 3, 15: 2.5, 16: 3, 17: 0.5, 18: 2, 19: 2, 20: 18.5, 21: 5.5, 22: 6, 23: 7, 24: 1, 25: 1.5, 26: 1,
        27: 4, 28: 1, 29: 0}
YIDU_NOTE = {1: '典型案例不足', 3: '未开展执法指导', 6: '办案量持平', 11: '种苗抽查不足', 13: '案件偏少', 15: '抽检覆盖不全',
             17: '未及时通报', 20: '跨区域线索少', 21: '提前介入不足', 25: '漏录案件2件', 26: '宜红茶商标保护经验获推广', 28: '排序靠后'}

def yidu():
    rows = ''.join('<tr>' + td(str(n)) + td(PARA[n]) + td(points(n)) + td(fmt(lost(n, YIDU[n])) if IND[n]['kind'] == 'base' else '/')
                   + td(fmt(YIDU[n])) + td(YIDU_NOTE.get(n, '')) + '</tr>' for n in range(1, 30))
    t = total(YIDU)
    table = ("<table border='1' cellspacing='0' cellpadding='3'><tr><td>序号</td><td>考核项目</td><td>标准分</td><td>扣分</td>"
             f"<td>得分</td><td>备注</td></tr>{rows}<tr>{td('合计', colspan=2)}{td('107')}{td('')}{td(fmt(t))}{td('')}</tr></table>")
    return page([p('宜都市2019年度打击侵权假冒工作绩效考核自评报告', 'title'), p('宜昌市打击侵权假冒工作领导小组办公室：', 'flush'),
                 p(f'按照考核要求，我市对2019年度打击侵权假冒工作进行了逐项自评，自评合计{fmt(t)}分，具体得分见下表。'),
                 table, p('宜都市打击侵权假冒工作领导小组办公室', 'sign'), p('2020年1月6日', 'sign')])


FILES = {
    '襄阳市2019年度打击侵权假冒工作绩效考核自评报告.docx': (XIANGYANG, 'Word全文叙述：无指标序号，领域标题改写（知识产权保护方面…），指标名称为改写；“该项满分N分，自评M分”“扣N分，得M分”“自评满分”“自评M分”轮换；总体情况段落中案件数、金额、年份、百分比与总分和领域小计并列'),
    '宜昌市2019年度打击侵权假冒工作绩效考核自评报告.docx': (YICHANG, 'Word表格：序号/考核指标/自评得分/分值/扣分/扣分原因（自评得分列在分值列之前，另有扣分列），领域行改写，第3、4项与第21、22项各合并一行（得分“1.5、1”），合计行'),
    '荆州市2019年度打击侵权假冒工作绩效考核自评表.xlsx': (JINGZHOU, '电子表格（CSV转xlsx）：无序号列，只写改写后的指标名称，考核指标/分值/自评分/自评说明，改写的领域行，合计行'),
    '枣阳市2019年度打击侵权假冒工作绩效考核自评报告.docx': (ZAOYANG, 'Word编号段落1.…29.，改写的指标名称，得分写法轮换：自评N分/得分N/计N分/自评得分：N/自评得分七分（中文数字，六点五）/满分；各项的案件数、年份、万元写在得分之前'),
    '应城市2019年度打击侵权假冒工作绩效考核自评得分表（手机拍照）.jpg': (YINGCHENG, '手机照片（JPEG彩色，倾斜约1°，透视变形，光照不均）：一页打印表格 序号/考核内容/分值/自评得分，改写的指标名称，合计行'),
    '宜都市2019年度打击侵权假冒工作绩效考核自评报告（扫描件）.pdf': (YIDU, '低分辨率灰度扫描件（100 ppi，JPEG 50，转0.6°）：序号/考核项目/标准分/扣分/得分/备注（扣分列在得分列之前），合计行'),
}

def main():
    out = pathlib.Path(sys.argv[1])
    for stem, make in [('xiangyang', xiangyang), ('yichang', yichang), ('zaoyang', zaoyang), ('yingcheng', yingcheng), ('yidu', yidu)]:
        (out / f'{stem}.html').write_text(make(), encoding='utf-8')
    with open(out / 'Sheet1.csv', 'w', encoding='utf-8', newline='') as f:
        csv.writer(f).writerows(jingzhou())
    if '--truth' in sys.argv:
        path = pathlib.Path(sys.argv[sys.argv.index('--truth') + 1])
        truth = json.loads(path.read_text(encoding='utf-8')) if path.exists() else {'about': '', 'reports': {}}
        num = lambda v: int(v) if D(str(v)) == D(str(v)).to_integral() else float(D(str(v)))
        for name, (scores, layout) in FILES.items():
            truth['reports'][name] = {'total': num(total(scores)), 'total_written': True, 'layout': layout, 'batch': 4,
                                      'indicators': {str(k): num(v) for k, v in sorted(scores.items())}}
        path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')

main()
