#!/usr/bin/env python3
"""A sixth batch of five self-evaluation reports, written for the tests (fictional figures, no real region's), in layouts
the earlier batches do not have, each stating a score for every one of the 29 indicators (half points, zeros, the bonus
item 26 and the deduction item 29 among them) and the total, equal to the sum, dated 2019-12-27 .. 2020-01-06:
  xianning   Word table grouped by 一级指标: the area's name in one cell merged down its rows (rowspan), 二级指标 named in
             the office's short words (no numbers), 分值 and 自评得分 written with their unit ("6.5分"), a 自评说明 column,
             a 合计 row;
  jingmen    Word table of two columns 指标 | 自评情况: the 指标 cell names the indicator with its points in brackets
             （7分）, the score sits inside the sentence of the 自评情况 cell (…，自评得6分 / …扣0.5分，自评得5.5分 /
             自评得5.5分，扣0.5分是因为…), area rows spanning both columns, the deduction item 自评得-1分;
  ezhou      letter-style 公文 in Word: red masthead, 发文字号, title 关于…的报告, body in 一、二、… sections whose items
             （一）… renumber in each, the score in brackets after each item's title （自评7分）/（满分3分，自评2分）/
             （自评得分2.5分）/（自评加1分）, a 存在问题 section with years and counts, the total in the closing section,
             then 抄送 and the 印发 line (版记);
  qianjiang  a text PDF (Word → PDF by LibreOffice, fonts embedded): table 序号 | 考核内容 | 标准分 | 得分 | 扣分原因 whose
             扣分原因 cells are long and full of other figures (办案23件、同比增长15%、扣0.5分), closed by an 应得分 row
             (107) and an 实得分 row (the total);
  tianmen    an .xlsx of two sheets (Flat ODS → xlsx by LibreOffice): 说明 (who, when, the rules, 满分107分 and other
             figures, no score) then 自评表: a title row, a 填报单位 row, header 序号 | 考核项目 | 满分 | 自评分数 | 自评依据,
             numeric cells, area rows merged across, the total 自评总分 a SUM formula.
  self_reports6.py <work dir> [--truth PATH]   writes xianning.html, jingmen.html, ezhou.html, qianjiang.html,
                                               tianmen.fods and STEM.name into the folder given, merges the truth (batch 6)."""
import html, json, pathlib, sys
from decimal import Decimal as D
from self_report_parts import IND, AREAS, fmt, p

YEAR = 2019

STYLE = """<style>
body { font-family: 'Noto Serif CJK SC'; font-size: 12pt; }
p { margin: 0 0 4pt 0; text-indent: 2em; line-height: 145%; }
p.flush { text-indent: 0; }
p.title { font-family: 'Noto Sans CJK SC'; font-size: 17pt; text-align: center; text-indent: 0; }
p.mast { font-family: 'Noto Sans CJK SC'; color: #d00000; font-size: 18pt; text-align: center; text-indent: 0; }
p.docno { text-align: center; text-indent: 0; border-bottom: 2pt solid #d00000; padding-bottom: 4pt; margin-bottom: 14pt; }
p.h1 { font-family: 'Noto Sans CJK SC'; text-indent: 2em; }
p.h2 { font-family: 'Noto Serif CJK SC'; font-weight: bold; text-indent: 2em; }
p.sign { text-align: right; }
p.foot { text-indent: 0; border-top: 1pt solid black; border-bottom: 1pt solid black; font-size: 10.5pt; }
table { border-collapse: collapse; width: 100%; }
td { border: 1px solid black; font-size: 10pt; vertical-align: middle; padding: 2pt; }
td.c { text-align: center; }
</style>"""


def page(body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}</head><body>{''.join(body)}</body></html>"


def td(text, colspan=1, rowspan=1, cls=None, width=None):
    a = (f" colspan='{colspan}'" if colspan > 1 else '') + (f" rowspan='{rowspan}'" if rowspan > 1 else '')
    a += f" width='{width}%'" if width else ''
    c = f" class='{cls}'" if cls else ''
    return f"<td{a}{c}>{html.escape(str(text))}</td>"


def total(scores):
    return sum((D(str(v)) for v in scores.values()), D(0))


def title(n):
    return IND[n]['title'].replace(', ', '，').replace(',', '，')


def sign(office, date):
    return [p(''), p(office, 'sign'), p(date, 'sign')]


# ── 1. 咸宁市: grouped by 一级指标 (merged down), 二级指标 named only, "6.5分" in the cells ──
XIANNING = {1: 6.5, 2: 3, 3: 1.5, 4: 1, 5: 1.5, 6: 0, 7: 2, 8: 5, 9: 4.5, 10: 2, 11: 3, 12: 2.5, 13: 5,
            14: 3, 15: 2.5, 16: 3, 17: 0.5, 18: 2, 19: 1.5, 20: 18, 21: 5.5, 22: 6, 23: 7, 24: 1, 25: 2, 26: 1,
            27: 3.5, 28: 1.5, 29: 0}
