#!/usr/bin/env python3
"""A seventh batch of six self-evaluation reports, written for the tests (fictional figures, no real region's), in layouts
the earlier batches do not have:
  xiangyang    a copier scan (gray 180 ppi, turned 0.6°) of a table 序号 | 考核指标 | 分值 | 自评得分 | 备注 over two pages;
               the office's round red seal is stamped on the last page over the 自评得分 cells of the last rows and the
               合计 row (the copier prints it gray);
  jingzhou     a phone photo (perspective, a shadow across one corner, light falling off) of page 1 only of a printed
               table 考核重点 | 序号 | 考核内容 | 满分 | 自评分 | 扣分原因: the opening paragraph states the total, the
               page shows indicators 1–13 only (the label holds only those);
  suizhou      a Word report in prose, one paragraph per indicator: 第三项“…”，应得2分，自评1.5分，扣0.5分，原因是…; area
               headings carry 应得/自评 subtotals, the bonus item 最高可加2分，自评加1分, the deduction item 自评扣1分, and
               the closing paragraph splits the total into 基础项/加分项/扣分项;
  yichang      a Word table 考核指标 | 分值 | 得分/扣分 | 情况说明: indicators named by a short title only (no number), the
               score cell a pair "6.5/0.5", area rows 一、… and a 小计 row closing each area (its cell also a pair), a
               合计 row;
  enshi        an .xlsx (Flat ODS → xlsx): 考核重点 merged down its rows, 序号 | 考核内容 | 分值 | 自评得分 | 扣分 | 备注,
               numbers formatted to one decimal (6.0, 0.5), a 小计 row per area and a 合计 row;
  shennongjia  a landscape text PDF: table 序号 | 考核内容 | 评分标准 | 分值 | 自评得分 | 扣分原因 whose 评分标准 cells
               hold the scoring clauses (full of 得N分), continued over pages with its header repeated, rows allowed
               to break across pages.
  self_reports7.py <work dir> [--truth PATH]     writes STEM.html / enshi.fods and STEM.name, merges the truth (batch 7)
  self_reports7.py seal <pdf> <page png> <out png> <ppi> <issuer>   stamps the seal over the last rows (襄阳)
  self_reports7.py photo <png> <out jpg>                            the phone photo (荆州)"""
import html, json, math, pathlib, random, re, subprocess, sys
from decimal import Decimal as D
from xml.etree import ElementTree
from self_report_parts import IND, AREAS, AREA_MAX, fmt, p
from scans.scans import seal as make_seal, run, identify, PHONE

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


def total(scores):
    return sum((D(str(v)) for v in scores.values()), D(0))


def area_sum(scores, nums):
    return sum((D(str(scores[n])) for n in nums), D(0))


def title(n):
    return IND[n]['title'].replace(', ', '，').replace(',', '，')


def sign(office, date):
    return [p(''), p(office, 'sign'), p(date, 'sign')]


def full(n):
    return {'bonus': '2（加分）', 'deduction': '扣分项'}.get(IND[n]['kind'], fmt(IND[n]['max_points']))


CN = '一二三四五六七八九十'


