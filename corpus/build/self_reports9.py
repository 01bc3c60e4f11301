#!/usr/bin/env python3
"""A ninth batch of six self-evaluation reports, written for the tests (fictional figures, no real region's), in layouts
the earlier batches do not have:
  laohekou  a Word table 序号 | 考核内容 | 分值 | 自评得分 | 备注 whose 自评得分 cells are written in capital (financial)
            Chinese numerals, 陆点伍分 / 叁分 / 壹拾捌分 / 零分, as some offices write figures that must not be altered; the
            合计 row and the closing sentence give the total the same way (玖拾捌分);
  wuxue     a phone photo (JPEG, about 135 ppi of the sheet, perspective, turned 1.5°, light falling off, a warm cast) of a
            printed one-page table 序号 | 考核内容 | 分值 | 得分 | 扣分原因 with short titles and a 合计 row;
  macheng   a 200 ppi bitonal (black and white, thresholded) scan of a table 序号 | 考核指标 | 标准分 | 自评分 | 备注 over
            two pages (its header repeated), the red seal (black in the scan) over the signature and the date, the 自评总分 line above them;
  anlu      a Word prose report grouped by the six areas in which one sentence scores several indicators:
            第1项、第2项、第3项分别自评6.5分、3分、1.5分 / 第4项至第7项均得满分 / 指标8、指标9各扣0.5分，分别得5.5分、4.5分 /
            第十项、第十一项均自评2.5分 / 第16、17、18、19项均未扣分; each area's own 应得/自评 sum beside them;
  zhijiang  a Word table 序号 | 考核内容 | 分值 | 扣分 | 扣分原因 with no score column: the self-score is 分值 − 扣分 (a 0 where
            nothing was lost); the bonus item's row says 自评加1.5分 in its reason, the deduction item's 扣分 is 1; the 合计
            row sums 分值 and 扣分, the total in the sentence under the table;
  yicheng   a text PDF whose table 序号 | 考核内容 | 分值 | 自评得分 | 备注 runs onto page 2 with its header not repeated.
  self_reports9.py <work dir> [--truth PATH]     writes STEM.html and STEM.name, merges the truth (batch 9)
  self_reports9.py seal <pdf> <page png> <out png> <ppi> <issuer>   stamps the seal over the signature and date (麻城)"""
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


SHORT = {1: '商标专利行政执法', 2: '驰名商标保护', 3: '知识产权执法指导', 4: '转办案件查办', 5: '知识产权专项行动',
         6: '专利侵权纠纷办案量', 7: '投诉举报渠道', 8: '版权执法监管', 9: '软件正版化', 10: '农业植物新品种权保护',
         11: '林木种苗打假', 12: '文化市场侵权举报及暗访', 13: '知识产权不正当竞争', 14: '农资打假', 15: '假劣药品查办',
         16: '假冒烟草制品查办', 17: '消毒产品抽查', 18: '生产源头打假及风险排查', 19: '无害化销毁', 20: '刑事打击',
         21: '检察环节工作', 22: '刑事审判工作', 23: '统计与信息报送', 24: '行政处罚信息公开', 25: '两法衔接',
         26: '创造性开展工作（加分项）', 27: '清理网上侵权假冒信息', 28: '社会公众评价', 29: '系统性区域性风险（扣分项）'}


def mx(n):
    return D(str(IND[n]['max_points']))


def full(n):
    return {'bonus': '加分项', 'deduction': '扣分项'}.get(IND[n]['kind'], fmt(IND[n]['max_points']))


def sign(office, date):
    return [p(''), p(office, 'sign'), p(date, 'sign')]


TABLE = "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
CAP = '零壹贰叁肆伍陆柒捌玖'


def capital(x):
    """A score in capital Chinese numerals: 6.5 → 陆点伍, 18 → 壹拾捌, 96.5 → 玖拾陆点伍, 0 → 零."""
    x = D(str(x))
    assert 0 <= x < 100 and (x * 2) == (x * 2).to_integral(), x
    whole, half = int(x), x != x.to_integral()
    tens, ones = divmod(whole, 10)
    s = (CAP[tens] + '拾' if tens else '') + (CAP[ones] if ones or not tens else '')
    return s + ('点伍' if half else '')


