#!/usr/bin/env python3
"""An eighth batch of six self-evaluation reports, written for the tests (fictional figures, no real region's), in layouts
the earlier batches do not have:
  hanchuan   an .xlsx (Flat ODS → xlsx) of seven sheets: 汇总 (the six areas' 应得/自评 and a 总分 row) and one sheet per
             area, each with its own header and 序号 restarting at 1 (sheet 二's row 1 is indicator 14), a 小计 row per sheet;
  zhongxiang a Word table grouped by the provincial 考核单位 (省公安厅, 省检察院 … in that order, merged down the rows), the
             indicators named by their title only (no number) and so out of the 1–29 order; the last row 总分;
  dangyang   a Word table 序号 | 考核内容 | 分值 | 自评情况 whose 自评情况 cell is prose: what was done (件数, 次数, 年份), then
             应得N分，…扣0.5分，…得X分 — the score the last 得X分 of the cell; a few cells typed with full-width digits
             (得６．５分); no total row, the total in the paragraph under the table (自评总分为X分);
  songzi     a text PDF: 序号 | 考核内容 | 分值 | 扣分原因 | 自评分 — the reasons full of figures (少1次培训扣0.5分), the score in
             the last column; two indicators 不适用 (no score, "—" in 自评分, their 分值 kept out of the 合计's 应得分);
             the 合计 row's 分值 cell the 应得分 without them;
  guangshui  a colour scan (150 ppi, JPEG, turned 0.8°, two pages) of a two-level table 一级指标 (merged down) | 序号 |
             二级指标 | 分值 | 自评分 | 备注 with its header repeated on page 2 and the area cell not repeated there; the last row
             "总　　分"; the red seal over the signature and date;
  lichuan    a Word 自评报告 in prose (sections 一 … 四), its section 五 a horizontal score strip: rows 指标序号 | 1 … 10,
             分值, 自评分, in three blocks (1–10, 11–20, 21–29 and 合计).
  self_reports8.py <work dir> [--truth PATH]     writes STEM.html / STEM.fods and STEM.name, merges the truth (batch 8)
  self_reports8.py seal <pdf> <page png> <out png> <ppi> <issuer>   stamps the seal over the signature and date (广水)"""
import html, json, pathlib, re, subprocess, sys
from decimal import Decimal as D
from xml.etree import ElementTree
from self_report_parts import IND, AREAS, AREA_MAX, fmt, p
from scans.scans import seal as make_seal, run

YEAR = 2019

STYLE = """<style>
body { font-family: 'Noto Serif CJK SC'; font-size: 12pt; }
p { margin: 0 0 4pt 0; text-indent: 2em; line-height: 150%; }
p.flush { text-indent: 0; }
p.title { font-family: 'Noto Sans CJK SC'; font-size: 17pt; text-align: center; text-indent: 0; }
p.h1 { font-family: 'Noto Sans CJK SC'; text-indent: 2em; }
p.sign { text-align: right; }
table { border-collapse: collapse; width: 100%; }
td { border: 1px solid black; font-size: 10.5pt; vertical-align: middle; padding: 2pt; }
td.c { text-align: center; }
td.s { font-size: 9pt; }
</style>"""


def page(body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}</head><body>{''.join(body)}</body></html>"


def td(text, colspan=1, rowspan=1, cls=None, width=None):
    a = (f" colspan='{colspan}'" if colspan > 1 else '') + (f" rowspan='{rowspan}'" if rowspan > 1 else '')
    a += f" width='{width}%'" if width else ''
    c = f" class='{cls}'" if cls else ''
    return f"<td{a}{c}>{html.escape(str(text))}</td>"


def tr(cells):
    return '<tr>' + ''.join(cells) + '</tr>'


def total(scores):
    return sum((D(str(v)) for v in scores.values() if v is not None), D(0))


def area_sum(scores, nums):
    return sum((D(str(scores[n])) for n in nums if scores[n] is not None), D(0))


def title(n):
    return IND[n]['title'].replace(', ', '，').replace(',', '，')


def mx(n):
    return D(str(IND[n]['max_points']))


def full(n):
    return {'bonus': '2（加分项）', 'deduction': '扣分项'}.get(IND[n]['kind'], fmt(IND[n]['max_points']))


def sign(office, date):
    return [p(''), p(office, 'sign'), p(date, 'sign')]


