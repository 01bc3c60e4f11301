#!/usr/bin/env python3
"""Three rulebooks written as prose (no table at all), invented for the tests (tuning half), each from an office the other
notices do not use and each in a style of its own, as different offices write them.

中打假办〔2024〕7号 (zhong.html) — two levels only: the area heading 一、组织领导（10分） is itself the indicator (indicators
counted 1, 2, 3… in the order the headings come), its clauses 1. 2. 3. one paragraph each, points written 得N分, （N分）
after the sentence, 每…得N分，最高得N分; a closing 加分项目 and 扣分项目, each one indicator, their cap in the last words of
their last clause (本项最高加N分 / 最多扣N分).

青双打办〔2023〕4号 (qing.html) — three levels: areas 一、执法办案（30分） with their points, indicators （一）（二） whose
numbering starts again in each area, the indicator's title followed by 。 or ： and its criteria run on in the same
paragraph ("（一）工作部署（4分）。召开…的，得4分。"); clauses inside marked （1）（2） or ①②, or one unnumbered sentence;
indicators counted 1..n across the whole rulebook; the bonus and deduction areas hold indicators of their own
（（一）工作创新。…）, each capped in its own words.

临知保办〔2025〕2号 (lin.html) — one level of headings: indicators 1.组织领导（10分） on their own line, clauses ①②③ one
paragraph each, a bonus item 6.加分项（最高加4分） and a deduction item 7.扣分项（最多扣10分） capped in their headings, and
a closing 注 paragraph giving 基本分 and how the score is made.

Writes zhong.html, qing.html and lin.html into the folder given; with --expected ZHONG QING LIN the clauses a careful reader
takes from each, as a TSV (indicator, clause, points, rule, indicator kind, indicator max)."""
import html, sys, pathlib
from seeds_to_html import STYLE

# An indicator: (heading, [paragraphs], [(clause, points, rule)], kind, max). With run_on, heading and paragraphs are
# set in one paragraph; otherwise the heading is a paragraph of its own and each text one paragraph.

# --- 中州市: two levels, the area heading is the indicator -----------------------------------------------------------
ZHONG = [
    ('一、组织领导（10分）', [
        '1.成立由政府分管负责同志任组长的打击侵权假冒工作领导小组，并根据人员变动及时调整成员的，得3分。',
        '2.年初印发本地区打击侵权假冒工作要点，明确任务分工和完成时限（3分）。',
        '3.召开领导小组会议专题研究打击侵权假冒工作，每召开1次得2分，最高得4分。'],
     [(1, '3', 'fixed'), (2, '3', 'fixed'), (3, '4', 'per_item')], 'base', '10'),
    ('二、执法监管（25分）', [
        '1.查办侵权假冒案件数较上年增长的，得8分；与上年持平的，得5分；较上年下降的，得2分。',
        '2.向公安机关移送涉嫌犯罪案件，有案件移送书、受理回执等材料的，得5分。',
        '3.组织开展“铁拳”“剑网”等专项行动，查办案件数在全市各县（市、区）中排名前三的得7分，'
        '排名第四至第六的得4分，其余的得2分。',
        '4.行政处罚案件信息按规定在作出决定之日起20个工作日内公示，公示率达到100%的得5分，达到90%以上的得3分，'
        '低于90%的不得分。'],
     [(1, '8', 'growth'), (2, '5', 'materials'), (3, '7', 'ranking'), (4, '5', 'rate_bands')], 'base', '25'),
    ('三、软件正版化（10分）', [
        '1.本级党政机关软件正版化检查发现问题整改完成率达到100%的得4分，达到95%以上的得2分。',
        '2.建立软件资产管理台账并按季度动态更新（3分）。',
        '3.正版软件采购经费应列入部门预算，未列入的，每发现一个部门扣1分，扣完3分为止。'],
     [(1, '4', 'rate_bands'), (2, '3', 'fixed'), (3, '3', 'deduction')], 'base', '10'),
    ('四、宣传培训（5分）', [
        '1.组织开展“4·26”知识产权宣传周和“3·15”国际消费者权益日集中宣传活动的，得2分；在省级以上主流媒体'
        '刊发本地工作报道的，得1分。',
        '2.举办执法人员业务培训，每举办1期得1分，最高得2分。'],
     [(1, '3', 'multi_award'), (2, '2', 'per_item')], 'base', '5'),
    ('五、加分项目', [
        '1.工作经验做法被全国打击侵权假冒工作领导小组办公室转发推广的，加3分；被省打击侵权假冒工作领导小组办公室'
        '转发推广的，加2分。',
        '2.查办的案件入选全国或全省打击侵权假冒典型案例的，每件加1分。本项最高加5分。'],
     [(1, '3', 'tiered'), (2, '5', 'per_item')], 'bonus', '5'),
    ('六、扣分项目', [
        '1.辖区内发生重大侵权假冒事件，造成恶劣社会影响的，每起扣3分。',
        '2.未按时报送季度工作进展和统计数据的，每次扣1分。',
        '3.在国家、省级督查检查中因工作推进不力被通报批评的，每次扣2分。本项最多扣8分。'],
     [(1, '8', 'deduction'), (2, '8', 'deduction'), (3, '8', 'deduction')], 'deduction', '8'),
]
ZHONG_TOTAL = 50

