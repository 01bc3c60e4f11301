#!/usr/bin/env python3
"""A tenth scoring table, invented for the tests (probe), in a layout the nine others leave out.

The table (tenth.html): six columns 序号 | 评分要素 | 评分细则 | 标准分 | 评分依据 | 自评分 and no area level at all. Each
indicator is a row spanning the whole table (一、组织领导（8分）, 三、执法办案（标准分16分）, 十二、工作创新（加分项，最多加3分）,
十四、扣分项目), its clauses the rows below it, one row each, numbered in the 序号 column with the indicator's number and a
dot (1.1 1.2 … 11.4, which reads like a decimal), each with a short 评分要素 title (merged down over two clause rows once),
the clause's own points in the 标准分 column written 2分, 2.0, 3, 最高2分, 0.5分, 加分 / 扣分, or blank where the points
stand only at the head of the text (（4分）按期完成…). Some indicators' clause rows carry no number in 序号; two indicators
hold all their clauses in one row, one marked in mixed ways (1. 2. （3）（4） and a last unmarked sentence), one set on
unmarked lines, the 标准分 cell then giving the indicator's points. The 评分依据 column lists evidence (numbered in some rows)
and holds no clauses; the 自评分 column is empty. The header row is repeated on each page of the PDF; a 合计 row and a
说明 row spanning the table close it (the 说明 speaks of 加分 and 扣分 but is no clause).

Clause shapes: alternatives on who leads (由主要负责同志担任的得2分，由分管负责同志担任的得1分); count tiers; completion
tiers (完成率100%的得4分，90%以上的得3分，80%以上的得2分，其余不得分), once with a ；inside; growth; rate bands; per item with a
cap (每移送1件得0.5分，最高得3分 / 本条最高得3分 / 最高3分); two awards (…得1分；…的再得1分); materials (有…方案、…等材料的
得2.0分); a ranking; deductions in base indicators (满分3分，迟报1次扣0.5分…扣完为止; 每件扣1分，扣完为止; 本项最多扣2分 in a
middle clause, which caps that clause, not the indicator); bonus indicators capped in their header rows, one of them with an
uncapped per-item clause (每项加1分, bounded by the indicator's 3); a deduction indicator whose cap stands only at the end
of its last clause (以上各项合计最多扣6分).

Writes tenth.html into the folder given; with --expected PATH the clause points, rule and the indicator kinds and caps a
careful reader takes from the table, as a TSV (indicator, clause, points, rule, indicator kind, indicator max)."""
import sys, pathlib
from seeds_to_html import STYLE
from eighth_rulebook import cell  # a table cell as the eighth builder writes one (paragraphs or lines)