AREA_NAME = {a: name for a, name, _ in AREAS}
TABLE = "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"


# ── 1. 汉川市: .xlsx, a 汇总 sheet and one sheet per area, 序号 restarting at 1 on each ──
HANCHUAN = {1: 6.5, 2: 3, 3: 2, 4: 1, 5: 1.5, 6: 1, 7: 2, 8: 5, 9: 4.5, 10: 2.5, 11: 2.5, 12: 3, 13: 5,
            14: 3, 15: 2.5, 16: 3, 17: 1, 18: 2, 19: 1.5, 20: 18, 21: 5.5, 22: 5.5, 23: 7, 24: 1, 25: 2, 26: 1,
            27: 3.5, 28: 1.5, 29: 0}
HANCHUAN_NOTE = {1: '案值50万元以上案件1件', 6: '专利纠纷结案率75%', 8: '院线电影专项检查2次', 9: '1家企业未验收',
                 10: '品种权案件1件', 11: '林木种苗抽检不足', 15: '移送公安1件', 19: '销毁1次', 20: '部督案件1起未结',
                 21: '监督立案1件', 22: '调研报告1篇', 23: '信息迟报2次', 26: '“汉川电商”知识产权快速维权工作站',
                 27: '清理信息较上年减少', 28: '满意度排名第11位', 29: '未发生系统性区域性风险'}


def xml(s):
    return html.escape(str(s), quote=True)


def cell(v, style=None, rows=1, cols=1):
    a = (f' table:number-rows-spanned="{rows}"' if rows > 1 else '') + (f' table:number-columns-spanned="{cols}"' if cols > 1 else '')
    s = f' table:style-name="{style}"' if style else ''
    if v is None:
        return f'<table:table-cell{s}/>'
    if isinstance(v, (int, float, D)) and not isinstance(v, bool):
        return (f'<table:table-cell{a}{s} office:value-type="float" office:value="{fmt(v)}">'
                f'<text:p>{fmt(v)}</text:p></table:table-cell>')
    return f'<table:table-cell{a}{s} office:value-type="string"><text:p>{xml(v)}</text:p></table:table-cell>'


COVERED = '<table:covered-table-cell/>'
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')


def sheet(name, rows, widths):
    cols = ''.join(f'<table:table-column table:style-name="w{w}"/>' for w in widths)
    body = ''.join('<table:table-row>' + ''.join(r) + '</table:table-row>' for r in rows)
    return f'<table:table table:name="{xml(name)}">{cols}{body}</table:table>'


def fods(sheets, widths):
    width = lambda w: (f'<style:style style:name="w{w}" style:family="table-column">'
                       f'<style:table-column-properties style:column-width="{w}cm"/></style:style>')
    styles = ('<office:automatic-styles>' + ''.join(width(w) for w in sorted(set(widths))) +
              '<style:style style:name="head" style:family="table-cell"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>'
              '<style:style style:name="wrap" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" '
              'style:vertical-align="middle"/></style:style>'
              '</office:automatic-styles>')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.2" '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">' + styles +
            '<office:body><office:spreadsheet>' + ''.join(sheets) + '</office:spreadsheet></office:body></office:document>\n')


def hanchuan():
    t = total(HANCHUAN)
    summary = [[cell(f'汉川市{YEAR}年度打击侵权假冒工作绩效考核自评汇总', 'head', cols=4)] + [COVERED] * 3,
               [cell('填报单位：汉川市打击侵权假冒工作领导小组办公室（盖章）', cols=4)] + [COVERED] * 3,
               [cell(c, 'bold') for c in ['考核重点', '应得分', '自评分', '备注']]]
    for a, name, nums in AREAS:
        got = area_sum(HANCHUAN, nums)
        note = {'四': f'含加分项{fmt(HANCHUAN[26])}分', '六': '扣分项，未扣分'}.get(a, f'详见“{a}”表')
        summary.append([cell(f'{a}、{name}'), cell(AREA_MAX[a]) if a in AREA_MAX else cell('—'), cell(got), cell(note)])
    summary.append([cell('总分', 'bold'), cell(107), cell(t), cell('')])
    summary.append([cell(f'填报时间：{YEAR + 1}年1月3日', cols=4)] + [COVERED] * 3)
    sheets = [sheet('汇总', summary, [6, 2.5, 2.5, 6])]
    for a, name, nums in AREAS:
        rows = [[cell(f'{a}、{name}', 'head', cols=5)] + [COVERED] * 4,
                [cell(c, 'bold') for c in ['序号', '考核内容', '分值', '自评分', '备注']]]
        for i, n in enumerate(nums, 1):
            kind = IND[n]['kind']
            points = '加分项（最高2分）' if kind == 'bonus' else '扣分项' if kind == 'deduction' else IND[n]['max_points']
            rows.append([cell(i), cell(title(n), 'wrap'), cell(points), cell(HANCHUAN[n]), cell(HANCHUAN_NOTE.get(n, ''), 'wrap')])
        if a in AREA_MAX:
            rows.append([cell('小计', 'bold', cols=2), COVERED, cell(AREA_MAX[a]), cell(area_sum(HANCHUAN, nums)), cell('')])
        sheets.append(sheet(f'{a}、{name}', rows, [1.2, 10, 3, 2, 7]))
    return fods(sheets, [6, 2.5, 1.2, 10, 3, 2, 7])


