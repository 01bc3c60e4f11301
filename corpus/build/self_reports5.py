#!/usr/bin/env python3
"""A fifth batch of five self-evaluation reports, written for the tests (fictional figures, no real region's), all of them
SCANS as regions really send them — typed in Word, printed, signed and scanned — each stating a score for every one of
the 29 indicators and the total (自评总分N分, equal to the sum), dated early January 2020 and signed by the region's office:
  huangshi     table 序号 / 考核指标 / 分值 / 自评得分 / 备注 with area rows and a 合计 row, the rulebook's titles;
               scanned gray 200 ppi, JPEG, turned 1.5°;
  xiaogan      table 序号 / 考核指标 / 自评得分 / 分值 / 备注 (the score before the maximum), the titles reworded by the
               office; scanned colour 150 ppi, a red round seal stamped over the 自评总分 line and the signature;
  suizhou      prose: 一、严格知识产权保护 … area headings, numbered items （一）… each ending 自评得分X分 (the deduction
               item 扣2分), two pages; scanned gray 150 ppi, each page turned a little;
  enshi        table 序号 / 考核指标 / 分值 / 自评得分 / 备注 split over two pages, the header row repeated on the second
               page under 续表; scanned colour 120 ppi;
  shennongjia  table 序号 / 考核指标 / 分值 / 自评得分 / 扣分说明 whose scores are mostly half points (1.5, 0.5) with
               several indicators scored 0; scanned gray 200 ppi.
  self_reports5.py <work dir> [--truth PATH]      writes huangshi.html … shennongjia.html, merges the truth (batch 5)
  self_reports5.py seal <pdf> <page png> <out png> <ppi> <issuer>
                                                  stamps a red seal over the page's 自评总分 line (the 孝感 scan)."""
import html, json, math, pathlib, re, subprocess, sys
from decimal import Decimal as D
from xml.etree import ElementTree
from self_report_parts import IND, AREAS, AREA_MAX, fmt
from scans.scans import star  # the seal's star, drawn as the scan builder draws it

YEAR = 2019

# Smaller type than the shared STYLE so that the prose report takes two pages and the tables stay readable.
STYLE = """<style>
body { font-family: 'Noto Serif CJK SC'; font-size: 12pt; }
p { margin: 0 0 4pt 0; text-indent: 2em; line-height: 140%; }
p.flush { text-indent: 0; }
p.title { font-family: 'Noto Sans CJK SC'; font-size: 17pt; text-align: center; text-indent: 0; }
p.sign { text-align: right; }
p.brk { page-break-before: always; text-indent: 0; }
table { border-collapse: collapse; width: 100%; }
td { border: 1px solid black; font-size: 10pt; vertical-align: middle; padding: 1pt; }
</style>"""

def page(body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}</head><body>{''.join(body)}</body></html>"

def p(text, cls=None):
    c = f" class='{cls}'" if cls else ''
    return f"<p{c}>{html.escape(text)}</p>"

def td(text, colspan=1):
    a = f" colspan='{colspan}'" if colspan > 1 else ''
    return f"<td{a}>{html.escape(str(text))}</td>"

def total(scores):
    return sum((D(str(v)) for v in scores.values()), D(0))

def mx(n):
    return {'bonus': '加分项', 'deduction': '扣分项'}.get(IND[n]['kind'], fmt(IND[n]['max_points']))

def title(n):
    return IND[n]['title'].replace(', ', '，').replace(',', '，')

def head_rows(cols):
    return '<tr>' + ''.join(td(c) for c in cols) + '</tr>'

def area_row(num, name, ncols):
    return '<tr>' + td(f'{num}、{name}' + (f'（{AREA_MAX[num]}分）' if num in AREA_MAX else ''), ncols) + '</tr>'

def sign(office, day):
    return [p(''), p(office, 'sign'), p(f'{YEAR + 1}年1月{day}日', 'sign')]


