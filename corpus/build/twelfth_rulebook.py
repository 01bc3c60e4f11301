#!/usr/bin/env python3
"""A twelfth scoring table, invented for the tests (probe), in layouts the eleven others leave out; two forms of one notice.

沅打假办〔2026〕11号 (沅江省打击侵权假冒工作领导小组办公室), 《2025年度全省知识产权保护和打击侵权假冒工作考核评分细则》.

Form A (twelfth.html, portrait): four columns 一级指标 | 二级指标 | 评分细则 | 备注 and NO points column at all. The 一级指标
cell (一、组织领导 / 16分 on a line of its own) is merged down over its area's indicators; the 二级指标 cell holds the
indicator's title and its points with no brackets — on the same line after a space (领导机制 6分), on a line of its own
(案件查办 / 15分), as 分值：5分, or for the bonus and deduction items 最高加3分 / 最多扣10分. The criteria cell holds every
clause of the indicator, numbered ①②③ — run together in one paragraph (…得2分；②…), one paragraph each, or on lines of
one paragraph. The 备注 column carries notes with figures of their own (以12月31日数据为准, 同一案件不重复计分, 缺一项扣0.5分
is in the clause, not here) and, for the deduction item, a 一票否决 note that is no clause. A full-width row opens the bonus
area (加分项（累计不超过5分）) and the deduction area (扣分项); a 合计 row and a 说明 paragraph close the table.

Form B (twelfth-wide.html, turned landscape by the builder): five columns 考核项目 | 考核内容 | 评分标准 | 考核方式 | 备注 —
the same indicators, but ONE ROW PER CLAUSE: the area cell (with its points) and the indicator cell (title and points)
merged down over the clause rows, cut by the PDF's page breaks, the header repeated; 考核方式 names how the item is checked
(查阅资料, 抽查2个县（市、区）, 系统数据比对) — figures that are no points; the bonus and deduction areas in the 考核项目
column like the others.

Clause shapes: tiers (由主要负责同志任组长的得3分，由分管负责同志任组长的得2分，未成立的不得分); growth in four steps; rate bands
written as ranges (结案率90%以上得4分，80%-90%得3分，70%-80%得2分，70%以下不得分); a ranking in three bands; per item with a cap
(每起得1分，最高4分; 每移送1件得1分，最高3分; media 每篇 1/0.5/0.2 最高得4分); a threshold (不少于3个); two awards (…得1分，…再得2分);
materials (有…等材料的得2分，缺一项扣0.5分); deductions inside base items (每迟报一次扣0.5分，最多扣2分; 扣1分), their points the
most they take; a percentage that is no points (权重不低于1%); bonus items capped in their indicator cell, one with an uncapped
per-item clause (每项加1分, bounded by its indicator's 3); a deduction item whose first clause is uncapped (每起扣3分 → the
item's 10).

Writes twelfth.html and twelfth-wide.html into the folder given; with --expected PATH the clause points, rule and the
indicator kinds and caps a careful reader takes from the table, as a TSV (indicator, clause, points, rule, indicator kind,
indicator max) — the same for both forms."""
import html, sys, pathlib
from seeds_to_html import STYLE