# ── 2. 钟祥市: Word table grouped by the provincial 考核单位 (merged down), titles only, out of order; 总分 row ──
ZHONGXIANG = {1: 6, 2: 2.5, 3: 2, 4: 1, 5: 1.5, 6: 1.5, 7: 2, 8: 5.5, 9: 5, 10: 2.5, 11: 3, 12: 2.5, 13: 5.5,
              14: 2.5, 15: 3, 16: 2.5, 17: 1, 18: 2, 19: 2, 20: 18.5, 21: 5, 22: 6, 23: 7.5, 24: 1, 25: 1.5, 26: 1.5,
              27: 3, 28: 1.5, 29: 0}
ZHONGXIANG_UNITS = [('省公安厅', [20]), ('省检察院', [21]), ('省法院', [22]), ('省市场监管局', [1, 7, 13, 18]),
                    ('省知识产权局', [2, 3, 4, 5, 6, 28]), ('省委宣传部（省版权局）', [8, 9]), ('省农业农村厅', [10, 14]),
                    ('省林业局', [11]), ('省文化和旅游厅', [12]), ('省药监局', [15]), ('省烟草专卖局', [16]),
                    ('省卫生健康委', [17]), ('省生态环境厅', [19]), ('省委网信办', [27]),
                    ('省双打办（会同有关部门）', [23, 24, 25, 26, 29])]
ZHONGXIANG_NOTE = {1: '大要案偏少', 2: '名录更新不及时', 8: '网络案件1件', 10: '抽检样品不足', 12: '暗访3次',
                   13: '商业秘密案件未突破', 14: '农资新机制未验收', 16: '案值偏小', 20: '部督案件未结1起', 21: '监督立案0件',
                   23: '迟报1次', 25: '平台录入率90%', 26: '“钟祥长寿”品牌保护协作', 27: '清理信息偏少', 28: '居全省第12位'}


def zhongxiang():
    seen = sorted(n for _, ns in ZHONGXIANG_UNITS for n in ns)
    assert seen == list(range(1, 30)), seen
    rows = [tr(td(c, cls='c', width=w) for c, w in zip(['考核单位', '考核内容', '分值', '自评分', '备注'], [16, 48, 10, 10, 16]))]
    for unit, nums in ZHONGXIANG_UNITS:
        for i, n in enumerate(nums):
            first = td(unit, rowspan=len(nums), cls='c') if i == 0 else ''
            rows.append(tr([first, td(title(n)), td(full(n), cls='c'), td(fmt(ZHONGXIANG[n]), cls='c'), td(ZHONGXIANG_NOTE.get(n, ''))]))
    rows.append(tr([td('总分', 2, cls='c'), td('107', cls='c'), td(fmt(total(ZHONGXIANG)), cls='c'), td('')]))
    return page([p(f'钟祥市{YEAR}年度打击侵权假冒工作绩效考核自评表', 'title'),
                 p('填报单位：钟祥市打击侵权假冒工作领导小组办公室', 'flush'),
                 p('说明：按省级考核单位归类填报，各成员单位对口自评，市双打办汇总审核。', 'flush'),
                 TABLE + ''.join(rows) + '</table>',
                 *sign('钟祥市打击侵权假冒工作领导小组办公室', f'{YEAR + 1}年1月4日')])