# ── 1. 黄石市: table 序号|考核指标|分值|自评得分|备注, gray 200 ppi, skewed 1.5° ──
HUANGSHI = {1: 6, 2: 3, 3: 2, 4: 1, 5: 1.5, 6: 1, 7: 2, 8: 5, 9: 4.5, 10: 3, 11: 2.5, 12: 3, 13: 5,
            14: 3, 15: 2.5, 16: 3, 17: 1, 18: 2, 19: 1.5, 20: 17, 21: 5.5, 22: 6, 23: 7, 24: 1, 25: 2, 26: 1,
            27: 3.5, 28: 1.5, 29: 0}
HUANGSHI_NOTE = {1: '典型案例报送1件', 6: '办案量较上年下降', 8: '网络巡查覆盖不全', 9: '企业正版化进度偏慢', 11: '抽查苗圃不足',
                 13: '商业秘密案件未突破', 15: '抽检批次不足', 19: '销毁台账不全', 20: '破案63起，部督案件1起', 21: '提前介入不足',
                 23: '编发信息10期', 26: '“磁湖护航”品牌保护机制', 27: '清理信息5200条', 28: '满意度排名第9'}

def huangshi():
    rows = [head_rows(['序号', '考核指标', '分值', '自评得分', '备注'])]
    for num, name, nums in AREAS:
        rows.append(area_row(num, name, 5))
        for n in nums:
            rows.append('<tr>' + td(n) + td(title(n)) + td(mx(n)) + td(fmt(HUANGSHI[n])) + td(HUANGSHI_NOTE.get(n, '')) + '</tr>')
    t = total(HUANGSHI)
    rows.append('<tr>' + td('合计', 2) + td('107') + td(fmt(t)) + td('') + '</tr>')
    return page([p(f'黄石市{YEAR}年度打击侵权假冒工作绩效考核自评报告', 'title'), p('省打击侵权假冒工作领导小组办公室：', 'flush'),
                 p(f'按照省双打办考核工作通知要求，我办组织成员单位对照评分细则逐项自查，自评总分{fmt(t)}分，各项得分如下表。'),
                 "<table border='1' cellspacing='0' cellpadding='2'>" + ''.join(rows) + '</table>',
                 *sign('黄石市打击侵权假冒工作领导小组办公室', 6)])


# ── 2. 孝感市: 自评得分 before 分值, titles reworded, colour 150 ppi, a red seal over the total line ──
XIAOGAN = {1: 6.5, 2: 2.5, 3: 2, 4: 1, 5: 1, 6: 1.5, 7: 2, 8: 5.5, 9: 4, 10: 2.5, 11: 3, 12: 2.5, 13: 5.5,
           14: 3, 15: 3, 16: 2.5, 17: 1, 18: 1.5, 19: 2, 20: 18, 21: 5, 22: 5.5, 23: 7.5, 24: 1, 25: 1.5, 26: 0.5,
           27: 3, 28: 1.5, 29: 0}
# The office's own wording (neither the rulebook's nor batch 4's).
REWORD = {1: '商标专利执法办案', 2: '驰名及重点商标保护', 3: '对下执法指导', 4: '上级交办知识产权案件办理', 5: '专项整治行动',
          6: '专利纠纷案件受理办结', 7: '投诉举报受理处置', 8: '版权监管执法及专项行动', 9: '软件正版化（机关、企业）',
          10: '植物新品种权保护（农业）', 11: '林木种苗执法', 12: '文化市场侵权举报及网络案件', 13: '反不正当竞争执法',
          14: '农资市场整治', 15: '药品打假', 16: '烟草打假', 17: '消毒产品抽检', 18: '生产环节打假及风险排查',
          19: '罚没物品无害化处理', 20: '侵权假冒犯罪侦办', 21: '检察监督与批捕起诉', 22: '刑事审判',
          23: '统计报送与重点行动', 24: '处罚信息公示', 25: '行刑衔接', 26: '特色创新工作（加分）', 27: '网络侵权信息清理',
          28: '群众满意度', 29: '区域性风险防控（扣分）'}
