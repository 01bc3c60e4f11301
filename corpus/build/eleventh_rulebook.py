#!/usr/bin/env python3
"""An eleventh scoring table, invented for the tests (probe), in a layout the ten others leave out.

The table (eleventh.html, turned landscape by the builder): six columns 考核类别 | 考核指标 | 分值 | 得分标准 | 扣分标准 |
考核单位 and no number column at all. The 考核类别 cell (一、组织保障 …) is merged down over its area's rows and carries no
points, except the bonus area's (四、加分项目（累计最高加5分）); the 考核指标 cell holds the indicator's title and its maximum
in one cell (组织领导（8分）, 工作创新（加分项，最高加3分）, 负面情形（扣分项）), no number (indicators are counted through the
table), merged down where the indicator is written one clause per row. The 分值 column stands LEFT of the criteria: on a
clause row it is the clause's points, on a one-row indicator the indicator's; written 8分, 2.0, 3, 6.0, 加分项, 最高2分, 扣分.
The criteria are split over two columns: 得分标准 (what earns points) and 扣分标准 (what takes them away, "/" or 无 when
nothing); a row may have its only clause in 扣分标准 and "/" in 得分标准. Clauses in a cell are bullet-marked — ● ◆ or —
(the — bullet also in a 扣分标准 cell) — one paragraph each, on lines of one paragraph, or run on in one paragraph
(◆…得2分。◆…), or numbered (1)(2)(3) afresh in each indicator, across its clause rows or inside one cell. Long rows run
over the page break of the landscape PDF, the header repeated; a 合计 row and a 说明 row spanning the table close it.

Clause shapes: alternatives (增长的得3分；持平的得1.5分；下降的不得分 — most 3; 由主要负责同志任组长的得3分，由分管负责同志任组长
的得1.5分); count tiers; rate bands; a ranking; a threshold (不少于3件); per item with a cap (每移送1件得1分，最高4分); two awards
(…的得0.5分，…的再得0.5分); materials (有活动方案、总结、照片等材料的得0.5分); deductions within base indicators, their points
the most they take (每项扣0.5分，扣完为止 on a 分值 2分 row; 每件扣1分，最多扣2分; 本项最多扣2分 in the 扣分标准 cell of a base
indicator, which caps that clause, not the indicator); bonus indicators capped in the 考核指标 cell (最高加3分), one with an
uncapped per-item clause (每项加1分, bounded by its indicator's 3); a deduction indicator whose clauses are in 扣分标准
(每起扣3分 uncapped, 最多扣5分, and 本项最多扣10分 at the end of the last, capping the indicator).

Labels: a clause's number counts its indicator's clauses in reading order — row by row, in each row 得分标准 before 扣分标准.

Writes eleventh.html into the folder given; with --expected PATH the clause points, rule and the indicator kinds and caps a
careful reader takes from the table, as a TSV (indicator, clause, points, rule, indicator kind, indicator max)."""
import html, sys, pathlib
from seeds_to_html import STYLE

