#!/usr/bin/env python3
"""An eighth scoring table, invented for the tests (tuning half), and a second rulebook of the same office weighted in
percentages; layouts and phrasings the seven others leave out.

The table (eighth.html): columns 考核项目 | 考核内容 | 评分方法 | 分值 with no number column at all (indicators are counted
through the table, the area merged down the 考核项目 column, the indicator's title a requirement sentence in 考核内容); the
header repeated as the table runs over two pages of the PDF; a 合计 row. Clauses not numbered and set on lines of their
own inside the cell (a line break in one paragraph, or one paragraph each), or not numbered and separated only by ；;
clauses marked A. B. C., a) b) c), ①②③ with nothing between them, (1)(2) half-width, 1. 2. with the points after the
full stop ("…会议纪要。（2分）2.…"); points in brackets at the end of a clause ("…考核内容（1分）；C."); alternatives
written across ；("增长的得3分；持平的得1.5分；下降的不得分", most 3; "由主要负责同志担任的得2分；由分管负责同志担任的得1分");
an indicator whose 分值 cell is empty, its points only in the criteria; a bonus item capped in its 分值 cell
(加分不超过2分), one capped after its last clause (累计最高加3分); deductions capped inside the last clause
("…每次扣1分，本项最多扣10分"); a rate scored down from full marks (每降低1个百分点扣0.5分).

The weighted rulebook (eighth-weights.html): 序号 | 指标 | 权重 | 评分细则, weights as percentages adding to 100%
(an indicator of 20% is worth 20 of 100 points), a 合计 row of 100%; points written 赋N分, 记N分, 计N分, 记0分, in
brackets after the full stop, and a bonus item whose weight cell says 加分项.

The same table is also written with a 序号 column first (eighth-numbered.html), so that what its clauses give can be
told apart from whether a table without numbers is found at all.

The rulebook in prose (eighth-prose.html), no table at all: areas 一、组织领导（10分）, indicators （一）领导机构（4分）
numbered through the areas, clauses 1. 2. one paragraph each or the indicator's one sentence run on after its heading
(（五）宣传报道（5分）在省级以上媒体…), bonus and deduction items capped in their last words.

Writes eighth.html, eighth-numbered.html, eighth-weights.html and eighth-prose.html into the folder given; with
--expected PATH [PATH2 [PATH3]] the clause points, rule and the indicator kinds and caps a careful reader takes from the
table (both forms), from the weighted rulebook and from the one in prose, as a TSV (indicator, clause, points, rule, indicator
kind, indicator max)."""
import html, sys, pathlib
from seeds_to_html import STYLE

PROOF = '（佐证材料：相关文件、会议纪要、工作台账、照片等。）'