AREA_REWORD = {'一': '知识产权执法保护', '二': '伪劣商品整治', '三': '刑事司法打击', '四': '长效机制', '五': '社会宣传', '六': '风险防控'}
XIAOGAN_NOTE = {1: '案件质量有待提高', 2: '名录更新滞后', 5: '总结迟报', 8: '扣0.5分', 9: '企业推进不足', 10: '抽检不足',
                12: '暗访次数不够', 13: '案件数下降', 16: '案值偏小', 18: '排查不全', 21: '扣1分', 22: '调研不足', 25: '漏录2件',
                26: '“孝商护航”经验', 27: '信息清理量下降', 28: '排名居中'}

def xiaogan():
    rows = [head_rows(['序号', '考核指标', '自评得分', '分值', '备注'])]
    for num, _, nums in AREAS:
        rows.append('<tr>' + td(f'{num}、{AREA_REWORD[num]}', 5) + '</tr>')
        for n in nums:
            rows.append('<tr>' + td(n) + td(REWORD[n]) + td(fmt(XIAOGAN[n])) + td(mx(n)) + td(XIAOGAN_NOTE.get(n, '')) + '</tr>')
    t = total(XIAOGAN)
    rows.append('<tr>' + td('合计', 2) + td(fmt(t)) + td('107') + td('') + '</tr>')
    return page([p(f'孝感市{YEAR}年度打击侵权假冒工作绩效考核自评报告', 'title'), p('省打击侵权假冒工作领导小组办公室：', 'flush'),
                 p('根据年度考核安排，市双打办对照评分标准，会同各成员单位对全年工作进行了自查自评，结果如下：'),
                 "<table border='1' cellspacing='0' cellpadding='2'>" + ''.join(rows) + '</table>',
                 p(f'自评总分{fmt(t)}分。', 'flush'),
                 *sign('孝感市打击侵权假冒工作领导小组办公室', 8)])


# ── 3. 随州市: prose, area headings, items ending 自评得分X分, two pages, gray 150 ppi ──
SUIZHOU = {1: 6, 2: 3, 3: 1.5, 4: 1, 5: 1.5, 6: 1, 7: 2, 8: 5, 9: 5, 10: 2, 11: 3, 12: 3, 13: 5,
           14: 2.5, 15: 3, 16: 3, 17: 1, 18: 2, 19: 2, 20: 16, 21: 6, 22: 5, 23: 7, 24: 1, 25: 2, 26: 0,
           27: 4, 28: 1.5, 29: -2}
SUIZHOU_DEED = {1: '查办商标侵权案件58件、假冒专利案件6件', 2: '将12件驰名商标纳入重点保护', 3: '开展执法培训1期',
                4: '转办案件5件均已办结', 5: '部署“铁拳”行动', 6: '办理专利纠纷9件', 7: '投诉举报按时办结率96%',
                8: '查办著作权案件11件', 9: '机关软件正版化全部完成', 10: '抽检种子样品31个', 11: '检查苗圃22处',
                12: '转办举报全部回复', 13: '查办仿冒混淆案件8件', 14: '查办假劣农资案件19件', 15: '查办假劣药品案件12件',
                16: '查获假冒卷烟640条', 17: '抽检消毒产品20批次', 18: '排查生产企业96家', 19: '销毁侵权假冒物品货值120万元',
                20: '破获侵权假冒犯罪案件27起', 21: '批捕18人、起诉23人', 22: '审结刑事案件15件', 23: '编发工作信息8期',
                24: '处罚信息按时公开', 25: '两法衔接平台录入案件54件', 26: '无创新性工作被推广', 27: '清理网上信息2100条',
                28: '满意度调查位次中等', 29: '曾都区发生假冒食用油群体投诉1起'}
NUMS = '一二三四五六七八九十'