# ── 3. 当阳市: Word table 序号 | 考核内容 | 分值 | 自评情况, the score the cell's last 得X分; total in the prose under it ──
DANGYANG = {1: 6.5, 2: 3, 3: 1.5, 4: 1, 5: 1.5, 6: 1, 7: 2, 8: 5.5, 9: 4.5, 10: 3, 11: 2.5, 12: 2.5, 13: 5,
            14: 3, 15: 2.5, 16: 3, 17: 1, 18: 1.5, 19: 2, 20: 19, 21: 5.5, 22: 6, 23: 7, 24: 1, 25: 2, 26: 1,
            27: 3.5, 28: 2, 29: 0}
DANGYANG_DONE = {
    1: ('全年部署“铁拳”行动，查办商标侵权案件41件、专利案件6件，罚没款83.6万元', '报送典型案例1个，少1个扣0.5分'),
    2: ('将12件驰名商标、32件地理标志纳入重点保护名录，开展保护检查3次', None),
    3: ('对玉泉、坝陵等6个乡镇办开展执法指导2次', '未形成书面指导意见扣0.5分'),
    4: ('省局转办案件2件均按期办结', None),
    5: ('开展知识产权执法专项行动4个，均报送了方案和总结', None),
    6: ('受理专利侵权纠纷案件5件，结案4件，结案率80%', '结案率未达到90%扣0.5分'),
    7: ('12315平台受理知识产权投诉举报27件，按时回复率100%', None),
    8: ('开展“剑网2019”等专项行动3次，查办网络侵权案件1件', '院线电影版权专项未开展扣0.5分'),
    9: ('政府机关软件正版化检查覆盖35家，企业正版化推进9家', '2家企业未验收扣0.5分'),
    10: ('抽检种子样品46个，立案查处侵犯品种权案件2件', None),
    11: ('开展林木种苗执法检查5次，抽检苗木12批次', '未查办侵犯品种权案件扣0.5分'),
    12: ('办理转办举报3件，办理网络文化案件2件，暗访抽查6次', '暗访抽查少2次扣0.5分'),
    13: ('查办仿冒混淆案件7件、侵犯商业秘密案件1件', '典型案例未被采用扣1分'),
    14: ('查处假劣农资案件9件，放心农资下乡进村覆盖率95%，新机制已建立', None),
    15: ('查办生产销售假劣药品案件6件，移送公安机关1件', '移送数少于2件扣0.5分'),
    16: ('查处制售假冒卷烟案件14起，案值5万元以上3起', None),
    17: ('完成消毒产品监督抽查30批次', None),
    18: ('开展生产源头打假专项2次，风险排查企业68家', '风险排查整改台账不全扣0.5分'),
    19: ('组织侵权假冒商品无害化销毁2次，销毁货值31万元', None),
    20: ('立案侦办侵权假冒犯罪案件16起，破案13起，抓获犯罪嫌疑人27名', '部督案件1起未结扣1分'),
    21: ('审查逮捕侵权假冒犯罪嫌疑人9人，提起公诉11人，监督立案1件', '监督立案数少于2件扣0.5分'),
    22: ('审结侵权假冒刑事案件8件，判处罪犯13人', None),
    23: ('按月报送统计数据12次，报送工作信息22期，被省级采用3期', '迟报1次扣0.5分；专项行动总结迟报扣0.5分'),
    24: ('行政处罚案件信息公开率100%', None),
    25: ('两法衔接平台录入案件48件，录入率100%', None),
    26: ('建立“当阳土鸡”地理标志保护协作机制，被省双打办通报推广', None),
    27: ('清理网上侵权假冒信息860条，处置违规网站2个', '清理信息量低于上年扣0.5分'),
    28: ('社会公众满意度测评居全省第5位', None),
    29: ('全年未发生系统性、区域性风险及重大舆情', None),
}
DANGYANG_WIDE = {8, 13, 20}   # cells typed with full-width digits


def wide(s):
    return s.translate(str.maketrans('0123456789.', '０１２３４５６７８９．'))


def dangyang_cell(n):
    done, lost = DANGYANG_DONE[n]
    s = D(str(DANGYANG[n]))
    kind = IND[n]['kind']
    if kind == 'bonus':
        text = f'{done}，自评加{fmt(s)}分。'
    elif kind == 'deduction':
        text = f'{done}，不扣分，得0分。'
    else:
        m = mx(n)
        if lost is None:
            assert s == m, n
            text = f'{done}。按评分标准应得{fmt(m)}分，得{fmt(s)}分。'
        else:
            taken = sum(D(x) for x in re.findall(r'扣([\d.]+)分', lost))
            assert m - taken == s, (n, m, taken, s)
            score = wide(fmt(s)) if n in DANGYANG_WIDE else fmt(s)
            text = f'{done}。应得{fmt(m)}分，{lost}，得{score}分。'
    return text