# An indicator: (考核内容, 分值 cell, criteria, [(clause, points, rule)], kind, max). criteria: a string, '\n' a line
# break inside the paragraph; or a list, one paragraph each.
AREAS = [
    ('组织领导', [
        ('健全领导机构，明确成员单位职责', '4',
         '领导小组组长由本级政府主要负责同志担任的得2分；由分管负责同志担任的得1分。\n'
         '领导小组成员单位职责分工明确并印发文件的得1分。\n领导小组办公室配备专职工作人员的得1分。',
         [(1, '2', 'tiered'), (2, '1', 'fixed'), (3, '1', 'fixed')], 'base', '4'),
        ('研究部署年度工作', '5',
         'A.制定印发本地区年度打击侵权假冒工作要点（2分）；B.召开领导小组全体会议专题研究部署（2分）；'
         'C.将打击侵权假冒工作纳入平安建设或营商环境考核内容（1分）。' + PROOF,
         [(1, '2', 'fixed'), (2, '2', 'fixed'), (3, '1', 'fixed')], 'base', '5'),
        ('落实工作经费', '',
         '打击侵权假冒工作经费列入本级财政预算的得2分。\n经费投入较上年增长的得2分；持平的得1分；下降的不得分。',
         [(1, '2', 'fixed'), (2, '2', 'growth')], 'base', '4'),
    ]),
    ('执法办案', [
        ('依法查办侵权假冒案件', '8',
         'a)查办侵权假冒案件30件以上的得4分，15至29件的得3分，不足15件的得1分；'
         'b)查办案件数较上年增长的得3分；持平的得1.5分；下降的不得分；c)行政处罚案件信息按规定公示的得1分。',
         [(1, '4', 'tiered'), (2, '3', 'growth'), (3, '1', 'fixed')], 'base', '8'),
        ('做好行政执法与刑事司法衔接', '5',
         '1.与公安机关建立案件移送和信息通报机制。（2分）2.召开两法衔接联席会议并形成会议纪要。（2分）'
         '3.涉嫌犯罪案件全部依法移送公安机关。（1分）',
         [(1, '2', 'fixed'), (2, '2', 'fixed'), (3, '1', 'fixed')], 'base', '5'),
        ('开展重点领域专项整治', '7',
         '①制定专项整治实施方案的，得1分②按月报送整治进展，每少报一次扣0.5分，扣完2分为止'
         '③整治结束后按时报送工作总结的，得1分④查处重点案件的，每件得1分，最多得3分',
         [(1, '1', 'fixed'), (2, '2', 'deduction'), (3, '1', 'fixed'), (4, '3', 'per_item')], 'base', '7'),
        ('及时处置投诉举报', '6',
         '投诉举报按期办结率达到100%的得满分；每降低1个百分点扣0.5分，扣完为止。',
         [(1, '6', 'rate_bands')], 'base', '6'),
    ]),
    ('宣传培训', [
        ('加强宣传引导', '4',
         ['组织开展“4·26”知识产权宣传周活动的，得1分', '开展进企业、进市场、进校园宣传活动的，每次得0.5分，最高得2分',
          '在市级以上媒体刊发宣传稿件的，每篇得0.5分，最高得1分'],
         [(1, '1', 'fixed'), (2, '2', 'per_item'), (3, '1', 'per_item')], 'base', '4'),
        ('开展执法业务培训', '4',
         '(1)举办执法人员业务培训班，有培训通知、课程表、签到表等材料的（2分）(2)参训人员覆盖率达到90%以上的得2分，'
         '达到70%以上的得1分，低于70%的不得分',
         [(1, '2', 'materials'), (2, '2', 'rate_bands')], 'base', '4'),
        ('按时报送信息', '3',
         '按时报送季度统计报表的得2分，每迟报一次扣0.5分，扣完为止；工作信息被省双打办采用的，每条得0.5分，最高得1分。',
         [(1, '2', 'deduction'), (2, '1', 'per_item')], 'base', '3'),
    ]),
    ('加分项目', [
        ('工作创新', '加分不超过2分',
         '工作经验做法被国家有关部门转发推广的加2分，被省级部门转发推广的加1分。',
         [(1, '2', 'tiered')], 'bonus', '2'),
        ('重大案件', '加分',
         'A.牵头侦破跨区域侵权假冒重大案件的，每起加1分；B.承办的案件入选全省典型案例的，每件加0.5分；累计最高加3分。',
         [(1, '3', 'per_item'), (2, '3', 'per_item')], 'bonus', '3'),
    ]),
    ('扣分项目', [
        ('责任追究', '扣分',
         '辖区内发生造成恶劣社会影响的侵权假冒事件的，每起扣2分\n工作推进不力被上级通报批评的，每次扣1分\n'
         '迟报、漏报、瞒报重大案件信息的，每次扣1分，本项最多扣10分',
         [(1, '10', 'deduction'), (2, '10', 'deduction'), (3, '10', 'deduction')], 'deduction', '10'),
    ]),
]
TOTAL = 50