def cn(i):
    return NUMS[i - 1] if i <= 10 else ('十' + NUMS[i - 11] if i < 20 else '')

def suizhou():
    t = total(SUIZHOU)
    body = [p(f'随州市{YEAR}年度打击侵权假冒工作绩效考核自评报告', 'title'), p('省打击侵权假冒工作领导小组办公室：', 'flush'),
            p(f'{YEAR}年，在省双打办的指导下，我市深入开展打击侵权假冒工作。对照考核评分标准，现将自评情况报告如下。')]
    for num, name, nums in AREAS:
        body.append(p(f'{num}、{name}', 'flush'))
        for i, n in enumerate(nums, 1):
            s = SUIZHOU[n]
            tail = f'扣{fmt(-D(str(s)))}分，该项自评得分为{fmt(s)}分' if n == 29 else f'自评得分{fmt(s)}分'
            body.append(p(f'（{cn(i)}）{title(n)}。{SUIZHOU_DEED[n]}，{tail}。'))
    body += [p('七、自评结论', 'flush'), p(f'综上，我市{YEAR}年度打击侵权假冒工作绩效考核自评总分{fmt(t)}分。'),
             *sign('随州市打击侵权假冒工作领导小组办公室', 7)]
    return page(body)


# ── 4. 恩施州: a table split over two pages, the header repeated, 120 ppi ──
ENSHI = {1: 7, 2: 2.5, 3: 2, 4: 1, 5: 1.5, 6: 1.5, 7: 1.5, 8: 5.5, 9: 4, 10: 3, 11: 3, 12: 2.5, 13: 5,
         14: 3, 15: 2, 16: 3, 17: 0.5, 18: 2, 19: 2, 20: 17.5, 21: 5, 22: 6, 23: 7.5, 24: 1, 25: 2, 26: 1.5,
         27: 3, 28: 1.5, 29: 0}
ENSHI_NOTE = {2: '保护名录未更新', 7: '超期办结1件', 8: '专项行动总结迟报', 9: '企业正版化推进慢', 12: '暗访不足',
              13: '案件偏少', 15: '移送不足', 17: '抽检未全覆盖', 20: '跨区域案件少', 21: '监督立案少', 23: '信息报送9期',
              26: '“恩施玉露”地理标志保护', 27: '清理量偏少', 28: '排序靠后'}

def enshi():
    cols = ['序号', '考核指标', '分值', '自评得分', '备注']
    def table(parts):
        rows = [head_rows(cols)]
        for num, name, nums in parts:
            if name: rows.append(area_row(num, name, 5))
            for n in nums:
                rows.append('<tr>' + td(n) + td(title(n)) + td(mx(n)) + td(fmt(ENSHI[n])) + td(ENSHI_NOTE.get(n, '')) + '</tr>')
        return rows
    t = total(ENSHI)
    first = table([a for a in AREAS if a[0] == '一'] + [('二', AREAS[1][1], range(14, 17))])
    second = table([('二', None, range(17, 20))] + [a for a in AREAS if a[0] in '三四五六'])
    second.append('<tr>' + td('合计', 2) + td('107') + td(fmt(t)) + td('') + '</tr>')
    tab = lambda rows: "<table border='1' cellspacing='0' cellpadding='3'>" + ''.join(rows) + '</table>'
    return page([p(f'恩施州{YEAR}年度打击侵权假冒工作绩效考核自评报告', 'title'), p('省打击侵权假冒工作领导小组办公室：', 'flush'),
                 p(f'按照考核通知要求，州双打办组织对{YEAR}年度工作开展自评，自评总分{fmt(t)}分，具体如下表。'),
                 tab(first), p('（续表）', 'brk'), tab(second),
                 *sign('恩施土家族苗族自治州打击侵权假冒工作领导小组办公室', 9)])