XIANNING_NAME = {1: '商标专利行政执法', 2: '驰名商标保护', 3: '知识产权执法指导', 4: '转办案件查办', 5: '专项行动开展',
                 6: '专利侵权纠纷办理', 7: '投诉举报渠道畅通', 8: '版权执法监管与专项行动', 9: '政府机关和企业软件正版化',
                 10: '农业植物新品种权保护', 11: '林木种苗打假', 12: '文化市场侵权举报与网络案件办理',
                 13: '知识产权领域不正当竞争执法', 14: '农资打假与放心农资下乡', 15: '假劣药品案件查办', 16: '烟草制品打假',
                 17: '消毒产品监督抽查', 18: '生产源头打假与质量安全风险排查', 19: '侵权假冒商品无害化销毁',
                 20: '侵权假冒犯罪打击', 21: '检察环节监督与批捕起诉', 22: '侵权假冒刑事审判', 23: '数据统计与信息报送',
                 24: '行政处罚信息公开', 25: '两法衔接', 26: '创造性开展工作（加分项）', 27: '网上侵权假冒信息清理',
                 28: '社会公众评价', 29: '防范系统性区域性风险（扣分项）'}
XIANNING_AREA = {'一': '知识产权保护', '二': '伪劣商品治理', '三': '刑事司法打击', '四': '长效机制建设', '五': '社会公众意识',
                 '六': '系统性风险防范'}
XIANNING_NOTE = {1: '查办商标侵权案件41件，无重大典型案例', 3: '对县市区执法指导仅2次', 6: '全年未受理专利侵权纠纷案件',
                 8: '网络版权专项检查覆盖不全', 9: '3家重点企业尚未完成正版化', 10: '抽检种子样品12个，立案偏少',
                 12: '暗访抽查次数不足', 13: '无商业秘密案件', 15: '案件移送1件，偏少', 17: '抽检批次未达要求',
                 19: '赤壁、嘉鱼两地未组织集中销毁', 20: '破案36起，部督案件未突破', 21: '提前介入次数偏少',
                 23: '专项行动信息报送迟报1次', 26: '“咸宁砖茶”地理标志保护协作机制', 27: '清理信息2300条', 28: '满意度位次居中',
                 29: '全年未发生系统性区域性风险'}


def mx_unit(n):
    return {'bonus': '2分（加分）', 'deduction': '扣分项'}.get(IND[n]['kind'], fmt(IND[n]['max_points']) + '分')


def xianning():
    rows = ['<tr>' + ''.join(td(c, cls='c') for c in ['一级指标', '二级指标', '分值', '自评得分', '自评说明']) + '</tr>']
    for num, _, nums in AREAS:
        for i, n in enumerate(nums):
            first = td(XIANNING_AREA[num], rowspan=len(nums), cls='c') if i == 0 else ''
            rows.append('<tr>' + first + td(XIANNING_NAME[n]) + td(mx_unit(n), cls='c') + td(fmt(XIANNING[n]) + '分', cls='c')
                        + td(XIANNING_NOTE.get(n, '')) + '</tr>')
    t = total(XIANNING)
    rows.append('<tr>' + td('合计', 2, cls='c') + td('107分', cls='c') + td(f'{fmt(t)}分', cls='c') + td('') + '</tr>')
    return page([p(f'咸宁市{YEAR}年度打击侵权假冒工作绩效考核自评报告', 'title'), p('省打击侵权假冒工作领导小组办公室：', 'flush'),
                 p(f'{YEAR}年，我市围绕全省打击侵权假冒工作要点，组织市双打领导小组各成员单位对照年度绩效考核评分细则，逐条梳理'
                   '全年工作台账和佐证材料，形成自评结果。经市双打办汇总审核，我市本年度自评得分' + fmt(t) + '分，分项得分见下表。'),
                 "<table border='1' cellspacing='0' cellpadding='2'>" + ''.join(rows) + '</table>',
                 p('附：佐证材料目录（另册）', 'flush'),
                 *sign('咸宁市打击侵权假冒工作领导小组办公室', f'{YEAR}年12月30日')])


# ── 2. 荆门市: two columns 指标 | 自评情况, the score inside the sentence ──
JINGMEN = {1: 6, 2: 2.5, 3: 2, 4: 0.5, 5: 1, 6: 1.5, 7: 1.5, 8: 5.5, 9: 5, 10: 0, 11: 2.5, 12: 3, 13: 4.5,
           14: 2.5, 15: 3, 16: 2, 17: 1, 18: 1.5, 19: 2, 20: 17.5, 21: 6, 22: 5, 23: 7.5, 24: 0.5, 25: 2, 26: 1.5,
           27: 4, 28: 1, 29: -1}
