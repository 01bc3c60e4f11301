#!/usr/bin/env python3
"""Another province's scoring table, invented for the held-out tests, in a layout unlike seed 000's and the second
table's: columns 序号/评价项目/评价标准/分值/评分方法, area rows spanning the table, clauses ①②③ inside 评分方法,
alternatives (增长的得3分；持平的得1.5分), deductions capped per clause and by the indicator ("本项最多扣10分"),
bonus items capped per indicator. Writes <work>/heldout/rulebooks/<name>.docx and <name>.truth.json, the truth being
the points written beside each clause here by hand. Usage: rulebook.py <work dir>"""
import html, json, pathlib, subprocess, sys
sys.path.insert(0, str(pathlib.Path(__file__).parent.parent))
from seeds_to_html import STYLE

NAME = '南江省打假办〔2021〕3号 市州绩效评价细则（留出测试用）'
ISSUER = '南江省打击侵权假冒工作领导小组办公室'

# (area, [(number, title, standard, points column, kind, indicator max, [(clause, text, max points)])])
AREAS = [
 ('一、组织领导', [
  (1, '领导机构健全', '建立健全打击侵权假冒工作领导小组及其办事机构，工作运转顺畅。', '8', 'base', 8, [
    (1, '①领导小组组长由政府主要负责同志担任的得2分；由政府分管负责同志担任的得1分。', 2),
    (2, '②召开领导小组全体会议研究部署工作并形成会议纪要的，得3分。', 3),
    (3, '③印发本地区年度工作要点的，得3分。', 3)]),
  (2, '工作考核', '将打击侵权假冒工作纳入地方政府绩效考核体系。', '4', 'base', 4, [
    (1, '①纳入政府绩效考核的，得2分。', 2),
    (2, '②组织开展年度考核并通报考核结果的，得2分。', 2)]),
 ]),
 ('二、执法监管', [
  (3, '案件查办', '依法查办侵权假冒案件，及时移送涉嫌犯罪案件，公开行政处罚信息。', '12', 'base', 12, [
    (1, '①侵权假冒案件立案数较上年增长的得3分；持平的得1.5分；下降的不得分。', 3),
    (2, '②向公安机关移送涉嫌犯罪案件的，每件得0.5分，最高不超过4分。', 4),
    (3, '③在规定时限内公开行政处罚案件信息的，得5分。', 5)]),
  (4, '专项行动', '组织开展重点领域、重点市场专项整治行动。', '10', 'base', 10, [
    (1, '①制定专项行动实施方案的，得2分。', 2),
    (2, '②组织开展跨部门联合执法检查，每次得1分，最多得4分。', 4),
    (3, '③按时报送专项行动总结的，得4分。', 4)]),
  (5, '典型案例', '总结报送执法办案典型案例。', '6', 'base', 6, [
    (1, '①报送典型案例不少于3件的，得4分；少于3件的，每件得1分。', 4),
    (2, '②报送案例被国家级媒体报道的，得2分。', 2)]),
 ]),
 ('三、宣传培训', [
  (6, '宣传教育', '开展知识产权保护宣传，营造良好社会氛围。', '8', 'base', 8, [
    (1, '①在中央主流媒体刊发宣传报道的，每篇得1分；在省级媒体刊发的，每篇得0.5分；本项最高得4分。', 4),
    (2, '②组织开展“4·26”知识产权宣传周活动的，得2分。', 2),
    (3, '③组织开展“3·15”消费者权益日宣传活动的，得2分。', 2)]),
  (7, '业务培训', '加强执法人员和企业培训。', '6', 'base', 6, [
    (1, '①举办执法人员业务培训班，有培训通知、培训总结、参训人员名单的，得3分；缺少其中一项的，得1.5分。', 3),
    (2, '②组织企业开展知识产权保护培训的，得3分。', 3)]),
 ]),
 ('四、机制建设', [
  (8, '信息报送', '按要求报送工作信息和统计数据。', '6', 'base', 6, [
    (1, '①报送地方工作信息的，每篇得0.2分，最高得3分。', 3),
    (2, '②按季度报送侵权假冒案件统计数据的，得3分。', 3)]),
  (9, '两法衔接', '推进行政执法与刑事司法衔接。', '4', 'base', 4, [
    (1, '①建立行政执法与刑事司法衔接联席会议制度的，得2分。', 2),
    (2, '②通过两法衔接信息共享平台录入案件信息的，得2分。', 2)]),
 ]),
 ('五、扣分项目', [
  (10, '工作失误', '工作中出现失职失责情形的，按评分方法扣分。', '最多扣10分', 'deduction', 10, [
    (1, '①上级督办案件未按期办结的，每件扣2分，扣完4分为止。', 4),
    (2, '②未按时报送考核材料的，每次扣1分，扣完3分为止。', 3),
    (3, '③因侵权假冒问题被中央媒体曝光造成不良影响的，每次扣3分。本项最多扣10分。', 10)]),
 ]),
 ('六、加分项目', [
  (11, '经验推广', '工作经验做法得到推广或表彰。', '最高加3分', 'bonus', 3, [
    (1, '①工作经验被国务院或全国打击侵权假冒工作领导小组推广的，每项加2分；被省政府推广的，每项加1分。', 3),
    (2, '②获得省级以上表彰的，每次加1分。本项加分最多不超过3分。', 3)]),
  (12, '创新举措', '结合实际创新保护举措。', '最高加2分', 'bonus', 2, [
    (1, '①建设知识产权保护工作站的，每个加0.5分，最多加1分。', 1),
    (2, '②建立知识产权快速维权中心的，加1分。本项最多加2分。', 1)]),
 ]),
]