def check_base(scores):
    for n, s in scores.items():
        if s is not None and IND[n]['kind'] != 'deduction':
            assert 0 <= s <= IND[n]['max_points'], n


# ── 1. 老河口市: Word table, 自评得分 in capital Chinese numerals ──
LAOHEKOU = {1: 6.5, 2: 3, 3: 2, 4: 1, 5: 1, 6: 1.5, 7: 2, 8: 5, 9: 4.5, 10: 2.5, 11: 3, 12: 2.5, 13: 5,
            14: 3, 15: 2.5, 16: 3, 17: 1, 18: 1.5, 19: 2, 20: 18, 21: 5.5, 22: 6, 23: 7, 24: 1, 25: 2, 26: 1,
            27: 3.5, 28: 1.5, 29: 0}
LAOHEKOU_NOTE = {1: '典型案例报送少1个', 5: '专项行动总结迟报', 8: '院线电影专项检查未全覆盖', 9: '企业正版化验收1家未完成',
                 10: '抽检样品偏少', 12: '暗访抽查少1次', 13: '商业秘密案件未突破', 15: '移送公安仅1件', 18: '风险排查台账不全',
                 20: '部督案件1起未结', 21: '监督立案1件', 23: '信息迟报2次', 26: '“老河口梨”地理标志保护协作机制',
                 27: '清理信息量低于上年', 28: '满意度居全省中游', 29: '全年未发生'}


def laohekou():
    rows = [tr(td(c, cls='c', width=w) for c, w in zip(['序号', '考核内容', '分值', '自评得分', '备注'], [6, 44, 8, 14, 28]))]
    for n in range(1, 30):
        rows.append(tr([td(n, cls='c'), td(title(n)), td(full(n), cls='c'), td(capital(LAOHEKOU[n]) + '分', cls='c'),
                        td(LAOHEKOU_NOTE.get(n, ''))]))
    t = capital(total(LAOHEKOU))
    rows.append(tr([td('合计', 2, cls='c'), td('107', cls='c'), td(t + '分', cls='c'), td('')]))
    return page([p(f'老河口市{YEAR}年度打击侵权假冒工作绩效考核自评报告', 'title'), p('襄阳市打击侵权假冒工作领导小组办公室：', 'flush'),
                 p(f'按照市双打办关于开展{YEAR}年度绩效考核的通知，我市组织各成员单位对照评分表逐项自查，由市双打办审核汇总。'
                   '为防涂改，自评得分一栏按大写数字填写。'),
                 TABLE + ''.join(rows) + '</table>',
                 p(f'经审核，我市{YEAR}年度打击侵权假冒工作绩效考核自评总分{t}分，其中加分项自评加{capital(LAOHEKOU[26])}分，扣分项未扣分。'),
                 *sign('老河口市打击侵权假冒工作领导小组办公室', f'{YEAR + 1}年1月3日')])


# ── 2. 武穴市: a phone photo of a printed one-page table, short titles, 得分 | 扣分原因 ──
WUXUE = {1: 6, 2: 3, 3: 2, 4: 1, 5: 1.5, 6: 1, 7: 2, 8: 5.5, 9: 4, 10: 3, 11: 2.5, 12: 3, 13: 4.5,
         14: 2.5, 15: 3, 16: 3, 17: 1, 18: 2, 19: 1.5, 20: 17.5, 21: 5, 22: 5.5, 23: 7.5, 24: 1, 25: 2, 26: 0.5,
         27: 3, 28: 1.5, 29: 0}
