#!/usr/bin/env python3
"""A sixth scoring table, invented for the tests (tuning half), as a city office writes one: 序号 | 考核项目 | 分值 |
考核内容及评分标准 | 考核责任单位 — the points column left of the criteria and written with its unit (6分, 加分项), one column
headed for both the content and the criteria, areas as rows across the table headed 第一部分 … 第五部分, and the header
row repeated on every page of the PDF. Clauses are numbered (1) ① 1. or not at all (several sentences each with its own
award make one clause); points are written 得N分, 计N分, （N分） at the end of a clause or before its sub-items
("（4分）：1.…得2分；2.…得2分"), in full-width digits (得４分) and in Chinese numerals (得三分, 得一点五分, 扣二分); a
formula (得分=按期处置率×4分); completion tiers (全部完成的得4分，完成80%以上的得3分…); a deduction inside a clause
(…（3分），每迟报一次扣0.5分，扣完为止); an indicator whose points stand only in its own header row, its clauses in rows
below; bonus items capped inside the clause (最多加2分), deduction items capped after the last clause (本项最多扣6分).

Writes sixth.html into the folder given, and with --expected PATH the clause points, rule and the indicator kinds and
caps a careful reader takes from it, as a TSV (indicator, clause, points, rule, indicator kind, indicator max)."""
import html, sys, pathlib
from seeds_to_html import STYLE

