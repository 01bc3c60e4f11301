#!/usr/bin/env python3
"""A fifth scoring table, invented for the tests (tuning half) in a layout none of the others use: three levels, each a
merged cell — 一级指标 (the area with its points, 一、组织领导（16分）) spanning all its rows, 二级指标 (the indicator,
1.领导机制) spanning its clause rows — and then one row per clause for some indicators (a 考核要点 cell naming the
clause, its 评分标准 and its own points in the 分值 column, or its points only inside the text), one row holding all
the clauses for others (numbered ①②③, （一）（二）, 一是/二是, 1. 2., (1)(2), 1、2、 or not at all). The 分值 column
gives a clause's points on a clause row, an indicator's points on a merged or single row, and is blank where the
indicator's points stand only in its title cell (8.宣传报道（5分）). Points are written 得N分, 计N分, （N分）, or 得满分
(the clause's 分值); alternatives and rank tiers (排名前三的得3分，四至六名得2分), per-item awards capped (每有1篇…得0.5分，
最高2分) or bounded only by the indicator, deductions to nothing (扣完为止) or capped in the last clause (本项最多扣8分),
a bonus item capped inside its last clause (本项加分不超过3分), decimals (0.25, 1.5, 2.5).

Writes fifth.html into the folder given, and with --expected PATH the clause points, rule and the indicator kinds and
caps a careful reader takes from it, as a TSV (indicator, clause, points, rule, indicator kind, indicator max)."""
import html, sys, pathlib
from seeds_to_html import STYLE

