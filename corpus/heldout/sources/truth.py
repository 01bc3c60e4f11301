#!/usr/bin/env python3
"""The held-out labels: corpus/heldout/truth.json in the schema of corpus/truth.json, plus each region's self-scores.
The points are read by hand from the notice (seed 000, Annex 1) against the documents written in shiyan.py,
huanggang.py and xianning.py; the document labels are the ones written beside each document (documents.json from make.py).
Usage: truth.py <documents.json> > truth.json"""
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from indicators import SELF, total

REVIEW = ["6(1)", "8(7)", "9(1)", "10(6)", "11(4)", "11(12)", "12(1)", "12(2)", "12(3)", "13(1)", "13(2)", "13(3)", "15(2)", "18(1)",
          "20(2)", "20(5)", "21(3)", "22(1)", "22(3)", "24(2)", "25(2)", "25(3)", "26(1)", "26(2)", "27(4)", "28(1)", "29(1)"]

POINTS = {
 # 十堰市, fairly complete. Why each clause earns what it does:
 '十堰市': {
   '1(1)': 1,     # 十打假办发〔2019〕2号 deploys the 铁拳 action
   '1(2)': 1,     # 十打假办发〔2019〕4号 sets up the 知识产权执法联络员制度 with its list
   '1(3)': 1,     # the 1-10月 知识产权执法数据报表 (and the quarterly table's 知识产权执法 row)
   '1(4)': 2,     # 十市监函〔2019〕45号 carries 案例一、案例二 (not fewer than 2)
   '1(6)': 1,     # the 汇编: 人民日报 0.5 + 湖北日报 0.3 + 十堰日报 0.1 + 文汇报 0.1 = 1.0 (cap 1); the 晚报 food item is no IP publicity
   '4(1)': 1,     # a trademark case and a patent case, 0.5 each
   '8(1)': 1,     # 十版发〔2019〕9号 forwards and deploys 剑网2019; 4 copyright cases (not over 5), no 重点监管
   '8(4)': 0.5,   # the 双打 statistics 0.3 + the copyright enforcement training (its summary) 0.2
   '9(2)': 0.5,   # government-office inspection: notice + report; none for enterprises
   '9(3)': 0.5,   # government-office training: notice + summary + sign-in photo; no enterprise training
   '10(2)': 0.2,  # plant-variety training: notice + summary (附名单) carrying the roster
   '10(4)': 0.4,  # one of the four checks: the summer 制种基地 check (工作信息第7期)
   '14(2)': 0.75, # 十农发〔2019〕12号 deploys the 农资打假专项治理行动
   '17(1)': 0.25, # the 消毒产品随机监督抽查工作方案
   '20(1)': 3,    # 十公通〔2019〕18号: 昆仑2019 plan, leading group under a deputy chief of police
   '20(6)': 1,    # the 两法衔接 joint-meeting rules, police among the members, issued as a system
   '23(1)': 3,    # 十政办函〔2019〕27号 adjusts the leading group (2) + minutes deploying the national teleconference (1)
   '23(2)': 1,    # 十打假办发〔2019〕5号 carries the 重点市场环境治理工作方案
   '23(3)': 1,    # 十打假办发〔2019〕3号 forwards the provincial 工作要点
   '23(5)': 1,    # the third-quarter case data table
   '23(6)': 1,    # the report on January–October work
   '23(7)': 0.3,  # 工作信息 第3、7、12期
   '24(1)': 1,    # the case letter states both penalty decisions were published within 20 working days
   '25(1)': 1,    # the 两法衔接 joint-meeting system (通报、移送、协查、咨询)
   '27(1)': 1,    # the 宣传报道工作方案, carried out (the 汇编)
   '27(2)': 1,    # press reports on cases and progress
 },
 # 黄冈市, with gaps: one case only, a plant-variety training notice alone, a food-safety training, last year's market plan.
 '黄冈市': {
   '1(1)': 1,     # 黄打假办发〔2019〕3号 forwards the provincial 铁拳 circular
   '1(3)': 1,     # the 1-9月 知识产权执法数据统计表
   '1(6)': 0.4,   # 荆楚网 (provincial) 0.3 + 黄冈日报 0.1
   '4(1)': 0.5,   # one trademark case
   '8(1)': 1,     # 黄文旅发〔2019〕27号 deploys 剑网2019
   '9(3)': 0.5,   # enterprise training: notice + summary carrying the roster
   '14(2)': 0.75, # the 农资打假专项治理行动实施方案
   '17(1)': 0.25, # the 消毒产品 plan
   '23(1)': 1,    # minutes of the plenary that relayed the national teleconference; no adjustment of the group
   '23(3)': 1,    # 黄打假办〔2019〕2号 issues the city's 工作要点 after the province's
   '23(7)': 0.2,  # 工作信息 第2、5期
   '27(2)': 1,    # the 荆楚网 and 黄冈日报 reports on cases
 },
 # 咸宁市, thin.
 '咸宁市': {
   '1(1)': 1,     # the 市场监管局 circular deploying 铁拳 (photo)
   '1(6)': 0.1,   # the 咸宁日报 report reprinted on the city's website
   '5(1)': 0.5,   # forwarding the provincial 知识产权保护专项行动 circular; no enforcement or summary shown
   '8(4)': 0.3,   # 咸版函〔2019〕8号 carries the 双打 statistics
   '23(1)': 1,    # the office's minutes relaying the national teleconference
   '23(7)': 0.2,  # 工作动态 第1、4期
   '27(2)': 1,    # the 咸宁日报 report on cases
 },
}

documents = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding='utf-8'))
truth = {
 "about": "留出评测集（只用于计分，开发者不阅读）：corpus/heldout/inbox 下三个地区（十堰市材料较全、黄冈市有缺项、咸宁市材料很少）每份文件的类型与公文要素，每一条款应得分，以及各地区自评报告所写的自评分。标注依据通知原文（种子000附件1）逐条人工判断，与程序输出无关。",
 "conventions": [
   "points：列出的是应得分大于 0 的条款；未列出且不在 review 中的条款应得 0 分。",
   "missing：得分大于 0 的条款不缺材料；得 0 分的条款缺少该条要求的全部材料（seed000-clauses.tsv 所列）；例外写在 missing_exceptions 中。",
   "review：按其规则只能由评审人员判定的条款（比率、排名、增长、扣分、加分、按职务分档），不计入条款准确率。",
   "documents：issuer 为发文机关或落款单位，没有落款的为 null；date 为成文日期或落款日期，没有的为 null；scan 为 true 表示要素靠 OCR 读出。",
   "self_scores：各地区自评报告中写明的自评总分和各指标自评分（指标按评分表序号）。"
 ],
 "review": REVIEW,
 "points": POINTS,
 "missing_exceptions": {},
 "documents": documents,
 "self_scores": {r: {"total": total(r), "indicators": {str(n): v for n, v in SELF[r].items()}} for r in POINTS},
}
print(json.dumps(truth, ensure_ascii=False, indent=1))