# --- 青阳市: three levels, （一）（二） starting again in each area, criteria run on after the title ------------------
QING = [
    ('一、组织保障（15分）', [
        ('（一）领导机构（5分）。', ['①领导小组组长由党委或政府主要负责同志担任的得3分，由分管负责同志担任的得2分；'
                          '②领导小组办公室配备专门工作人员并落实工作经费的得2分。'],
         [(1, '3', 'tiered'), (2, '2', 'fixed')], 'base', '5'),
        ('（二）工作部署（4分）。', ['年内召开领导小组全体会议研究部署“双打”工作，并制定年度工作要点分解任务的，得4分。'],
         [(1, '4', 'fixed')], 'base', '4'),
        ('（三）考核督导：', ['（1）将打击侵权假冒工作纳入本级政府绩效考核或平安建设考核的，得3分；'
                      '（2）开展年度督导检查并印发通报，有督导方案、检查记录、通报文件等材料的，得3分。'],
         [(1, '3', 'fixed'), (2, '3', 'materials')], 'base', '6'),
    ]),
    ('二、执法办案（30分）', [
        ('（一）案件查办（12分）。', ['（1）立案查处侵权假冒案件数较上年增长10%以上的得6分，增长不足10%的得4分，'
                           '持平的得2分，下降的不得分；（2）案件罚没款金额在全市排名前三的得6分，第四至第八名的得4分，'
                           '其余得2分。'],
         [(1, '6', 'growth'), (2, '6', 'ranking')], 'base', '12'),
        ('（二）行刑衔接（8分）：', ['①依法向公安机关移送涉嫌犯罪案件，每移送1件得2分，最高得6分；'
                          '②与公安机关、检察机关召开联席会议并形成会议纪要的，得2分。'],
         [(1, '6', 'per_item'), (2, '2', 'fixed')], 'base', '8'),
        ('（三）专项整治（10分）。', ['深入开展“铁拳”“剑网”“龙腾”等专项行动，按时报送行动方案、进展情况和工作总结的'
                           '得满分，每缺报或迟报一次扣2分，扣完为止。'],
         [(1, '10', 'deduction')], 'base', '10'),
    ]),
    ('三、社会共治（15分）', [
        ('（一）宣传教育：', ['在市级以上媒体刊播打击侵权假冒、知识产权保护宣传报道的，每篇得1分，最高得5分。'],
         [(1, '5', 'per_item')], 'base', '5'),
        ('（二）投诉举报（6分）。', ['（1）侵权假冒投诉举报按期办结率达到100%的得4分，达到95%以上的得3分，'
                           '达到90%以上的得2分，低于90%的不得分；（2）举报奖励资金按规定及时兑现的，得2分。'],
         [(1, '4', 'rate_bands'), (2, '2', 'fixed')], 'base', '6'),
        ('（三）信用监管（4分）。', ['对故意侵权、重复侵权的失信主体实施联合惩戒，由本级牵头部门建立跨部门工作机制的'
                          '得4分，仅开展个案惩戒的得2分。'],
         [(1, '4', 'tiered')], 'base', '4'),
    ]),
    ('四、加分项目', [
        ('（一）工作创新。', ['“双打”工作经验做法获国家级表彰或推广的加3分，获省级表彰或推广的加2分，本项最高加3分。'],
         [(1, '3', 'tiered')], 'bonus', '3'),
        ('（二）重大案件：', ['牵头侦办公安部、省公安厅督办侵权假冒案件的，每起加1分，最高加2分。'],
         [(1, '2', 'per_item')], 'bonus', '2'),
    ]),
    ('五、扣分项目', [
        ('（一）工作失误。', ['因监管不力导致辖区发生区域性、行业性侵权假冒问题，被中央或省级媒体曝光、被上级通报的，'
                      '每起扣2分，最多扣6分。'],
         [(1, '6', 'deduction')], 'deduction', '6'),
    ]),
]
QING_TOTAL = 60

