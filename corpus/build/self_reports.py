#!/usr/bin/env python3
"""Self-evaluation reports in three more layouts, written for the tests (no real region's figures):
  a report written as prose without any grid, to be scanned: indicators named by their titles, scores as 自评得分N分,
    得分：N, 该项自评N分, several in one paragraph, a 满分 figure and a survey score that are not self-scores, a partial
    sum (其余指标…合计) that is not the total;
  a Word table 序号/考核指标/分值/自评得分/备注 with area rows between the indicators, remarks holding other figures,
    shortened titles and a 合计 row;
  a spreadsheet whose header stands under a title row: 考核项目/指标序号/指标内容/满分/自评分/佐证材料, a 总计 row.
Writes prose.html, grid.html, Sheet1.csv into the folder given and, with --truth PATH, the scores each is meant to give."""
import csv, html, json, sys, pathlib
from self_report_parts import page, p

# ── 1. Prose, to be scanned ──
PROSE_SCORES = {1: 6, 2: 2.5, 8: 5, 9: 4, 10: 2, 15: 3, 20: 16, 23: 7, 25: 2, 27: 3.5}
PROSE_TOTAL = 84.5
PROSE = [
    p('随州市2019年度打击侵权假冒工作绩效考核自评报告', 'title'),
    p('市打击侵权假冒工作领导小组：'),
    p('按照省领导小组办公室关于开展2019年度绩效考核工作的通知要求，我办对照评分表逐项开展了自评，现将有关情况报告如下。'),
    p('一、主要工作'),
    p('全年全市共立案查处侵权假冒案件265件，移送公安机关涉嫌犯罪案件11件。群众满意度第三方调查得分91分，较上年提高3分。'),
    p('二、逐项自评情况'),
    p('开展商标专利行政执法工作情况。全年查办商标侵权案件78件、假冒专利案件9件，该项满分7分，因重点商品抽检覆盖面不足，自评得分6分。'),
    p('加强驰名商标保护情况，得分：2.5。建立重点商标保护名录，开展保护名录企业回访。'),
    p('加强版权执法监管、抓好案件查办、开展系列专项行动情况，查办侵权盗版案件14件，该项自评5分；'
      '巩固政府机关软件正版化工作成果、推进企业软件正版化工作情况，完成市县两级政府机关软件正版化检查，自评得分4分；'
      '查处侵犯农业植物新品种权案件情况，得分：2。'),
    p('生产销售假劣药品案件查办情况，立案查处假劣药品案件23件，自评得分3分。'),
    p('打击侵犯知识产权和制售伪劣商品犯罪，始终保持高压严打态势，夯实基层基础工作，加强长效机制建设，公安机关破获侵权假冒犯罪案件41起，自评得分16分。'),
    p('运行数据统计和信息报送制度和开展重点专项行动等情况，按时报送统计数据，编发工作信息15期，自评得分为7分；'
      '打击侵权假冒领域行政执法与刑事司法衔接工作，得分：2；清理网上侵权假冒信息等工作情况，自评得分3.5分。'),
    p('其余指标自评得分合计33.5分。'),
    p('三、自评结论'),
    p('综上，我市2019年度打击侵权假冒工作绩效考核自评总分为84.5分。'),
    p('随州市打击侵权假冒工作领导小组办公室', 'sign'),
    p('2020年1月5日', 'sign'),
]