MERGED = None  # the 评分要素 of a clause row merged into the row above's
# An indicator: (header row text, kind, max, [rows]); a row: (序号, 评分要素, 评分细则, 标准分, 评分依据, [(points, rule)]).
# 评分细则: a string, '\n' a line break inside the paragraph; or a list, one paragraph each.
INDICATORS = [
    ('一、组织领导（8分）', 'base', '8', [
        ('1.1', '领导机构', '成立本级知识产权保护工作领导小组，组长由政府主要负责同志担任的得2分，由分管负责同志担任的得1分。',
         '2分', '领导小组成立或调整文件', [('2', 'tiered')]),
        ('1.2', '研究部署', '年内召开领导小组全体会议或专题会议研究知识产权保护工作，召开2次以上的得2分，召开1次的得1分，'
         '未召开的不得分。', '2分', '会议纪要', [('2', 'tiered')]),
        ('1.3', '工作方案', '结合本地实际制定年度知识产权保护工作实施方案，有方案文本及印发通知等材料的得2.0分。',
         '2.0', '实施方案及印发通知', [('2', 'materials')]),
        ('1.4', '考核推动', '将知识产权保护工作纳入对下级政府或本级部门的绩效考核内容的，得2分。',
         '2分', '考核办法文件', [('2', 'fixed')]),
    ]),
    ('二、制度机制（8分）', 'base', '8', [
        ('', '两法衔接', '建立知识产权行政执法与刑事司法衔接工作机制，出台衔接工作制度的，得2分。',
         '2', '制度文件', [('2', 'fixed')]),
        ('', '线索移送', '建立跨部门案件线索移送台账，有台账记录、移送函件等材料的得1分；定期通报线索移送办理情况的再得1分。',
         '2', '移送台账、通报文件', [('2', 'multi_award')]),
        ('', '区域协作', '与周边地区签订知识产权保护协作协议，每签订1份得1分，最高得2分。',
         '最高2分', '协作协议文本', [('2', 'per_item')]),
        ('', '维权援助', '设立知识产权维权援助工作站，覆盖全部重点产业园区和专业市场的得2分，仅覆盖部分园区或市场的得1分。',
         '2', '工作站授牌文件', [('2', 'tiered')]),
    ]),
    ('三、执法办案（标准分16分）', 'base', '16', [
        ('3.1', '案件查办', '全年查办专利、商标侵权假冒案件完成年度目标任务的得4分；完成率90%以上的得3分，80%以上的得2分，'
         '其余不得分。', '4分', '案件统计报表（由省市场监管局核实）', [('4', 'rate_bands')]),
        ('3.2', MERGED, '案件查办数量较上年增长的得3分，与上年持平的得1.5分，较上年下降的不得分。',
         '3分', '案件统计报表', [('3', 'growth')]),
        ('3.3', '刑事打击', '向公安机关移送涉嫌知识产权犯罪案件，每移送1件得0.5分，最高得3分。',
         '3', '移送案件清单（由省公安厅核实）', [('3', 'per_item')]),
        ('3.4', '典型案例', '（3分）按要求报送知识产权执法典型案例不少于3个的得满分，报送1至2个的得1.5分，未报送的不得分。',
         '3', '典型案例材料', [('3', 'tiered')]),
        ('3.5', '督办案件', '省级挂牌督办案件应按期办结，满分3分，未按期办结的每件扣1分，扣完为止。',
         '3', '督办案件办结报告', [('3', 'deduction')]),
    ]),
    ('四、专项整治（10分）', 'base', '10', [
        ('', '专项行动',
         '1.制定本地区知识产权保护专项整治行动方案的，得1分。'
         '2.按要求开展“铁拳”“剑网”“龙腾”等专项行动，每开展1项得0.5分，最高得2分。'
         '（3）专项行动成效在全省通报中排名前3位的得3分，第4至8位的得2分，其余的得1分。'
         '（4）行动期间按月报送工作进展，迟报、漏报1次扣0.5分，本项最多扣2分。'
         '提供专项行动总结、典型案例汇编等材料的得2分。',
         '10分', '1.行动方案；2.进展月报；3.行动总结；4.典型案例汇编',
         [('1', 'fixed'), ('2', 'per_item'), ('3', 'ranking'), ('2', 'deduction'), ('2', 'materials')]),
    ]),
    ('五、宣传引导（8分）', 'base', '8', [
        ('5.1', '宣传活动', '组织开展“4·26”知识产权宣传周活动，有活动方案、新闻报道、现场照片等材料的得3分。',
         '3分', '活动方案、报道截图、照片', [('3', 'materials')]),
        ('5.2', '媒体报道', '在媒体刊发知识产权保护工作宣传报道，中央级媒体每篇得1分，省级媒体每篇得0.5分，市级媒体每篇得0.2分，'
         '本条最高得3分。', '3', '报道原文或截图', [('3', 'per_item')]),
        ('5.3', '白皮书', '发布本地区年度知识产权保护状况白皮书的得1.5分，同时发布典型案例的再得0.5分。',
         '2', '白皮书及发布报道', [('2', 'multi_award')]),
    ]),
    ('六、培训教育（6分）', 'base', '6', [
        ('', '能力提升',
         '举办执法人员知识产权业务培训班2期以上的得2分，1期的得1分。\n'
         '执法人员年度参训率达到100%的得2分，达到90%的得1分，低于90%的不得分。\n'
         '组织企业开展知识产权合规培训，每举办1场得0.5分，最高得2分。',
         '6分', '①培训通知②签到表③培训总结', [('2', 'tiered'), ('2', 'rate_bands'), ('2', 'per_item')]),
    ]),
    ('七、信息报送（6分）', 'base', '6', [
        ('7.1', '统计报表', '按时报送季度统计报表，满分3分，迟报1次扣0.5分，漏报1次扣1分，扣完为止。',
         '3', '报送记录', [('3', 'deduction')]),
        ('7.2', '工作信息', '报送的工作信息被省知保办简报采用的，每条得0.5分，最高得2.5分。',
         '2.5分', '简报目录', [('2.5', 'per_item')]),
        ('7.3', '年度总结', '按时报送年度工作总结和自评报告等材料的，得0.5分。',
         '0.5分', '年度总结、自评报告', [('0.5', 'materials')]),
    ]),
    ('八、社会共治（8分）', 'base', '8', [
        ('8.1', '行业自律', '指导行业协会、商会制定知识产权保护自律公约的，得2分。',
         '2', '自律公约文本', [('2', 'fixed')]),
        ('8.2', '规范化市场', '培育知识产权保护规范化市场，获评国家级的得3分，获评省级的得2分，已启动培育的得1分。',
         '3', '命名或培育文件', [('3', 'tiered')]),
        ('8.3', '社会满意度', '以第三方机构开展的知识产权保护社会满意度调查结果为准，满意度得分90分以上的得3分，'
         '80分至90分的得2分，80分以下的得1分。', '3', '第三方调查报告', [('3', 'tiered')]),
    ]),
    ('九、纠纷化解（10分）', 'base', '10', [
        ('9.1', '行政裁决', '专利侵权纠纷行政裁决案件法定期限内结案率达到100%的得5分，95%以上的得4分，90%以上的得3分，'
         '低于90%的不得分。', '5分', '行政裁决案件台账', [('5', 'rate_bands')]),
        ('9.2', '调解确认', '推动知识产权纠纷调解协议申请司法确认，每确认1件得1分，最高5分。',
         '5分', '司法确认文书', [('5', 'per_item')]),
    ]),
    ('十、海外维权（8分）', 'base', '8', [
        ('10.1', '指导站点', '建立海外知识产权纠纷应对指导工作站（分站）的，得2分。',
         '2分', '设立文件', [('2', 'fixed')]),
        ('10.2', '企业服务', '为外向型企业提供海外维权指导服务，服务企业20家以上的得3分，10至19家的得2分，不足10家的得1分。',
         '3分', '服务企业名单', [('3', 'tiered')]),
        ('10.3', '风险预警', '开展涉外知识产权风险预警，形成预警分析报告并推送企业的，每份得1分，最高3分。',
         '3分', '预警分析报告', [('3', 'per_item')]),
    ]),
    ('十一、工作保障（12分）', 'base', '12', [
        ('11.1', '经费保障', '知识产权保护工作经费纳入本级财政预算的，得3分。',
         '3', '预算批复文件', [('3', 'fixed')]),
        ('11.2', '人员力量', '牵头部门配备专职工作人员2名以上的得3分，配备1名的得1.5分，无专职人员的不得分。',
         '3', '人员名单', [('3', 'tiered')]),
        ('11.3', '专家支撑', '建立知识产权保护专家库或技术调查官队伍，有聘任文件、人员名单等材料的得2分。',
         '2', '聘任文件、专家名单', [('2', 'materials')]),
        ('11.4', '督办落实', '（4分）按期完成省知保办交办的重点督办事项，完成率100%的得4分，90%以上的得3分，80%以上的得2分，'
         '其余不得分。', '', '督办事项台账', [('4', 'rate_bands')]),
    ]),
    ('十二、工作创新（加分项，最多加3分）', 'bonus', '3', [
        ('12.1', '经验推广', '工作经验做法被国务院或国家有关部委推广的加2分，被省委、省政府推广的加1分。',
         '加分', '推广文件', [('2', 'tiered')]),
        ('12.2', '试点示范', '承担国家级知识产权保护试点示范任务的，每项加1分。',
         '加分', '试点批复文件', [('3', 'per_item')]),
    ]),
    ('十三、表彰奖励（加分项，最多加2分）', 'bonus', '2', [
        ('13.1', '表彰', '知识产权保护工作获得国家级表彰的加2分，获得省级表彰的加1分。',
         '加分', '表彰文件', [('2', 'tiered')]),
        ('13.2', '交流发言', '在全国或全省知识产权保护工作会议上作典型经验交流发言的，加1分。',
         '加分', '会议议程', [('1', 'fixed')]),
    ]),
    ('十四、扣分项目', 'deduction', '6', [
        ('14.1', '重大事件', '辖区内发生重大知识产权侵权假冒事件并造成恶劣社会影响的，每起扣3分。',
         '扣分', '通报文件', [('6', 'deduction')]),
        ('14.2', '工作失职', '工作推进不力被上级部门约谈或通报批评的，每次扣2分；考核材料弄虚作假的，每发现一处扣1分。'
         '以上各项合计最多扣6分。', '扣分', '约谈记录、通报文件', [('6', 'deduction')]),
    ]),
]
TOTAL = 100
HEAD = ['序号', '评分要素', '评分细则', '标准分', '评分依据', '自评分']
NOTE = ('说明：1.本表标准分合计100分，加分项目累计加分不超过5分，扣分项目在总分中扣减。2.同一事项符合多个加分条件的，'
        '按最高一项计分，不重复加分。3.各项得分扣完为止，不计负分。4.评分依据所列材料须于2026年1月31日前上传至考核系统，'
        '逾期未上传的视为无材料。')