def cn(i):
    if i <= 10: return CN[i - 1]
    if i < 20: return '十' + CN[i - 11]
    return CN[i // 10 - 1] + '十' + (CN[i % 10 - 1] if i % 10 else '')


# ── 1. 襄阳市: copier scan, seal over the last rows and the 合计 ──
XIANGYANG = {1: 6.5, 2: 3, 3: 2, 4: 1, 5: 1.5, 6: 1, 7: 2, 8: 5.5, 9: 4.5, 10: 2.5, 11: 3, 12: 2.5, 13: 5,
             14: 3, 15: 2.5, 16: 3, 17: 1, 18: 1.5, 19: 2, 20: 18, 21: 5.5, 22: 6, 23: 7, 24: 1, 25: 2, 26: 1,
             27: 3.5, 28: 1.5, 29: 0}
XIANGYANG_NOTE = {1: '典型案例未入选全省十大案例', 6: '专利纠纷结案率不足80%', 8: '网络版权专项检查覆盖面不足',
                  9: '2家企业正版化未验收', 10: '种子执法抽检批次偏少', 12: '暗访抽查少2次', 13: '商业秘密案件未突破',
                  15: '移送公安案件1件', 18: '风险排查台账不全', 20: '部督案件1起未结', 21: '立案监督数下降',
                  23: '信息迟报1次', 26: '汽车零部件知识产权快速维权机制', 27: '清理信息量低于上年', 28: '满意度居全省第9位',
                  29: '未发生系统性区域性风险'}


def xiangyang():
    rows = ['<tr>' + ''.join(td(c, cls='c', width=w) for c, w in zip(['序号', '考核指标', '分值', '自评得分', '备注'], [7, 48, 9, 11, 25]))
            + '</tr>']
    for n in range(1, 30):
        rows.append('<tr>' + td(n, cls='c') + td(title(n)) + td(full(n), cls='c') + td(fmt(XIANGYANG[n]), cls='c')
                    + td(XIANGYANG_NOTE.get(n, '')) + '</tr>')
    rows.append('<tr>' + td('合计', 2, cls='c') + td('107', cls='c') + td(fmt(total(XIANGYANG)), cls='c') + td('') + '</tr>')
    return page([p(f'襄阳市{YEAR}年度打击侵权假冒工作绩效考核自评报告', 'title'), p('省打击侵权假冒工作领导小组办公室：', 'flush'),
                 p(f'{YEAR}年度，市双打办组织各成员单位对照考核评分表逐项自查，汇总形成自评结果如下表，相关佐证材料已装订成册随文报送。'),
                 "<table border='1' cellspacing='0' cellpadding='3' width='100%'>" + ''.join(rows) + '</table>',
                 p(''),
                 *sign('襄阳市打击侵权假冒工作领导小组办公室', f'{YEAR + 1}年1月3日')])


def stamp(pdf, png, out, ppi, issuer):
    """The seal centred on the 自评得分 column between the last indicator rows and the 合计 row of the last page."""
    xml = subprocess.run(['pdftotext', '-bbox-layout', pdf, '-'], check=True, capture_output=True, text=True).stdout
    xml = re.sub(r'<!DOCTYPE[^>]*>', '', xml).replace('xmlns="http://www.w3.org/1999/xhtml"', '')
    pages = list(ElementTree.fromstring(xml).iter('page'))
    last = pages[-1]
    words = [(w.text or '', *(float(w.get(k)) for k in ('xMin', 'yMin', 'xMax', 'yMax'))) for w in last.iter('word')]
    total_row = next((w for w in words if w[0] == '合计'), None)
    if total_row is None:
        sys.exit('襄阳: the 合计 row must be on the last page')
    score = f'{fmt(total(XIANGYANG))}'
    cell = next(w for w in words if w[0] == score and abs(w[2] - total_row[2]) < 4)
    k = float(ppi) / 72
    d = 42 * 72 / 25.4 * k
    path = pathlib.Path(out).with_name('seal7.png')
    make_seal(issuer, d, -9, path)
    cx = (cell[1] + cell[3]) / 2 * k + 0.1 * d
    cy = (cell[2] + cell[4]) / 2 * k - 0.3 * d   # up over rows 27–29, the lower ring across the 合计 row
    run('convert', png, path, '-geometry', f'+{int(cx - d / 2)}+{int(cy - d / 2)}', '-compose', 'Multiply', '-composite', out)


# ── 2. 荆州市: phone photo of page 1 (indicators 1–13 and the total stated in the opening paragraph) ──
JINGZHOU = {1: 6, 2: 2.5, 3: 2, 4: 1, 5: 1, 6: 1.5, 7: 1.5, 8: 5, 9: 4, 10: 3, 11: 2.5, 12: 2, 13: 5.5,
            14: 3, 15: 3, 16: 2.5, 17: 1, 18: 2, 19: 1.5, 20: 17, 21: 6, 22: 5.5, 23: 7.5, 24: 1, 25: 1.5, 26: 0.5,
            27: 3, 28: 2, 29: 0}
JINGZHOU_SEEN = range(1, 14)
JINGZHOU_WHY = {1: '大要案少，扣1分', 2: '保护名录未更新，扣0.5分', 5: '专项行动总结迟报，扣0.5分', 7: '回访率92%，扣0.5分',
                8: '查办网络侵权案件2件，扣1分', 9: '企业正版化完成率80%，扣1分', 11: '品种权案件为0，扣0.5分',
                12: '暗访4次，扣1分', 13: '商业秘密案件1件，扣0.5分'}


def jingzhou():
    rows = ['<tr>' + ''.join(td(c, cls='c', width=w) for c, w in
                             zip(['考核重点', '序号', '考核内容', '满分', '自评分', '扣分原因'], [11, 6, 43, 8, 8, 24])) + '</tr>']
    nums = list(JINGZHOU_SEEN)
    for i, n in enumerate(nums):
        first = td('严格知识产权保护（44分）', rowspan=len(nums), cls='c') if i == 0 else ''
        rows.append('<tr>' + first + td(n, cls='c') + td(title(n)) + td(full(n), cls='c') + td(fmt(JINGZHOU[n]), cls='c')
                    + td(JINGZHOU_WHY.get(n, '—')) + '</tr>')
    t = total(JINGZHOU)
    return page([p(f'荆州市{YEAR}年度打击侵权假冒工作绩效考核自评得分表', 'title'),
                 p(f'填报单位：荆州市打击侵权假冒工作领导小组办公室　　　填报时间：{YEAR + 1}年1月2日', 'flush'),
                 p(f'说明：经市双打办组织成员单位逐项核对，我市{YEAR}年度绩效考核自评总分{fmt(t)}分，其中加分项{fmt(JINGZHOU[26])}分，'
                   '扣分项0分。各项得分如下（共3页）：'),
                 "<table border='1' cellspacing='0' cellpadding='4' width='100%'>" + ''.join(rows) + '</table>',
                 p('（续下页）', 'sign')])


def photo(png, out):
    """A phone held over the sheet: perspective, light falling off, the shadow of the phone across the lower right."""
    rng = random.Random(7)
    w, h = (int(v) for v in identify(png).split('x'))
    cw, ch = PHONE
    j = lambda v: v + rng.uniform(-35, 35)
    corners = [(0, 0, j(95), j(130)), (w, 0, j(cw - 70), j(80)), (0, h, j(40), j(ch - 60)), (w, h, j(cw - 120), j(ch - 110))]
    persp = ' '.join(f'{a:.0f},{b:.0f} {c:.0f},{d:.0f}' for a, b, c, d in corners)
    run('convert', png, '-seed', 7, '-virtual-pixel', 'background', '-background', '#6a5a48',
        '-define', f'distort:viewport={cw}x{ch}+0+0', '-distort', 'Perspective', persp,
        '(', '-size', f'{cw}x{ch}', '-define', 'gradient:angle=135', 'gradient:#fffaf0-#9a948a', ')',
        '-compose', 'Multiply', '-composite',
        '(', '-size', f'{cw}x{ch}', 'xc:white', '-fill', '#8c8880', '-draw', f'ellipse {cw * 0.95:.0f},{ch * 0.92:.0f} {cw * 0.45:.0f},{ch * 0.22:.0f} 0,360',
        '-blur', '0x60', ')', '-compose', 'Multiply', '-composite',
        '-attenuate', 0.5, '+noise', 'Gaussian', '-blur', '0x0.7', '-quality', 82, '-units', 'PixelsPerInch', '-density', 72, out)


# ── 3. 随州市: prose, 第N项“…”，应得M分，自评N分，扣K分，原因是… ──
SUIZHOU = {1: 6.5, 2: 3, 3: 1.5, 4: 1, 5: 1.5, 6: 0, 7: 2, 8: 5, 9: 4.5, 10: 2, 11: 3, 12: 2.5, 13: 5,
           14: 2.5, 15: 3, 16: 3, 17: 0.5, 18: 2, 19: 2, 20: 18.5, 21: 5, 22: 6, 23: 7, 24: 1, 25: 2, 26: 1,
           27: 3.5, 28: 1.5, 29: -1}
SUIZHOU_WHY = {
    1: '全年查办商标侵权案件34件，但案值在50万元以上的仅1件，典型案例未被省局采用',
    3: '对曾都区、广水市的执法指导只开展了1次，未形成书面指导意见',
    6: '全年未受理专利侵权纠纷案件，办案量为0',
    8: '网络版权专项检查只覆盖了12家网站，低于30家的要求',
    9: '随县2家规模以上企业尚未完成软件正版化检查验收',
    10: '种子执法抽检样品仅18个，立案查处侵权案件1件',
    12: '暗访抽查开展4次，少于每季度2次的要求',
    13: '侵犯商业秘密案件尚未取得突破',
    14: '放心农资下乡进村覆盖率为85%，未达到90%的目标',
    17: '消毒产品监督抽查完成23批次，距计划的40批次有差距',
    20: '破案数较上年下降8%，部督案件1起尚未结案',
    21: '提前介入重大案件3件，监督立案0件',
    23: '12月工作信息迟报1次，信息被省级采用2期',
    27: '清理网上侵权假冒信息1300条，少于上年',
    28: '公众满意度测评居全省第10位',
}
SUIZHOU_AREA = {'一': '严格知识产权保护', '二': '加强伪劣商品治理', '三': '严厉打击刑事犯罪', '四': '推动长效机制建设',
                '五': '提高社会公众意识', '六': '防范系统性风险'}


def suizhou_item(n):
    s = D(str(SUIZHOU[n]))
    head = f'第{cn(n)}项“{title(n)}”'
    if IND[n]['kind'] == 'bonus':
        return f'{head}（加分项），最高可加2分，自评加{fmt(s)}分，理由是我市建立的“随州香菇”地理标志保护协作机制被省双打办推广。'
    if IND[n]['kind'] == 'deduction':
        return f'{head}（扣分项），自评扣{fmt(-s)}分，原因是10月广水市发生一起假冒农资群体投诉，经媒体报道，造成一定影响。'
    m = D(str(IND[n]['max_points']))
    if s == m:
        return f'{head}，应得{fmt(m)}分，自评{fmt(s)}分，不扣分。'
    return f'{head}，应得{fmt(m)}分，自评{fmt(s)}分，扣{fmt(m - s)}分，原因是{SUIZHOU_WHY[n]}。'


def suizhou():
    t = total(SUIZHOU)
    body = [p(f'随州市{YEAR}年度打击侵权假冒工作绩效考核自评报告', 'title'), p('省打击侵权假冒工作领导小组办公室：', 'flush'),
            p(f'按照省双打办关于开展{YEAR}年度绩效考核的通知要求，我市于12月20日至28日组织公安、检察、法院、市场监管、农业农村、'
              '文化和旅游、烟草等14个成员单位，对照评分表逐项自查。全市全年查办侵权假冒案件312件，移送司法机关17件，现将各项自评'
              '情况报告如下。'),
            p('一、分项自评情况', 'h1')]
    for num, _, nums in AREAS:
        nm = SUIZHOU_AREA[num]
        if num in AREA_MAX:
            body.append(p(f'（{num}）{nm}（应得{AREA_MAX[num]}分，自评{fmt(area_sum(SUIZHOU, nums))}分）', 'h1'))
        else:
            body.append(p(f'（{num}）{nm}', 'h1'))
        for n in nums:
            body.append(p(suizhou_item(n)))
    base = t - D(str(SUIZHOU[26])) - D(str(SUIZHOU[29]))
    body += [p('二、自评结论', 'h1'),
             p(f'以上二十九项合计，我市{YEAR}年度打击侵权假冒工作绩效考核自评总分为{fmt(t)}分，其中基础项得分{fmt(base)}分，'
               f'加分项加{fmt(SUIZHOU[26])}分，扣分项扣{fmt(-D(str(SUIZHOU[29])))}分。'),
             p('三、下一步打算', 'h1'),
             p('针对扣分事项，我们将在2020年上半年前逐项整改：一是充实基层执法力量，二是加大商业秘密保护力度，三是完善信息报送制度。'),
             *sign('随州市打击侵权假冒工作领导小组办公室', f'{YEAR}年12月30日')]
    return page(body)


# ── 4. 宜昌市: Word table, short titles, "得分/扣分" pairs, 小计 rows ──
YICHANG = {1: 7, 2: 2.5, 3: 2, 4: 0.5, 5: 1.5, 6: 1, 7: 2, 8: 5.5, 9: 5, 10: 2, 11: 2.5, 12: 3, 13: 4.5,
           14: 3, 15: 2.5, 16: 3, 17: 1, 18: 1.5, 19: 2, 20: 19, 21: 5.5, 22: 5, 23: 7.5, 24: 1, 25: 2, 26: 1.5,
           27: 4, 28: 1.5, 29: 0}
YICHANG_NAME = {1: '商标专利执法', 2: '驰名商标保护', 3: '执法指导', 4: '转办案件', 5: '专项行动', 6: '专利纠纷办案',
                7: '投诉举报', 8: '版权执法', 9: '软件正版化', 10: '植物新品种权保护', 11: '林木种苗打假', 12: '文化市场执法',
                13: '反不正当竞争', 14: '农资打假', 15: '药品打假', 16: '烟草打假', 17: '消毒产品抽查', 18: '源头打假',
                19: '无害化销毁', 20: '刑事打击', 21: '检察监督', 22: '刑事审判', 23: '统计与信息报送', 24: '处罚信息公开',
                25: '两法衔接', 26: '创新工作（加分）', 27: '网上信息清理', 28: '公众评价', 29: '风险防范（扣分）'}
YICHANG_NOTE = {2: '名录动态更新滞后', 4: '1件转办案件超期办结', 6: '结案率67%', 8: '网络案件偏少', 10: '立案1件',
                11: '未查办品种权案件', 13: '商业秘密案件为0', 15: '移送1件', 18: '风险排查覆盖不全', 20: '部督案件1起',
                21: '监督立案1件', 22: '调研成果未获奖', 23: '迟报1次', 26: '“宜昌柑橘”品牌保护联盟', 28: '居全省第7位'}
YICHANG_AREA = {'一': '知识产权保护', '二': '伪劣商品治理', '三': '刑事打击', '四': '长效机制', '五': '社会公众意识', '六': '风险防范'}


def pair(n):
    s = D(str(YICHANG[n]))
    if IND[n]['kind'] == 'bonus':
        return f'{fmt(s)}/—'
    if IND[n]['kind'] == 'deduction':
        return f'{fmt(s)}/{fmt(-s)}'
    return f'{fmt(s)}/{fmt(D(str(IND[n]["max_points"])) - s)}'


def yichang():
    rows = ['<tr>' + ''.join(td(c, cls='c', width=w) for c, w in zip(['考核指标', '分值', '得分/扣分', '情况说明'], [30, 12, 16, 42])) + '</tr>']
    for num, _, nums in AREAS:
        mx = AREA_MAX.get(num)
        rows.append('<tr>' + td(f'{num}、{YICHANG_AREA[num]}' + (f'（{mx}分）' if mx else ''), 4) + '</tr>')
        for n in nums:
            rows.append('<tr>' + td(YICHANG_NAME[n]) + td(full(n), cls='c') + td(pair(n), cls='c') + td(YICHANG_NOTE.get(n, '')) + '</tr>')
        if mx:
            got = area_sum(YICHANG, nums)
            if num == '四':   # the bonus item sits in 四 and is not in its 11 points
                base = got - D(str(YICHANG[26]))
                rows.append('<tr>' + td('小计', cls='c') + td(mx, cls='c') + td(f'{fmt(got)}/{fmt(mx - base)}', cls='c')
                            + td(f'含加分{fmt(YICHANG[26])}分') + '</tr>')
            else:
                rows.append('<tr>' + td('小计', cls='c') + td(mx, cls='c') + td(f'{fmt(got)}/{fmt(mx - got)}', cls='c') + td('') + '</tr>')
    t = total(YICHANG)
    rows.append('<tr>' + td('合计', cls='c') + td('107', cls='c') + td(f'{fmt(t)}/{fmt(107 - t)}', cls='c') + td('') + '</tr>')
    return page([p(f'宜昌市{YEAR}年度打击侵权假冒工作绩效考核自评情况表', 'title'),
                 p('填报单位：宜昌市打击侵权假冒工作领导小组办公室（盖章）', 'flush'),
                 "<table border='1' cellspacing='0' cellpadding='3' width='100%'>" + ''.join(rows) + '</table>',
                 p('注：“得分/扣分”栏斜线前为自评得分，斜线后为扣减分值。', 'flush'),
                 *sign('宜昌市打击侵权假冒工作领导小组办公室', f'{YEAR + 1}年1月4日')])


# ── 5. 恩施州: .xlsx, 考核重点 merged down, one-decimal numbers, 小计 per area, 合计 ──
ENSHI = {1: 6, 2: 3, 3: 2, 4: 1, 5: 1, 6: 1.5, 7: 2, 8: 6, 9: 4, 10: 2.5, 11: 2, 12: 3, 13: 5,
         14: 2.5, 15: 3, 16: 2, 17: 1, 18: 2, 19: 1, 20: 17.5, 21: 6, 22: 5.5, 23: 8, 24: 0.5, 25: 2, 26: 2,
         27: 3, 28: 2, 29: -2}
ENSHI_NOTE = {1: '无全国典型案例', 5: '专项行动方案报送滞后', 9: '企业正版化推进6家，未完成8家目标', 10: '立案偏少',
              11: '林业执法力量不足', 13: '商业秘密案件未突破', 14: '新机制建设进度慢', 16: '大要案少', 19: '销毁1次',
              20: '无部督案件', 22: '调研不足', 24: '公开时限超期2件', 26: '“恩施玉露”地理标志保护被国家局推介',
              27: '清理信息偏少', 29: '利川市发生一起假冒白酒群体投诉，扣2分'}


def xml(s):
    return html.escape(str(s), quote=True)


def cell(v, style=None, rows=1, cols=1):
    a = (f' table:number-rows-spanned="{rows}"' if rows > 1 else '') + (f' table:number-columns-spanned="{cols}"' if cols > 1 else '')
    s = f' table:style-name="{style}"' if style else ''
    if v is None:
        return f'<table:table-cell{s}/>'
    if isinstance(v, (int, float, D)) and not isinstance(v, bool):
        shown = f'{D(str(v)):.1f}'
        return (f'<table:table-cell{a} table:style-name="{style or "n1"}" office:value-type="float" office:value="{fmt(v)}">'
                f'<text:p>{shown}</text:p></table:table-cell>')
    return f'<table:table-cell{a}{s} office:value-type="string"><text:p>{xml(v)}</text:p></table:table-cell>'


COVERED = '<table:covered-table-cell/>'


def enshi():
    rows = [[cell(f'恩施州{YEAR}年度打击侵权假冒工作绩效考核自评汇总表', 'head', cols=7)] + [COVERED] * 6,
            [cell('填报单位：恩施土家族苗族自治州打击侵权假冒工作领导小组办公室', cols=7)] + [COVERED] * 6,
            [cell(c, 'bold') for c in ['考核重点', '序号', '考核内容', '分值', '自评得分', '扣分', '备注']]]
    for num, name, nums in AREAS:
        span = len(nums) + (1 if num in AREA_MAX else 0)
        for i, n in enumerate(nums):
            kind = IND[n]['kind']
            mx = '加分项' if kind == 'bonus' else '扣分项' if kind == 'deduction' else IND[n]['max_points']
            s = D(str(ENSHI[n]))
            lost = (D(str(IND[n]['max_points'])) - s) if kind == 'base' else (-s if kind == 'deduction' and s else None)
            first = cell(f'{num}、{name}', 'wrap', rows=span) if i == 0 else COVERED
            rows.append([first, cell(str(n)), cell(title(n), 'wrap'), cell(mx), cell(s), cell(lost) if lost is not None else cell(None),
                         cell(ENSHI_NOTE.get(n, ''), 'wrap')])
        if num in AREA_MAX:
            got = area_sum(ENSHI, nums)
            base = got - (D(str(ENSHI[26])) if num == '四' else 0)
            rows.append([COVERED, cell(None), cell('小计', 'bold'), cell(AREA_MAX[num]), cell(got), cell(AREA_MAX[num] - base),
                         cell('含加分项' if num == '四' else '')])
    t = total(ENSHI)
    rows.append([cell('合计', 'bold', cols=3), COVERED, COVERED, cell(107), cell(t), cell(None), cell('')])
    body = ''.join('<table:table-row>' + ''.join(r) + '</table:table-row>' for r in rows)
    cols = ''.join(f'<table:table-column table:style-name="{c}"/>' for c in ['cA', 'cB', 'cC', 'cD', 'cD', 'cD', 'cG'])
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
    width = lambda name, w: (f'<style:style style:name="{name}" style:family="table-column">'
                             f'<style:table-column-properties style:column-width="{w}"/></style:style>')
    styles = ('<office:automatic-styles>'
              '<number:number-style style:name="N1"><number:number number:decimal-places="1" number:min-decimal-places="1" '
              'number:min-integer-digits="1"/></number:number-style>'
              + width('cA', '3cm') + width('cB', '1.2cm') + width('cC', '9cm') + width('cD', '2cm') + width('cG', '7cm') +
              '<style:style style:name="n1" style:family="table-cell" style:data-style-name="N1"/>'
              '<style:style style:name="head" style:family="table-cell"><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>'
              '<style:style style:name="wrap" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" '
              'style:vertical-align="middle"/></style:style>'
              '</office:automatic-styles>')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ns} office:version="1.2" '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">' + styles +
            f'<office:body><office:spreadsheet><table:table table:name="自评汇总">{cols}{body}</table:table>'
            '</office:spreadsheet></office:body></office:document>\n')


