#!/usr/bin/env python3
"""A ninth scoring table, invented for the tests: a provincial office's 考核评分细则 in a layout the eight others leave out.

The table (ninth.html): six columns 一级指标 | 二级指标 | 分值 | 考核要求 | 评分标准 | 佐证材料. The 一级指标 cell is merged down
over the area's indicators and carries the area's points on a line of its own (一、组织领导 / （15分）); the 二级指标 a
short title; 考核要求 a requirement sentence with no points; the clauses only in 评分标准; 佐证材料 a list of evidence,
itself numbered in some rows (1.… 2.…, ①②③, 1.…；2.…) though it holds no clauses. Header repeated on each page, a 合计 row
of 100分, and a 说明 paragraph under the table.

Clauses numbered （1）（2）, 一是…；二是…, ①② run together, 1、2、, （一）（二）, a、b、, 1. 2. after full stops, ⑴⑵, or
not numbered (one line each, one paragraph each, or parted by ；). Point shapes: fixed awards; tiers and alternatives
(由主要负责同志担任的得3分，由分管负责同志担任的得1.5分); 得满分 with the points only in the 分值 cell; per item with a cap
(每签订1份得1分，最高得3分 / 累计不超过3分 / 每篇分别得1分、0.5分); 不少于N个 thresholds; a ranking; growth; a rate scored
down from its points (每低1个百分点扣0.1分，扣完为止); rate bands; materials (提供…等材料的得2分); two awards in one clause
(各得1分 / …的得1分，…的再得1分); a deduction with 满分3分 in the clause and one whose points are only in the 分值 cell;
count tiers (50家以上…30至49家…); a satisfaction score in bands; a bonus area capped overall in its merged cell, each bonus
indicator capped in its 分值 cell; a deduction indicator capped in its last clause (本项最多扣5分).

Writes ninth.html into the folder given; with --expected PATH the clause points, rule and the indicator kinds and caps a
careful reader takes from the table, as a TSV (indicator, clause, points, rule, indicator kind, indicator max)."""
import sys, pathlib
from seeds_to_html import STYLE
from eighth_rulebook import cell  # a table cell as the eighth builder writes one (paragraphs or lines)