JINGMEN_NAME = {1: '开展商标专利行政执法工作', 2: '驰名商标保护工作', 3: '知识产权执法指导工作', 4: '知识产权转办案件查办',
                5: '知识产权专项行动', 6: '专利侵权纠纷办案', 7: '知识产权投诉举报渠道', 8: '版权执法监管和案件查办',
                9: '软件正版化工作', 10: '侵犯农业植物新品种权案件查处', 11: '林木种苗打假', 12: '文化市场侵权案件办理及暗访抽查',
                13: '知识产权不正当竞争执法', 14: '假劣农资查处和放心农资下乡', 15: '假劣药品案件查办', 16: '假冒伪劣烟草制品查办',
                17: '消毒产品监督抽查', 18: '生产源头打假和质量安全风险排查整治', 19: '侵权假冒商品无害化销毁',
                20: '打击侵权假冒犯罪', 21: '检察环节相关工作', 22: '侵权假冒刑事案件审理', 23: '数据统计、信息报送和重点专项行动',
                24: '行政处罚案件信息公开', 25: '行政执法与刑事司法衔接', 26: '创造性开展工作（加分项）', 27: '清理网上侵权假冒信息',
                28: '社会公众评价', 29: '防范系统性区域性风险（扣分项）'}
JINGMEN_TEXT = {
    1: '全年查办商标侵权案件46件、假冒专利案件3件，罚没款合计186万元，向公安机关移送涉嫌犯罪案件2件；缺少在全省有影响的典型案例，自评得6分。',
    2: '将“京山桥米”等15件驰名商标和地理标志商标纳入重点保护名录，开展专项检查2次，名录动态更新不及时，自评得2.5分。',
    3: '组织执法业务培训2期、培训执法人员160人次，对县市区开展执法指导和案卷评查，自评得2分。',
    4: '上级转办的4件案件中3件按时办结，1件超期，扣0.5分，自评得0.5分。',
    5: '部署开展“铁拳”“蓝天”等专项行动，但专项行动总结报送滞后，自评得1分，扣0.5分。',
    6: '受理专利侵权纠纷案件7件，结案7件，结案率100%，自评得1.5分。',
    7: '12315、12330平台受理知识产权投诉举报213件，按期办结率97.2%，自评得1.5分，扣0.5分是因为回访记录不全。',
    8: '查办侵权盗版案件9件，开展“剑网2019”等专项行动4次，收缴盗版出版物1.2万册，自评得5.5分。',
    9: '市县两级政府机关软件正版化全部通过核查，推进12家企业完成正版化，自评得5分。',
    10: '全年未查处侵犯农业植物新品种权案件，种子执法抽检未发现侵权线索，该项自评得0分。',
    11: '检查林木种苗生产经营单位38家，查处无证经营案件2件，未开展品种权执法，自评得2.5分。',
    12: '转办侵权举报全部按时回复，办理网络文化案件5件，开展暗访抽查6次，自评得3分。',
    13: '查办仿冒混淆案件11件，侵犯商业秘密案件尚未突破，扣1.5分，自评得4.5分。',
    14: '查处假劣农资案件27件，建设放心农资店64家，但新机制建设进展不快，自评得2.5分。',
    15: '查办生产销售假劣药品案件15件，移送公安2件，自评得3分。',
    16: '查获假冒卷烟1860条、案值93万元，因案值50万元以上案件仅1起，自评得2分。',
    17: '完成消毒产品监督抽查48批次，自评得1分。',
    18: '排查生产企业312家、发现风险隐患19处并全部整改，督办不够及时，自评得1.5分。',
    19: '集中销毁侵权假冒商品2次，货值380万元，全程环保监督，自评得2分。',
    20: '公安机关立案侦办侵权假冒犯罪案件58起，破案49起，抓获犯罪嫌疑人76人，部督案件1起，自评得17.5分。',
    21: '批准逮捕侵权假冒犯罪嫌疑人31人、提起公诉42人，监督立案3件，自评得6分。',
    22: '审结侵权假冒刑事案件26件，判处罪犯39人，基础调研工作不足，自评得5分。',
    23: '按月报送统计数据，编发工作信息14期，1期被省双打办采用，迟报1次，自评得7.5分。',
    24: '行政处罚案件信息公开率92%，未全部在20个工作日内公开，自评得0.5分。',
    25: '两法衔接平台录入行政执法案件132件，移送涉嫌犯罪案件9件，自评得2分。',
    26: '首创“双打进企业”服务直通车，做法被省双打办简报推广，申请加分，自评得1.5分。',
    27: '清理网上侵权假冒信息4600余条，关闭违规网店11家，自评得4分。',
    28: '群众满意度调查在全省排第11位，自评得1分。',
    29: '沙洋县发生一起假冒化肥群体投诉，被省级媒体曝光，按评分细则应扣1分，自评得-1分。',
}