def dangyang():
    rows = [tr(td(c, cls='c', width=w) for c, w in zip(['序号', '考核内容', '分值', '自评情况'], [6, 26, 8, 60]))]
    for n in range(1, 30):
        rows.append(tr([td(n, cls='c'), td(title(n)), td(full(n), cls='c'), td(dangyang_cell(n))]))
    t = total(DANGYANG)
    return page([p(f'当阳市{YEAR}年度打击侵权假冒工作绩效考核自评报告', 'title'), p('宜昌市打击侵权假冒工作领导小组办公室：', 'flush'),
                 p(f'根据省双打办考核通知要求，市双打办于12月下旬组织成员单位对照《{YEAR}年度市州打击侵犯知识产权和制售假冒伪劣商品'
                   '违法犯罪活动绩效考核评分表》逐项自评，现将自评情况报告如下。'),
                 TABLE + ''.join(rows) + '</table>',
                 p(f'综上，我市{YEAR}年度打击侵权假冒工作绩效考核自评总分为{fmt(t)}分，其中加分项加{fmt(DANGYANG[26])}分，扣分项未扣分。'),
                 *sign('当阳市打击侵权假冒工作领导小组办公室', f'{YEAR + 1}年1月5日')])


# ── 4. 松滋市: text PDF, 序号 | 考核内容 | 分值 | 扣分原因 | 自评分, reasons full of figures, two indicators 不适用 ──
SONGZI = {1: 6, 2: 3, 3: 2, 4: 1, 5: 1, 6: 1.5, 7: 1.5, 8: 5, 9: 4, 10: 2.5, 11: None, 12: 2.5, 13: 5,
          14: 2.5, 15: 3, 16: 3, 17: 1, 18: 1.5, 19: None, 20: 17.5, 21: 5.5, 22: 6, 23: 7, 24: 1, 25: 2, 26: 0,
          27: 3.5, 28: 1.5, 29: 0}
SONGZI_WHY = {1: '报送典型案例1个，少1个扣0.5分；案值50万元以上案件0件扣0.5分',
              5: '专项行动总结迟报1次扣0.5分',
              7: '投诉举报按时回复率95%，不足100%扣0.5分',
              8: '少1次培训扣0.5分；网络案件仅1件扣0.5分',
              9: '企业正版化推进3家，少2家扣1分',
              10: '抽检样品20个，少10个扣0.5分',
              11: '我市无林木种苗生产经营主体，本项不适用',
              12: '暗访抽查4次，少2次扣0.5分',
              13: '侵犯商业秘密案件0件扣1分',
              14: '放心农资下乡进村覆盖率80%，低于90%扣0.5分',
              18: '风险排查覆盖企业35家，少15家扣0.5分',
              19: '本年度无罚没侵权假冒商品需销毁，本项不适用',
              20: '破案数较上年下降5%扣1.5分；部督案件1起未结扣1分',
              21: '监督立案1件，少1件扣0.5分',
              23: '工作信息迟报2次扣1分',
              26: '未申报',
              27: '清理信息520条，少于上年扣0.5分',
              28: '满意度居全省第13位扣0.5分',
              29: '未发生'}
SONGZI_NA = (11, 19)