# --- 临江市: indicators 1.组织领导（10分）, clauses ①②③, caps in the bonus/deduction headings, a closing 注 -----------
LIN = [
    ('1.组织领导（10分）', [
        '①将知识产权保护和打击侵权假冒工作列入党委、政府重要议事日程，主要负责同志年内听取专题汇报的，得3分。',
        '②出台年度知识产权保护工作计划，有正式文件、任务分解表等材料的，得3分。',
        '③各成员单位按时报送半年和全年工作总结的得4分，每缺报一个单位扣1分，扣完为止。'],
     [(1, '3', 'fixed'), (2, '3', 'materials'), (3, '4', 'deduction')], 'base', '10'),
    ('2.行政保护（15分）', [
        '①专利、商标侵权纠纷行政裁决案件结案率达到95%以上的得5分，达到85%以上的得3分，低于85%的得1分。',
        '②查处商标侵权、假冒专利案件数较上年增长的得5分，持平的得3分，下降的得1分。',
        '③在全省知识产权行政保护工作绩效评价中排名前五的得5分，第六至第十名的得3分，其余不得分。'],
     [(1, '5', 'rate_bands'), (2, '5', 'growth'), (3, '5', 'ranking')], 'base', '15'),
    ('3.司法协同（8分）', [
        '①建立知识产权纠纷诉调对接机制的得2分；设立知识产权巡回审判点或法官工作站的得2分。',
        '②向公安机关移送知识产权犯罪线索，每条得1分，最高得4分。'],
     [(1, '4', 'multi_award'), (2, '4', 'per_item')], 'base', '8'),
    ('4.软件正版化（7分）', [
        '①本级政府机关及所属事业单位实现软件正版化全覆盖的，得4分。',
        '②对重点行业企业开展软件正版化督导检查，每检查1家得0.5分，最高得3分。'],
     [(1, '4', 'fixed'), (2, '3', 'per_item')], 'base', '7'),
    ('5.宣传培训（10分）', [
        '①组织“4·26”知识产权宣传周活动，覆盖全部乡镇（街道）的得4分，覆盖半数以上乡镇（街道）的得2分。',
        '②举办知识产权业务培训班，参训达到100人次以上的得3分，50至99人次的得2分，不足50人次的得1分。',
        '③知识产权保护工作被省级以上媒体报道（3分）。'],
     [(1, '4', 'tiered'), (2, '3', 'tiered'), (3, '3', 'fixed')], 'base', '10'),
    ('6.加分项（最高加4分）', [
        '①获评国家知识产权保护示范区或国家知识产权强市建设示范城市的，加4分；获评省级示范的，加2分。',
        '②工作信息被省级以上知识产权工作简报采用的，每篇加0.5分。'],
     [(1, '4', 'tiered'), (2, '4', 'per_item')], 'bonus', '4'),
    ('7.扣分项（最多扣10分）', [
        '①辖区内发生重大知识产权侵权事件并造成恶劣影响的，每起扣5分。',
        '②因工作落实不到位被国家或省级通报批评的，每次扣2分。'],
     [(1, '10', 'deduction'), (2, '10', 'deduction')], 'deduction', '10'),
]
LIN_TOTAL = 50
LIN_NOTE = ('注：本细则基本分50分（第1至5项），另设加分项、扣分项。考核得分为基本分加上加分、减去扣分；'
            '各项得分扣完为止，不计负分。')


def p(text, cls=None, bold=False):
    c = f" class='{cls}'" if cls else ''
    t = html.escape(text)
    return f"<p{c}>{'<b>' + t + '</b>' if bold else t}</p>"


def page(body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}</head><body>{''.join(body)}</body></html>"


def covering(office, number, title, to, text, date, rulebook):
    return [p(office, 'red'), p(number, 'num'), p(title, 'title'), p(to, 'flush'), p(text), p(office, 'sign'),
            p(date, 'sign'), "<p class='flush' style='page-break-before: always'>附件</p>", p(rulebook, 'title')]


def build_zhong():
    office = '中州市打击侵权假冒工作领导小组办公室'
    body = covering(office, '中打假办〔2024〕7号', '关于印发《中州市2024年度打击侵权假冒工作考核办法》的通知',
                    '各县（市、区）打击侵权假冒工作领导小组办公室，市领导小组各成员单位：',
                    '为进一步压实属地责任和部门监管责任，推动全市打击侵权假冒工作提质增效，市打假办研究制定了'
                    '《中州市2024年度打击侵权假冒工作考核办法》，现印发给你们，请认真贯彻执行。各地各部门要对照考核办法'
                    '开展自查自评，于2025年1月10日前将自评报告及佐证材料报送市打假办。',
                    '2024年11月8日', '中州市2024年度打击侵权假冒工作考核办法')
    body.append(p(f'考核实行百分制折算，基本分{ZHONG_TOTAL}分，加分项目和扣分项目另行计算。考核内容及评分标准如下：'))
    for heading, texts, *_ in ZHONG:
        body.append(p(heading, 'flush', bold=True))
        body += [p(t) for t in texts]
    return page(body)