MARKS = '①②③④⑤⑥⑦⑧⑨'
# Areas: (title, points line or None, [indicators]); an indicator: (title, points as written in its cell, joiner between title
# and points ('\n' or ' '), kind, most, style of its criteria cell ('run' | 'paras' | 'lines'), 备注, 考核方式, [(clause, points,
# rule)]).
AREAS = [
    ('一、组织领导', '16分', [
        ('领导机制', '6分', ' ', 'base', '6', 'run', '以领导小组印发文件、会议纪要为准。', '查阅资料', [
            ('成立由政府主要负责同志任组长的打击侵权假冒工作领导小组的得3分，由分管负责同志任组长的得2分，未成立的不得分', '3', 'tiered'),
            ('年内召开领导小组全体会议或专题会议研究部署工作2次以上的得2分，召开1次的得1分', '2', 'tiered'),
            ('领导小组成员单位人员调整后30日内报省打假办备案的，得1分。', '1', 'fixed'),
        ]),
        ('工作部署', '5分', '\n', 'base', '5', 'paras', '/', '查阅资料', [
            ('制定本地区年度打击侵权假冒工作要点，并以政府或领导小组名义印发的，得2分。', '2', 'fixed'),
            ('将打击侵权假冒工作纳入本级政府绩效考核，权重不低于1%的得2分，低于1%的得1分。', '2', 'tiered'),
            ('有年度工作总结、自评报告等材料的得1分。', '1', 'materials'),
        ]),
        ('经费保障', '分值：5分', '\n', 'base', '5', 'lines', '经费安排以财政部门批复文件为准。', '查阅资料、抽查2个县（市、区）', [
            ('打击侵权假冒工作经费列入本级财政预算的得3分，未列入预算但有专项安排的得1.5分；', '3', 'tiered'),
            ('为基层执法一线配备执法记录仪等装备的得1分，配备快检设备的再得1分。', '2', 'multi_award'),
        ]),
    ]),
    ('二、执法办案', '40分', [
        ('案件查办', '15分', '\n', 'base', '15', 'paras', '案件数据以全国打击侵权假冒工作信息系统2025年12月31日统计为准；同一案件不重复计分。',
         '系统数据比对', [
            ('全年查办侵权假冒案件数量较上年增长10%以上的得4分，增长不足10%的得3分，持平的得2分，下降的不得分。', '4', 'growth'),
            ('案件结案率90%以上得4分，80%-90%得3分，70%-80%得2分，70%以下不得分。', '4', 'rate_bands'),
            ('查办货值金额50万元以上或有较大社会影响的大要案，每起得1分，最高4分。', '4', 'per_item'),
            ('按时报送侵权假冒典型案例不少于3个的，得3分。', '3', 'threshold'),
        ]),
        ('刑事打击', '10分', ' ', 'base', '10', 'run', '排名由省公安厅提供。', '查阅资料、系统数据比对', [
            ('行政执法机关向公安机关移送涉嫌侵权假冒犯罪案件，每移送1件得1分，最高3分', '3', 'per_item'),
            ('公安机关侵权假冒犯罪案件立案数在全省排名前3位的得4分，第4至8位的得3分，第9位以后的得1分', '4', 'ranking'),
            ('检察机关对侵权假冒犯罪案件提起公诉的得1分，法院作出有罪判决的再得2分。', '3', 'multi_award'),
        ]),
        ('专项整治', '8分', '\n', 'base', '8', 'lines', '专项行动以国家、省统一部署为准。', '查阅资料', [
            ('按要求部署开展“铁拳”“剑网”“龙腾”等专项行动，每开展1项得1分，最高得3分；', '3', 'per_item'),
            ('有专项行动实施方案、阶段总结、数据报表等材料的得2分，缺一项扣0.5分；', '2', 'materials'),
            ('专项行动数据每迟报一次扣0.5分，最多扣2分；', '2', 'deduction'),
            ('专项行动中发现的问题整改不到位的，扣1分。', '1', 'deduction'),
        ]),
        ('线索办理', '7分', ' ', 'base', '7', 'paras', '/', '抽查线索台账10条', [
            ('上级转办、交办线索按期核查反馈率100%的得3分，95%（含）至100%的得2分，95%以下的不得分。', '3', 'rate_bands'),
            ('投诉举报按期办结率达到98%以上的得2分，达到90%的得1分。', '2', 'rate_bands'),
            ('建立线索登记、转办、反馈工作台账的得2分，台账记录不完整的得1分。', '2', 'tiered'),
        ]),
    ]),
    ('三、长效机制', '24分', [
        ('行刑衔接', '6分', ' ', 'base', '6', 'run', '/', '查阅资料', [
            ('建立行政执法与刑事司法衔接工作机制并出台制度文件的，得2分', '2', 'fixed'),
            ('召开行刑衔接联席会议，每召开1次得0.5分，最高得1.5分', '1.5', 'per_item'),
            ('衔接信息平台案件录入及时率达到100%的得2.5分，达到90%的得1.5分。', '2.5', 'rate_bands'),
        ]),
        ('信用监管', '分值：5分', '\n', 'base', '5', 'paras', '公开率按省政务公开平台数据计算。', '系统数据比对', [
            ('将侵权假冒行政处罚信息归集至信用信息共享平台并依法公示的，得2分。', '2', 'fixed'),
            ('行政处罚案件信息公开率达到100%的得2分，达到95%的得1分。', '2', 'rate_bands'),
            ('对严重违法失信主体依法实施联合惩戒的，得1分。', '1', 'fixed'),
        ]),
        ('区域协作', '5分', '\n', 'base', '5', 'lines', '协议须在2025年度内签订。', '查阅资料', [
            ('与周边地区签订知识产权保护协作协议的，每签订1份得0.5分，最高2分；', '2', 'per_item'),
            ('牵头或参与开展跨区域联合执法行动的，得2分；', '2', 'fixed'),
            ('向外省市移交案件线索并获办理结果反馈的，得1分。', '1', 'fixed'),
        ]),
        ('维权援助', '8分', ' ', 'base', '8', 'paras', '/', '查阅资料、实地查看', [
            ('建成知识产权维权援助工作站的得2分，工作站覆盖全部县（市、区）的再得1分。', '3', 'multi_award'),
            ('知识产权纠纷调解成功率达到60%以上的得3分，50%-60%的得2分，40%-50%的得1分。', '3', 'rate_bands'),
            ('为重点企业开展海外知识产权纠纷应对指导的，得2分。', '2', 'fixed'),
        ]),
    ]),
    ('四、宣传共治', '20分', [
        ('宣传报道', '6分', '\n', 'base', '6', 'paras', '同一稿件多家媒体刊发的按最高级别计1篇。', '查阅资料', [
            ('在中央主流媒体刊发打击侵权假冒宣传报道的每篇得1分，省级媒体每篇得0.5分，市级媒体每篇得0.2分，最高得4分。', '4', 'per_item'),
            ('开展“4·26”知识产权宣传周、“3·15”等集中宣传活动，有活动方案、新闻报道、现场照片等材料的得2分。', '2', 'materials'),
        ]),
        ('信息报送', '6分', ' ', 'base', '6', 'run', '/', '查阅资料', [
            ('报送工作信息被国家打假办采用的每条得1分，被省打假办采用的每条得0.5分，最高得3分', '3', 'per_item'),
            ('按时报送季度统计数据的得2分，迟报1次的得1分，迟报2次以上的不得分', '2', 'tiered'),
            ('信息报送工作被省打假办通报表扬的，得1分。', '1', 'fixed'),
        ]),
        ('社会共治', '8分', '\n', 'base', '8', 'lines', '满意度以第三方调查结果为准。', '查阅资料、第三方调查', [
            ('指导行业协会制定知识产权保护自律公约的，得1分；', '1', 'fixed'),
            ('组织开展企业知识产权保护培训，参训企业50家以上的得3分，30至49家的得2分，不足30家的得1分；', '3', 'tiered'),
            ('群众对打击侵权假冒工作满意度达到90%以上的得2分，85%以上的得1分；', '2', 'rate_bands'),
            ('推动电商平台落实主体责任，有工作台账、约谈记录等材料的得2分。', '2', 'materials'),
        ]),
    ]),
    ('加分项（累计不超过5分）', None, [
        ('创新示范', '最高加3分', '\n', 'bonus', '3', 'paras', '同一事项不重复加分。', '查阅资料', [
            ('工作经验做法被国务院或国家有关部委推广的加2分，被省委、省政府推广的加1分。', '2', 'tiered'),
            ('承担国家级知识产权保护试点示范任务的，每项加1分。', '3', 'per_item'),
        ]),
        ('表彰激励', '最高加2分', ' ', 'bonus', '2', 'run', '/', '查阅资料', [
            ('打击侵权假冒工作获得国家级表彰的加2分，获得省级表彰的加1分', '2', 'tiered'),
            ('在全国或全省工作会议上作典型经验交流发言的，加1分。', '1', 'fixed'),
        ]),
    ]),
    ('扣分项', None, [
        ('负面情形', '最多扣10分', '\n', 'deduction', '10', 'paras',
         '发生区域性、系统性侵权假冒重大事件造成恶劣社会影响的，实行一票否决，考核等次直接定为不合格。', '查阅资料、日常督查', [
            ('辖区内发生重大侵权假冒事件被国家有关部门通报批评的，每起扣3分。', '10', 'deduction'),
            ('考核材料弄虚作假的，每发现一起扣1分，最多扣4分。', '4', 'deduction'),
            ('上级督查发现的问题未按期整改的，每项扣0.5分，最多扣2分。', '2', 'deduction'),
        ]),
    ]),
]
TOTAL = 100
NOTE = ('说明：1.本细则基本分100分，加分项累计不超过5分，扣分项在总分中扣减，最终得分=基本分+加分-扣分。2.各项扣分以该项'
        '所列分值为限，不计负分。3.备注栏所列数据口径为考核依据。4.佐证材料须于2026年2月15日前上传至考核系统。')


