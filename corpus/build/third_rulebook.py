#!/usr/bin/env python3
"""A third scoring table, invented for the tests in yet another province's style: the area column first with (一)(二)
numbering and its points in brackets, the number column second, the criteria in a column named 评价标准 before a
评价方式 column and the points last; clauses numbered 1. ① (1) 一是 (一), points written as 得N分 or only as (N分),
alternatives (增长的得3分；持平的得1.5分; 组长由…担任的得3分；由…担任的得2分), an indicator whose points cell is
blank, one split over two rows as a page break leaves it, 加分项 and 扣分项 sections whose caps are written in the
last clause (本项最高加3分, 本项最多扣10分), a totals row and a note.

Writes third.html into the folder given, and with --expected PATH the clause points, rule and the indicator caps it is
meant to give, as a TSV the tests read."""
import html, sys, pathlib
from seeds_to_html import STYLE

# (area, [(number, title, points cell, [criteria rows: a page break splits the first indicator of 执法监管 in two],
#          [(clause, points, rule)], indicator kind, indicator max)])
AREAS = [
    ('（一）组织领导（15分）', [
        (1, '领导机制', '6', ['1.建立打击侵权假冒工作领导小组，组长由本级政府主要负责同志担任的得3分；由政府分管负责同志担任的得2分。'
                          '2.领导小组年内召开全体会议研究部署工作并形成会议纪要的，得2分；召开专题会议研究具体问题的，再得1分。'],
         [(1, '3', 'tiered'), (2, '3', 'multi_award')], 'base', '6'),
        (2, '工作部署', '5', ['①印发年度工作要点或工作计划（2分）；②将打击侵权假冒工作纳入本级政府绩效考核（2分）；③按时报送半年和年度工作总结（1分）。'],
         [(1, '2', 'fixed'), (2, '2', 'fixed'), (3, '1', 'fixed')], 'base', '5'),
        (3, '经费保障', '', ['1.打击侵权假冒工作经费列入本级财政预算的，得2分。2.经费投入较上年增长的得2分，持平的得1分，下降的不得分。'],
         [(1, '2', 'fixed'), (2, '2', 'growth')], 'base', '4'),
    ]),
    ('（二）执法监管（20分）', [
        (4, '案件查办', '10', ['1.侵权假冒案件立案数较上年增长的得3分；持平的得1.5分。2.向公安机关移送涉嫌犯罪案件的，每移送1件得1分，最高得3分。',
                          '3.报送典型案例3件以上的得2分；1至2件的得1分。4.开展重点领域专项执法行动，有行动方案和工作总结的，得2分。'],
         [(1, '3', 'growth'), (2, '3', 'per_item'), (3, '2', 'tiered'), (4, '2', 'fixed')], 'base', '10'),
        (5, '两法衔接', '6', ['（1）建立行政执法与刑事司法衔接工作机制的，得2分。（2）按时在两法衔接信息共享平台录入案件信息的，得2分；未按时录入的，每次扣0.5分，扣完为止。（3）召开两法衔接联席会议的，得2分。'],
         [(1, '2', 'fixed'), (2, '2', 'deduction'), (3, '2', 'fixed')], 'base', '6'),
        (6, '信息公开', '4', ['行政处罚案件信息按规定公开的，得4分；应公开未公开的，每件扣1分，扣完为止。'],
         [(1, '4', 'deduction')], 'base', '4'),
    ]),
    ('（三）宣传教育（10分）', [
        (7, '宣传报道', '6', ['一是在中央媒体刊发报道的，每篇得1分；在省级媒体刊发报道的，每篇得0.5分，本项最高得4分。二是制定年度宣传工作方案的，得2分。'],
         [(1, '4', 'per_item'), (2, '2', 'fixed')], 'base', '6'),
        (8, '执法培训', '4', ['(一)举办执法人员培训，有培训通知、培训总结、人员名单等材料的，得2分。(二)组织企业开展知识产权保护培训的，得1分；仅转发上级培训通知的，得0.5分。(三)开展知识产权宣传周活动的，得1分。'],
         [(1, '2', 'materials'), (2, '1', 'tiered'), (3, '1', 'fixed')], 'base', '4'),
    ]),
    ('（四）加分项', [
        (9, '创新工作', '3', ['1.工作经验做法被国务院或国家有关部门推广的，每项加1分；被省级推广的，每项加0.5分。2.获得省级以上表彰的，加1分。本项最高加3分。'],
         [(1, '3', 'per_item'), (2, '1', 'fixed')], 'bonus', '3'),
        (10, '挂牌督办', '2', ['承办国家或省级挂牌督办案件并按期办结的，每件加1分，最高加2分。'],
         [(1, '2', 'per_item')], 'bonus', '2'),
    ]),
    ('（五）扣分项', [
        (11, '重大事件', '扣分', ['1.辖区内发生重大侵权假冒事件并造成恶劣社会影响的，每起扣3分；2.上级督办的案件未按期办结的，每件扣1分；3.被国家或省级通报批评的，每次扣2分。本项最多扣10分。'],
         [(1, '10', 'deduction'), (2, '10', 'deduction'), (3, '10', 'deduction')], 'deduction', '10'),
        (12, '数据报送', '扣分', ['统计数据报送不及时、不准确的，每项扣0.5分，最多扣2分。'],
         [(1, '2', 'deduction')], 'deduction', '2'),
    ]),
]
TOTAL = 45