def build_qing():
    office = '青阳市打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室'
    body = covering(office, '青双打办〔2023〕4号', '关于印发《青阳市2023年度“双打”工作绩效考核细则》的通知',
                    '各区县“双打”工作领导小组办公室，市“双打”领导小组各成员单位：',
                    '根据省“双打”领导小组工作部署，结合我市实际，市“双打”办制定了《青阳市2023年度“双打”工作绩效考核细则》。'
                    '现印发给你们，请按照细则要求抓好各项工作落实，并于2023年12月25日前报送年度工作总结和自评得分。',
                    '2023年10月16日', '青阳市2023年度“双打”工作绩效考核细则')
    body.append(p(f'本细则设组织保障、执法办案、社会共治三个方面，基本分{QING_TOTAL}分；另设加分项目、扣分项目。'))
    for area, items in QING:
        body.append(p(area, 'flush', bold=True))
        for heading, texts, *_ in items:
            body.append(p(heading + ''.join(texts)))
    return page(body)


def build_lin():
    office = '临江市知识产权保护工作领导小组办公室'
    body = covering(office, '临知保办〔2025〕2号', '关于印发临江市2025年度知识产权保护工作考核评分细则的通知',
                    '各县（市、区）知识产权保护工作领导小组办公室，市有关单位：',
                    '为深入贯彻落实《关于强化知识产权保护的意见》，科学评价各地知识产权保护和打击侵权假冒工作成效，'
                    '现将《临江市2025年度知识产权保护工作考核评分细则》印发给你们。请各地于2026年1月20日前完成自评，'
                    '并将自评表和佐证材料电子版报送市知识产权保护工作领导小组办公室。',
                    '2025年3月12日', '临江市2025年度知识产权保护工作考核评分细则')
    for heading, texts, *_ in LIN:
        body.append(p(heading, 'flush', bold=True))
        body += [p(t) for t in texts]
    body.append(p(LIN_NOTE))
    return page(body)


def indicators(name):
    if name == 'qing':
        return [item for _, items in QING for item in items]
    return ZHONG if name == 'zhong' else LIN


def expected(name, head):
    out = [f'# indicator\tclause\tpoints\trule\tindicator kind\tindicator max — {head}']
    for n, (_, _, clauses, kind, most) in enumerate(indicators(name), 1):
        out += [f"{n}\t{c}\t{pt}\t{r}\t{kind}\t{most}" for c, pt, r in clauses]
    return '\n'.join(out) + '\n'


def check():
    for name, total in (('zhong', ZHONG_TOTAL), ('qing', QING_TOTAL), ('lin', LIN_TOTAL)):
        base = 0
        for heading, texts, clauses, kind, most in indicators(name):
            assert [c for c, _, _ in clauses] == list(range(1, len(clauses) + 1)), heading
            if kind == 'base':
                assert sum(float(x) for _, x, _ in clauses) == float(most), heading
                base += float(most)
            else:
                assert all(float(x) <= float(most) for _, x, _ in clauses), heading
                assert f'{most}分' in heading + ''.join(texts), heading
            if f'（{most}分）' not in heading:
                assert kind != 'base' or name == 'qing', heading
        assert base == total, (name, base)
    for area, items in QING:
        area_total = sum(float(m) for _, _, _, k, m in items if k == 'base')
        if area_total:
            assert f'（{area_total:g}分）' in area, area


if __name__ == '__main__':
    check()
    out = pathlib.Path(sys.argv[1])
    (out / 'zhong.html').write_text(build_zhong(), encoding='utf-8')
    (out / 'qing.html').write_text(build_qing(), encoding='utf-8')
    (out / 'lin.html').write_text(build_lin(), encoding='utf-8')
    if len(sys.argv) > 5 and sys.argv[2] == '--expected':
        pathlib.Path(sys.argv[3]).write_text(expected('zhong', 'what the 中州 rulebook in prose (two levels) is meant to give'), encoding='utf-8')
        pathlib.Path(sys.argv[4]).write_text(expected('qing', 'what the 青阳 rulebook in prose (three levels, run on) is meant to give'), encoding='utf-8')
        pathlib.Path(sys.argv[5]).write_text(expected('lin', 'what the 临江 rulebook in prose (1. headings, ① clauses) is meant to give'), encoding='utf-8')