def jingmen():
    rows = ['<tr>' + td('指标', cls='c', width=32) + td('自评情况', cls='c', width=68) + '</tr>']
    for num, name, nums in AREAS:
        rows.append('<tr>' + td(f'{num}、{name}', 2) + '</tr>')
        for n in nums:
            kind = IND[n]['kind']
            pts = '（最高加2分）' if kind == 'bonus' else '' if kind == 'deduction' else f'（{fmt(IND[n]["max_points"])}分）'
            rows.append('<tr>' + td(JINGMEN_NAME[n] + pts) + td(JINGMEN_TEXT[n]) + '</tr>')
    t = total(JINGMEN)
    return page([p(f'荆门市{YEAR}年度打击侵权假冒工作绩效考核自评情况', 'title'), p('省打击侵权假冒工作领导小组办公室：', 'flush'),
                 p('按照全省打击侵权假冒工作绩效考核的安排，市双打办会同公安、检察、法院、市场监管、农业农村、文化旅游、烟草等成员'
                   '单位，对照考核评分细则，对我市全年工作逐项进行了自查自评。现将自评情况报告如下：'),
                 "<table border='1' cellspacing='0' cellpadding='3' width='100%'>" + ''.join(rows) + '</table>',
                 p(f'以上各项合计，我市{YEAR}年度打击侵权假冒工作绩效考核自评总分为{fmt(t)}分。'),
                 *sign('荆门市打击侵权假冒工作领导小组办公室', f'{YEAR + 1}年1月2日')])


# ── 3. 鄂州市: a 公文, the score in brackets after each item's title ──
EZHOU = {1: 7, 2: 3, 3: 2, 4: 1, 5: 1.5, 6: 1, 7: 2, 8: 6, 9: 4, 10: 2.5, 11: 0, 12: 3, 13: 5.5,
         14: 3, 15: 3, 16: 2.5, 17: 1, 18: 2, 19: 0, 20: 19, 21: 6, 22: 5.5, 23: 8, 24: 1, 25: 1.5, 26: 1,
         27: 3, 28: 2, 29: 0}
# how the bracket after the title is phrased: 'z' 自评N分, 'm' 满分M分，自评N分, 'd' 自评得分N分
EZHOU_FORM = {2: 'm', 5: 'd', 9: 'm', 10: 'd', 13: 'm', 16: 'd', 20: 'm', 22: 'd', 25: 'm', 27: 'd'}
EZHOU_DEED = {
    1: '市市场监管局、市知识产权局联合开展商标专利执法，全年查办商标侵权案件52件、假冒专利案件4件，1件入选全省知识产权行政保护典型案例。',
    2: '建立驰名商标和重点商标保护名录，收录商标23件，对名录商标开展市场巡查4轮。',
    3: '制定执法指导意见1份，组织鄂城、华容、梁子湖三区执法人员集中培训2期。',
    4: '省局转办案件2件均在规定时限内办结并反馈。',
    5: '开展知识产权执法“铁拳”行动和地理标志保护专项行动，行动方案和总结按时报送。',
    6: '受理专利侵权纠纷案件3件，结案2件，1件因当事人申请中止。',
    7: '公布投诉举报电话和网上受理渠道，全年受理知识产权投诉举报87件，全部按期办结。',
    8: '查办侵犯著作权案件8件，开展“剑网”“秋风”等专项行动，收缴侵权盗版出版物6300余册。',
    9: '市直机关软件正版化通过复核，企业软件正版化推进5家，低于年度目标。',
    10: '开展种子市场检查3次，抽检样品24个，立案查处侵权案件1件，立案数偏少。',
    11: '我市无林木种苗生产基地，全年未开展林木种苗打假和品种权执法，无案件。',
    12: '转办侵权举报8件全部回复，办理网络文化案件3件，开展暗访抽查4次。',
    13: '查办仿冒混淆等不正当竞争案件9件，侵犯商业秘密案件未突破。',
    14: '查处假劣农资案件16件，放心农资下乡进村覆盖全部行政村。',
    15: '查办生产销售假劣药品案件7件，移送公安机关1件。',
    16: '查获假冒卷烟930条，案值50万元以上案件尚未查获。',
    17: '完成消毒产品监督抽查26批次，合格率96.2%。',
    18: '开展生产源头打假，排查重点企业147家，督促整改风险隐患8处。',
    19: '受场地和经费限制，全年未组织侵权假冒商品集中无害化销毁。',
    20: '公安机关立案侦办侵权假冒犯罪案件33起，破案30起，抓获犯罪嫌疑人45人，捣毁窝点12个。',
    21: '检察机关批准逮捕19人、提起公诉24人，开展立案监督2件。',
    22: '法院审结侵权假冒刑事案件14件，1件被评为全省知识产权审判典型案例，基础工作台账不够完善。',
    23: '全年按时报送统计数据，编发双打工作信息21期，被国家和省级采用5期。',
    24: '行政处罚案件信息全部在规定时限内公开。',
    25: '两法衔接平台录入案件64件，但有2件移送案件录入滞后。',
    26: '在全省率先建立“双打”工作联席会议月度调度机制，得到省双打办肯定。',
    27: '清理网上侵权假冒信息1800余条，下架违规商品链接320个。',
    28: '第三方满意度测评得分91.6，位列全省前列。',
    29: '全年未发生系统性、区域性风险，未发生重大侵权假冒事件。',
}
EZHOU_SECTION = {'一': '严格知识产权保护方面', '二': '加强伪劣商品治理方面', '三': '严厉打击刑事犯罪方面', '四': '推动长效机制建设方面',
                 '五': '提高社会公众意识方面', '六': '防范系统性风险方面'}