def table():
    # <thead> makes LibreOffice repeat the header row at the top of each page the table runs onto.
    head = "<thead><tr>" + ''.join(cell(h, tag='th') for h in HEAD) + "</tr></thead>"
    out = []
    for header, _, _, rows in INDICATORS:
        out.append(f"<tr>{cell(header, cols=len(HEAD))}</tr>")
        for k, (num, element, criteria, points, proof, _) in enumerate(rows):
            span = 1
            while k + span < len(rows) and rows[k + span][1] is MERGED:
                span += 1
            el = '' if element is MERGED else cell(element, rows=span)
            out.append(f"<tr>{cell(num)}{el}{cell(criteria)}{cell(points)}{cell(proof)}{cell('')}</tr>")
    out.append(f"<tr>{cell('合计', cols=3)}{cell(f'{TOTAL}分')}{cell('', cols=2)}</tr>")
    out.append(f"<tr>{cell(NOTE, cols=len(HEAD))}</tr>")
    return "<table border='1' cellspacing='0' cellpadding='3'>" + head + "<tbody>" + ''.join(out) + "</tbody></table>"


def page(body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}</head><body>{''.join(body)}</body></html>"


def build():
    return page(["<p class='red'>西岭省知识产权保护工作领导小组办公室</p>", "<p class='num'>西知保办〔2026〕7号</p>",
                 "<p class='title'>关于印发《2025年度各市州知识产权保护工作考核评分表》的通知</p>",
                 "<p class='flush'>各市（州）知识产权保护工作领导小组办公室：</p>",
                 "<p>按照省委、省政府关于强化知识产权保护的部署要求，为科学评价各地年度工作成效，省知保办制定了"
                 "《2025年度各市州知识产权保护工作考核评分表》，现印发给你们，请认真对照开展自查自评。</p>",
                 "<p>各地自评表、自评报告及评分依据材料请于2026年1月31日前通过考核系统报送。省知保办将会同成员单位"
                 "组织书面审核，并按不低于三分之一的比例开展实地抽查。</p>",
                 "<p class='sign'>西岭省知识产权保护工作领导小组办公室</p>", "<p class='sign'>2026年1月12日</p>",
                 "<p class='flush' style='page-break-before: always'>附件</p>",
                 "<p class='title'>2025年度各市州知识产权保护工作考核评分表</p>", table()])