# An indicator: (number, title, 分值 cell, assessor, criteria, [(clause, points, rule)], kind, max). A criteria given as a
# list is written as the indicator's header row (its criteria cell empty) and then one row per item below it.
AREAS = [
    ('第一部分 组织领导（20分）', [
        (1, '领导责任', '6分', '市打假办',
         '(1)党委、政府主要负责同志专题听取打击侵权假冒工作汇报的，得3分；分管负责同志听取汇报的，得2分。'
         '(2)将打击侵权假冒工作经费纳入本级财政预算（3分）。',
         [(1, '3', 'tiered'), (2, '3', 'fixed')], 'base', '6'),
        (2, '工作部署', '8分', '市打假办',
         '年初印发年度工作要点，明确任务分工和完成时限。1.印发年度工作要点的得2分；2.召开领导小组会议并形成会议纪要的得2分；'
         '3.建立重点任务工作台账的得2分；4.开展年中督导检查并通报结果的得2分。',
         [(1, '2', 'fixed'), (2, '2', 'fixed'), (3, '2', 'fixed'), (4, '2', 'fixed')], 'base', '8'),
        (3, '考核落实', '6分', '市打假办、市委组织部',
         '将打击侵权假冒工作纳入对下级政府绩效考核的计6分；纳入部门年度目标考核但未纳入政府绩效考核的计3分；未纳入的不得分。',
         [(1, '6', 'tiered')], 'base', '6'),
    ]),
    ('第二部分 执法办案（40分）', [
        (4, '案件查办', '12分', '市市场监管局、市公安局',
         '(1)侵权假冒案件办案量较上年增长的得4分，持平的得2分，下降的不得分。(2)查办货值金额50万元以上的大要案，每件得1分，最多得4分。'
         '(3)按月报送案件统计报表（4分），每迟报一次扣0.5分，扣完为止。',
         [(1, '4', 'growth'), (2, '4', 'per_item'), (3, '4', 'deduction')], 'base', '12'),
        (5, '行刑衔接', '8分', '市公安局、市检察院', [
            '(1)与公安、检察机关建立联席会议制度并召开会议的得2分；',
            '(2)向公安机关移送涉嫌犯罪案件的，每移送1件得1分，最高得3分；',
            '(3)在信息共享平台录入行政处罚案件信息，录入率达到100%的得3分，达到90%的得2分，低于90%的不得分。'],
         [(1, '2', 'fixed'), (2, '3', 'per_item'), (3, '3', 'rate_bands')], 'base', '8'),
        (6, '网络市场', '10分', '市市场监管局、市委网信办',
         '①督促电商平台落实主体责任，开展网络市场专项监测的得3分。②网络侵权假冒投诉按期处置，得分=按期处置率×4分。'
         '③对监测发现的违法线索全部核查处置的得3分，核查处置率80%以上的得2分，80%以下的不得分。',
         [(1, '3', 'fixed'), (2, '4', 'rate_bands'), (3, '3', 'rate_bands')], 'base', '10'),
        (7, '重点领域', '10分', '市市场监管局、市农业农村局',
         '(1)完成农资、食品、药品等重点领域专项整治任务，全部完成的得４分，完成80%以上的得３分，完成60%以上的得２分，低于60%的不得分。'
         '(2)组织开展季度集中执法行动（4分），每少开展一次扣一分，扣完为止。'
         '(3)对辖区重点批发市场开展常态化巡查，有巡查记录、整改通知等材料的，得二分。',
         [(1, '4', 'rate_bands'), (2, '4', 'deduction'), (3, '2', 'materials')], 'base', '10'),
    ]),
    ('第三部分 宣传培训（20分）', [
        (8, '宣传报道', '8分', '市委宣传部',
         '在中央级媒体刊发工作报道的，每篇得2分；在省级媒体刊发的，每篇得1分；在市级媒体刊发的，每篇得0.5分。本项最高得8分。',
         [(1, '8', 'per_item')], 'base', '8'),
        (9, '培训教育', '6分', '市市场监管局、市知识产权局',
         '①举办执法人员业务培训班1期以上的，得2分；②开展企业知识产权保护培训，有培训通知、课件、签到表等材料的，得2分；'
         '③组织“4·26”知识产权宣传周活动的，得2分，未开展的不得分。',
         [(1, '2', 'fixed'), (2, '2', 'materials'), (3, '2', 'fixed')], 'base', '6'),
        (10, '社会共治', '6分', '市市场监管局',
         '建立侵权假冒举报奖励制度的得2分；按规定兑现举报奖励的得2分；开展“进企业、进市场、进社区”宣传活动3次以上的得2分。',
         [(1, '6', 'multi_award')], 'base', '6'),
    ]),
    ('第四部分 制度建设（20分）', [
        (11, '信用监管', '10分', '市发展改革委、市市场监管局',
         '(1)建立侵权假冒失信主体名单管理制度（4分）：1.制定管理办法的得2分；2.按季度更新名单的得2分。'
         '(2)将行政处罚信息在7个工作日内归集至信用平台的得3分，每超期1条扣0.2分，扣完为止。'
         '(3)对失信主体实施联合惩戒的，每例得1分，最高3分。',
         [(1, '4', 'multi_award'), (2, '3', 'deduction'), (3, '3', 'per_item')], 'base', '10'),
        (12, '工作保障', '10分', '市财政局、市打假办',
         '(1)打假办配备专职工作人员二名以上的得三分，配备一名的得一点五分，未配备的不得分。(2)工作经费较上年增长的得4分，持平的得2分。'
         '(3)按时完成上级交办的督办事项（3分），未按期完成的每件扣1分，扣完为止。',
         [(1, '3', 'tiered'), (2, '4', 'growth'), (3, '3', 'deduction')], 'base', '10'),
    ]),
    ('第五部分 加分和扣分项目', [
        (13, '创新加分', '加分项', '市打假办',
         '工作经验做法被国家有关部门推广的，每项加1分；在全省会议上作典型交流发言的，每次加0.5分；本项最多加2分。',
         [(1, '2', 'per_item')], 'bonus', '2'),
        (14, '表扬加分', '加分项', '市打假办',
         '打击侵权假冒工作获得上级领导肯定性批示的，每次加0.5分，最高加1分。',
         [(1, '1', 'per_item')], 'bonus', '1'),
        (15, '问题扣分', '扣分项', '市打假办',
         '(1)辖区内发生重大侵权假冒事件，造成恶劣社会影响的，每起扣2分；(2)被上级部门通报批评的，每次扣一分。本项最多扣6分。',
         [(1, '6', 'deduction'), (2, '6', 'deduction')], 'deduction', '6'),
        (16, '报送扣分', '扣分项', '市打假办',
         '1.未按规定时间报送自评报告的，扣2分；2.报送数据与实际不符的，每项扣0.5分，最多扣3分。',
         [(1, '2', 'deduction'), (2, '3', 'deduction')], 'deduction', '5'),
    ]),
]
TOTAL = 100
COLUMNS = 5