# The weighted rulebook: (序号, 指标, 权重 cell, criteria, clauses, kind, max).
WEIGHTED = [
    (1, '知识产权保护工作机制', '20%',
     '1.建立知识产权保护工作联席会议制度，赋5分；2.出台知识产权快速协同保护措施的，赋5分；'
     '3.设立知识产权维权援助工作站，每设立1个赋2分，最高赋6分；4.年度工作任务按期完成的赋4分，逾期完成的赋2分。',
     [(1, '5', 'fixed'), (2, '5', 'fixed'), (3, '6', 'per_item'), (4, '4', 'tiered')], 'base', '20'),
    (2, '专利侵权纠纷处理', '20%',
     '(1)专利侵权纠纷案件结案率达到95%以上的记8分，85%（含）至95%的记5分，低于85%的记2分；'
     '(2)案件平均办理周期较上年缩短的记6分，持平的记3分，延长的记0分；'
     '(3)办案文书规范，抽查合格率100%的记6分，每发现1份不合格扣1分，扣完为止。',
     [(1, '8', 'rate_bands'), (2, '6', 'growth'), (3, '6', 'rate_bands')], 'base', '20'),
    (3, '商标专用权保护', '25%',
     'a.开展商标侵权专项整治行动，制定方案并组织实施的，计5分。b.查处商标侵权案件数量在全市排名前3位的计10分，'
     '第4至6位的计7分，其余计4分。c.对重点商标实施保护名录管理的，计5分。d.按时报送案件统计数据的，计5分。',
     [(1, '5', 'fixed'), (2, '10', 'ranking'), (3, '5', 'fixed'), (4, '5', 'fixed')], 'base', '25'),
    (4, '知识产权宣传培训', '20%',
     '1.组织开展知识产权宣传周活动。（6分）2.举办企业知识产权培训，有培训通知、签到表、课件等材料。（8分）'
     '3.在省级以上媒体刊发宣传报道，每篇计1分，最高6分。',
     [(1, '6', 'fixed'), (2, '8', 'materials'), (3, '6', 'per_item')], 'base', '20'),
    (5, '信息报送', '15%',
     '按要求报送工作信息和统计数据的得满分。迟报一次扣1分，漏报一次扣2分，扣完为止。',
     [(1, '15', 'deduction')], 'base', '15'),
    (6, '创新加分', '加分项',
     '(1)知识产权保护工作经验被国家知识产权局推广的加3分，被省级推广的加2分；(2)获评国家级知识产权保护示范区的加2分。'
     '累计加分不超过5分。',
     [(1, '3', 'tiered'), (2, '2', 'fixed')], 'bonus', '5'),
]
WEIGHTED_TOTAL = 100

# The rulebook in prose, no table: (area heading, [(indicator heading, [clause lines], clauses, kind, max)]). Indicators
# are numbered （一）（二）… through the areas, their points in brackets after the title.
PROSE = [
    ('一、组织领导（10分）', [
        ('（一）领导机构（4分）', ['1.领导小组组长由政府主要负责同志担任的，得2分；由分管负责同志担任的，得1分。',
                           '2.成员单位调整后及时印发通知的（2分）。'],
         [(1, '2', 'tiered'), (2, '2', 'fixed')], 'base', '4'),
        ('（二）工作部署（6分）', ['1.印发年度打击侵权假冒工作要点（2分）；', '2.召开领导小组全体会议研究部署（2分）；',
                           '3.开展年中督导检查并通报结果（2分）。'],
         [(1, '2', 'fixed'), (2, '2', 'fixed'), (3, '2', 'fixed')], 'base', '6'),
    ]),
    ('二、执法办案（20分）', [
        ('（三）案件查办（10分）', ['1.查办侵权假冒案件数较上年增长的得4分；持平的得2分；下降的不得分。',
                            '2.向公安机关移送涉嫌犯罪案件的，每件得1分，最高得3分。',
                            '3.行政处罚信息公示率达到100%的得3分，达到90%以上的得2分，低于90%的不得分。'],
         [(1, '4', 'growth'), (2, '3', 'per_item'), (3, '3', 'rate_bands')], 'base', '10'),
        ('（四）专项行动（10分）', ['1.组织开展专项行动，有实施方案、工作总结、检查台账等材料的，得3分。',
                            '2.专项行动查办案件数在全市排名前三的得4分，第四至六名的得2分，其余得1分。',
                            '3.未按时报送行动进展的，每次扣0.5分，扣完3分为止。'],
         [(1, '3', 'materials'), (2, '4', 'ranking'), (3, '3', 'deduction')], 'base', '10'),
    ]),
    ('三、宣传培训（10分）', [
        ('（五）宣传报道（5分）', ['在省级以上媒体刊发打击侵权假冒工作报道的，每篇得1分，最高得5分。'],
         [(1, '5', 'per_item')], 'base', '5'),
        ('（六）业务培训（5分）', ['举办执法业务培训班2期以上的得5分，1期的得3分，未举办的不得分。'],
         [(1, '5', 'tiered')], 'base', '5'),
    ]),
    ('四、加分项目', [
        ('（七）经验推广', ['工作经验被省级以上部门推广的，每项加1分，本项最高加3分。'],
         [(1, '3', 'per_item')], 'bonus', '3'),
    ]),
    ('五、扣分项目', [
        ('（八）责任追究', ['辖区发生重大侵权假冒事件的，每起扣3分；被上级通报批评的，每次扣1分；本项最多扣6分。'],
         [(1, '6', 'deduction')], 'deduction', '6'),
    ]),
]
PROSE_TOTAL = 40


