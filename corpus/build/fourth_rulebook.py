#!/usr/bin/env python3
"""A fourth scoring table, invented for the tests in another layout: areas as rows spanning the whole table
(一、组织保障（10分）), columns 序号 | 考核指标 | 分值 | 评分细则 | 备注 with the points before the criteria and written
with their unit (4分), alternatives on who leads and on how far a measure went, per-item awards capped in the same
sentence (每…得X分，最多得Y分), a deduction capped in its last words (本项最多扣N分), bonus items capped per indicator
(最高加N分) and a deduction section, the cap of an indicator written in its 备注 cell.

Writes fourth.html into the folder given, and with --expected PATH the clause points, rule and the indicator kinds and
caps it is meant to give, as a TSV the tests read."""
import html, sys, pathlib
from seeds_to_html import STYLE

# (area row, [(number, title, points cell, criteria, note, [(clause, points, rule)], indicator kind, indicator max)])
AREAS = [
    ('一、组织保障（10分）', [
        (1, '领导重视', '4分', '（1）领导小组由本级政府主要负责同志任组长的，得2分；由分管负责同志任组长的，得1分。'
                            '（2）年度工作要点经领导小组审议后印发的，得2分。', '',
         [(1, '2', 'tiered'), (2, '2', 'fixed')], 'base', '4'),
        (2, '机构队伍', '3分', '（1）领导小组办公室配备专职工作人员的，得1.5分。（2）建立成员单位联络员制度的，得1.5分。', '',
         [(1, '1.5', 'fixed'), (2, '1.5', 'fixed')], 'base', '3'),
        (3, '经费保障', '3分', '工作经费较上年增长的，得3分；与上年持平的，得2分；较上年减少的，得1分。', '',
         [(1, '3', 'growth')], 'base', '3'),
    ]),
    ('二、执法办案（14分）', [
        (4, '案件查办', '8分', '（1）每查办侵权假冒案件10件，得0.5分，最多得4分。（2）查办案件入选全省典型案例的，每件得1分，最多得2分。'
                            '（3）涉嫌犯罪案件移送率达到90%以上的，得2分；达到80%的，得1分。', '',
         [(1, '4', 'per_item'), (2, '2', 'per_item'), (3, '2', 'rate_bands')], 'base', '8'),
        (5, '两法衔接', '3分', '（1）建立行政执法与刑事司法衔接工作机制的，得1分。（2）召开两法衔接联席会议的，得2分。', '',
         [(1, '1', 'fixed'), (2, '2', 'fixed')], 'base', '3'),
        (6, '信息公开', '3分', '行政处罚案件信息按规定全部公开的，得3分；应公开未公开的，每件扣0.5分，本项最多扣3分。', '',
         [(1, '3', 'deduction')], 'base', '3'),
    ]),
    ('三、宣传培训（6分）', [
        (7, '宣传报道', '4分', '（1）在中央媒体刊发报道的，每篇得1分；在省级媒体刊发报道的，每篇得0.5分；最多得3分。'
                            '（2）制定年度宣传工作方案的，得1分。', '',
         [(1, '3', 'per_item'), (2, '1', 'fixed')], 'base', '4'),
        (8, '执法培训', '2分', '举办执法培训班，有培训通知、培训总结和人员名单等材料的，得2分。', '',
         [(1, '2', 'materials')], 'base', '2'),
    ]),
    ('四、加分项目', [
        (9, '工作创新', '加分', '（1）经验做法被国家有关部门推广的，每项加1分。（2）被省级有关部门推广的，每项加0.5分。', '本项最高加2分',
         [(1, '2', 'per_item'), (2, '2', 'per_item')], 'bonus', '2'),
        (10, '督办案件', '加分', '承办挂牌督办案件并按期办结的，每件加0.5分，最高加2分。', '',
         [(1, '2', 'per_item')], 'bonus', '2'),
    ]),
    ('五、扣分项目', [
        (11, '责任追究', '扣分', '（1）辖区发生区域性侵权假冒问题被上级通报的，每次扣2分。（2）未按时报送统计数据的，每次扣0.5分。', '本项最多扣5分',
         [(1, '5', 'deduction'), (2, '5', 'deduction')], 'deduction', '5'),
    ]),
]
TOTAL = 30

def table():
    rows = ["<tr><td>序号</td><td>考核指标</td><td>分值</td><td>评分细则</td><td>备注</td></tr>"]
    for area, items in AREAS:
        rows.append(f"<tr><td colspan='5'>{html.escape(area)}</td></tr>")
        for n, title, points, criteria, note, *_ in items:
            rows.append(f"<tr><td>{n}</td><td>{html.escape(title)}</td><td>{html.escape(points)}</td><td>{html.escape(criteria)}</td><td>{html.escape(note)}</td></tr>")
    rows.append(f"<tr><td>合计</td><td></td><td>{TOTAL}分</td><td></td><td></td></tr>")
    return "<table border='1' cellspacing='0' cellpadding='3'>" + ''.join(rows) + "</table>"

def build():
    body = ["<p class='red'>江汉省打击侵权假冒工作领导小组办公室</p>", "<p class='num'>江打假办〔2021〕3号</p>",
            "<p class='title'>关于印发2021年度打击侵权假冒工作考核细则的通知</p>",
            "<p class='flush'>各市州打击侵权假冒工作领导小组办公室：</p>",
            "<p>现将《2021年度打击侵权假冒工作考核细则》印发给你们。请各地对照细则做好自评，于2022年1月8日前报送自评报告和佐证材料。</p>",
            "<p class='sign'>江汉省打击侵权假冒工作领导小组办公室</p>", "<p class='sign'>2021年12月20日</p>",
            "<p class='flush'>附件</p>", "<p class='title'>2021年度打击侵权假冒工作考核细则</p>", table()]
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}</head><body>{''.join(body)}</body></html>"

def expected():
    lines = ['# indicator\tclause\tpoints\trule\tindicator kind\tindicator max — what the fourth table is meant to give']
    for _, items in AREAS:
        for n, _, _, _, _, clauses, kind, most in items:
            lines += [f"{n}\t{c}\t{p}\t{r}\t{kind}\t{most}" for c, p, r in clauses]
    return '\n'.join(lines) + '\n'

if __name__ == '__main__':
    (pathlib.Path(sys.argv[1]) / 'fourth.html').write_text(build(), encoding='utf-8')
    if len(sys.argv) > 3 and sys.argv[2] == '--expected':
        pathlib.Path(sys.argv[3]).write_text(expected(), encoding='utf-8')