def td(text, span=1):
    attr = f" colspan='{span}'" if span > 1 else ''
    return f"<td{attr}>{html.escape(text)}</td>"


def table():
    # <thead> makes LibreOffice repeat the header row at the top of each page the table runs onto.
    head = "<thead><tr><th>序号</th><th>考核项目</th><th>分值</th><th>考核内容及评分标准</th><th>考核责任单位</th></tr></thead>"
    out = []
    for area, items in AREAS:
        out.append(f"<tr>{td(area, COLUMNS)}</tr>")
        for n, title, points, assessor, criteria, *_ in items:
            if isinstance(criteria, list):
                out.append(f"<tr>{td(str(n))}{td(title)}{td(points)}{td('')}{td(assessor)}</tr>")
                out += [f"<tr>{td('')}{td('')}{td('')}{td(item)}{td('')}</tr>" for item in criteria]
            else:
                out.append(f"<tr>{td(str(n))}{td(title)}{td(points)}{td(criteria)}{td(assessor)}</tr>")
    out.append(f"<tr>{td('合计')}{td('')}{td(f'{TOTAL}分')}{td('')}{td('')}</tr>")
    out.append(f"<tr>{td('注：各项得分不超过该项分值；加分项目最多加3分，扣分项目最多扣11分。', COLUMNS)}</tr>")
    return "<table border='1' cellspacing='0' cellpadding='3'>" + head + "<tbody>" + ''.join(out) + "</tbody></table>"


def build():
    body = ["<p class='red'>东江市打击侵权假冒工作领导小组办公室</p>", "<p class='num'>东打假办〔2023〕6号</p>",
            "<p class='title'>关于印发2023年度打击侵权假冒工作考核评分标准的通知</p>",
            "<p class='flush'>各县（市、区）打击侵权假冒工作领导小组办公室，市领导小组各成员单位：</p>",
            "<p>根据省打击侵权假冒工作领导小组办公室年度考核安排，结合我市实际，制定了《2023年度打击侵权假冒工作考核评分标准》，"
            "现印发给你们。考核采取自评与市级评审相结合的方式，自评占30%、市级评审占70%。"
            "请于2024年1月10日前将自评报告及佐证材料报送市打假办。</p>",
            "<p class='sign'>东江市打击侵权假冒工作领导小组办公室</p>", "<p class='sign'>2023年12月8日</p>",
            "<p class='flush' style='page-break-before: always'>附件</p>",
            "<p class='title'>2023年度打击侵权假冒工作考核评分标准</p>", table()]
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}</head><body>{''.join(body)}</body></html>"


def expected():
    lines = ['# indicator\tclause\tpoints\trule\tindicator kind\tindicator max — what the sixth table is meant to give']
    for _, items in AREAS:
        for n, _, _, _, _, clauses, kind, most in items:
            lines += [f"{n}\t{c}\t{p}\t{r}\t{kind}\t{most}" for c, p, r in clauses]
    return '\n'.join(lines) + '\n'


def check():
    """The labels agree with themselves: base clauses add up to their indicator, indicators to their area and the total."""
    total = 0
    for area, items in AREAS:
        area_sum = 0
        for n, _, points, _, _, clauses, kind, most in items:
            if kind == 'base':
                assert sum(float(p) for _, p, _ in clauses) == float(most) == float(points.rstrip('分')), n
                area_sum += float(most)
        if '（' in area:
            assert area_sum == float(area.split('（')[1].rstrip('分）')), area
        total += area_sum
    assert total == TOTAL, total


if __name__ == '__main__':
    check()
    (pathlib.Path(sys.argv[1]) / 'sixth.html').write_text(build(), encoding='utf-8')
    if len(sys.argv) > 3 and sys.argv[2] == '--expected':
        pathlib.Path(sys.argv[3]).write_text(expected(), encoding='utf-8')