def cell(content, rows=1, cols=1, tag='td'):
    attr = (f" rowspan='{rows}'" if rows > 1 else '') + (f" colspan='{cols}'" if cols > 1 else '')
    if isinstance(content, list):
        inner = ''.join(f"<p class='flush'>{html.escape(p)}</p>" for p in content)
    else:
        inner = '<br/>'.join(html.escape(line) for line in content.split('\n'))
    return f"<{tag}{attr}>{inner}</{tag}>"


def table(numbered=False):
    """The table; numbered, with a 序号 column first (the same table as another office prints it)."""
    # <thead> makes LibreOffice repeat the header row at the top of each page the table runs onto.
    head = "<thead><tr>" + ''.join(cell(h, tag='th') for h in (['序号'] if numbered else []) + ['考核项目', '考核内容', '评分方法', '分值']) + "</tr></thead>"
    out = []
    n = 0
    for area, items in AREAS:
        for k, (title, points, criteria, *_) in enumerate(items):
            n += 1
            first = cell(area, rows=len(items)) if k == 0 else ''
            out.append(f"<tr>{cell(str(n)) if numbered else ''}{first}{cell(title)}{cell(criteria)}{cell(points)}</tr>")
    out.append(f"<tr>{cell('合计', cols=4 if numbered else 3)}{cell(f'{TOTAL}分')}</tr>")
    return "<table border='1' cellspacing='0' cellpadding='3'>" + head + "<tbody>" + ''.join(out) + "</tbody></table>"


def weighted_table():
    head = "<thead><tr>" + ''.join(cell(h, tag='th') for h in ['序号', '指标', '权重', '评分细则']) + "</tr></thead>"
    out = [f"<tr>{cell(str(n))}{cell(title)}{cell(weight)}{cell(criteria)}</tr>"
           for n, title, weight, criteria, *_ in WEIGHTED]
    out.append(f"<tr>{cell('合计', cols=2)}{cell('100%')}{cell('')}</tr>")
    return "<table border='1' cellspacing='0' cellpadding='3'>" + head + "<tbody>" + ''.join(out) + "</tbody></table>"


def page(body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}</head><body>{''.join(body)}</body></html>"


def build(numbered=False):
    return page(["<p class='red'>北原市打击侵权假冒工作领导小组办公室</p>", "<p class='num'>北打假办〔2025〕1号</p>",
                 "<p class='title'>关于印发《北原市2025年度打击侵权假冒工作考核评分办法》的通知</p>",
                 "<p class='flush'>各县（市、区）打击侵权假冒工作领导小组办公室，市领导小组各成员单位：</p>",
                 "<p>为压实打击侵权假冒工作责任，市打假办制定了《北原市2025年度打击侵权假冒工作考核评分办法》，现予印发。"
                 "各地要对照评分方法逐项自查，于2026年1月12日前将自评报告和佐证材料报送市打假办。</p>",
                 "<p class='sign'>北原市打击侵权假冒工作领导小组办公室</p>", "<p class='sign'>2025年11月20日</p>",
                 "<p class='flush' style='page-break-before: always'>附件</p>",
                 "<p class='title'>北原市2025年度打击侵权假冒工作考核评分办法</p>",
                 "<p>基本分50分；加分项目、扣分项目按评分方法计算，与基本分相加为考核得分。</p>", table(numbered)])


def build_weighted():
    return page(["<p class='red'>北原市知识产权保护工作领导小组办公室</p>", "<p class='num'>北知保办〔2025〕3号</p>",
                 "<p class='title'>关于开展2025年度知识产权保护工作绩效考核的通知</p>",
                 "<p class='flush'>各县（市、区）知识产权保护工作领导小组办公室：</p>",
                 "<p>现将《2025年度知识产权保护工作绩效考核评分标准》印发给你们。考核满分100分，各指标按权重计分，"
                 "请于2026年1月15日前报送自评材料。</p>",
                 "<p class='sign'>北原市知识产权保护工作领导小组办公室</p>", "<p class='sign'>2025年11月28日</p>",
                 "<p class='flush' style='page-break-before: always'>附件</p>",
                 "<p class='title'>2025年度知识产权保护工作绩效考核评分标准</p>", weighted_table()])


