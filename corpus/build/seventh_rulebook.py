#!/usr/bin/env python3
"""A seventh scoring table, invented for the tests (tuning half), as a county office writes one: a header of two rows
(序号 | 一级指标 | 二级指标 | 评分标准 | 分值 | 得分, the 得分 split below into 自评 and 复核, the others merged down), areas
without numerals in a merged 一级指标 cell, indicators numbered afresh in each area (1 2 3, then 1 2 …), long criteria that
run across a page break of the PDF. Clauses: awards relative to the item's points (完成全部任务的得满分，完成90%以上的得该项
分值的60%), a base item scored down from its points (本项满分6分…每发现一处扣0.5分，扣完为止), points first in brackets
（3分）, full-width digits and dots (得１．５分), clauses numbered 1) 2) and 第一、第二; bonus and deduction sections.

Writes seventh.html into the folder given, and with --expected PATH the clause points, rule and the indicator kinds and
caps a careful reader takes from it, as a TSV (indicator, clause, points, rule, indicator kind, indicator max). Indicators
are numbered through the table (the seventh printed 1 in its area is indicator 7)."""
import html, sys, pathlib
from seeds_to_html import STYLE

FILLER = '（以上须提供相关文件、会议记录、工作台账、照片等佐证材料，未提供佐证材料的不予认定。）'

# An indicator: (printed number, title, 分值 cell, criteria, [(clause, points, rule)], kind, max).
AREAS = [
    ('组织保障', [
        (1, '机构建设', '5', '完成年度机构建设全部任务的得满分；完成90%以上的得该项分值的60%；90%以下的不得分。',
         [(1, '5', 'rate_bands')], 'base', '5'),
        (2, '工作机制', '6', '1)（3分）建立部门联席会议制度并每半年至少召开一次会议；2)建立案件线索移送和通报制度的，得１．５分，'
         '制度落实到位的再得１．５分。' + FILLER,
         [(1, '3', 'fixed'), (2, '3', 'multi_award')], 'base', '6'),
        (3, '督查检查', '6', '本项满分6分。未按要求开展专项督查的，每发现一处扣0.5分，扣完为止。',
         [(1, '6', 'deduction')], 'base', '6'),
    ]),
    ('执法监管', [
        (1, '日常监管', '8', '第一，对辖区重点市场、重点企业开展日常检查，检查覆盖率达到100%的得4分，达到80%的得2分；'
         '第二，建立监管对象台账并动态更新的，得2分；第三，对投诉举报线索在15个工作日内核查处置的，得2分。' + FILLER,
         [(1, '4', 'rate_bands'), (2, '2', 'fixed'), (3, '2', 'fixed')], 'base', '8'),
        (2, '案件办理', '10', '1)办理侵权假冒案件10件以上的得5分，5至9件的得3分，不足5件的得1分；2)向司法机关移送案件的，每件得1分，'
         '最高得3分；3)案件卷宗评查合格的得2分。' + FILLER,
         [(1, '5', 'tiered'), (2, '3', 'per_item'), (3, '2', 'fixed')], 'base', '10'),
        (3, '专项整治', '5', '按要求开展春节、中秋等重要节点专项整治行动，每开展一次得1分，最高得5分。',
         [(1, '5', 'per_item')], 'base', '5'),
    ]),
    ('宣传引导', [
        (1, '宣传活动', '6', '1)开展“3·15”“4·26”等集中宣传活动的，得2分；2)在县级以上媒体刊发宣传稿件的，每篇得0.5分，最多得2分；'
         '3)制作发放宣传资料的得2分。',
         [(1, '2', 'fixed'), (2, '2', 'per_item'), (3, '2', 'fixed')], 'base', '6'),
        (2, '信息报送', '4', '按时报送工作信息的得满分，每迟报一次扣0.5分，扣完为止。',
         [(1, '4', 'deduction')], 'base', '4'),
    ]),
    ('加分项目', [
        (1, '经验推广', '加分', '工作经验被市级以上部门转发推广的，每项加1分，最多加2分。',
         [(1, '2', 'per_item')], 'bonus', '2'),
    ]),
    ('扣分项目', [
        (1, '工作失误', '扣分', '1)发生区域性、系统性侵权假冒问题的，每起扣2分；2)工作推进不力被通报的，每次扣1分；本项最多扣5分。',
         [(1, '5', 'deduction'), (2, '5', 'deduction')], 'deduction', '5'),
    ]),
]
TOTAL = 50


def td(text, rows=1, cols=1):
    attr = (f" rowspan='{rows}'" if rows > 1 else '') + (f" colspan='{cols}'" if cols > 1 else '')
    return f"<td{attr}>{html.escape(text)}</td>"


def table():
    head = ("<thead><tr>" + ''.join(td(h, rows=2) for h in ['序号', '一级指标', '二级指标', '评分标准', '分值'])
            + td('得分', cols=2) + "</tr><tr>" + td('自评') + td('复核') + "</tr></thead>")
    out = []
    for area, items in AREAS:
        for k, (n, title, points, criteria, *_) in enumerate(items):
            first = td(area, rows=len(items)) if k == 0 else ''
            out.append(f"<tr>{td(str(n))}{first}{td(title)}{td(criteria)}{td(points)}{td('')}{td('')}</tr>")
    out.append(f"<tr>{td('合计', cols=4)}{td(str(TOTAL))}{td('')}{td('')}</tr>")
    return "<table border='1' cellspacing='0' cellpadding='3'>" + head + "<tbody>" + ''.join(out) + "</tbody></table>"


def build():
    body = ["<p class='red'>南屏县打击侵权假冒工作领导小组办公室</p>", "<p class='num'>南打假办〔2024〕2号</p>",
            "<p class='title'>关于开展2024年度打击侵权假冒工作考核的通知</p>",
            "<p class='flush'>各乡镇人民政府，县领导小组各成员单位：</p>",
            "<p>为做好2024年度打击侵权假冒工作考核，现将《2024年度打击侵权假冒工作考核细则》印发给你们，"
            "请于2025年1月15日前报送自评报告和佐证材料。</p>",
            "<p class='sign'>南屏县打击侵权假冒工作领导小组办公室</p>", "<p class='sign'>2024年12月2日</p>",
            "<p class='flush' style='page-break-before: always'>附件</p>",
            "<p class='title'>2024年度打击侵权假冒工作考核细则</p>", table()]
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}</head><body>{''.join(body)}</body></html>"


def numbered():
    n = 0
    for _, items in AREAS:
        for item in items:
            n += 1
            yield n, item


def expected():
    lines = ['# indicator\tclause\tpoints\trule\tindicator kind\tindicator max — what the seventh table is meant to give']
    for n, (_, _, _, _, clauses, kind, most) in numbered():
        lines += [f"{n}\t{c}\t{p}\t{r}\t{kind}\t{most}" for c, p, r in clauses]
    return '\n'.join(lines) + '\n'


def check():
    total = 0
    for n, (_, _, points, _, clauses, kind, most) in numbered():
        if kind == 'base':
            assert sum(float(p) for _, p, _ in clauses) == float(most) == float(points), n
            total += float(most)
    assert total == TOTAL, total


if __name__ == '__main__':
    check()
    (pathlib.Path(sys.argv[1]) / 'seventh.html').write_text(build(), encoding='utf-8')
    if len(sys.argv) > 3 and sys.argv[2] == '--expected':
        pathlib.Path(sys.argv[3]).write_text(expected(), encoding='utf-8')