# An indicator: (二级指标, 分值 cell, 考核要求, 评分标准, 佐证材料, [(clause, points, rule)], kind, max).
# 评分标准 and 佐证材料: a string, '\n' a line break inside the paragraph; or a list, one paragraph each.
AREAS = [
    ('一、组织领导\n（15分）', [
        ('领导机构', '5', '健全知识产权保护工作领导体制，明确牵头部门和成员单位职责。',
         '（1）成立知识产权保护工作领导小组，组长由本级政府主要负责同志担任的得3分，由分管负责同志担任的得1.5分；'
         '（2）领导小组办公室明确专人负责日常工作的，得1分；（3）根据人员变动及时调整领导小组成员并发文的，得1分。',
         '1.领导小组成立（调整）文件\n2.办公室工作人员名单',
         [(1, '3', 'tiered'), (2, '1', 'fixed'), (3, '1', 'fixed')], 'base', '5'),
        ('工作部署', '6', '年初研究部署，年中推进落实，年底总结评估。',
         '一是年内召开领导小组全体会议不少于2次的，得2分；二是印发本地区年度知识产权保护工作要点的，得2分；'
         '三是知识产权保护工作纳入党政领导班子实绩考核的得2分，纳入部门绩效考核的得1分。',
         '会议纪要、工作要点、考核文件',
         [(1, '2', 'threshold'), (2, '2', 'fixed'), (3, '2', 'tiered')], 'base', '6'),
        ('经费保障', '4', '知识产权保护工作经费纳入同级财政预算。',
         '工作经费列入本级财政预算并足额拨付的得满分；列入预算但未足额拨付的得2分；未列入预算的不得分。',
         '预算批复文件、资金拨付凭证',
         [(1, '4', 'tiered')], 'base', '4'),
    ]),
    ('二、制度建设\n（20分）', [
        ('协作机制', '8', '加强跨区域、跨部门协作，推动行政保护与司法保护有效衔接。',
         '①与其他设区市签订知识产权保护协作协议的，每签订1份得1分，最高得3分'
         '②建立知识产权行政执法与刑事司法衔接工作机制并定期召开联席会议的，得3分'
         '③建立知识产权纠纷多元化解机制，提供制度文件、运行台账等材料的，得2分',
         '①协作协议文本②联席会议纪要③制度文件及运行台账',
         [(1, '3', 'per_item'), (2, '3', 'fixed'), (3, '2', 'materials')], 'base', '8'),
        ('信用监管', '6', '将知识产权领域失信行为纳入信用监管。',
         '将知识产权领域严重违法失信行为纳入公共信用信息并依法公示的，得3分。\n'
         '对失信主体实施联合惩戒的，每起得0.5分，累计不超过3分。',
         '信用公示截图、联合惩戒文书',
         [(1, '3', 'fixed'), (2, '3', 'per_item')], 'base', '6'),
        ('快速维权', '6', '完善知识产权快速协同保护体系。',
         '建立知识产权维权援助工作站不少于3个的，得3分；建成知识产权保护中心或快速维权中心的得3分，'
         '已获批筹建的得1.5分。',
         '工作站授牌文件；保护中心批复或筹建文件',
         [(1, '3', 'threshold'), (2, '3', 'tiered')], 'base', '6'),
    ]),
    ('三、执法保护\n（35分）', [
        ('案件查办', '12', '依法查处专利、商标、地理标志等领域侵权假冒违法行为。',
         '1、查办专利、商标侵权假冒案件数量在全省排名前5位的得5分，第6至10位的得3分，其余的得2分；'
         '2、案件数量较上年增长10%以上的得4分，增长不足10%的得2分，持平或下降的不得分；'
         '3、办理具有重大影响的典型案件的，每件得1分，最高3分。',
         '案件统计表、典型案件卷宗目录',
         [(1, '5', 'ranking'), (2, '4', 'growth'), (3, '3', 'per_item')], 'base', '12'),
        ('纠纷调处', '8', '依法办理专利侵权纠纷行政裁决，推进调解协议司法确认。',
         '（一）专利侵权纠纷行政裁决案件法定期限内结案率达到90%以上的得5分，每低1个百分点扣0.1分，扣完为止；'
         '（二）建立调解协议司法确认工作机制并实际运行的，得3分。',
         '行政裁决案件台账、司法确认文书',
         [(1, '5', 'rate_bands'), (2, '3', 'fixed')], 'base', '8'),
        ('专项整治', '10', '围绕重点领域、重点市场开展专项整治行动。',
         'a、制定专项整治工作方案的，得1分；b、按月报送整治进展情况，满分3分，缺报、迟报一次扣0.5分，扣完为止；'
         'c、会同有关部门开展联合执法行动的，每次得0.5分，最高得2分；d、提供整治工作总结、典型案例汇编等材料的，得2分；'
         'e、查处的案件被列为省级挂牌督办案件的，每件得1分，最多得2分。',
         '1.整治方案；2.月报表；3.联合执法记录；4.工作总结、典型案例；5.督办通知',
         [(1, '1', 'fixed'), (2, '3', 'deduction'), (3, '2', 'per_item'), (4, '2', 'materials'), (5, '2', 'per_item')],
         'base', '10'),
        ('投诉举报', '5', '畅通投诉举报渠道，及时受理处置。',
         '投诉举报按时办结率达到95%以上的得满分，每低1个百分点扣0.2分，扣完为止。',
         '投诉举报平台统计数据',
         [(1, '5', 'rate_bands')], 'base', '5'),
    ]),
    ('四、宣传培训\n（20分）', [
        ('宣传引导', '8', '营造尊重和保护知识产权的良好社会氛围。',
         ['组织开展“4·26”知识产权宣传周、中国品牌日宣传活动的，各得1分',
          '在中央、省级媒体刊发保护工作宣传报道的，每篇分别得1分、0.5分，累计不超过3分',
          '发布本地区知识产权保护状况白皮书和典型案例的，得3分'],
         '活动方案、媒体报道截图、白皮书',
         [(1, '2', 'multi_award'), (2, '3', 'per_item'), (3, '3', 'fixed')], 'base', '8'),
        ('业务培训', '7', '提升行政执法人员业务能力。',
         '1.制定年度培训计划的得1分，按计划完成培训任务的再得1分。2.举办执法人员业务培训班2期以上的得2分，1期的得1分。'
         '3.执法人员年度培训覆盖率达到100%的得3分，达到80%的得1.5分，低于80%的不得分。',
         '培训计划、培训通知、签到表、课件',
         [(1, '2', 'multi_award'), (2, '2', 'tiered'), (3, '3', 'rate_bands')], 'base', '7'),
        ('信息报送', '5', '按时、准确报送季度统计数据、工作信息和专项行动进展。',
         '迟报一次扣0.5分，漏报一次扣1分，数据失实一次扣1分，扣完为止。',
         '—',
         [(1, '5', 'deduction')], 'base', '5'),
    ]),
    ('五、社会共治\n（10分）', [
        ('行业自律与企业服务', '6', '发挥行业组织作用，服务企业提升知识产权保护能力。',
         '⑴指导行业协会、商会制定知识产权保护自律公约的，得2分；⑵开展企业知识产权合规指导服务，服务企业50家以上的得4分，'
         '30至49家的得3分，10至29家的得2分，不足10家的不得分。',
         '自律公约文本、服务企业名单',
         [(1, '2', 'fixed'), (2, '4', 'tiered')], 'base', '6'),
        ('社会满意度', '4', '知识产权保护社会满意度稳步提升。',
         '以第三方开展的知识产权保护社会满意度调查结果为准，满意度得分85分以上的得4分，75分至85分的得2分，'
         '低于75分的得1分。',
         '第三方调查报告',
         [(1, '4', 'tiered')], 'base', '4'),
    ]),
    ('六、加分项目\n（累计最高加4分）', [
        ('创新示范', '2', '工作创新取得明显成效。',
         '工作经验做法被国家知识产权局等国家部委推广的加2分，被省级部门推广的加1分（同一事项不重复加分）。',
         '推广文件',
         [(1, '2', 'tiered')], 'bonus', '2'),
        ('荣誉表彰', '3', '保护工作获得上级肯定。',
         '（1）获评国家级知识产权保护规范化市场、示范区的，每个加1.5分；'
         '（2）在全省知识产权保护工作会议上作典型经验交流发言的，加1分。',
         '命名文件、会议议程',
         [(1, '3', 'per_item'), (2, '1', 'fixed')], 'bonus', '3'),
    ]),
    ('七、扣分项目', [
        ('责任追究', '—', '落实知识产权保护属地责任。',
         '辖区内发生重大知识产权侵权事件并造成恶劣社会影响的，每起扣2分\n'
         '工作推进不力被上级部门通报批评的，每次扣1分\n'
         '考核材料弄虚作假的，每发现一处扣1分，本项最多扣5分',
         '通报文件等',
         [(1, '5', 'deduction'), (2, '5', 'deduction'), (3, '5', 'deduction')], 'deduction', '5'),
    ]),
]
TOTAL = 100
HEAD = ['一级指标', '二级指标', '分值', '考核要求', '评分标准', '佐证材料']


