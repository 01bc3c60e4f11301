#!/usr/bin/env python3
"""Task texts written for the tests (invented, marked 测试用), in the forms work points and breakdown tables come in:
a Word breakdown table, an Excel table with 牵头/配合 columns and merged category cells, and prose 工作要点 numbered 1. 2.,
numbered (一)(二) and not numbered, whose tasks end with their units in brackets. Each text is written by hand together
with its labels (truth.json): the units, lead units and deadline of every task as the author meant them.
Standard library only; LibreOffice (build.sh) turns the HTML into .docx/.xlsx/.pdf.
  task_texts.py <out-dir>"""
import html, json, pathlib, sys

STYLE = """<style>
body { font-family: 'Noto Serif CJK SC'; font-size: 14pt; }
p { margin: 0 0 6pt 0; text-indent: 2em; line-height: 150%; }
p.title { font-family: 'Noto Sans CJK SC'; font-size: 18pt; text-align: center; text-indent: 0; }
p.head { font-family: 'Noto Sans CJK SC'; text-indent: 0; }
p.sign { text-align: right; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid black; font-size: 10.5pt; vertical-align: top; padding: 2pt; }
</style>"""


def page(title, body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>{STYLE}</head><body>{body}</body></html>"


def para(text, cls=None):
    return f"<p{f' class={cls!r}' if cls else ''}>{html.escape(text)}</p>"


def dl(kind, date=None):
    return {'kind': kind, 'date': date}


# ── 1. A Word breakdown table of 襄阳市, unit-rich, with its labelled evidence (the 襄阳市 folder of corpus/inbox) ──
# Columns: 序号 | 重点任务 | 工作措施 | 预期成果 | 完成时限 | 责任单位. Status as of 2020-01-06, judged by hand from the
# 襄阳市 documents' labels in corpus/truth.json (type, issuer, date), as a reviewer would.
XY_TASKS = [
    (1, '开展知识产权执法“铁拳”行动', '部署全市2019年知识产权执法“铁拳”行动，严厉查处商标侵权、假冒专利违法行为。', '印发“铁拳”行动通知',
     '2019年4月底', '市市场监管局（牵头）、市领导小组办公室', ['市市场监管局', '市打假办'], ['市市场监管局'], dl('month', '2019-04-30'), 'done'),
    (2, '打击食药环领域犯罪', '组织开展打击食药环犯罪“昆仑2019”专项行动，侦办一批制售假冒伪劣食品药品案件。', '印发“昆仑2019”专项行动工作方案',
     '2019年3月底', '市公安局', ['市公安局'], [], dl('month', '2019-03-31'), 'late'),
    (3, '整治出版物市场', '开展“秋风2019”专项行动，打击非法出版传播活动。', '印发“秋风2019”专项行动通知',
     '2019年5月', '市委宣传部、市扫黄打非办', ['市委宣传部', '市扫黄打非办'], [], dl('month', '2019-05-31'), 'done'),
    (4, '加强植物新品种保护', '举办全市植物新品种保护执法培训，提升基层执法能力。', '培训通知，培训总结',
     '2019年6月30日', '市农业农村局', ['市农业农村局'], [], dl('date', '2019-06-30'), 'done'),
    (5, '推进政府机关软件正版化', '举办全市政府机关软件正版化培训班。', '培训通知；培训总结',
     '2019年6月底', '市版权局', ['市版权局'], [], dl('month', '2019-06-30'), 'late'),
    (6, '推进政府机关软件正版化', '总结全年软件正版化工作，向省版权局报送工作总结。', '软件正版化工作总结',
     '2019年12月15日前', '市版权局', ['市版权局'], [], dl('date', '2019-12-15'), 'late'),
    (7, '加强宣传引导', '制定全市打击侵权假冒宣传报道工作方案，组织媒体集中宣传。', '宣传报道工作方案',
     '2019年5月底前', '市领导小组办公室、市委宣传部', ['市打假办', '市委宣传部'], [], dl('month', '2019-05-31'), 'done'),
    (8, '开展卷烟打假', '开展卷烟市场专项整治行动，重点整治寄递物流渠道涉烟违法。', '专项整治实施方案、专项整治工作总结',
     '2019年11月', '市烟草专卖局', ['市烟草专卖局'], [], dl('month', '2019-11-30'), 'partial'),
    (9, '治理重点市场环境', '对侵权假冒高发的重点市场开展环境治理。', '重点市场环境治理工作方案',
     '2019年上半年', '市领导小组办公室（牵头），市市场监管局、市商务局', ['市打假办', '市市场监管局', '市商务局'], ['市打假办'], dl('half_year', '2019-06-30'), 'done'),
    (10, '强化案例指导', '梳理全年查办的商标专利侵权案件，报送知识产权执法典型案例。', '知识产权执法典型案例',
     '2019年9月底', '市市场监管局', ['市市场监管局'], [], dl('month', '2019-09-30'), 'late'),
    (11, '健全两法衔接', '召开行政执法与刑事司法衔接联席会议，通报案件移送情况。', '两法衔接联席会议纪要',
     '2019年底', '市检察院（牵头）、市公安局、市市场监管局', ['市检察院', '市公安局', '市市场监管局'], ['市检察院'], dl('year_end', '2019-12-31'), 'overdue'),
    (12, '深化农资打假', '开展农资打假专项治理行动，严厉打击制售假劣种子、农药、肥料行为。', '农资打假专项治理工作方案，农资打假工作总结',
     '2019年10月底', '市农业农村局', ['市农业农村局'], [], dl('month', '2019-10-31'), 'overdue'),
    (13, '做好信息报送', '及时报送全市打击侵权假冒工作动态。', '打击侵权假冒工作信息',
     '长期坚持', '市领导小组办公室', ['市打假办'], [], dl('ongoing'), 'continuing'),
    (14, '推进信用体系建设', '将侵权假冒行政处罚案件信息纳入信用信息共享平台，实施联合惩戒。', '失信联合惩戒工作总结',
     '持续推进', '市发展和改革委员会', ['市发展改革委'], [], dl('ongoing'), 'continuing'),
    (15, '治理重点市场环境', '部署2020年重点市场环境治理，巩固整治成果。', '2020年重点市场环境治理工作方案',
     '2020年6月底', '市领导小组办公室', ['市打假办'], [], dl('month', '2020-06-30'), 'open'),
    (16, '加强统筹协调', '召开市打击侵权假冒工作领导小组全体成员会议，部署全年工作。', '领导小组会议纪要',
     '2019年3月底', '市领导小组办公室', ['市打假办'], [], dl('month', '2019-03-31'), 'done'),
]


def xiangyang_table():
    head = ['序号', '重点任务', '工作措施', '预期成果', '完成时限', '责任单位']
    rows = ''.join('<tr>' + ''.join(f'<td>{html.escape(str(c))}</td>' for c in t[:6]) + '</tr>' for t in XY_TASKS)
    body = (para('襄阳市打击侵权假冒工作领导小组办公室', 'title') + para('襄打假办发〔2019〕12号（测试用）', 'title')
            + para('襄阳市2019年打击侵权假冒工作任务分解表', 'title')
            + '<table><tr>' + ''.join(f'<th>{h}</th>' for h in head) + '</tr>' + rows + '</table>'
            + para('襄阳市打击侵权假冒工作领导小组办公室', 'sign') + para('2019年3月8日', 'sign'))
    truth = [{'number': t[0], 'units': t[6], 'lead_units': t[7], 'deadline': t[8], 'status': t[9]} for t in XY_TASKS]
    return page('襄阳市2019年打击侵权假冒工作任务分解表', body), truth


# ── 2. An Excel table of 鄂州市: 类别 merged over its rows, 牵头单位 and 配合单位 apart, 时间节点 and 成果形式 last ──
EZ_CATEGORIES = [
    ('一、重点领域治理', [
        ('1', '开展互联网领域侵权假冒治理，查处网络售假案件', '市市场监管局', '市委网信办、市公安局', '2019年10月底', '专项治理通知，案件查办情况报告',
         ['市市场监管局', '市委网信办', '市公安局'], ['市市场监管局'], dl('month', '2019-10-31')),
        ('2', '开展农村和城乡结合部市场治理', '市商务局', '市市场监管局、市农业农村局', '2019年第三季度', '工作方案、工作总结',
         ['市商务局', '市市场监管局', '市农业农村局'], ['市商务局'], dl('quarter', '2019-09-30')),
        ('3', '开展进出口环节知识产权保护“龙腾”行动', '鄂州海关', '', '年底', '行动方案，典型案例',
         ['鄂州海关'], ['鄂州海关'], dl('year_end', '2019-12-31')),
    ]),
    ('二、执法协作', [
        ('4', '建立跨部门案件线索通报和移送制度', '市打假办', '各成员单位', '2019年6月', '线索通报和移送制度文件',
         ['市打假办', '各成员单位'], ['市打假办'], dl('month', '2019-06-30')),
        ('5', '完善两法衔接信息共享平台，推动行政执法案件网上移送', '市检察院', '市公安局、市司法局', '持续推进', '平台运行情况通报',
         ['市检察院', '市公安局', '市司法局'], ['市检察院'], dl('ongoing')),
    ]),
    ('三、社会共治', [
        ('6', '举办知识产权保护宣传周活动', '市知识产权局', '市委宣传部、市市场监管局', '2019年4月26日前', '活动方案、宣传报道',
         ['市知识产权局', '市委宣传部', '市市场监管局'], ['市知识产权局'], dl('date', '2019-04-26')),
        ('7', '开展企业软件正版化培训', '市版权局', '市经济和信息化局', '上半年', '培训通知、培训人员名单',
         ['市版权局', '市经信局'], ['市版权局'], dl('half_year', '2019-06-30')),
        ('8', '发布侵权假冒典型案例', '市打假办', '市公安局、市市场监管局、市文化和旅游局', '2019年12月', '新闻发布稿',
         ['市打假办', '市公安局', '市市场监管局', '市文化和旅游局'], ['市打假办'], dl('month', '2019-12-31')),
        ('9', '配合省里开展年度绩效考核', '市打假办', '各成员单位', '按上级统一安排', '自评报告',
         ['市打假办', '各成员单位'], ['市打假办'], dl('as_arranged')),
        ('10', '推动行业协会建立自律公约', '市工商联', '', '', '自律公约文本',
         ['市工商联'], ['市工商联'], dl('none')),
    ]),
]


def ezhou_sheet():
    head = ['类别', '序号', '工作任务', '牵头单位', '配合单位', '时间节点', '成果形式']
    rows, truth = [], []
    for category, tasks in EZ_CATEGORIES:
        for k, t in enumerate(tasks):
            first = f"<td rowspan='{len(tasks)}'>{html.escape(category)}</td>" if k == 0 else ''
            rows.append('<tr>' + first + ''.join(f'<td>{html.escape(c)}</td>' for c in t[:6]) + '</tr>')
            truth.append({'number': int(t[0]), 'units': t[6], 'lead_units': t[7], 'deadline': t[8]})
    body = ('<table><tr><td colspan="7">鄂州市2019年打击侵权假冒重点工作任务清单（测试用）</td></tr><tr>'
            + ''.join(f'<td>{h}</td>' for h in head) + '</tr>' + ''.join(rows) + '</table>')
    return page('鄂州市任务清单', body), truth


# ── 3. Prose 工作要点 of 孝感市, numbered 1. 2. under 一、 二、, every bracket variant ──
XG = [
    ('一、持续开展重点领域专项整治', [
        ('深入开展知识产权执法“铁拳”行动，严厉查处商标侵权、假冒专利等违法行为，年内查办一批典型案件。（市市场监管局负责）',
         ['市市场监管局'], [], dl('year_end', '2019-12-31')),
        ('开展打击网络侵权盗版“剑网2019”专项行动，重点整治短视频、网络直播领域侵权行为，2019年9月底前形成行动总结。（市委宣传部、市文化和旅游局按职责分工负责）',
         ['市委宣传部', '市文化和旅游局'], [], dl('month', '2019-09-30')),
        ('组织开展春季农资打假专项行动，加强种子、农药、化肥质量抽检。（责任单位：市农业农村局、市市场监管局）',
         ['市农业农村局', '市市场监管局'], [], dl('none')),
        ('加强进口冷链食品和跨境电商渠道侵权商品查验，上半年完成专项检查。（孝感海关、市商务局）',
         ['孝感海关', '市商务局'], [], dl('half_year', '2019-06-30')),
    ]),
    ('二、强化刑事司法打击', [
        ('开展“昆仑2019”专项行动，打击食品药品环境领域犯罪，侦破一批制假售假团伙案件。(市公安局负责，长期坚持)',
         ['市公安局'], [], dl('ongoing')),
        ('完善侵权假冒案件移送标准和程序，建立检察机关提前介入机制。（市检察院牵头，市公安局、市司法局配合）',
         ['市检察院', '市公安局', '市司法局'], ['市检察院'], dl('none')),
        ('加强知识产权审判，及时公开侵权假冒案件裁判文书。（市中级人民法院负责，持续推进）',
         ['市中级法院'], [], dl('ongoing')),
    ]),
    ('三、推进社会共治', [
        ('召开全市打击侵权假冒工作领导小组会议，印发年度工作要点，2019年3月31日前完成。（市打假办负责）',
         ['市打假办'], [], dl('date', '2019-03-31')),
        ('推进企业软件正版化，年底前完成市属国有企业软件正版化检查。（牵头单位：市版权局；配合单位：市国资委、市经济和信息化局）',
         ['市版权局', '市国资委', '市经信局'], ['市版权局'], dl('year_end', '2019-12-31')),
        ('利用“4·26”知识产权宣传周集中宣传打击侵权假冒成效，发布典型案例。（市知识产权局、市委宣传部、市打假办按职责分工负责）',
         ['市知识产权局', '市委宣传部', '市打假办'], [], dl('none')),
        ('将侵权假冒行政处罚信息纳入信用信息共享平台，2019年第四季度完成数据归集。（市发展改革委牵头，各成员单位按职责分工负责）',
         ['市发展改革委', '各成员单位'], ['市发展改革委'], dl('quarter', '2019-12-31')),
        ('加强对县（市、区）打击侵权假冒工作的督导检查，11月底前形成督查报告。（市打假办）',
         ['市打假办'], [], dl('month', '2019-11-30')),
    ]),
]


def xiaogan_text():
    lines = ['孝感市2019年打击侵权假冒工作要点（测试用）', '',
             '2019年，全市打击侵权假冒工作要围绕优化营商环境，坚持打建结合、统筹协作，重点抓好以下工作。', '']
    truth, n = [], 0
    for heading, tasks in XG:
        lines.append(heading)
        for text, units, lead, deadline in tasks:
            n += 1
            lines.append(f'{n}.{text}')
            truth.append({'number': n, 'units': units, 'lead_units': lead, 'deadline': deadline})
        lines.append('')
    lines += ['孝感市打击侵权假冒工作领导小组办公室', '2019年2月26日']
    return '\n'.join(lines) + '\n', truth


# ── 4. Prose 工作要点 of 随州市, tasks numbered (一)(二) under 一、 headings, as a text PDF ──
SZ = [
    ('一、加大行政执法力度', [
        ('聚焦食品、药品、农资等重点商品，开展侵权假冒专项整治，2019年6月30日前印发整治方案。（市市场监管局、市农业农村局按职责分工负责）',
         ['市市场监管局', '市农业农村局'], [], dl('date', '2019-06-30')),
        ('加强出版物市场和印刷企业监管，查处盗版出版物案件。（责任单位：市委宣传部）', ['市委宣传部'], [], dl('none')),
        ('开展卷烟打假，打击制售假冒卷烟网络。（随州市烟草专卖局负责，2019年底前完成）', ['市烟草专卖局'], [], dl('year_end', '2019-12-31')),
    ]),
    ('二、加强协作配合', [
        ('建立打击侵权假冒联席会议制度，每半年召开一次联席会议。（市打假办牵头，各成员单位配合）', ['市打假办', '各成员单位'], ['市打假办'], dl('none')),
        ('推进行政执法与刑事司法衔接，完善案件移送机制。（市检察院、市公安局，持续推进）', ['市检察院', '市公安局'], [], dl('ongoing')),
    ]),
    ('三、营造良好氛围', [
        ('开展知识产权进企业、进市场宣传活动，全年不少于4次。（市知识产权局负责）', ['市知识产权局'], [], dl('none')),
        ('及时报送工作信息，每季度末报送统计数据。（各成员单位按职责分工负责，长期坚持）', ['各成员单位'], [], dl('ongoing')),
    ]),
]


def suizhou_html():
    body = [para('随州市2019年打击侵权假冒工作要点（测试用）', 'title'),
            para('为做好2019年全市打击侵犯知识产权和制售假冒伪劣商品工作，提出以下要点。')]
    truth, marks = [], '一二三四五六七八九十'
    for heading, tasks in SZ:
        body.append(para(heading, 'head'))
        for k, (text, units, lead, deadline) in enumerate(tasks):
            body.append(para(f'（{marks[k]}）{text}'))
            truth.append({'category': heading[0], 'number': k + 1, 'units': units, 'lead_units': lead, 'deadline': deadline})
    body += [para('随州市打击侵权假冒工作领导小组办公室', 'sign'), para('2019年3月12日', 'sign')]
    return page('随州市2019年打击侵权假冒工作要点', ''.join(body)), truth


# ── 5. Prose without numbers (潜江市), one paragraph a task, as Word ──
QJ = [
    ('围绕春节、“3·15”等节点，组织开展食品市场专项检查，一季度末前形成检查情况通报。（市市场监管局负责）', ['市市场监管局'], [], dl('quarter', '2019-03-31')),
    ('开展林木种苗质量抽查和打击侵犯植物新品种权专项行动，印发工作通知并形成总结报告。（市林业局、市农业农村局）', ['市林业局', '市农业农村局'], [], dl('none')),
    ('建立知识产权纠纷人民调解组织，年内出台调解工作规则。（责任单位：市司法局、市知识产权局）', ['市司法局', '市知识产权局'], [], dl('year_end', '2019-12-31')),
    ('强化寄递渠道管控，落实收寄验视制度，严防侵权假冒商品流入寄递渠道。（市邮政管理局负责，长期坚持）', ['市邮政管理局'], [], dl('ongoing')),
    ('组织开展打击侵权假冒宣传进社区活动，2019年10月底前制作发放宣传资料。（市委宣传部牵头，市市场监管局、市打假办配合）',
     ['市委宣传部', '市市场监管局', '市打假办'], ['市委宣传部'], dl('month', '2019-10-31')),
    ('做好2019年度打击侵权假冒工作绩效考核迎检准备。（市打假办负责，按上级统一安排）', ['市打假办'], [], dl('as_arranged')),
]


def qianjiang_html():
    body = [para('潜江市2019年打击侵权假冒工作要点（测试用）', 'title'),
            para('2019年全市打击侵权假冒工作安排如下，各单位要明确专人，按时完成。')]
    truth = []
    for n, (text, units, lead, deadline) in enumerate(QJ, 1):
        body.append(para(text))
        truth.append({'number': n, 'units': units, 'lead_units': lead, 'deadline': deadline})
    body += [para('潜江市打击侵权假冒工作领导小组办公室', 'sign'), para('2019年3月1日', 'sign')]
    return page('潜江市2019年打击侵权假冒工作要点', ''.join(body)), truth


if __name__ == '__main__':
    out = pathlib.Path(sys.argv[1])
    truth = {
        'about': '人工标注（编写任务文本时逐条写下）：每个任务的责任单位（归一为“市”+简称）、牵头单位和完成时限；'
                 '襄阳市任务分解表另有截至2020-01-06的落实状态，依据 corpus/truth.json 中襄阳市各文件的类型、发文机关和日期判断，与程序输出无关。',
        'as_of': '2020-01-06',
        'files': {},
    }
    docs = {
        'xiangyang.html': ('襄打假办发〔2019〕12号 任务分解表（测试用）.docx', xiangyang_table),
        'ezhou.html': ('鄂州市2019年重点工作任务清单（测试用）.xlsx', ezhou_sheet),
        'suizhou.html': ('随州市2019年打击侵权假冒工作要点（测试用）.pdf', suizhou_html),
        'qianjiang.html': ('潜江市2019年打击侵权假冒工作要点（测试用）.docx', qianjiang_html),
    }
    for source, (target, make) in docs.items():
        text, labels = make()
        (out / source).write_text(text, encoding='utf-8')
        truth['files'][target] = {'region': target[:3], 'tasks': labels}
    text, labels = xiaogan_text()
    (out / 'xiaogan.txt').write_text(text, encoding='utf-8')
    truth['files']['孝感市2019年打击侵权假冒工作要点（测试用）.txt'] = {'region': '孝感市', 'tasks': labels}
    (out / 'truth.json').write_text(json.dumps(truth, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