def table():
    rows = ["<tr><td>评价项目</td><td>序号</td><td>评价内容</td><td>评价标准</td><td>评价方式</td><td>分值</td></tr>"]
    for area, items in AREAS:
        span = sum(len(item[3]) for item in items)
        first = True
        for n, title, points, parts, _, kind, _ in items:
            for k, part in enumerate(parts):
                area_cell = f"<td rowspan='{span}'>{html.escape(area)}</td>" if first else ''
                first = False
                way = '查阅资料' if kind == 'base' else '核实情况'
                if k == 0:
                    rows.append(f"<tr>{area_cell}<td>{n}</td><td>{html.escape(title)}</td><td>{html.escape(part)}</td><td>{way}</td><td>{points}</td></tr>")
                else:  # the rest of the indicator, carried onto the next page
                    rows.append(f"<tr>{area_cell}<td></td><td></td><td>{html.escape(part)}</td><td></td><td></td></tr>")
    rows.append(f"<tr><td>合计</td><td></td><td></td><td></td><td></td><td>{TOTAL}</td></tr>")
    rows.append("<tr><td colspan='6'>注：加分项最高加5分，扣分项最多扣12分，两项与基本分相加为考核得分。</td></tr>")
    return "<table border='1' cellspacing='0' cellpadding='3'>" + ''.join(rows) + "</table>"

def build():
    body = ["<p class='red'>云梦省打击侵权假冒工作领导小组办公室</p>", "<p class='num'>云打假办发〔2020〕5号</p>",
            "<p class='title'>关于印发《2020年度打击侵权假冒工作绩效考核评分标准》的通知</p>",
            "<p class='flush'>各市、县人民政府打击侵权假冒工作领导小组办公室：</p>",
            "<p>为客观评价各地2020年度打击侵权假冒工作成效，现将评分标准印发给你们。考核采取各地自评和省级评审相结合的方式，自评占20%，省级评审占80%。"
            "请各地对照评分标准开展自评，于2021年1月10日前将自评报告及佐证材料报送省打击侵权假冒工作领导小组办公室。</p>",
            "<p class='sign'>云梦省打击侵权假冒工作领导小组办公室</p>", "<p class='sign'>2020年12月18日</p>",
            "<p class='flush'>附件</p>",  # no page break: the table runs over a page, splitting a row
            "<p class='title'>2020年度打击侵权假冒工作绩效考核评分标准</p>", table()]
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}</head><body>{''.join(body)}</body></html>"

def expected():
    lines = ['# indicator\tclause\tpoints\trule\tindicator kind\tindicator max — what the third table is meant to give']
    for _, items in AREAS:
        for n, _, _, _, clauses, kind, most in items:
            lines += [f"{n}\t{c}\t{p}\t{r}\t{kind}\t{most}" for c, p, r in clauses]
    return '\n'.join(lines) + '\n'

if __name__ == '__main__':
    (pathlib.Path(sys.argv[1]) / 'third.html').write_text(build(), encoding='utf-8')
    if len(sys.argv) > 3 and sys.argv[2] == '--expected':
        pathlib.Path(sys.argv[3]).write_text(expected(), encoding='utf-8')