WUXUE_WHY = {1: '大要案偏少扣1分', 6: '结案率67%扣0.5分', 8: '网络案件偏少扣0.5分', 9: '2家企业未验收扣1分',
             11: '抽检批次不足扣0.5分', 13: '商业秘密案件0件扣1.5分', 14: '新机制未建立扣0.5分', 19: '销毁1次扣0.5分',
             20: '破案数下降扣2.5分', 21: '监督立案0件扣1分', 22: '调研文章未报扣0.5分', 23: '迟报1次扣0.5分',
             26: '长江航运打假协作', 27: '清理信息偏少扣1分', 28: '第12位扣0.5分'}


def wuxue():
    rows = [tr(td(c, cls='c', width=w) for c, w in zip(['序号', '考核内容', '分值', '得分', '扣分原因'], [7, 40, 9, 9, 35]))]
    for n in range(1, 30):
        rows.append(tr([td(n, cls='c'), td(SHORT[n]), td(full(n), cls='c'), td(fmt(WUXUE[n]), cls='c'), td(WUXUE_WHY.get(n, ''))]))
    rows.append(tr([td('合计', 2, cls='c'), td('107', cls='c'), td(fmt(total(WUXUE)), cls='c'), td('')]))
    return page([p(f'武穴市{YEAR}年度打击侵权假冒工作绩效考核自评得分表', 'title'),
                 p(f'填报单位：武穴市打击侵权假冒工作领导小组办公室　　　　填报日期：{YEAR + 1}年1月4日', 'flush'),
                 TABLE + ''.join(rows) + '</table>'])


# ── 3. 麻城市: a 200 ppi bitonal scan of a table over two pages, the seal over the total, signature and date ──
MACHENG = {1: 6.5, 2: 2.5, 3: 2, 4: 1, 5: 1.5, 6: 1.5, 7: 1.5, 8: 5.5, 9: 5, 10: 2.5, 11: 2, 12: 3, 13: 5.5,
           14: 3, 15: 3, 16: 2.5, 17: 1, 18: 2, 19: 2, 20: 18.5, 21: 6, 22: 5.5, 23: 7, 24: 1, 25: 1.5, 26: 1.5,
           27: 3.5, 28: 2, 29: -1}
MACHENG_NOTE = {1: '典型案例少1个', 2: '名录更新滞后', 7: '按时回复率92%', 8: '专项检查覆盖不足', 10: '品种权案件0件',
                11: '抽检批次偏少', 13: '商业秘密案件未突破', 16: '案值偏小', 20: '部督案件1起未结', 22: '调研不足',
                23: '迟报2次', 25: '平台录入率90%', 26: '“麻城福白菊”地理标志保护', 27: '清理信息偏少',
                29: '假冒农资群体投诉1起，扣1分'}


def macheng():
    head = tr(td(c, cls='c', width=w) for c, w in zip(['序号', '考核指标', '标准分', '自评分', '备注'], [6, 50, 9, 9, 26]))
    rows = []
    for n in range(1, 30):
        rows.append(tr([td(n, cls='c'), td(title(n)), td(full(n), cls='c'), td(fmt(MACHENG[n]), cls='c'), td(MACHENG_NOTE.get(n, ''))]))
    t = total(MACHENG)
    rows.append(tr([td('合计', 2, cls='c'), td('107', cls='c'), td(fmt(t), cls='c'), td('')]))
    return page([p(f'麻城市{YEAR}年度打击侵权假冒工作绩效考核自评报告', 'title'), p('黄冈市打击侵权假冒工作领导小组办公室：', 'flush'),
                 p(f'根据{YEAR}年度绩效考核工作安排，我市对照评分表对全年工作逐项自评，现将结果报告如下。'),
                 TABLE + '<thead>' + head + '</thead><tbody>' + ''.join(rows) + '</tbody></table>',
                 p(f'自评总分：{fmt(t)}分。'),
                 *sign('麻城市打击侵权假冒工作领导小组办公室', f'{YEAR + 1}年1月5日')])