# ── 6. 神农架林区: landscape text PDF, 评分标准 cells full of 得N分, header repeated across pages ──
SHENNONGJIA = {1: 5, 2: 2, 3: 2, 4: 1, 5: 1.5, 6: 0, 7: 1.5, 8: 4.5, 9: 4, 10: 1, 11: 2.5, 12: 2, 13: 3,
               14: 2.5, 15: 2, 16: 2.5, 17: 1, 18: 1.5, 19: 0, 20: 14, 21: 5, 22: 5, 23: 6, 24: 1, 25: 1.5, 26: 0,
               27: 3, 28: 1.5, 29: 0}
SHENNONGJIA_WHY = {1: '未建立执法联络员制度，典型案例未报送', 2: '重点商标保护名录未建立', 6: '林区无专利侵权纠纷案件',
                   7: '投诉举报回复率90%', 8: '未开展院线电影版权保护专项', 9: '企业正版化推进1家', 10: '全年未查处品种权案件，仅开展宣传1次',
                   11: '无侵权案件查办', 12: '暗访抽查2次', 13: '不正当竞争案件3件，较上年减少', 14: '新机制未建立',
                   15: '移送公安0件', 16: '案值5万元以上案件0起', 18: '风险排查1次', 19: '未组织无害化销毁', 20: '立案侦办4起，破案3起，无部督省督案件',
                   21: '监督立案0件', 22: '审结案件2件', 23: '信息报送5期，迟报2次', 25: '平台录入率80%', 26: '无', 27: '清理信息210条',
                   28: '排名第15位', 29: '未发生'}