def songzi():
    head = '<thead>' + tr(td(c, cls='c', width=w) for c, w in zip(['序号', '考核内容', '分值', '扣分原因', '自评分'], [6, 38, 8, 38, 10])) + '</thead>'
    rows = []
    for n in range(1, 30):
        s = SONGZI[n]
        if s is not None and IND[n]['kind'] == 'base':
            taken = sum((D(x) for x in re.findall(r'扣([\d.]+)分', SONGZI_WHY.get(n, ''))), D(0))
            assert mx(n) - taken == D(str(s)), (n, taken, s)
        rows.append(tr([td(n, cls='c'), td(title(n)), td(full(n), cls='c'), td(SONGZI_WHY.get(n, '')),
                        td('—' if s is None else fmt(s), cls='c')]))
    due = 107 - sum(mx(n) for n in SONGZI_NA)
    t = total(SONGZI)
    rows.append(tr([td('合计', 2, cls='c'), td(fmt(due), cls='c'), td(f'第11、19项不适用，应得分按{fmt(due)}分计'), td(fmt(t), cls='c')]))
    return page([p(f'松滋市{YEAR}年度打击侵权假冒工作绩效考核自评报告', 'title'), p('荆州市打击侵权假冒工作领导小组办公室：', 'flush'),
                 p(f'现将我市{YEAR}年度打击侵权假冒工作绩效考核自评情况报告如下。经市双打办组织成员单位逐项核对，除不适用项外各项自评结果见下表。'),
                 TABLE + head + '<tbody>' + ''.join(rows) + '</tbody></table>',
                 *sign('松滋市打击侵权假冒工作领导小组办公室', f'{YEAR + 1}年1月6日')])


# ── 5. 广水市: colour scan of a two-level table, area merged down, header repeated on page 2, 总　　分, seal on the date ──
GUANGSHUI = {1: 6, 2: 3, 3: 2, 4: 1, 5: 1.5, 6: 1, 7: 2, 8: 5, 9: 4.5, 10: 2, 11: 2.5, 12: 3, 13: 4.5,
             14: 3, 15: 2.5, 16: 2.5, 17: 1, 18: 2, 19: 1.5, 20: 18, 21: 5, 22: 5.5, 23: 7.5, 24: 1, 25: 2, 26: 0.5,
             27: 3, 28: 1.5, 29: -1}
GUANGSHUI_NOTE = {1: '大要案1件', 6: '结案率67%', 8: '专项检查覆盖不足', 10: '品种权案件0件', 11: '抽检批次少',
                  13: '商业秘密案件0件', 15: '移送1件', 16: '案值偏小', 19: '销毁1次', 20: '破案数下降', 21: '监督立案0件',
                  22: '调研不足', 23: '迟报1次', 26: '香菇地理标志保护', 27: '清理信息偏少', 28: '第14位',
                  29: '假冒化肥投诉1起，扣1分'}


def guangshui():
    head = '<thead>' + tr(td(c, cls='c', width=w) for c, w in
                          zip(['一级指标', '序号', '二级指标', '分值', '自评分', '备注'], [14, 6, 44, 9, 9, 18])) + '</thead>'
    rows = []
    for a, name, nums in AREAS:
        label = f'{a}、{name}' + (f'（{AREA_MAX[a]}分）' if a in AREA_MAX else '')
        for i, n in enumerate(nums):
            first = td(label, rowspan=len(nums), cls='c') if i == 0 else ''
            rows.append(tr([first, td(n, cls='c'), td(title(n)), td(full(n), cls='c'), td(fmt(GUANGSHUI[n]), cls='c'),
                            td(GUANGSHUI_NOTE.get(n, ''))]))
    rows.append(tr([td('总　　分', 3, cls='c'), td('107', cls='c'), td(fmt(total(GUANGSHUI)), cls='c'), td('')]))
    return page([p(f'广水市{YEAR}年度打击侵权假冒工作绩效考核自评报告', 'title'), p('随州市打击侵权假冒工作领导小组办公室：', 'flush'),
                 p(f'按照{YEAR}年度绩效考核工作要求，我市对照评分表逐项开展自评，自评结果如下。'),
                 TABLE + head + '<tbody>' + ''.join(rows) + '</tbody></table>',
                 *sign('广水市打击侵权假冒工作领导小组办公室', f'{YEAR + 1}年1月3日')])


def stamp(pdf, png, out, ppi, issuer):
    """The round seal over the signature and the date on the last page."""
    doc = subprocess.run(['pdftotext', '-bbox-layout', pdf, '-'], check=True, capture_output=True, text=True).stdout
    doc = re.sub(r'<!DOCTYPE[^>]*>', '', doc).replace('xmlns="http://www.w3.org/1999/xhtml"', '')
    last = list(ElementTree.fromstring(doc).iter('page'))[-1]
    lines = []
    for line in last.iter('line'):
        text = ''.join(w.text or '' for w in line.iter('word'))
        lines.append((text, *(float(line.get(k)) for k in ('xMin', 'yMin', 'xMax', 'yMax'))))
    date = next((l for l in lines if re.fullmatch(r'\d{4}年\d{1,2}月\d{1,2}日', l[0])), None)
    if date is None:
        sys.exit('广水: the date must be on the last page')
    k = float(ppi) / 72
    d = 42 * 72 / 25.4 * k
    path = pathlib.Path(out).with_name('seal8.png')
    make_seal(issuer, d, 7, path)
    cx = (date[1] + date[3]) / 2 * k
    cy = (date[2] - 10) * k
    run('convert', png, path, '-geometry', f'+{int(cx - d / 2)}+{int(cy - d / 2)}', '-compose', 'Multiply', '-composite', out)