def stamp(pdf, png, out, ppi, issuer):
    """The round seal on the last page, over the signature and the date."""
    doc = subprocess.run(['pdftotext', '-bbox-layout', pdf, '-'], check=True, capture_output=True, text=True).stdout
    doc = re.sub(r'<!DOCTYPE[^>]*>', '', doc).replace('xmlns="http://www.w3.org/1999/xhtml"', '')
    last = list(ElementTree.fromstring(doc).iter('page'))[-1]
    lines = []
    for line in last.iter('line'):
        text = ''.join(w.text or '' for w in line.iter('word'))
        lines.append((text, *(float(line.get(k)) for k in ('xMin', 'yMin', 'xMax', 'yMax'))))
    date = next((l for l in lines if re.fullmatch(r'\d{4}年\d{1,2}月\d{1,2}日', l[0])), None)
    if date is None:
        sys.exit('麻城: the date must be on the last page')
    k = float(ppi) / 72
    d = 42 * 72 / 25.4 * k
    path = pathlib.Path(out).with_name('seal9.png')
    make_seal(issuer, d, -9, path)
    cx = (date[1] + date[3]) / 2 * k
    cy = (date[2] - 22) * k
    run('convert', png, path, '-geometry', f'+{int(cx - d / 2)}+{int(cy - d / 2)}', '-compose', 'Multiply', '-composite', out)


# ── 4. 安陆市: prose grouped by area, one sentence scoring several indicators (分别 / 均 / 各) ──
ANLU = {1: 6.5, 2: 3, 3: 1.5, 4: 1, 5: 1.5, 6: 1.5, 7: 2, 8: 5.5, 9: 4.5, 10: 2.5, 11: 2.5, 12: 3, 13: 5,
        14: 3, 15: 2.5, 16: 3, 17: 1, 18: 2, 19: 2, 20: 18, 21: 5.5, 22: 6, 23: 7, 24: 1, 25: 2, 26: 1,
        27: 3.5, 28: 1.5, 29: 0}


def anlu():
    s = ANLU
    f = lambda n: fmt(s[n])
    for n in (4, 5, 6, 7, 12, 14, 16, 17, 18, 19, 22, 24, 25):
        assert D(str(s[n])) == mx(n), n
    assert s[8] == float(mx(8)) - 0.5 and s[9] == float(mx(9)) - 0.5 and s[10] == s[11]
    a = {k: fmt(area_sum(s, nums)) for k, _, nums in AREAS}
    body = [p(f'安陆市{YEAR}年度打击侵权假冒工作绩效考核自评报告', 'title'), p('孝感市打击侵权假冒工作领导小组办公室：', 'flush'),
            p(f'{YEAR}年，我市各成员单位围绕年度工作要点，协同推进打击侵权假冒各项任务。市双打办于12月下旬召开自评会，'
              '对照省评分表29项指标逐项核对台账，现按考核重点将自评情况报告如下。'),
            p(f'一、严格知识产权保护（应得{AREA_MAX["一"]}分，自评{a["一"]}分）', 'h1'),
            p('市市场监管局全年立案查处商标侵权案件31件、专利违法案件4件，罚没款62.7万元，对府河、王义贞等乡镇开展执法指导；'
              '市文化和旅游局、市农业农村局、市林业局按职责开展专项检查。对照评分表，'
              f'第1项、第2项、第3项分别自评{f(1)}分、{f(2)}分、{f(3)}分；第4项至第7项均得满分；'
              f'指标8、指标9各扣0.5分，分别得{f(8)}分、{f(9)}分；第十项、第十一项均自评{f(10)}分；第12项得满分；'
              f'第13项因侵犯商业秘密案件未突破扣1分，自评{f(13)}分。'),
            p(f'二、加强伪劣商品治理（应得{AREA_MAX["二"]}分，自评{a["二"]}分）', 'h1'),
            p('全年查处假劣农资案件7件、假劣药品案件4件、假冒卷烟案件9起，完成消毒产品抽查24批次，组织无害化销毁2次。'
              f'第14项得满分；第15项移送公安机关仅1件，自评{f(15)}分；第16、17、18、19项均未扣分。'),
            p(f'三、严厉打击刑事犯罪（应得{AREA_MAX["三"]}分，自评{a["三"]}分）', 'h1'),
            p('市公安局立案侦办侵权假冒犯罪案件12起，破案10起；市检察院批准逮捕7人，提起公诉9人；市法院审结案件6件。'
              f'第20项因部督案件1起未结扣2分，得{f(20)}分；第21、22项分别得{f(21)}分和{f(22)}分。'),
            p(f'四、推动长效机制建设（应得{AREA_MAX["四"]}分，自评{a["四"]}分）', 'h1'),
            p(f'统计数据按月报送，工作信息被省级采用2期。第23项因信息迟报2次扣1分，自评{f(23)}分；第24、25项均为满分；'
              f'加分项（第26项）报送“安陆白花菜”地理标志保护做法1项，自评加{f(26)}分。'),
            p(f'五、提高社会公众意识（应得{AREA_MAX["五"]}分，自评{a["五"]}分）', 'h1'),
            p(f'清理网上侵权假冒信息610条。第27项自评{f(27)}分；第28项社会公众满意度居全省中游，自评{f(28)}分。'),
            p('六、防范系统性风险', 'h1'),
            p('全年未发生系统性、区域性风险，第29项不扣分。'),
            p(f'综上，我市{YEAR}年度绩效考核自评总分为{fmt(total(s))}分。'),
            *sign('安陆市打击侵权假冒工作领导小组办公室', f'{YEAR + 1}年1月5日')]
    return page(body)