# ── 2. A Word table ──
GRID_ROWS = [
    ('一', '严格知识产权保护', '', '', ''),
    ('1', '商标专利行政执法工作情况', '7', '6.5', '查办商标案件52件'),
    ('2', '驰名商标保护情况', '3', '3', ''),
    ('3', '知识产权执法指导工作情况', '2', '1.5', '培训1期，扣0.5分'),
    ('4', '知识产权转办案件查办情况', '1', '1', ''),
    ('二', '加强伪劣商品治理', '', '', ''),
    ('15', '生产销售假劣药品案件查办情况', '3', '2.5', '抽检不合格9批次'),
    ('17', '消毒产品监督抽查工作', '1', '1', ''),
    ('19', '侵权假冒商品环境无害化销毁情况', '2', '2', '销毁货值120万元'),
    ('三', '强化刑事司法保护', '', '', ''),
    ('20', '打击侵犯知识产权和制售伪劣商品犯罪', '20', '17', '破案38起'),
    ('25', '行政执法与刑事司法衔接工作', '2', '2', ''),
]
GRID_SCORES = {1: 6.5, 2: 3, 3: 1.5, 4: 1, 15: 2.5, 17: 1, 19: 2, 20: 17, 25: 2}
GRID_TOTAL = 88
GRID = [
    p('孝感市2019年度打击侵权假冒工作考核自评报告', 'title'),
    p('一、基本情况'), p('2019年，全市查办侵权假冒案件231件，案值1860万元。'),
    p('二、自评得分'), p('对照考核评分表，逐项自评如下（未列出的指标按评分表自评，合计计入总分）：', 'flush'),
    "<table border='1' cellspacing='0' cellpadding='3'><tr><td>序号</td><td>考核指标</td><td>分值</td><td>自评得分</td><td>备注</td></tr>"
    + ''.join('<tr>' + ''.join(f'<td>{html.escape(c)}</td>' for c in row) + '</tr>' for row in GRID_ROWS)
    + "<tr><td>合计</td><td></td><td>107</td><td>88</td><td></td></tr></table>",
    p('孝感市打击侵权假冒工作领导小组办公室', 'sign'), p('2020年1月3日', 'sign'),
]

# ── 3. A spreadsheet ──
SHEET = [
    ['荆门市2019年度打击侵权假冒工作绩效考核自评表', '', '', '', '', ''],
    ['考核项目', '指标序号', '指标内容', '满分', '自评分', '佐证材料'],
    ['严格知识产权保护', '1', '开展商标专利行政执法工作情况', '7', '5.5', '案件统计表'],
    ['严格知识产权保护', '5', '积极开展专项行动', '1.5', '1.5', '铁拳行动方案'],
    ['严格知识产权保护', '8', '加强版权执法监管，抓好案件查办，开展系列专项行动情况', '6', '4', '剑网2019总结'],
    ['加强伪劣商品治理', '14', '依法查处假劣农资案件，推进放心农资下乡进村', '3', '2', ''],
    ['加强伪劣商品治理', '16', '制售假冒伪劣烟草制品查办情况', '3', '3', '烟草案件12件'],
    ['加强伪劣商品治理', '18', '生产源头打击和质量安全风险排查整治', '2', '1', ''],
    ['营造良好环境', '24', '依法及时公开行政处罚案件信息情况', '1', '1', ''],
    ['营造良好环境', '28', '社会公众对打击侵权假冒工作成效的评价', '2', '1.5', ''],
    ['总计', '', '', '107', '79.5', ''],
]
SHEET_SCORES = {1: 5.5, 5: 1.5, 8: 4, 14: 2, 16: 3, 18: 1, 24: 1, 28: 1.5}
SHEET_TOTAL = 79.5

FILES = {
    '随州市2019年度打击侵权假冒工作绩效考核自评报告（扫描件）.pdf': (PROSE_TOTAL, PROSE_SCORES),
    '孝感市2019年度打击侵权假冒工作考核自评报告.docx': (GRID_TOTAL, GRID_SCORES),
    '荆门市2019年度打击侵权假冒工作绩效考核自评表.xlsx': (SHEET_TOTAL, SHEET_SCORES),
}

def main():
    out = pathlib.Path(sys.argv[1])
    (out / 'prose.html').write_text(page(PROSE), encoding='utf-8')
    (out / 'grid.html').write_text(page(GRID), encoding='utf-8')
    with open(out / 'Sheet1.csv', 'w', encoding='utf-8', newline='') as f:
        csv.writer(f).writerows(SHEET)
    if '--truth' in sys.argv:
        truth = {'about': '自评报告的三种版式（由 corpus/build-selfreports.sh 生成）：每份报告写明的总分和各指标得分，指标按湖北省评分表的序号。',
                 'reports': {name: {'total': total, 'indicators': {str(k): v for k, v in scores.items()}} for name, (total, scores) in FILES.items()}}
        pathlib.Path(sys.argv[sys.argv.index('--truth') + 1]).write_text(json.dumps(truth, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')

main()