# ── 5. 神农架林区: half points, several zeros, gray 200 ppi ──
SHENNONGJIA = {1: 5.5, 2: 1.5, 3: 0.5, 4: 1, 5: 0.5, 6: 0, 7: 1.5, 8: 4.5, 9: 3.5, 10: 0, 11: 2.5, 12: 1.5, 13: 0,
               14: 2.5, 15: 1.5, 16: 2.5, 17: 0.5, 18: 1.5, 19: 0, 20: 12.5, 21: 4.5, 22: 3.5, 23: 6.5, 24: 0.5, 25: 1.5,
               26: 0, 27: 2.5, 28: 1.5, 29: 0}
SHENNONGJIA_NOTE = {3: '未开展执法指导，扣1.5分', 5: '专项行动未报总结', 6: '全年无专利纠纷案件', 10: '无植物新品种权案件',
                    13: '未查办不正当竞争案件', 19: '未组织集中销毁', 20: '破案4起', 22: '审结案件2件', 24: '公开不及时',
                    26: '无', 29: '未发生风险'}

def shennongjia():
    rows = [head_rows(['序号', '考核指标', '分值', '自评得分', '扣分说明'])]
    for num, name, nums in AREAS:
        rows.append(area_row(num, name, 5))
        for n in nums:
            rows.append('<tr>' + td(n) + td(title(n)) + td(mx(n)) + td(fmt(SHENNONGJIA[n])) + td(SHENNONGJIA_NOTE.get(n, '')) + '</tr>')
    t = total(SHENNONGJIA)
    rows.append('<tr>' + td('合计', 2) + td('107') + td(fmt(t)) + td('') + '</tr>')
    return page([p(f'神农架林区{YEAR}年度打击侵权假冒工作绩效考核自评报告', 'title'), p('省打击侵权假冒工作领导小组办公室：', 'flush'),
                 p(f'林区双打办对照考核评分细则进行了认真自查，受执法力量和案件来源所限，部分指标未能得分。自评总分{fmt(t)}分。'),
                 "<table border='1' cellspacing='0' cellpadding='2'>" + ''.join(rows) + '</table>',
                 *sign('神农架林区打击侵权假冒工作领导小组办公室', 10)])


FILES = {
    'huangshi': (f'黄石市{YEAR}年度打击侵权假冒工作绩效考核自评报告（签章扫描件）.pdf', HUANGSHI, huangshi,
                 '扫描件（灰度200 ppi，JPEG，倾斜1.5°）：Word表格 序号/考核指标/分值/自评得分/备注，领域行，合计行，评分表原指标名称'),
    'xiaogan': (f'孝感市{YEAR}年度打击侵权假冒工作绩效考核自评报告（盖章扫描件）.pdf', XIAOGAN, xiaogan,
                '扫描件（彩色150 ppi，JPEG）：表格 序号/考核指标/自评得分/分值/备注（自评得分列在分值列之前），指标名称改写，红色公章盖在“自评总分”一行和落款上'),
    'suizhou': (f'随州市{YEAR}年度打击侵权假冒工作绩效考核自评报告（纸质扫描）.pdf', SUIZHOU, suizhou,
                '扫描件（灰度150 ppi，两页）：叙述体，一、严格知识产权保护…领域标题，（一）…条目以“自评得分X分”结尾（第29项“扣2分，该项自评得分为-2分”），结尾自评总分'),
    'enshi': (f'恩施州{YEAR}年度打击侵权假冒工作绩效考核自评报告（扫描件）.pdf', ENSHI, enshi,
              '扫描件（彩色120 ppi）：表格 序号/考核指标/分值/自评得分/备注 分两页，第二页“（续表）”并重复表头，合计行在第二页'),
    'shennongjia': (f'神农架林区{YEAR}年度打击侵权假冒工作绩效考核自评报告（扫描件）.pdf', SHENNONGJIA, shennongjia,
                    '扫描件（灰度200 ppi）：表格 序号/考核指标/分值/自评得分/扣分说明，得分多为半分（1.5、0.5），第6、10、13、19、26项得0分，备注中含“扣1.5分”'),
}