NONE = '/'
# Areas: (area cell, [indicators]); an indicator: (考核指标 cell, kind, max, 考核单位, [rows]); a row: (分值, 得分标准, 扣分标准,
# [(points, rule)]). A criteria cell: a string ('\n' a line break inside one paragraph) or a list (one paragraph each).
AREAS = [
    ('一、组织保障', [
        ('组织领导（8分）', 'base', '8', '省打假办', [
            ('8分', ['●成立本级打击侵权假冒工作领导小组，由政府主要负责同志任组长的得3分，由分管负责同志任组长的得1.5分。',
                     '●年内召开领导小组全体会议或专题会议2次以上的得2分，召开1次的得1分，未召开的不得分。',
                     '●制定年度打击侵权假冒工作要点，有工作要点文本、印发通知等材料的得2分。'],
             ['●未按时向省打假办报送上年度工作总结的，扣1分。'],
             [('3', 'tiered'), ('2', 'tiered'), ('2', 'materials'), ('1', 'deduction')]),
        ]),
        ('制度建设（5分）', 'base', '5', '省打假办、省司法厅', [
            ('2.0', '（1）建立行政执法与刑事司法衔接工作机制，出台衔接工作制度的，得2分。', NONE, [('2', 'fixed')]),
            ('2.0', '（2）建立侵权假冒案件线索通报制度，有制度文本、运行台账等材料的得2分。', NONE, [('2', 'materials')]),
            ('1.0', '（3）按规定在政府网站公开侵权假冒行政处罚案件信息的，得1分。', NONE, [('1', 'fixed')]),
        ]),
        ('工作保障（8分）', 'base', '8', '省财政厅、省打假办', [
            ('8', '◆打击侵权假冒工作经费列入本级财政预算的得2分。◆领导小组办公室配备专职工作人员2名以上的得2分，配备1名的得1分。'
                  '◆为基层执法一线配备快检设备、执法记录仪等装备的得2分。◆组织执法人员开展业务培训的得0.5分，全年培训超过100人次的'
                  '再得0.5分。◆有年度工作方案、半年工作总结等材料的得1分。', NONE,
             [('2', 'fixed'), ('2', 'tiered'), ('2', 'fixed'), ('1', 'multi_award'), ('1', 'materials')]),
        ]),
        ('考核督查（5分）', 'base', '5', '省打假办', [
            ('3分', '将打击侵权假冒工作纳入本级政府对下级政府和部门的绩效考核内容的，得3分。', NONE, [('3', 'fixed')]),
            ('2分', NONE, '省级督查发现的问题未在规定时限内整改到位的，每项扣0.5分，扣完为止。', [('2', 'deduction')]),
        ]),
    ]),
    ('二、执法监管', [
        ('案件查办（12分）', 'base', '12', '省市场监管局', [
            ('12分', '—全年查办侵权假冒案件数量较上年增长的得3分；持平的得1.5分；下降的不得分。\n'
                     '—案件按期办结率达到95%以上的得3分，达到85%以上的得2分，低于85%的得1分。\n'
                     '—按要求报送侵权假冒典型案例不少于3件的，得2分。\n'
                     '—行政处罚案件信息依法公示率达到100%的得2分，达到90%的得1分。',
             '—上级交办、督办案件逾期未办结的，每件扣1分，最多扣2分。',
             [('3', 'growth'), ('3', 'rate_bands'), ('2', 'threshold'), ('2', 'rate_bands'), ('2', 'deduction')]),
        ]),
        ('刑事打击（8分）', 'base', '8', '省公安厅、省检察院', [
            ('4', '（1）向公安机关移送涉嫌侵权假冒犯罪案件，每移送1件得1分，最高4分。', NONE, [('4', 'per_item')]),
            ('2', '（2）侵权假冒犯罪案件破案率在全省排名前5位的得2分，第6至10位的得1分，其余不得分。', NONE, [('2', 'ranking')]),
            ('2', '（3）联合挂牌督办案件办结后，有结案报告、判决书等材料的得2分。', NONE, [('2', 'materials')]),
        ]),
        ('重点领域整治（10分）', 'base', '10', '省市场监管局、省农业农村厅', [
            ('10', ['（1）制定本地区重点领域专项整治实施方案的，得1分。',
                    '（2）按要求开展“铁拳”“龙腾”“剑网”等专项行动，每开展1项得1分，最高得3分。',
                    '（3）对农村和城乡结合部市场开展集中整治，查处案件20件以上的得3分，10至19件的得2分，不足10件的得1分。',
                    '（4）有专项整治工作总结、典型案例汇编等材料的得1分。'],
             '专项行动数据迟报、漏报的，每次扣0.5分，本项最多扣2分。',
             [('1', 'fixed'), ('3', 'per_item'), ('3', 'tiered'), ('1', 'materials'), ('2', 'deduction')]),
        ]),
        ('线索核查（8分）', 'base', '8', '省打假办', [
            ('3.0', '●对上级转办的侵权假冒线索在30日内核查反馈，反馈率100%的得3分，90%以上的得2分，其余不得分。', NONE,
             [('3', 'rate_bands')]),
            ('3.0', '●建立投诉举报线索登记、转办、反馈全程留痕工作机制的，得3分。', NONE, [('3', 'fixed')]),
            ('2.0', '●线索核查结果形成书面报告，有核查报告、工作台账等材料的得2分。', NONE, [('2', 'materials')]),
        ]),
        ('跨区域协作（6分）', 'base', '6', '省打假办', [
            ('6分', ['●与相邻地区签订打击侵权假冒执法协作协议的，每签订1份得1分，最高2分。',
                     '●牵头或参与开展跨区域联合执法行动2次以上的得2分，1次的得1分。',
                     '●向外地移交案件线索并获办理结果反馈的，得2分。'], '无',
             [('2', 'per_item'), ('2', 'tiered'), ('2', 'fixed')]),
        ]),
    ]),
    ('三、宣传与共治', [
        ('宣传教育（6分）', 'base', '6', '省委宣传部', [
            ('6', ['◆组织开展“3·15”“4·26”集中宣传活动，有活动方案、总结、照片等材料的得0.5分。',
                   '◆在媒体刊发打击侵权假冒宣传报道，中央级媒体每篇得1分，省级媒体每篇得0.5分，市级媒体每篇得0.2分，最高得3分。',
                   '◆召开新闻发布会通报侵权假冒典型案例的，得1.5分。',
                   '◆建立打击侵权假冒宣传信息员队伍，有人员名单的得1分。'], NONE,
             [('0.5', 'materials'), ('3', 'per_item'), ('1.5', 'fixed'), ('1', 'materials')]),
        ]),
        ('信息报送（8分）', 'base', '8', '省打假办', [
            ('2分', NONE, '季度统计报表迟报1次扣0.5分，漏报1次扣1分，扣完为止。', [('2', 'deduction')]),
            ('4分', '报送的工作信息被省打假办简报采用的，每条得0.5分，最高4分。', NONE, [('4', 'per_item')]),
            ('2分', '按时报送年度工作总结、自评报告等材料的，得2分。', NONE, [('2', 'materials')]),
        ]),
        ('社会共治（8分）', 'base', '8', '省市场监管局、省商务厅', [
            ('8.0', '—指导行业协会、商会制定知识产权保护自律公约的，得1分。\n'
                    '—推动电商平台建立知识产权保护规则，覆盖本地全部主要平台的得2分，部分覆盖的得1分。\n'
                    '—开展打击侵权假冒社会满意度调查，满意度90%以上的得2分，80%以上的得1分。\n'
                    '—开展消费维权进社区、进乡村活动，每开展1场得0.5分，最高2分。',
             '—发生侵权假冒群体性投诉事件未妥善处置的，扣1分。',
             [('1', 'fixed'), ('2', 'tiered'), ('2', 'rate_bands'), ('2', 'per_item'), ('1', 'deduction')]),
        ]),
        ('维权服务（8分）', 'base', '8', '省知识产权局', [
            ('3', '（1）设立知识产权维权援助工作站的，得3分。', NONE, [('3', 'fixed')]),
            ('3', '（2）办理维权援助申请，办结率100%的得3分，90%以上的得2分，80%以上的得1分。', NONE, [('3', 'rate_bands')]),
            ('2', '（3）建立重点企业联系服务制度，有企业名单、工作台账等材料的得2分。', NONE, [('2', 'materials')]),
        ]),
    ]),
    ('四、加分项目（累计最高加5分）', [
        ('工作创新（加分项，最高加3分）', 'bonus', '3', '省打假办', [
            ('加分项', ['●工作经验做法被国家有关部委推广的加2分，被省委、省政府推广的加1分。',
                        '●承担国家级打击侵权假冒试点示范任务的，每项加1分。'], NONE,
             [('2', 'tiered'), ('3', 'per_item')]),
        ]),
        ('表彰奖励（加分项，最高加2分）', 'bonus', '2', '省打假办', [
            ('最高2分', '—打击侵权假冒工作获得国家级表彰的加2分，获得省级表彰的加1分。\n'
                        '—在全国打击侵权假冒工作会议上作典型经验交流发言的，加1分。', NONE,
             [('2', 'tiered'), ('1', 'fixed')]),
        ]),
    ]),
    ('五、扣分项目', [
        ('负面情形（扣分项）', 'deduction', '10', '省打假办', [
            ('扣分', NONE, ['◆辖区内发生重大侵权假冒事件被国家有关部门通报的，每起扣3分。',
                            '◆每发现一起考核材料弄虚作假的扣1分，最多扣5分。',
                            '◆工作推进不力被上级约谈的，每次扣2分。本项最多扣10分。'],
             [('10', 'deduction'), ('5', 'deduction'), ('10', 'deduction')]),
        ]),
    ]),
]
TOTAL = 100
HEAD = [('考核类别', 9), ('考核指标', 11), ('分值', 6), ('得分标准', 40), ('扣分标准', 22), ('考核单位', 12)]
NOTE = ('说明：1.本表基本分合计100分，加分项目累计加分不超过5分，扣分项目在总分中扣减。2.各项扣分以该项分值为限，扣完为止，'
        '不计负分。3.同一事项符合多个加分条件的，按最高一项计分。4.得分标准、扣分标准所列材料须于2026年2月10日前上传至'
        '考核系统，逾期未上传的视为无材料。')