# ── 5. 枝江市: Word table 分值 | 扣分 | 扣分原因 with no score column, the self-score 分值 − 扣分 ──
ZHIJIANG = {1: 6, 2: 3, 3: 2, 4: 1, 5: 1.5, 6: 1, 7: 2, 8: 5.5, 9: 4.5, 10: 3, 11: 2.5, 12: 2.5, 13: 5,
            14: 3, 15: 2.5, 16: 3, 17: 1, 18: 1.5, 19: 2, 20: 18.5, 21: 5.5, 22: 6, 23: 7.5, 24: 1, 25: 2, 26: 1.5,
            27: 3.5, 28: 1.5, 29: -1}
ZHIJIANG_WHY = {1: '典型案例少1个，大要案偏少', 6: '专利纠纷结案率70%', 8: '院线电影专项检查少1次', 9: '企业正版化1家未验收',
                11: '林木种苗抽检批次不足', 12: '暗访抽查少2次', 13: '商业秘密案件未突破', 15: '移送公安1件',
                18: '风险排查覆盖不足', 20: '破案数较上年下降', 21: '监督立案1件', 23: '迟报1次',
                27: '清理信息量低于上年', 28: '满意度居全省第10位'}


def zhijiang():
    rows = [tr(td(c, cls='c', width=w) for c, w in zip(['序号', '考核内容', '分值', '扣分', '扣分原因'], [6, 46, 8, 8, 32]))]
    lost = D(0)
    for n in range(1, 30):
        kind = IND[n]['kind']
        if kind == 'bonus':
            cells = ['+2', '—', f'“枝江酒”商标品牌保护联盟被宜昌市推广，自评加{fmt(ZHIJIANG[n])}分']
        elif kind == 'deduction':
            cells = ['—', fmt(-D(str(ZHIJIANG[n]))), '辖区发生假冒农资群体性投诉1起']
        else:
            k = mx(n) - D(str(ZHIJIANG[n]))
            lost += k
            assert (k == 0) == (n not in ZHIJIANG_WHY), n
            cells = [fmt(mx(n)), fmt(k), ZHIJIANG_WHY.get(n, '')]
        rows.append(tr([td(n, cls='c'), td(title(n)), td(cells[0], cls='c'), td(cells[1], cls='c'), td(cells[2])]))
    rows.append(tr([td('合计', 2, cls='c'), td('107', cls='c'), td(fmt(lost), cls='c'), td('基础指标扣分合计')]))
    t = total(ZHIJIANG)
    assert D(107) - lost + D(str(ZHIJIANG[26])) + D(str(ZHIJIANG[29])) == t
    return page([p(f'枝江市{YEAR}年度打击侵权假冒工作绩效考核自评报告', 'title'), p('宜昌市打击侵权假冒工作领导小组办公室：', 'flush'),
                 p('我市按照评分表逐项核对，采取“从满分倒扣”的办法自评，各项扣分及原因见下表。'),
                 TABLE + ''.join(rows) + '</table>',
                 p(f'基础分107分，扣除{fmt(lost)}分，加分项加{fmt(ZHIJIANG[26])}分，扣分项扣{fmt(-D(str(ZHIJIANG[29])))}分，'
                   f'自评总分为{fmt(t)}分。'),
                 *sign('枝江市打击侵权假冒工作领导小组办公室', f'{YEAR + 1}年1月6日')])