def cell(content, rows=1, cols=1, tag='td', width=None):
    attr = (f" rowspan='{rows}'" if rows > 1 else '') + (f" colspan='{cols}'" if cols > 1 else '') \
        + (f" width='{width}%'" if width else '')
    if isinstance(content, list):
        inner = ''.join(f"<p class='cell'>{html.escape(p)}</p>" for p in content)
    else:
        inner = '<br/>'.join(html.escape(line) for line in content.split('\n'))
    return f"<{tag}{attr}>{inner}</{tag}>"


def marked(clauses):
    return [MARKS[k] + text for k, (text, _, _) in enumerate(clauses)]


def criteria(style, clauses):
    parts = marked(clauses)
    if style == 'run':   # one paragraph: ①…；②…；③….
        return '；'.join(p.rstrip('；。') for p in parts[:-1]) + '；' + parts[-1]
    if style == 'lines':  # lines of one paragraph
        return '\n'.join(parts)
    return parts          # one paragraph each


def area_cell(title, points):
    return title if points is None else f'{title}\n{points}'


def table_a():
    head = [('一级指标', 12), ('二级指标', 13), ('评分细则', 55), ('备注', 20)]
    out = ["<thead><tr>" + ''.join(cell(h, tag='th', width=w) for h, w in head) + "</tr></thead><tbody>"]
    for title, points, inds in AREAS:
        if points is None:  # the bonus and deduction areas: a row across the table, then their items
            out.append(f"<tr>{cell(title, cols=4)}</tr>")
        for k, (name, pts, sep, _, _, style, note, _, clauses) in enumerate(inds):
            first = cell(area_cell(title, points) if points else title.split('（')[0], rows=len(inds)) if k == 0 else ''
            out.append(f"<tr>{first}{cell(name + sep + pts)}{cell(criteria(style, clauses))}{cell(note)}</tr>")
    out.append(f"<tr>{cell('合计', cols=2)}{cell(f'{TOTAL}分（不含加分项、扣分项）')}{cell('')}</tr>")
    out.append(f"<tr>{cell(NOTE, cols=4)}</tr></tbody>")
    return "<table border='1' cellspacing='0' cellpadding='3' width='100%'>" + ''.join(out) + "</table>"