def cell(content, rows=1, cols=1, tag='td', width=None):
    attr = (f" rowspan='{rows}'" if rows > 1 else '') + (f" colspan='{cols}'" if cols > 1 else '') \
        + (f" width='{width}%'" if width else '')
    if isinstance(content, list):
        inner = ''.join(f"<p class='cell'>{html.escape(p)}</p>" for p in content)
    else:
        inner = '<br/>'.join(html.escape(line) for line in content.split('\n'))
    return f"<{tag}{attr}>{inner}</{tag}>"


def table():
    # <thead> makes LibreOffice repeat the header row at the top of each page the table runs onto.
    head = "<thead><tr>" + ''.join(cell(h, tag='th', width=w) for h, w in HEAD) + "</tr></thead>"
    out = []
    for area, indicators in AREAS:
        area_rows = sum(len(rows) for *_, rows in indicators)
        for k, (title, _, _, unit, rows) in enumerate(indicators):
            for j, (points, good, bad, _) in enumerate(rows):
                first = cell(area, rows=area_rows) if k == 0 and j == 0 else ''
                ind_title, ind_unit = (cell(title, rows=len(rows)), cell(unit, rows=len(rows))) if j == 0 else ('', '')
                out.append(f"<tr>{first}{ind_title}{cell(points)}{cell(good)}{cell(bad)}{ind_unit}</tr>")
    out.append(f"<tr>{cell('合计', cols=2)}{cell(f'{TOTAL}分')}{cell('', cols=3)}</tr>")
    out.append(f"<tr>{cell(NOTE, cols=len(HEAD))}</tr>")
    return "<table border='1' cellspacing='0' cellpadding='3' width='100%'>" + head + "<tbody>" + ''.join(out) + "</tbody></table>"