# ── 6. 宜城市: a text PDF whose table runs onto page 2 with its header not repeated ──
YICHENG = {1: 7, 2: 2.5, 3: 2, 4: 1, 5: 1.5, 6: 1.5, 7: 2, 8: 5, 9: 4.5, 10: 2.5, 11: 3, 12: 3, 13: 5.5,
           14: 3, 15: 3, 16: 2.5, 17: 1, 18: 2, 19: 1.5, 20: 19, 21: 5, 22: 6, 23: 7, 24: 1, 25: 2, 26: 0,
           27: 3, 28: 1.5, 29: 0}
YICHENG_NOTE = {2: '名录更新不及时，重点商标保护检查少1次', 8: '网络侵权案件仅1件，院线电影专项检查覆盖率80%',
                9: '企业软件正版化推进3家，1家未验收', 10: '抽检种子样品30个，未立案查处品种权案件',
                13: '仿冒混淆案件5件，商业秘密案件未突破', 16: '制售假冒卷烟案件案值偏小',
                19: '组织无害化销毁1次，少1次', 21: '监督立案1件，少于2件', 23: '统计数据迟报1次，专项总结迟报1次',
                26: '未申报', 27: '清理网上侵权假冒信息380条，低于上年', 28: '社会公众满意度居全省第13位',
                29: '全年未发生系统性、区域性风险'}


def yicheng():
    rows = [tr(td(c, cls='c', width=w) for c, w in zip(['序号', '考核内容', '分值', '自评得分', '备注'], [6, 46, 8, 10, 30]))]
    for n in range(1, 30):
        rows.append(tr([td(n, cls='c'), td(title(n)), td(full(n), cls='c'), td(fmt(YICHENG[n]), cls='c'), td(YICHENG_NOTE.get(n, ''))]))
    rows.append(tr([td('合计', 2, cls='c'), td('107', cls='c'), td(fmt(total(YICHENG)), cls='c'), td('')]))
    return page([p(f'宜城市{YEAR}年度打击侵权假冒工作绩效考核自评报告', 'title'), p('襄阳市打击侵权假冒工作领导小组办公室：', 'flush'),
                 p(f'{YEAR}年，我市认真落实省、市双打办工作部署，扎实开展打击侵权假冒各项工作。按照年度考核要求，市双打办组织'
                   '公安、检察、法院、市场监管、文化旅游、农业农村等成员单位对照评分表逐项自查，现将自评情况报告如下。'),
                 p('一、主要工作', 'h1'),
                 p('全市行政执法部门立案查处侵权假冒案件96件，罚没款148.3万元；公安机关侦办侵权假冒犯罪案件15起，抓获犯罪嫌疑人'
                   '23名；检察机关提起公诉8人；法院审结案件7件。开展“双打”宣传进社区、进市场活动11场。'),
                 p('二、逐项自评情况', 'h1'),
                 TABLE + ''.join(rows) + '</table>',
                 *sign('宜城市打击侵权假冒工作领导小组办公室', f'{YEAR + 1}年1月4日')])