NUMS = '一二三四五六七八九十'


def cn(i):
    return NUMS[i - 1] if i <= 10 else '十' + NUMS[i - 11]


def ezhou_bracket(n):
    s = EZHOU[n]
    if IND[n]['kind'] == 'bonus':
        return f'（自评加{fmt(s)}分）'
    if IND[n]['kind'] == 'deduction':
        return '（未扣分，自评0分）' if s == 0 else f'（自评扣{fmt(-D(str(s)))}分）'
    form = EZHOU_FORM.get(n, 'z')
    if form == 'm':
        return f'（满分{fmt(IND[n]["max_points"])}分，自评{fmt(s)}分）'
    if form == 'd':
        return f'（自评得分{fmt(s)}分）'
    return f'（自评{fmt(s)}分）'


def ezhou():
    t = total(EZHOU)
    body = [p('鄂州市打击侵权假冒工作领导小组办公室', 'mast'),
            p(f'鄂州双打办〔{YEAR + 1}〕1号', 'docno'),
            p(f'关于{YEAR}年度打击侵权假冒工作绩效考核自评情况的报告', 'title'),
            p('省打击侵权假冒工作领导小组办公室：', 'flush'),
            p(f'根据《关于开展{YEAR}年度市州打击侵犯知识产权和制售假冒伪劣商品工作绩效考核的通知》要求，我办于12月中旬组织'
              '各成员单位召开自评工作会议，对照评分细则逐项核对工作台账和佐证材料，现将自评情况报告如下。')]
    for num, _, nums in AREAS:
        body.append(p(f'{num}、{EZHOU_SECTION[num]}', 'h1'))
        for i, n in enumerate(nums, 1):
            body.append(p(f'（{cn(i)}）{title(n)}{ezhou_bracket(n)}', 'h2'))
            body.append(p(EZHOU_DEED[n]))
    body += [p('七、存在的问题', 'h1'),
             p(f'一是基层执法力量偏弱，3个区市场监管所中专职知识产权执法人员仅9人；二是侵权假冒商品集中销毁缺少固定场所，'
               f'{YEAR}年未能组织销毁；三是企业软件正版化推进不够，距2020年目标尚差8家。'),
             p('八、自评结论', 'h1'),
             p(f'综上，对照评分细则，我市{YEAR}年度打击侵权假冒工作绩效考核自评总分为{fmt(t)}分（其中加分项1分，扣分项0分）。'),
             *sign('鄂州市打击侵权假冒工作领导小组办公室', f'{YEAR}年12月27日'),
             p(''),
             p('抄送：市人民政府办公室，市双打领导小组各成员单位。', 'foot'),
             p(f'鄂州市打击侵权假冒工作领导小组办公室　　　　　　　　{YEAR}年12月27日印发', 'foot')]
    return page(body)


# ── 4. 潜江市: a text PDF, 标准分 | 得分 | 扣分原因 (long, full of figures), 应得分 and 实得分 rows ──
QIANJIANG = {1: 5.5, 2: 2, 3: 2, 4: 1, 5: 1.5, 6: 0.5, 7: 2, 8: 4.5, 9: 5, 10: 3, 11: 1.5, 12: 2.5, 13: 6,
             14: 2.5, 15: 3, 16: 3, 17: 0, 18: 2, 19: 2, 20: 16.5, 21: 5, 22: 6, 23: 6.5, 24: 1, 25: 1, 26: 0,
             27: 3.5, 28: 1.5, 29: -2}