def table_b():
    head = [('考核项目', 10), ('考核内容', 12), ('评分标准', 50), ('考核方式', 13), ('备注', 15)]
    out = ["<thead><tr>" + ''.join(cell(h, tag='th', width=w) for h, w in head) + "</tr></thead><tbody>"]
    for title, points, inds in AREAS:
        area_rows = sum(len(ind[-1]) for ind in inds)
        for k, (name, pts, sep, _, _, _, note, how, clauses) in enumerate(inds):
            for j, text in enumerate(marked(clauses)):
                first = cell(area_cell(title, points), rows=area_rows) if k == 0 and j == 0 else ''
                ind = ''.join((cell(f'{name}\n{pts}', rows=len(clauses)),)) if j == 0 else ''
                tail = (cell(how, rows=len(clauses)) + cell(note, rows=len(clauses))) if j == 0 else ''
                out.append(f"<tr>{first}{ind}{cell(text)}{tail}</tr>")
    out.append(f"<tr>{cell('合计', cols=2)}{cell(f'基本分{TOTAL}分')}{cell('', cols=2)}</tr>")
    out.append(f"<tr>{cell(NOTE, cols=5)}</tr></tbody>")
    return "<table border='1' cellspacing='0' cellpadding='3' width='100%'>" + ''.join(out) + "</table>"


