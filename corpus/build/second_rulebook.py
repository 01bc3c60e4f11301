#!/usr/bin/env python3
"""A second scoring table, invented for the tests, in a layout unlike seed 000's: number column first, points before
criteria, clauses numbered ①②③, area cells merged over several rows, other point values, a total of 60.
The rulebook parser must read it with the same code that reads seed 000."""
import html, sys, pathlib
from seeds_to_html import STYLE

AREAS = [
    ('一、执法办案', [
        (1, '专项执法行动', '10', '①制定专项行动实施方案的，得3分。②开展集中检查并形成总结的，得3分。③查办案件每件得0.5分，最高不超过4分。', '市市场监管局'),
        (2, '典型案例报送', '8', '①报送典型案例不少于3个的，得5分。②案例被上级采用的，每件加1分，最多不超过3分。', '市市场监管局、市知识产权局'),
        (3, '案件信息公开', '6', '①按时公开行政处罚信息的，得6分；②每发现一件应公开未公开的，扣0.5分，扣完6分为止。', '市司法局'),
    ]),
    ('二、宣传培训', [
        (4, '执法培训', '9', '①举办执法人员培训，有培训通知、培训总结、人员名单等材料的，得4分。②组织企业培训的，得3分；仅转发上级培训通知的，得1分。③培训覆盖全部县区的，得2分。', '市委宣传部牵头'),
        (5, '新闻宣传', '7', '①在省级以上媒体发布报道，每篇得1分，最高不超过4分。②制定宣传工作方案的，得3分。', '市委宣传部'),
        (6, '社会满意度', '5', '①满意度调查排序居全省前5位的，得5分；居第6至10位的，得3分；其他得1分。', '市统计局'),
    ]),
    ('三、机制建设', [
        (7, '领导小组运行', '15', '①调整领导小组成员，得4分；召开全体会议并有会议纪要的，得4分。②报送工作信息，每份得0.5分。③按时报送年度工作总结的，得3分。第①至③项合计不超过15分。', '市打假办'),
        (8, '加分项：创新工作', '加分项', '①工作经验被省级以上推广的，每次加1分，合计不超过3分。', '市打假办'),
    ]),
]

def build():
    rows = ["<tr><td>序号</td><td>考核项目</td><td>考核指标</td><td>分值</td><td>评分细则</td><td>考核部门</td></tr>"]
    for area, items in AREAS:
        for k, (n, title, points, rule, unit) in enumerate(items):
            area_cell = f"<td rowspan='{len(items)}'>{html.escape(area)}</td>" if k == 0 else ''
            rows.append(f"<tr><td>{n}</td>{area_cell}<td>{html.escape(title)}</td><td>{points}</td><td>{html.escape(rule)}</td><td>{html.escape(unit)}</td></tr>")
    rows.append("<tr><td colspan='6'>说明：总分60分，加分项最多加3分。</td></tr>")
    body = ["<p class='red'>荆楚市打击侵权假冒工作领导小组办公室文件</p>", "<p class='num'>荆打假办〔2020〕2号</p>",
            "<p class='title'>关于开展2020年度知识产权保护工作考核的通知</p>", "<p class='flush'>各县（市、区）打击侵权假冒工作领导小组办公室：</p>",
            "<p>现将《2020年度知识产权保护工作考核评分细则》印发给你们，考核分为自查和市级考核两部分，自查占30%、市级考核占70%。请于2021年1月15日前报送自查报告。</p>",
            "<p class='sign'>荆楚市打击侵权假冒工作领导小组办公室</p>", "<p class='sign'>2020年12月10日</p>",
            "<p class='flush' style='page-break-before: always'>附件</p>", "<p class='title'>2020年度知识产权保护工作考核评分细则</p>",
            "<table border='1' cellspacing='0' cellpadding='3'>" + ''.join(rows) + "</table>"]
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}</head><body>{''.join(body)}</body></html>"

if __name__ == '__main__':
    (pathlib.Path(sys.argv[1]) / 'second.html').write_text(build(), encoding='utf-8')