def build():
    head = "<tr><td>序号</td><td>评价项目</td><td>评价标准</td><td>分值</td><td>评分方法</td></tr>"
    rows = [head]
    for area, items in AREAS:
        rows.append(f"<tr><td colspan='5'>{html.escape(area)}</td></tr>")
        for n, title, standard, points, _, _, clauses in items:
            method = ''.join(c[1] for c in clauses)
            rows.append(f"<tr><td>{n}</td><td>{html.escape(title)}</td><td>{html.escape(standard)}</td><td>{html.escape(points)}</td><td>{html.escape(method)}</td></tr>")
    rows.append("<tr><td colspan='5'>备注：基础分64分；加分项目合计最多加5分，扣分项目最多扣10分。</td></tr>")
    body = [f"<p class='red'>{ISSUER}</p>", "<p class='num'>南江省打假办〔2021〕3号</p>",
            "<p class='title'>关于开展2020年度市州打击侵权假冒工作绩效评价的通知</p>",
            "<p class='flush'>各市州打击侵权假冒工作领导小组办公室：</p>",
            "<p>为客观评价各地2020年度打击侵权假冒工作成效，省领导小组办公室决定组织开展绩效评价。评价采取市州自评和省级复核相结合的方式，自评占40%、省级复核占60%。请各市州于2021年2月10日前报送自评报告及佐证材料。</p>",
            f"<p class='sign'>{ISSUER}</p>", "<p class='sign'>2021年1月18日</p>",
            "<p class='flush' style='page-break-before: always'>附件</p>", "<p class='title'>2020年度市州打击侵权假冒工作绩效评价细则</p>",
            "<table border='1' cellspacing='0' cellpadding='3'>" + ''.join(rows) + "</table>"]
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}</head><body>{''.join(body)}</body></html>"

def truth():
    return {
      "about": "留出测试用评分细则的人工标注：每一条款的指标序号、条款序号、最多可得（扣）分，以及每个指标的满分（扣分项为最多扣分，加分项为最多加分）。",
      "notice": {"doc_number": "南江省打假办〔2021〕3号", "year": 2020, "deadline": "2021-02-10", "weights": {"自评": 40, "省级复核": 60}},
      "total_points": 64,
      "indicators": [{"indicator": n, "title": title, "kind": kind, "max_points": mx} for _, items in AREAS for n, title, _, _, kind, mx, _ in items],
      "clauses": [{"indicator": n, "clause": c, "points": p, "indicator_max": mx}
                  for _, items in AREAS for n, _, _, _, _, mx, clauses in items for c, _, p in clauses],
    }

if __name__ == '__main__':
    work = pathlib.Path(sys.argv[1]).resolve()
    outdir = work / 'heldout' / 'rulebooks'
    outdir.mkdir(parents=True, exist_ok=True)
    (work / 'rulebook.html').write_text(build(), encoding='utf-8')
    subprocess.run(['timeout', '180', 'soffice', f'-env:UserInstallation=file://{work}/lo-profile', '--headless',
                    '--convert-to', 'docx:MS Word 2007 XML', '--infilter=HTML (StarWriter)', '--outdir', str(work), str(work / 'rulebook.html')],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    (work / 'rulebook.docx').rename(outdir / f'{NAME}.docx')
    (outdir / f'{NAME}.truth.json').write_text(json.dumps(truth(), ensure_ascii=False, indent=1), encoding='utf-8')