QIANJIANG_WHY = {
    1: '全年办理商标侵权案件23件，较上年增长15%，专利案件2件；但无案值50万元以上大要案，典型案例报送1件未被采用，扣1.5分。',
    2: '重点商标保护名录收录商标9件，2019年仅开展1次专项检查，低于每半年1次的要求，扣1分。',
    3: '无',
    4: '无',
    5: '无',
    6: '受理专利侵权纠纷3件，办结1件，结案率33%，低于全省平均水平，扣1分。',
    7: '无',
    8: '查办著作权案件5件、同比下降2件，“剑网2019”专项行动未按时报送总结，扣1.5分。',
    9: '无',
    10: '无',
    11: '林业部门检查苗圃14处，未查办侵犯植物新品种权案件，扣1.5分。',
    12: '暗访抽查4次，少于要求的6次，扣0.5分。',
    13: '无',
    14: '查处假劣农资案件12件，放心农资进村覆盖率86%，未达到90%的目标，扣0.5分。',
    15: '无',
    16: '无',
    17: '全年未按计划开展消毒产品监督抽查（计划20批次），扣1分。',
    18: '无',
    19: '无',
    20: '立案侦办侵权假冒犯罪案件19起，破案14起，抓获犯罪嫌疑人22人，同比分别下降10%、12.5%；无部督、省督案件，扣3.5分。',
    21: '提前介入重大案件2件，监督立案数为0，扣1分。',
    22: '无',
    23: '报送统计数据12次，其中迟报2次；编发信息7期，少于要求的10期，扣1.5分。',
    24: '无',
    25: '两法衔接平台录入案件38件，录入率76%，扣1分。',
    26: '无创新性工作被省级以上推广，不加分。',
    27: '清理网上侵权信息1500条，低于上年的2100条，扣0.5分。',
    28: '满意度调查排名第12位，扣0.5分。',
    29: '10月园林街道发生假冒食用油群体投诉事件1起，涉及群众40余人，扣2分。',
}


def mx_plain(n):
    return {'bonus': '2（加分项）', 'deduction': '—'}.get(IND[n]['kind'], fmt(IND[n]['max_points']))


def qianjiang():
    rows = ['<tr>' + ''.join(td(c, cls='c', width=w) for c, w in zip(['序号', '考核内容', '标准分', '得分', '扣分原因'], [6, 36, 9, 8, 41]))
            + '</tr>']
    for num, name, nums in AREAS:
        rows.append('<tr>' + td(f'{num}、{name}', 5) + '</tr>')
        for n in nums:
            rows.append('<tr>' + td(n, cls='c') + td(title(n)) + td(mx_plain(n), cls='c') + td(fmt(QIANJIANG[n]), cls='c')
                        + td(QIANJIANG_WHY[n]) + '</tr>')
    t = total(QIANJIANG)
    rows.append('<tr>' + td('应得分', 2, cls='c') + td('107', cls='c') + td('', cls='c') + td('基础分105分，加分项2分') + '</tr>')
    rows.append('<tr>' + td('实得分', 2, cls='c') + td('', cls='c') + td(fmt(t), cls='c') + td('') + '</tr>')
    return page([p(f'潜江市{YEAR}年度打击侵权假冒工作绩效考核自查自评报告', 'title'), p('省打击侵权假冒工作领导小组办公室：', 'flush'),
                 p(f'按照省双打办统一部署，市双打办于{YEAR}年12月下旬组织成员单位开展绩效考核自查。自查中坚持以台账为据、以数据'
                   '说话，对照评分细则逐项打分，对扣分事项逐条写明原因。自查自评情况如下表。'),
                 "<table border='1' cellspacing='0' cellpadding='2' width='100%'>" + ''.join(rows) + '</table>',
                 p(f'经自查，我市{YEAR}年度打击侵权假冒工作绩效考核实得分{fmt(t)}分。针对扣分事项，我们将逐项制定整改措施，'
                   '在2020年一季度前完成整改。'),
                 *sign('潜江市打击侵权假冒工作领导小组办公室', f'{YEAR + 1}年1月3日')])


# ── 5. 天门市: an .xlsx of two sheets, 说明 then 自评表 ──
TIANMEN = {1: 7, 2: 2.5, 3: 1, 4: 1, 5: 1.5, 6: 1.5, 7: 2, 8: 5, 9: 4.5, 10: 3, 11: 2, 12: 0, 13: 5,
           14: 3, 15: 2.5, 16: 3, 17: 1, 18: 1.5, 19: 1.5, 20: 18.5, 21: 5.5, 22: 6, 23: 7.5, 24: 1, 25: 2, 26: 2,
           27: 4, 28: 1.5, 29: 0}
TIANMEN_NAME = {1: '商标、专利行政执法', 2: '驰名商标保护', 3: '知识产权执法指导', 4: '知识产权转办案件', 5: '专项行动',
                6: '专利侵权纠纷办案量', 7: '知识产权投诉举报', 8: '版权执法监管及专项行动', 9: '软件正版化',
                10: '农业植物新品种权案件查处', 11: '林木种苗打假', 12: '文化市场转办举报、网络文化案件及暗访抽查',
                13: '知识产权不正当竞争执法', 14: '农资打假', 15: '假劣药品查办', 16: '烟草制品打假', 17: '消毒产品抽查',
                18: '生产领域打假及质量安全风险排查', 19: '无害化销毁', 20: '侵权假冒犯罪侦办', 21: '检察环节工作',
                22: '刑事审判', 23: '数据统计、信息报送和重点专项行动', 24: '行政处罚案件信息公开', 25: '两法衔接',
                26: '创造性开展工作', 27: '网上侵权假冒信息清理', 28: '社会公众评价', 29: '确保不发生系统性区域性风险'}