# ── the seal over the 孝感 total line ──
def run(*args):
    subprocess.run([str(a) for a in args], check=True)

def stamp(pdf, png, out, ppi, issuer):
    xml = subprocess.run(['pdftotext', '-bbox-layout', pdf, '-'], check=True, capture_output=True, text=True).stdout
    xml = re.sub(r'<!DOCTYPE[^>]*>', '', xml).replace('xmlns="http://www.w3.org/1999/xhtml"', '')
    pages = list(ElementTree.fromstring(xml).iter('page'))
    hit = None
    for pi, pg in enumerate(pages):
        for line in pg.iter('line'):
            if '自评总分' in ''.join(w.text or '' for w in line.iter('word')):
                hit = (pi, *(float(line.get(k)) for k in ('xMin', 'yMin', 'xMax', 'yMax')))
    if hit is None or hit[0] != len(pages) - 1:
        sys.exit('孝感: the 自评总分 line must be on the last page')
    _, x0, y0, x1, y1 = hit
    k = float(ppi) / 72
    d = int(42 * 72 / 25.4 * k)  # 42 mm
    c = d / 2
    span, radius = 220, 0.35 * d
    size = min(0.16 * d, 0.95 * radius * math.radians(span) / len(issuer))
    draws = []
    for i, ch in enumerate(issuer):
        th = -span / 2 + span * (i + 0.5) / len(issuer)
        x, y = c + radius * math.sin(math.radians(th)), c - radius * math.cos(math.radians(th))
        draws += ['-draw', f"translate {x:.1f},{y:.1f} rotate {th:.1f} text {-size / 2:.1f},{size * 0.36:.1f} '{ch}'"]
    seal = pathlib.Path(out).with_name('seal.png')
    run('convert', '-size', f'{d}x{d}', 'xc:none', '-fill', 'none', '-stroke', 'rgb(215,30,40)', '-strokewidth', max(2, d * 0.03),
        '-draw', f'circle {c},{c} {c},{d * 0.03}', '-fill', 'rgb(215,30,40)', '-stroke', 'none', '-draw', star(c, c, d * 0.15),
        '-font', 'Noto-Serif-CJK-SC-Bold', '-pointsize', f'{size:.1f}', *draws,
        '-channel', 'A', '-evaluate', 'multiply', 0.8, '+channel', '-blur', '0x0.8', '-background', 'none', '-rotate', -8, seal)
    # centred on the total line's right end, reaching down over the signature
    cx, cy = (x1 + 40) * k, (y0 + y1) / 2 * k + d * 0.2
    run('convert', png, seal, '-geometry', f'+{int(cx - d / 2)}+{int(cy - d / 2)}', '-compose', 'Multiply', '-composite', out)


def main():
    if sys.argv[1] == 'seal':
        stamp(*sys.argv[2:7])
        return
    out = pathlib.Path(sys.argv[1])
    for stem, (_, scores, make, _) in FILES.items():
        assert all(n in scores for n in range(1, 30))
        for n, s in scores.items():
            if IND[n]['kind'] != 'deduction': assert 0 <= s <= IND[n]['max_points'], (stem, n)
        (out / f'{stem}.html').write_text(make(), encoding='utf-8')
    if '--truth' in sys.argv:
        path = pathlib.Path(sys.argv[sys.argv.index('--truth') + 1])
        truth = json.loads(path.read_text(encoding='utf-8')) if path.exists() else {'about': '', 'reports': {}}
        num = lambda v: int(v) if D(str(v)) == D(str(v)).to_integral() else float(D(str(v)))
        for stem, (name, scores, _, layout) in FILES.items():
            truth['reports'][name] = {'total': num(total(scores)), 'total_written': True, 'layout': layout, 'batch': 5,
                                      'indicators': {str(k): num(v) for k, v in sorted(scores.items())}}
        path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
    for stem, (name, *_) in FILES.items():
        (out / f'{stem}.name').write_text(name, encoding='utf-8')

main()