def criteria(n):
    text = '；'.join(re.sub(r'[。；;]+$', '', c['text']) for c in IND[n]['clauses'])
    return text[:240] + ('……' if len(text) > 240 else '')


def shennongjia():
    head = '<thead><tr>' + ''.join(td(c, cls='c', width=w) for c, w in
                                   zip(['序号', '考核内容', '评分标准', '分值', '自评得分', '扣分原因'], [5, 17, 50, 6, 7, 15])) + '</tr></thead>'
    rows = []
    for n in range(1, 30):
        rows.append('<tr>' + td(n, cls='c') + td(title(n)) + td(criteria(n), cls='s') + td(full(n), cls='c')
                    + td(fmt(SHENNONGJIA[n]), cls='c') + td(SHENNONGJIA_WHY.get(n, '')) + '</tr>')
    t = total(SHENNONGJIA)
    rows.append('<tr>' + td('合计', 3, cls='c') + td('107', cls='c') + td(fmt(t), cls='c') + td('') + '</tr>')
    return page([p(f'神农架林区{YEAR}年度打击侵权假冒工作绩效考核自评报告', 'title'), p('省打击侵权假冒工作领导小组办公室：', 'flush'),
                 p(f'林区双打办按照考核通知要求，组织成员单位对照评分标准逐条自评，{YEAR}年度自评总分为{fmt(t)}分，详见下表。'),
                 "<table border='1' cellspacing='0' cellpadding='3' width='100%'>" + head + '<tbody>' + ''.join(rows) + '</tbody></table>',
                 *sign('神农架林区打击侵权假冒工作领导小组办公室', f'{YEAR + 1}年1月5日')])