TIANMEN_WHY = {1: '办案38件，典型案例1件被国家局采用', 2: '名录未及时更新', 3: '执法指导仅1次，无指导文件',
               8: '未查办网络侵权案件', 9: '2家企业未完成', 11: '未查办品种权案件', 12: '文化市场综合执法改革期间未开展暗访，'
               '网络文化案件为0', 13: '无商业秘密案件', 15: '移送不足', 18: '风险排查台账不全', 19: '销毁1次，环保记录不全',
               20: '破案41起，无部督案件', 21: '监督立案1件', 23: '信息报送11期，迟报1次', 26: '“天门糯米”产业链保护经验被'
               '国家双打办简报刊发', 28: '第三方测评第8名', 29: '未发生'}


def xml(s):
    return html.escape(str(s), quote=True)


def fods_cell(v, span=1, style=None, formula=None):
    a = f' table:number-columns-spanned="{span}"' if span > 1 else ''
    s = f' table:style-name="{style}"' if style else ''
    if v is None:
        return f'<table:table-cell{s}/>'
    if isinstance(v, (int, float, D)) and not isinstance(v, bool):
        f = f' table:formula="{xml(formula)}"' if formula else ''
        return (f'<table:table-cell{a}{s}{f} office:value-type="float" office:value="{fmt(v)}"><text:p>{fmt(v)}</text:p>'
                f'</table:table-cell>') + '<table:covered-table-cell/>' * (span - 1)
    return (f'<table:table-cell{a}{s} office:value-type="string"><text:p>{xml(v)}</text:p></table:table-cell>'
            + '<table:covered-table-cell/>' * (span - 1))


def fods_row(cells):
    return '<table:table-row>' + ''.join(cells) + '</table:table-row>'


def tianmen():
    t = total(TIANMEN)
    notes = [
        [f'天门市{YEAR}年度打击侵权假冒工作绩效考核自评填报说明'],
        [''],
        ['填报单位：天门市打击侵权假冒工作领导小组办公室'],
        [f'填报日期：{YEAR + 1}年1月6日'],
        ['一、本表依据省双打办印发的年度绩效考核评分细则填写，共29项指标，满分107分（基础分105分，加分项2分，扣分项按细则扣减）。'],
        ['二、“自评分数”列为各成员单位自评、市双打办审核后的分数；“自评依据”列简要说明得分或扣分理由，佐证材料另行报送。'],
        ['三、第26项为加分项，最高加2分；第29项为扣分项，未发生风险的填0。'],
        [f'四、本表共汇总公安、检察、法院、市场监管等16个成员单位的材料，自评结果已于{YEAR}年12月31日经市双打领导小组审定。'],
        ['联系人：市双打办 刘某某　联系电话：0728-5216xxx'],
    ]
    sheet1 = ''.join(fods_row([fods_cell(r[0], style='wrap' if i >= 4 else None)]) for i, r in enumerate(notes))
    rows = [fods_row([fods_cell(f'天门市{YEAR}年度打击侵权假冒工作绩效考核自评表', 5, 'head')]),
            fods_row([fods_cell('填报单位（盖章）：天门市打击侵权假冒工作领导小组办公室', 5)]),
            fods_row([fods_cell(c, style='bold') for c in ['序号', '考核项目', '满分', '自评分数', '自评依据']])]
    first = len(rows) + 1
    for num, name, nums in AREAS:
        rows.append(fods_row([fods_cell(f'{num}、{name}', 5, 'bold')]))
        for n in nums:
            kind = IND[n]['kind']
            full = '加分项（2分）' if kind == 'bonus' else '扣分项' if kind == 'deduction' else IND[n]['max_points']
            rows.append(fods_row([fods_cell(n), fods_cell(TIANMEN_NAME[n]), fods_cell(full), fods_cell(TIANMEN[n]),
                                  fods_cell(TIANMEN_WHY.get(n, ''))]))
    last = len(rows)
    rows.append(fods_row([fods_cell(None), fods_cell('自评总分'), fods_cell(107), fods_cell(t, formula=f'of:=SUM([.D{first}:.D{last}])'),
                          fods_cell('')]))
    sheet2 = ('<table:table-column table:style-name="c1"/><table:table-column table:style-name="c2"/>'
              '<table:table-column table:style-name="c3" table:number-columns-repeated="2"/><table:table-column table:style-name="c4"/>'
              + ''.join(rows))
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"')
    styles = ('<office:automatic-styles>'
              '<style:style style:name="c1" style:family="table-column"><style:table-column-properties style:column-width="1.4cm"/></style:style>'
              '<style:style style:name="c2" style:family="table-column"><style:table-column-properties style:column-width="7.5cm"/></style:style>'
              '<style:style style:name="c3" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>'
              '<style:style style:name="c4" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>'
              '<style:style style:name="c0" style:family="table-column"><style:table-column-properties style:column-width="24cm"/></style:style>'
              '<style:style style:name="head" style:family="table-cell"><style:table-cell-properties fo:wrap-option="no-wrap"/>'
              '<style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>'
              '<style:style style:name="wrap" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/></style:style>'
              '</office:automatic-styles>')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ns} office:version="1.2" '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">' + styles +
            '<office:body><office:spreadsheet>'
            f'<table:table table:name="说明"><table:table-column table:style-name="c0"/>{sheet1}</table:table>'
            f'<table:table table:name="自评表">{sheet2}</table:table>'
            '</office:spreadsheet></office:body></office:document>\n')