# An indicator: (number, title cell, assessor, layout, rows, [(clause, points, rule)], kind, max).
#   layout 'rows'   : one row per clause — rows are (考核要点, 评分标准, 分值 cell of that row)
#   layout 'merged' : one row per clause, the 分值 cell merged over them — rows are (考核要点, 评分标准), points = the cell
#   layout 'single' : one row — rows is [(考核要点, 评分标准, 分值 cell)]
AREAS = [
    ('一、组织领导（16分）', [
        (1, '1.领导机制', '省打假办', 'rows', [
            ('领导小组', '领导小组组长由本级政府主要负责同志担任的得3分；由政府分管负责同志担任的得2分；未明确组长的不得分。', '3'),
            ('全体会议', '年内召开领导小组全体会议研究部署工作，并印发会议纪要', '2'),
            ('工作要点', '印发本地区年度打击侵权假冒工作要点', '1'),
         ], [(1, '3', 'tiered'), (2, '2', 'fixed'), (3, '1', 'fixed')], 'base', '6'),
        (2, '2.责任落实（10分）', '省打假办', 'single', [
            ('绩效考核、目标责任、工作总结',
             '①将打击侵权假冒工作纳入本级政府对下级政府和部门的绩效考核（4分）；②与各成员单位签订年度目标责任书的，计3分；'
             '③按时报送半年工作总结的得1.5分，按时报送年度工作总结的得1.5分。', ''),
         ], [(1, '4', 'fixed'), (2, '3', 'fixed'), (3, '3', 'multi_award')], 'base', '10'),
    ]),
    ('二、执法监管（34分）', [
        (3, '3.专项行动', '省市场监管局', 'merged', [
            ('实施方案', '制定专项行动实施方案并在规定时间内印发的，得2分。'),
            ('集中检查', '开展集中检查，有检查记录、工作总结等材料的，得3分。'),
            ('办案成效', '专项行动查办案件数在全省排名前三的得3分，四至六名得2分，其余得1分。'),
         ], [(1, '2', 'fixed'), (2, '3', 'materials'), (3, '3', 'ranking')], 'base', '8'),
        (4, '4.案件查办', '省市场监管局、省公安厅', 'single', [
            ('立案、移送、典型案例',
             '（一）侵权假冒案件立案数较上年增长的得4分；与上年持平的得2分；较上年下降的不得分。'
             '（二）向公安机关移送涉嫌犯罪案件的，每移送1件得0.5分，最高2分。'
             '（三）报送典型案例被省级部门采用的，每有1篇得0.5分，最高2分；被国家有关部门采用的，每有1篇得1分，最高2分。', '10'),
         ], [(1, '4', 'growth'), (2, '2', 'per_item'), (3, '4', 'per_item')], 'base', '10'),
        (5, '5.两法衔接', '省公安厅、省检察院', 'single', [
            ('衔接机制、信息录入、监督事项',
             '一是建立行政执法与刑事司法衔接工作机制并召开联席会议的，计2分；二是按时在两法衔接信息共享平台录入案件信息的计2分，'
             '每漏录1件扣0.25分，扣完为止；三是对检察机关立案监督、移送建议等事项按期回复的，计2分。', '6'),
         ], [(1, '2', 'fixed'), (2, '2', 'deduction'), (3, '2', 'fixed')], 'base', '6'),
        (6, '6.信息公开', '省司法厅', 'single', [
            ('处罚信息公开', '行政处罚案件信息按规定时限全部公开的得4分；应公开未公开的，每发现一起扣1分，扣完为止。', '4'),
         ], [(1, '4', 'deduction')], 'base', '4'),
        (7, '7.重点领域（6分）', '省市场监管局、西岭海关', 'rows', [
            ('农村市场', '开展农村和城乡结合部市场侵权假冒专项整治，有方案、有总结的得满分；仅有方案的得1分。', '2'),
            ('网络市场', '开展电商平台和寄递渠道侵权假冒治理', '2'),
            ('进出口环节', '开展进出口环节知识产权保护专项行动，查获侵权货物的，每批次得0.5分', '2'),
         ], [(1, '2', 'tiered'), (2, '2', 'fixed'), (3, '2', 'per_item')], 'base', '6'),
    ]),
    ('三、宣传培训（14分）', [
        (8, '8.宣传报道（5分）', '省委宣传部', 'single', [
            ('媒体报道',
             '①在中央主流媒体刊发工作报道的，每篇得1分；②在省级媒体刊发的，每篇得0.5分；③在市级媒体或政务新媒体发布的，每篇得0.25分。', ''),
         ], [(1, '5', 'per_item'), (2, '5', 'per_item'), (3, '5', 'per_item')], 'base', '5'),
        (9, '9.执法培训', '省市场监管局、省知识产权局', 'rows', [
            ('执法人员培训', '举办执法人员业务培训班，有培训通知、课程安排和签到表等材料的', '2'),
            ('企业培训', '组织企业开展知识产权保护培训，参训企业30家以上的得2分，10至29家的得1分，不足10家的不得分。', '2'),
            ('宣传周活动', '组织开展“4·26”知识产权宣传周活动的得满分。', '1'),
         ], [(1, '2', 'materials'), (2, '2', 'tiered'), (3, '1', 'fixed')], 'base', '5'),
        (10, '10.社会共治', '省市场监管局', 'single', [
            ('举报奖励、投诉办结',
             '1.建立侵权假冒举报投诉奖励制度并兑现奖励的，得1.5分。2.侵权假冒投诉举报按期办结率达到95%以上的得2.5分，达到85%的得1.5分，低于85%的不得分。', '4'),
         ], [(1, '1.5', 'fixed'), (2, '2.5', 'rate_bands')], 'base', '4'),
    ]),
    ('四、制度建设（16分）', [
        (11, '11.信用监管（10分）', '省发展改革委、省市场监管局', 'single', [
            ('信息归集、联合惩戒、保护名录',
             '①将侵权假冒行政处罚信息按时归集至信用信息共享平台的计4分，每迟报1条扣0.5分，扣完为止；②对严重违法失信主体实施联合惩戒的，'
             '每有1例得1分，最高3分；③建立重点商标、专利保护名录并动态更新的，计3分。', ''),
         ], [(1, '4', 'deduction'), (2, '3', 'per_item'), (3, '3', 'fixed')], 'base', '10'),
        (12, '12.工作保障', '省财政厅、省打假办', 'single', [
            ('经费、人员',
             '(1)打击侵权假冒工作经费列入本级财政预算的，得2分；(2)经费投入较上年增长的得2分，持平的得1分；(3)领导小组办公室配备专职工作人员2名以上的得2分，1名的得1分。', '6'),
         ], [(1, '2', 'fixed'), (2, '2', 'growth'), (3, '2', 'tiered')], 'base', '6'),
    ]),
    ('五、加分项目（最高加5分）', [
        (13, '13.工作创新', '省打假办', 'single', [
            ('经验推广、典型发言',
             '(1)工作经验做法被国家有关部门推广的，每项加1分；(2)在全省工作会议上作典型交流发言的，每次加0.5分，本项加分不超过3分。', '加分'),
         ], [(1, '3', 'per_item'), (2, '3', 'per_item')], 'bonus', '3'),
        (14, '14.表彰激励', '省打假办', 'single', [
            ('表彰奖励', '获得国家级表彰的加2分，获得省级表彰的加1分，同一事项不重复计分。', '最高加2分'),
         ], [(1, '2', 'tiered')], 'bonus', '2'),
    ]),
    ('六、扣分项目', [
        (15, '15.重大事件', '省打假办', 'merged', [
            ('重大事件', '辖区内发生造成恶劣社会影响的重大侵权假冒事件的，每起扣3分。'),
            ('媒体曝光', '侵权假冒问题被中央媒体曝光并经查证属实的，每次扣2分。'),
            ('数据报送', '统计数据迟报、漏报的，每发现一起扣0.5分。本项最多扣8分。'),
         ], [(1, '8', 'deduction'), (2, '8', 'deduction'), (3, '8', 'deduction')], 'deduction', '8'),
        (16, '16.督办落实', '省打假办', 'single', [
            ('督办案件、问题整改',
             '1、上级交办督办的侵权假冒案件未按期办结的，每件扣0.5分；2、督查发现的问题整改不到位的，每项扣1.5分，本项最多扣5分。', '扣分'),
         ], [(1, '5', 'deduction'), (2, '5', 'deduction')], 'deduction', '5'),
    ]),
]
TOTAL = 80
MERGED_POINTS = {3: '8', 15: '扣分'}  # the 分值 cell spanning a 'merged' indicator's rows