CELLS = "<style>p.cell { font-size: 10.5pt; line-height: 120%; text-indent: 0; margin: 0 0 2pt 0; }</style>"


def page(table):
    body = ["<p class='red'>沅江省打击侵权假冒工作领导小组办公室</p>", "<p class='num'>沅打假办〔2026〕11号</p>",
            "<p class='title'>关于印发《2025年度全省知识产权保护和打击侵权假冒工作考核评分细则》的通知</p>",
            "<p class='flush'>各市（州）打击侵权假冒工作领导小组办公室，省领导小组各成员单位：</p>",
            "<p>按照全省知识产权保护和打击侵权假冒工作部署，为准确评价各地年度工作落实情况，省打假办制定了《2025年度全省"
            "知识产权保护和打击侵权假冒工作考核评分细则》，现予印发。考核按照各地自评、成员单位初评、省打假办复核三个环节"
            "进行，自评占30%，初评和复核占70%。</p>",
            "<p>请各地于2026年2月15日前将自评得分表、工作总结和佐证材料报送省打假办，逾期视为自动放弃相应分值。</p>",
            "<p class='sign'>沅江省打击侵权假冒工作领导小组办公室</p>", "<p class='sign'>2026年1月26日</p>",
            "<p class='flush' style='page-break-before: always'>附件</p>",
            "<p class='title'>2025年度全省知识产权保护和打击侵权假冒工作考核评分细则</p>", table]
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}{CELLS}</head><body>{''.join(body)}</body></html>"


def indicators():
    return [ind for _, _, inds in AREAS for ind in inds]


def expected():
    out = ['# indicator\tclause\tpoints\trule\tindicator kind\tindicator max — what the twelfth table is meant to give (both forms)']
    for n, (*_, kind, most, _, _, _, clauses) in enumerate(indicators(), 1):
        out += [f"{n}\t{c}\t{p}\t{r}\t{kind}\t{most}" for c, (_, p, r) in enumerate(clauses, 1)]
    return '\n'.join(out) + '\n'


def check():
    """The labels agree with themselves: base clauses add up to their indicator and its cell, areas to their points, the
    base to 100, bonus and deduction clauses within their item."""
    total = count = 0
    for title, points, inds in AREAS:
        area = 0
        for name, pts, _, kind, most, _, _, _, clauses in inds:
            count += len(clauses)
            assert most in pts, name
            if kind == 'base':
                assert sum(float(p) for _, p, _ in clauses) == float(most), name
                area += float(most)
            else:
                assert all(float(p) <= float(most) for _, p, _ in clauses), name
        if points:
            assert area == float(points.rstrip('分')), title
            total += area
    assert total == TOTAL, total
    assert 14 <= len(indicators()) <= 18 and 45 <= count <= 60, (len(indicators()), count)


if __name__ == '__main__':
    check()
    out = pathlib.Path(sys.argv[1])
    (out / 'twelfth.html').write_text(page(table_a()), encoding='utf-8')
    (out / 'twelfth-wide.html').write_text(page(table_b()), encoding='utf-8')
    if len(sys.argv) > 3 and sys.argv[2] == '--expected':
        pathlib.Path(sys.argv[3]).write_text(expected(), encoding='utf-8')