def table():
    # <thead> makes LibreOffice repeat the header row at the top of each page the table runs onto.
    head = "<thead><tr>" + ''.join(cell(h, tag='th') for h in HEAD) + "</tr></thead>"
    out = []
    for area, items in AREAS:
        for k, (title, points, requirement, criteria, proof, *_) in enumerate(items):
            first = cell(area, rows=len(items)) if k == 0 else ''
            out.append(f"<tr>{first}{cell(title)}{cell(points)}{cell(requirement)}{cell(criteria)}{cell(proof)}</tr>")
    out.append(f"<tr>{cell('合计', cols=2)}{cell(f'{TOTAL}分')}{cell('', cols=3)}</tr>")
    return "<table border='1' cellspacing='0' cellpadding='3'>" + head + "<tbody>" + ''.join(out) + "</tbody></table>"


def page(body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}</head><body>{''.join(body)}</body></html>"


def build():
    return page(["<p class='red'>东原省知识产权保护工作领导小组办公室</p>", "<p class='num'>东知保办〔2026〕4号</p>",
                 "<p class='title'>关于印发《2025年度全省知识产权保护工作考核评分细则》的通知</p>",
                 "<p class='flush'>各设区市知识产权保护工作领导小组办公室，省领导小组各成员单位：</p>",
                 "<p>为深入贯彻落实知识产权强省建设部署，客观评价各地知识产权保护工作成效，省知保办研究制定了"
                 "《2025年度全省知识产权保护工作考核评分细则》，现印发给你们。请各地对照细则认真开展自评，"
                 "于2026年2月10日前将自评表及佐证材料报送省知保办。</p>",
                 "<p class='sign'>东原省知识产权保护工作领导小组办公室</p>", "<p class='sign'>2026年1月8日</p>",
                 "<p class='flush' style='page-break-before: always'>附件</p>",
                 "<p class='title'>2025年度全省知识产权保护工作考核评分细则</p>", table(),
                 "<p class='flush'>说明：考核实行百分制，基础指标满分100分；加分项目与扣分项目另行计算，"
                 "与基础指标得分相加为最终得分。佐证材料须加盖单位公章。</p>"])


def numbered():
    n = 0
    for _, items in AREAS:
        for item in items:
            n += 1
            yield n, item


def expected():
    out = ['# indicator\tclause\tpoints\trule\tindicator kind\tindicator max — what the ninth table is meant to give']
    for n, (*_, clauses, kind, most) in numbered():
        out += [f"{n}\t{c}\t{p}\t{r}\t{kind}\t{most}" for c, p, r in clauses]
    return '\n'.join(out) + '\n'


def check():
    total = 0
    for _, items in AREAS:
        area_total = 0
        for n, (title, points, _, _, _, clauses, kind, most) in [(0, i) for i in items]:
            if kind == 'base':
                assert sum(float(p) for _, p, _ in clauses) == float(most) == float(points), title
                area_total += float(most)
            elif kind == 'bonus':
                assert float(points) == float(most), title
        total += area_total
    for area, items in AREAS:
        if all(i[6] == 'base' for i in items):
            assert f'（{sum(float(i[7]) for i in items):g}分）' in area, area
    assert total == TOTAL, total


if __name__ == '__main__':
    check()
    out = pathlib.Path(sys.argv[1])
    (out / 'ninth.html').write_text(build(), encoding='utf-8')
    if len(sys.argv) > 3 and sys.argv[2] == '--expected':
        pathlib.Path(sys.argv[3]).write_text(expected(), encoding='utf-8')