FILES = {
    'xiangyang': (f'襄阳市{YEAR}年度打击侵权假冒工作绩效考核自评报告（复印件）.pdf', XIANGYANG, xiangyang, 'html', range(1, 30), True,
                  '复印扫描件（灰度180 ppi，JPEG，转0.6°，两页）：表格 序号/考核指标/分值/自评得分/备注，评分表原指标名称，合计行；'
                  '红色公章（复印成灰色）盖在末页第27至29项和合计行的自评得分格上'),
    'jingzhou': (f'荆州市{YEAR}年度打击侵权假冒工作绩效考核自评得分表（手机拍照第1页）.jpg', JINGZHOU, jingzhou, 'html', JINGZHOU_SEEN, True,
                 '手机照片（透视变形、右下角手机阴影、光照不均，72 dpi）：打印表格第1页，考核重点纵向合并/序号/考核内容/满分/自评分/扣分原因，'
                 '只见第1至13项；总分写在表前说明段（自评总分N分，其中加分项0.5分，扣分项0分），标签只含可见的13项'),
    'suizhou': (f'随州市{YEAR}年度打击侵权假冒工作绩效考核自评报告.docx', SUIZHOU, suizhou, 'html', range(1, 30), True,
                'Word叙述体，每项一段：第三项“…”，应得2分，自评1.5分，扣0.5分，原因是…（原因中含件数、百分比、年份）；满分项“不扣分”；'
                '领域标题带（应得44分，自评N分）；第26项“最高可加2分，自评加1分”，第29项“自评扣1分”；结论段拆分基础项/加分项/扣分项'),
    'yichang': (f'宜昌市{YEAR}年度打击侵权假冒工作绩效考核自评情况表.docx', YICHANG, yichang, 'html', range(1, 30), True,
                'Word表格 考核指标/分值/得分/扣分/情况说明：指标只写短名（无序号），得分栏为“6.5/0.5”得分扣分对，领域行一、…（44分），'
                '每个领域后有小计行（亦为得分/扣分对），合计行“N/M”；第26项“1.5/—”，第29项“0/0”'),
    'enshi': (f'恩施州{YEAR}年度打击侵权假冒工作绩效考核自评汇总表.xlsx', ENSHI, enshi, 'fods', range(1, 30), True,
              '电子表格（Flat ODS转xlsx）：标题与填报单位合并行，考核重点纵向合并单元格，序号/考核内容/分值/自评得分/扣分/备注，'
              '数值一位小数格式（6.0、0.5），每个领域后小计行，合计行；第26项2.0，第29项-2.0（扣分列2.0）'),
    'shennongjia': (f'神农架林区{YEAR}年度打击侵权假冒工作绩效考核自评报告（横版）.pdf', SHENNONGJIA, shennongjia, 'html', range(1, 30), True,
                    '文字版横向PDF：表格 序号/考核内容/评分标准/分值/自评得分/扣分原因，评分标准格为评分细则原文（满是“得N分”），'
                    '表格跨多页、表头重复，行可跨页断开；合计行，总分亦写在表前；第6、19、26项0分'),
}