# ── 6. 利川市: Word prose 自评报告, section 五 a horizontal score strip in three blocks ──
LICHUAN = {1: 6.5, 2: 2.5, 3: 2, 4: 1, 5: 1.5, 6: 0.5, 7: 2, 8: 5, 9: 4, 10: 2, 11: 2.5, 12: 3, 13: 5,
           14: 2.5, 15: 3, 16: 3, 17: 1, 18: 1.5, 19: 2, 20: 17, 21: 5, 22: 5.5, 23: 7, 24: 1, 25: 2, 26: 2,
           27: 3, 28: 1.5, 29: 0}
LICHUAN_BLOCKS = [range(1, 11), range(11, 21), range(21, 30)]


def lichuan():
    t = total(LICHUAN)
    strip = []
    for b, block in enumerate(LICHUAN_BLOCKS):
        last = b == len(LICHUAN_BLOCKS) - 1
        nums = list(block)
        pad = 10 - len(nums) - (1 if last else 0)
        strip.append(tr([td('指标序号', cls='c')] + [td(n, cls='c') for n in nums] + ([td('合计', cls='c')] if last else [])
                        + [td('', cls='c')] * pad))
        strip.append(tr([td('分值', cls='c')] + [td({'bonus': '+2', 'deduction': '—'}.get(IND[n]['kind'], fmt(mx(n))), cls='c') for n in nums]
                        + ([td('107', cls='c')] if last else []) + [td('', cls='c')] * pad))
        strip.append(tr([td('自评分', cls='c')] + [td(fmt(LICHUAN[n]), cls='c') for n in nums] + ([td(fmt(t), cls='c')] if last else [])
                        + [td('', cls='c')] * pad))
    body = [p(f'利川市{YEAR}年度打击侵权假冒工作绩效考核自评报告', 'title'), p('恩施州打击侵权假冒工作领导小组办公室：', 'flush'),
            p(f'{YEAR}年，我市坚持把打击侵权假冒工作作为优化营商环境的重要抓手，按照州双打办的部署，现将全年工作及绩效考核自评情况'
              '报告如下。'),
            p('一、加强组织领导', 'h1'),
            p('市政府分管副市长任市打击侵权假冒工作领导小组组长，全年召开领导小组会议2次，印发年度工作要点，将打击侵权假冒工作纳入'
              '对乡镇（街道）和市直部门的综合考评。'),
            p('二、严格知识产权保护', 'h1'),
            p('市市场监管局部署“铁拳”行动，全年查办商标侵权案件23件；市文化和旅游局开展暗访抽查6次；市农业农村局抽检种子样品'
              '38个，立案查处侵犯品种权案件1件；市林业局开展林木种苗执法检查4次。'),
            p('三、加强伪劣商品治理和刑事打击', 'h1'),
            p('查处假劣农资案件8件、假劣药品案件5件、假冒卷烟案件11起；市公安局立案侦办侵权假冒犯罪案件9起，破案7起；'
              '市检察院提起公诉6人；市法院审结案件4件。组织无害化销毁2次。'),
            p('四、推动长效机制和社会共治', 'h1'),
            p('按时报送统计数据和工作信息，两法衔接平台录入率100%；建立“利川红”茶叶地理标志保护协作机制，被州双打办推广；'
              '清理网上侵权假冒信息450条。'),
            p('五、自评得分情况', 'h1'),
            p(f'对照省双打办评分表，我市29项指标自评得分共计{fmt(t)}分，各项得分如下表（指标序号同评分表）：'),
            "<table border='1' cellspacing='0' cellpadding='2' width='100%'>" + ''.join(strip) + '</table>',
            p('特此报告。'),
            *sign('利川市打击侵权假冒工作领导小组办公室', f'{YEAR + 1}年1月6日')]
    return page(body)