# Paragraphs inside a cell in the cell's size, not the body text's.
CELLS = "<style>p.cell { font-size: 10.5pt; line-height: 120%; text-indent: 0; margin: 0 0 2pt 0; }</style>"


def page(body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}{CELLS}</head><body>{''.join(body)}</body></html>"


def build():
    return page(["<p class='red'>岚山省打击侵权假冒工作领导小组办公室</p>", "<p class='num'>岚打假办〔2026〕8号</p>",
                 "<p class='title'>关于印发《2025年度各市州打击侵权假冒工作考核评分表》的通知</p>",
                 "<p class='flush'>各市（州）打击侵权假冒工作领导小组办公室，省直有关单位：</p>",
                 "<p>为客观评价各地打击侵权假冒工作成效，推动各项任务落地见效，省打假办研究制定了《2025年度各市州打击侵权"
                 "假冒工作考核评分表》，现印发给你们。考核采取自评、书面审核和实地抽查相结合的方式进行。</p>",
                 "<p>请各地对照评分表逐项开展自评，于2026年2月10日前将自评表、自评报告及佐证材料报送省打假办。</p>",
                 "<p class='sign'>岚山省打击侵权假冒工作领导小组办公室</p>", "<p class='sign'>2026年1月20日</p>",
                 "<p class='flush' style='page-break-before: always'>附件</p>",
                 "<p class='title'>2025年度各市州打击侵权假冒工作考核评分表</p>", table()])


def indicators():
    return [ind for _, inds in AREAS for ind in inds]


def expected():
    out = ['# indicator\tclause\tpoints\trule\tindicator kind\tindicator max — what the eleventh table is meant to give']
    for n, (_, kind, most, _, rows) in enumerate(indicators(), 1):
        clauses = [c for *_, cs in rows for c in cs]
        out += [f"{n}\t{c}\t{p}\t{r}\t{kind}\t{most}" for c, (p, r) in enumerate(clauses, 1)]
    return '\n'.join(out) + '\n'


def check():
    """The labels agree with themselves: base clauses add up to their indicator and its title, indicators to 100,
    each row's 分值 is its clause's points (clause rows) or the indicator's (one-row indicators)."""
    total = count = 0
    for title, kind, most, _, rows in indicators():
        clauses = [c for *_, cs in rows for c in cs]
        count += len(clauses)
        if kind == 'base':
            assert sum(float(p) for p, _ in clauses) == float(most), title
            assert f'（{most}分）' in title, title
            total += float(most)
            for points, _, _, cs in rows:
                want = float(most) if len(rows) == 1 else sum(float(p) for p, _ in cs)
                assert float(points.rstrip('分')) == want, (title, points)
        else:
            assert all(float(p) <= float(most) for p, _ in clauses), title
    assert total == TOTAL, total
    assert 12 <= len(indicators()) <= 16, len(indicators())


if __name__ == '__main__':
    check()
    out = pathlib.Path(sys.argv[1])
    (out / 'eleventh.html').write_text(build(), encoding='utf-8')
    if len(sys.argv) > 3 and sys.argv[2] == '--expected':
        pathlib.Path(sys.argv[3]).write_text(expected(), encoding='utf-8')