def build_prose():
    body = ["<p class='red'>北原市打击侵权假冒工作领导小组办公室</p>", "<p class='num'>北打假办〔2025〕5号</p>",
            "<p class='title'>关于印发2025年度打击侵权假冒工作考核细则的通知</p>",
            "<p class='flush'>各县（市、区）打击侵权假冒工作领导小组办公室：</p>",
            "<p>现将《2025年度打击侵权假冒工作考核细则》印发给你们，请对照细则做好自评，"
            "于2026年1月12日前报送自评报告和佐证材料。</p>",
            "<p class='sign'>北原市打击侵权假冒工作领导小组办公室</p>", "<p class='sign'>2025年12月1日</p>",
            "<p class='flush' style='page-break-before: always'>附件</p>",
            "<p class='title'>2025年度打击侵权假冒工作考核细则</p>",
            f"<p>考核基本分{PROSE_TOTAL}分，另设加分项目和扣分项目。</p>"]
    for area, items in PROSE:
        body.append(f"<p class='flush'><b>{html.escape(area)}</b></p>")
        for heading, text, *_ in items:
            if len(text) == 1:
                body.append(f"<p>{html.escape(heading)}{html.escape(text[0])}</p>")
            else:
                body.append(f"<p>{html.escape(heading)}</p>")
                body += [f"<p>{html.escape(t)}</p>" for t in text]
    return page(body)


def numbered():
    n = 0
    for _, items in AREAS:
        for item in items:
            n += 1
            yield n, item


def lines(head, rows):
    out = [f'# indicator\tclause\tpoints\trule\tindicator kind\tindicator max — {head}']
    for n, clauses, kind, most in rows:
        out += [f"{n}\t{c}\t{p}\t{r}\t{kind}\t{most}" for c, p, r in clauses]
    return '\n'.join(out) + '\n'


def expected():
    return lines('what the eighth table is meant to give',
                 [(n, clauses, kind, most) for n, (_, _, _, clauses, kind, most) in numbered()])


def expected_weighted():
    return lines('what the eighth table\'s weighted rulebook is meant to give',
                 [(n, clauses, kind, most) for n, _, _, _, clauses, kind, most in WEIGHTED])


def expected_prose():
    rows, n = [], 0
    for _, items in PROSE:
        for _, _, clauses, kind, most in items:
            n += 1
            rows.append((n, clauses, kind, most))
    return lines('what the eighth rulebook in prose is meant to give', rows)


def check():
    total = 0
    for n, (_, points, _, clauses, kind, most) in numbered():
        if kind == 'base':
            assert sum(float(p) for _, p, _ in clauses) == float(most), n
            assert points == '' or float(points) == float(most), n
            total += float(most)
    assert total == TOTAL, total
    total = 0
    for n, _, weight, _, clauses, kind, most in WEIGHTED:
        if kind == 'base':
            assert sum(float(p) for _, p, _ in clauses) == float(most) == float(weight.rstrip('%')), n
            total += float(most)
    assert total == WEIGHTED_TOTAL, total
    total = 0
    for area, items in PROSE:
        area_total = 0
        for heading, _, clauses, kind, most in items:
            if kind == 'base':
                assert sum(float(p) for _, p, _ in clauses) == float(most), heading
                assert f'（{most}分）' in heading, heading
                area_total += float(most)
        if area_total:
            assert f'（{area_total:g}分）' in area, area
        total += area_total
    assert total == PROSE_TOTAL, total


if __name__ == '__main__':
    check()
    out = pathlib.Path(sys.argv[1])
    (out / 'eighth.html').write_text(build(), encoding='utf-8')
    (out / 'eighth-numbered.html').write_text(build(numbered=True), encoding='utf-8')
    (out / 'eighth-weights.html').write_text(build_weighted(), encoding='utf-8')
    (out / 'eighth-prose.html').write_text(build_prose(), encoding='utf-8')
    if len(sys.argv) > 3 and sys.argv[2] == '--expected':
        pathlib.Path(sys.argv[3]).write_text(expected(), encoding='utf-8')
        if len(sys.argv) > 4:
            pathlib.Path(sys.argv[4]).write_text(expected_weighted(), encoding='utf-8')
        if len(sys.argv) > 5:
            pathlib.Path(sys.argv[5]).write_text(expected_prose(), encoding='utf-8')