FILES = {
    'hanchuan': (f'汉川市{YEAR}年度打击侵权假冒工作绩效考核自评表.xlsx', HANCHUAN, hanchuan, 'fods',
                 '电子表格（Flat ODS转xlsx）七个工作表：“汇总”表（六个考核重点的应得分/自评分、总分行）和每个考核重点一表'
                 '（表头各自重复，序号每表从1重新编起，如“二”表第1行为第14项），每表小计行；第26项“加分项（最高2分）”，第29项“扣分项”0分'),
    'zhongxiang': (f'钟祥市{YEAR}年度打击侵权假冒工作绩效考核自评表.docx', ZHONGXIANG, zhongxiang, 'html',
                   'Word表格 考核单位/考核内容/分值/自评分/备注：按省级考核单位分组（省公安厅、省检察院、省法院、省市场监管局……'
                   '省双打办），考核单位纵向合并单元格，指标只写评分表原名称、无序号，顺序因此不是1至29；末行“总分”'),
    'dangyang': (f'当阳市{YEAR}年度打击侵权假冒工作绩效考核自评报告.docx', DANGYANG, dangyang, 'html',
                 'Word表格 序号/考核内容/分值/自评情况：自评情况格为叙述（件数、次数、金额、百分比），再写“应得N分，…扣0.5分，得X分”，'
                 '得分为格内最后一个“得X分”；第8、13、20项得分为全角数字（得５．５分）；第26项“自评加1分”，第29项“不扣分，得0分”；'
                 '无合计行，总分写在表后段落（自评总分为N分）'),
    'songzi': (f'松滋市{YEAR}年度打击侵权假冒工作绩效考核自评报告.pdf', SONGZI, songzi, 'html',
               '文字版PDF：表格 序号/考核内容/分值/扣分原因/自评分（自评分在最后一列），扣分原因满是数字（少1次培训扣0.5分、'
               '覆盖率80%、第13位）；第11、19项“不适用”，自评分栏为“—”（标签不含这两项）；合计行分值栏为剔除不适用项后的应得分101，'
               '扣分原因栏写说明；第26项0分（未申报）'),
    'guangshui': (f'广水市{YEAR}年度打击侵权假冒工作绩效考核自评报告（扫描件）.pdf', GUANGSHUI, guangshui, 'html',
                  '彩色扫描件（150 ppi，JPEG，转0.8°，两页）：两级表格 一级指标（纵向合并）/序号/二级指标/分值/自评分/备注，'
                  '第2页表头重复而跨页的一级指标格不重复；末行“总　　分”；红色公章盖在落款和日期上；第29项-1'),
    'lichuan': (f'利川市{YEAR}年度打击侵权假冒工作绩效考核自评报告.docx', LICHUAN, lichuan, 'html',
                'Word叙述体自评报告（一至四节工作情况，含件数），第五节为横向得分条：每块三行 指标序号/分值/自评分，'
                '三块（1–10、11–20、21–29及合计），第26项分值“+2”、第29项“—”；正文另写“29项指标自评得分共计N分”'),
}


def main():
    if sys.argv[1] == 'seal':
        stamp(*sys.argv[2:7]); return
    out = pathlib.Path(sys.argv[1])
    for stem, (name, scores, make, ext, _) in FILES.items():
        assert sorted(scores) == list(range(1, 30)), stem
        for n, s in scores.items():
            if s is not None and IND[n]['kind'] != 'deduction':
                assert 0 <= s <= IND[n]['max_points'], (stem, n)
        (out / f'{stem}.{ext}').write_text(make(), encoding='utf-8')
        (out / f'{stem}.name').write_text(name, encoding='utf-8')
    if '--truth' in sys.argv:
        path = pathlib.Path(sys.argv[sys.argv.index('--truth') + 1])
        truth = json.loads(path.read_text(encoding='utf-8')) if path.exists() else {'about': '', 'reports': {}}
        num = lambda v: int(v) if D(str(v)) == D(str(v)).to_integral() else float(D(str(v)))
        for stem, (name, scores, _, _, layout) in FILES.items():
            entry = {'total': num(total(scores)), 'total_written': True, 'layout': layout, 'batch': 8,
                     'indicators': {str(k): num(v) for k, v in scores.items() if v is not None}}
            na = [k for k, v in scores.items() if v is None]
            if na:
                entry['not_applicable'] = na
            truth['reports'][name] = entry
        path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')


main()