FILES = {
    'xianning': (f'咸宁市{YEAR}年度打击侵权假冒工作绩效考核自评报告.docx', XIANNING, xianning, 'html',
                 'Word表格按一级指标分组：一级指标单元格纵向合并（领域名改写、不带序号），二级指标只写简称、无序号，分值与自评得分带单位（“6.5分”“0分”），'
                 '自评说明列，合计行；第26项“2分（加分）”，第29项“扣分项”'),
    'jingmen': (f'荆门市{YEAR}年度打击侵权假冒工作绩效考核自评情况.docx', JINGMEN, jingmen, 'html',
                '两列Word表格 指标|自评情况：指标格写简称加分值（7分），得分写在自评情况的句子中（…，自评得6分；扣0.5分，自评得0.5分；'
                '自评得1.5分，扣0.5分是因为…），句中另有案件数、金额、百分比；领域行跨两列；第29项“应扣1分，自评得-1分”'),
    'ezhou': (f'鄂州市{YEAR}年度打击侵权假冒工作绩效考核自评情况报告.docx', EZHOU, ezhou, 'html',
              '公文式报告：红头、发文字号（鄂州双打办〔2020〕1号）、关于…的报告，正文一、…六、分节，各节（一）（二）…重新编号，'
              '条目标题用评分表原名，括号内写得分（自评7分）/（满分3分，自评2分）/（自评得分2.5分）/（自评加1分）/（未扣分，自评0分），'
              '存在问题一节含年份与人数，结论一节写总分，抄送与印发版记'),
    'qianjiang': (f'潜江市{YEAR}年度打击侵权假冒工作绩效考核自查自评报告.pdf', QIANJIANG, qianjiang, 'html',
                  '文字版PDF（Word经LibreOffice转PDF，内嵌字体）：表格 序号/考核内容/标准分/得分/扣分原因，领域行，扣分原因为长句，'
                  '含案件数、同比百分比、年份与“扣N分”；表末“应得分 107”与“实得分”两行；第26项0分，第29项-2分'),
    'tianmen': (f'天门市{YEAR}年度打击侵权假冒工作绩效考核自评得分表.xlsx', TIANMEN, tianmen, 'fods',
                '电子表格两个工作表：“说明”（填报单位、日期、满分107分等说明，不写得分）与“自评表”（标题行、填报单位行、'
                '序号/考核项目/满分/自评分数/自评依据，领域行合并，数值单元格，自评总分为SUM公式）；第26项加2分，第29项0分'),
}


def main():
    out = pathlib.Path(sys.argv[1])
    for stem, (name, scores, make, ext, _) in FILES.items():
        assert sorted(scores) == list(range(1, 30)), stem
        for n, s in scores.items():
            if IND[n]['kind'] != 'deduction':
                assert 0 <= s <= IND[n]['max_points'], (stem, n)
        (out / f'{stem}.{ext}').write_text(make(), encoding='utf-8')
        (out / f'{stem}.name').write_text(name, encoding='utf-8')
    if '--truth' in sys.argv:
        path = pathlib.Path(sys.argv[sys.argv.index('--truth') + 1])
        truth = json.loads(path.read_text(encoding='utf-8')) if path.exists() else {'about': '', 'reports': {}}
        num = lambda v: int(v) if D(str(v)) == D(str(v)).to_integral() else float(D(str(v)))
        for stem, (name, scores, _, _, layout) in FILES.items():
            truth['reports'][name] = {'total': num(total(scores)), 'total_written': True, 'layout': layout, 'batch': 6,
                                      'indicators': {str(k): num(v) for k, v in sorted(scores.items())}}
        path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')


main()