def td(text, rows=1):
    span = f" rowspan='{rows}'" if rows > 1 else ''
    return f"<td{span}>{html.escape(text)}</td>"


def table():
    out = ["<tr><td>一级指标</td><td>二级指标</td><td>考核要点</td><td>评分标准</td><td>分值</td><td>评分单位</td></tr>"]
    for area, items in AREAS:
        area_rows = sum(len(item[4]) for item in items)
        first_of_area = True
        for n, title, assessor, layout, rows, *_ in items:
            for k, row in enumerate(rows):
                cells = ''
                if first_of_area:
                    cells += td(area, area_rows)
                    first_of_area = False
                if k == 0:
                    cells += td(title, len(rows))
                cells += td(row[0]) + td(row[1])
                if layout == 'merged':
                    cells += td(MERGED_POINTS[n], len(rows)) if k == 0 else ''
                else:
                    cells += td(row[2])
                if k == 0:
                    cells += td(assessor, len(rows))
                out.append(f"<tr>{cells}</tr>")
    out.append(f"<tr><td colspan='4'>合计</td><td>{TOTAL}</td><td></td></tr>")
    out.append("<tr><td colspan='6'>说明：基本分80分；加分项目最高加5分，扣分项目最多扣13分，三者相加为考核得分。"
               "分值栏为空的，以二级指标名称后所注分值为该项满分。</td></tr>")
    return "<table border='1' cellspacing='0' cellpadding='3'>" + ''.join(out) + "</table>"


def build():
    body = ["<p class='red'>西岭省打击侵权假冒工作领导小组办公室</p>", "<p class='num'>西打假办〔2022〕9号</p>",
            "<p class='title'>关于印发《2022年度打击侵权假冒工作绩效考核评分细则》的通知</p>",
            "<p class='flush'>各市（州）打击侵权假冒工作领导小组办公室，省领导小组各成员单位：</p>",
            "<p>为推动打击侵权假冒各项任务落到实处，现将《2022年度打击侵权假冒工作绩效考核评分细则》印发给你们。"
            "考核由各市（州）自评、成员单位评审和日常工作情况三部分组成，分别占20%、50%和30%。"
            "请各地对照细则逐项自评，于2023年1月12日前将自评报告及佐证材料报送省打击侵权假冒工作领导小组办公室。</p>",
            "<p class='sign'>西岭省打击侵权假冒工作领导小组办公室</p>", "<p class='sign'>2022年12月16日</p>",
            "<p class='flush' style='page-break-before: always'>附件</p>",
            "<p class='title'>2022年度打击侵权假冒工作绩效考核评分细则</p>", table()]
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}</head><body>{''.join(body)}</body></html>"


def expected():
    lines = ['# indicator\tclause\tpoints\trule\tindicator kind\tindicator max — what the fifth table is meant to give']
    for _, items in AREAS:
        for n, _, _, _, _, clauses, kind, most in items:
            lines += [f"{n}\t{c}\t{p}\t{r}\t{kind}\t{most}" for c, p, r in clauses]
    return '\n'.join(lines) + '\n'


def check():
    """The labels agree with themselves: base indicators' clauses add up to their max, areas to their points, 41+ clauses."""
    total, count = 0, 0
    for area, items in AREAS:
        area_sum = 0
        for n, _, _, _, _, clauses, kind, most in items:
            count += len(clauses)
            if kind == 'base':
                per = [c for c in clauses if c[2] == 'per_item' and c[1] == most and len(clauses) > 1]
                s = float(most) if per else sum(float(p) for _, p, _ in clauses)
                assert s == float(most), (n, s, most)
                area_sum += float(most)
        if '（' in area and '加' not in area:
            assert area_sum == float(area.split('（')[1].rstrip('分）')), (area, area_sum)
        total += area_sum
    assert total == TOTAL and count >= 40, (total, count)


if __name__ == '__main__':
    check()
    (pathlib.Path(sys.argv[1]) / 'fifth.html').write_text(build(), encoding='utf-8')
    if len(sys.argv) > 3 and sys.argv[2] == '--expected':
        pathlib.Path(sys.argv[3]).write_text(expected(), encoding='utf-8')