FILES = {
    'laohekou': (f'老河口市{YEAR}年度打击侵权假冒工作绩效考核自评报告.docx', LAOHEKOU, laohekou,
                 'Word表格 序号/考核内容/分值/自评得分/备注：自评得分栏用大写中文数字（陆点伍分、叁分、壹拾捌分、零分），'
                 '合计行与表后总分句亦为大写（玖拾捌分）；第26项“加分项”壹分，第29项“扣分项”零分'),
    'wuxue': (f'武穴市{YEAR}年度打击侵权假冒工作绩效考核自评得分表（手机拍照）.jpg', WUXUE, wuxue,
              '手机照片（JPEG彩色，约135 ppi，透视变形，转1.5°，光照由一角渐暗，暖色偏）：一页打印表格 序号/考核内容（简称）/'
              '分值/得分/扣分原因（含“扣N分”），合计行；第26项0.5分'),
    'macheng': (f'麻城市{YEAR}年度打击侵权假冒工作绩效考核自评报告（黑白扫描件）.pdf', MACHENG, macheng,
                '黑白二值扫描件（200 ppi，阈值化，转0.5°，两页）：表格 序号/考核指标/标准分/自评分/备注，第2页表头重复，合计行；'
                '表后“自评总分：N分。”；红色公章（二值化后为黑色）盖在落款与日期上；第29项-1'),
    'anlu': (f'安陆市{YEAR}年度打击侵权假冒工作绩效考核自评报告.docx', ANLU, anlu,
             'Word叙述体，按六个考核重点分节（标题带应得/自评小计），一句评多项：第1项、第2项、第3项分别自评N分、M分、K分；'
             '第4项至第7项均得满分；指标8、指标9各扣0.5分，分别得…；第十项、第十一项均自评N分；第16、17、18、19项均未扣分；'
             '第21、22项分别得N分和M分；第29项不扣分；结尾自评总分'),
    'zhijiang': (f'枝江市{YEAR}年度打击侵权假冒工作绩效考核自评报告.docx', ZHIJIANG, zhijiang,
                 'Word表格 序号/考核内容/分值/扣分/扣分原因，无得分列：自评分为分值减扣分（未扣分写0）；第26项分值“+2”、'
                 '扣分“—”、原因中写“自评加1.5分”；第29项分值“—”、扣分1（即-1）；合计行为分值107与基础扣分合计，'
                 '表后句“基础分107分，扣除N分，加分项加…，扣分项扣…，自评总分为N分”'),
    'yicheng': (f'宜城市{YEAR}年度打击侵权假冒工作绩效考核自评报告.pdf', YICHENG, yicheng,
                '文字版PDF：正文两节后为表格 序号/考核内容/分值/自评得分/备注，表格跨到第2页且第2页不重复表头，合计行在第2页；'
                '第1项7分（满分），第26项0分（未申报）'),
}


def main():
    if sys.argv[1] == 'seal':
        stamp(*sys.argv[2:7]); return
    out = pathlib.Path(sys.argv[1])
    for stem, (name, scores, make, _) in FILES.items():
        assert sorted(scores) == list(range(1, 30)), stem
        check_base(scores)
        (out / f'{stem}.html').write_text(make(), encoding='utf-8')
        (out / f'{stem}.name').write_text(name, encoding='utf-8')
    if '--truth' in sys.argv:
        path = pathlib.Path(sys.argv[sys.argv.index('--truth') + 1])
        truth = json.loads(path.read_text(encoding='utf-8')) if path.exists() else {'about': '', 'reports': {}}
        num = lambda v: int(v) if D(str(v)) == D(str(v)).to_integral() else float(D(str(v)))
        for stem, (name, scores, _, layout) in FILES.items():
            truth['reports'][name] = {'total': num(total(scores)), 'total_written': True, 'layout': layout, 'batch': 9,
                                      'indicators': {str(k): num(v) for k, v in scores.items() if v is not None}}
        path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')


main()