def main():
    if sys.argv[1] == 'seal':
        stamp(*sys.argv[2:7]); return
    if sys.argv[1] == 'photo':
        photo(*sys.argv[2:4]); return
    out = pathlib.Path(sys.argv[1])
    for stem, (name, scores, make, ext, _, _, _) in FILES.items():
        assert sorted(scores) == list(range(1, 30)), stem
        for n, s in scores.items():
            if IND[n]['kind'] != 'deduction':
                assert 0 <= s <= IND[n]['max_points'], (stem, n)
        (out / f'{stem}.{ext}').write_text(make(), encoding='utf-8')
        (out / f'{stem}.name').write_text(name, encoding='utf-8')
    if '--truth' in sys.argv:
        path = pathlib.Path(sys.argv[sys.argv.index('--truth') + 1])
        truth = json.loads(path.read_text(encoding='utf-8')) if path.exists() else {'about': '', 'reports': {}}
        num = lambda v: int(v) if D(str(v)) == D(str(v)).to_integral() else float(D(str(v)))
        for stem, (name, scores, _, _, seen, written, layout) in FILES.items():
            truth['reports'][name] = {'total': num(total(scores)), 'total_written': written, 'layout': layout, 'batch': 7,
                                      'indicators': {str(k): num(scores[k]) for k in seen}}
        path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')


main()