def expected():
    out = ['# indicator\tclause\tpoints\trule\tindicator kind\tindicator max — what the tenth table is meant to give']
    for n, (_, kind, most, rows) in enumerate(INDICATORS, 1):
        clauses = [c for *_, cs in rows for c in cs]
        out += [f"{n}\t{c}\t{p}\t{r}\t{kind}\t{most}" for c, (p, r) in enumerate(clauses, 1)]
    return '\n'.join(out) + '\n'


def check():
    """The labels agree with themselves: base clauses add up to their indicator and its header, indicators to 100."""
    total = count = 0
    for header, kind, most, rows in INDICATORS:
        clauses = [c for *_, cs in rows for c in cs]
        count += len(clauses)
        if kind == 'base':
            assert sum(float(p) for p, _ in clauses) == float(most), header
            assert f'{most}分）' in header, header
            total += float(most)
        else:
            assert all(float(p) <= float(most) for p, _ in clauses), header
    assert total == TOTAL, total
    assert 35 <= count <= 45, count


if __name__ == '__main__':
    check()
    out = pathlib.Path(sys.argv[1])
    (out / 'tenth.html').write_text(build(), encoding='utf-8')
    if len(sys.argv) > 3 and sys.argv[2] == '--expected':
        pathlib.Path(sys.argv[3]).write_text(expected(), encoding='utf-8')
