#!/usr/bin/env python3
"""Six more self-evaluation reports, written for the tests (fictional figures, no real region's), each stating a score
for (nearly) every one of the 29 indicators, so that one or two misread indicators show:
  ezhou   Word: a table grouped by 考核重点 (area cell merged down), no 序号 column (as in the province's own scoring
          table), the 考核内容及评分标准 cell holding the title and an excerpt of its criteria with their own (1)…得N分, a 扣分原因 column (扣0.5分：…), 小计 rows per area and a 合计 row;
          scores as 6.5分 / 7.0 / 满分 / 0（无扣分情况） / "/" (not self-scored: left out of the truth);
  enshi   Word, prose only: area headings （一）…（满分44分，自评40.3分）, items with shortened titles and
          （满分N分，自评M分）, 该项自评得分为N分，扣M分，原因是…, 第12项…得分2.5分, a bonus 自评加0.5分 and a deduction
          自评扣2分;
  xiantao text PDF: a prose summary naming some indicators' scores (and the areas' sums) and an attached 附件：自评得分表
          with all 29 (the same figures), a Word table whose header row repeats on its second page;
  tianmen spreadsheet: a title row and a 填报单位 row above a two-row header (自评情况 merged over 自评得分/扣分/扣分原因),
          the area cell merged down, 小计 rows, a 扣分 column beside the score, "/" for one indicator, 0（无扣分情况） for the
          deduction item, a note row;
  qianjiang scan (Word → PDF → 180 dpi gray JPEG turned 0.8°): a table with shortened titles broken over two pages by
          hand (（续表） and the header again), scores 6.5分 / 满分 / 扣2分;
  shennongjia Word in traditional characters: a 序號/考核指標/標準分/自評分/扣分說明 table for areas 一–三 with 小計 rows,
          then prose 第23項…自評7分, 自評滿分, 加1分, 自評0分（無扣分情況）, the total in prose.
Writes ezhou.html, enshi.html, xiantao.html, tianmen.html, qianjiang.html, shennongjia.html into the folder given and,
with --truth PATH, merges the scores each states into that truth.json (other entries kept)."""
import html, json, sys, pathlib
from decimal import Decimal as D
from self_report_parts import IND, AREAS, AREA_MAX, fmt, page, p


BREAK = "<p style='page-break-before: always'></p>"

def td(text, rowspan=1, colspan=1):
    a = (f" rowspan='{rowspan}'" if rowspan > 1 else '') + (f" colspan='{colspan}'" if colspan > 1 else '')
    return f"<td{a}>{'<br/>'.join(html.escape(t) for t in str(text).split(chr(10)))}</td>"

def area_sum(scores, nums):
    return sum((D(str(scores[n])) for n in nums if scores.get(n) is not None), D(0))

def criteria(n, clauses=3, width=70):
    """The indicator's title and the opening of its clauses, as offices paste the 评分标准 into the cell."""
    parts = []
    for c in IND[n]['clauses'][:clauses]:
        t = c['text'].replace(',', '，').replace(';', '；').replace('(', '（').replace(')', '）').replace(' ', '')
        parts.append(f"（{c['number']}）{t[:width]}{'…' if len(t) > width else ''}")
    return IND[n]['title'].replace(', ', '，').replace(',', '，') + '\n' + ''.join(parts)


# ── 1. 鄂州市: Word table grouped by area, criteria in the indicator cell, 扣分原因, 小计 and 合计 ──
# (number, score as written, score stated or None, 扣分原因)
EZHOU_ROWS = [
    (1, '7.0', 7, ''), (2, '满分', 3, ''), (3, '1', 1, '扣1分：全年未就疑难案件书面请示'), (4, '1.0', 1, ''),
    (5, '1.5', 1.5, ''), (6, '1.5', 1.5, '办案量较上年增长'), (7, '2', 2, ''), (8, '5.5分', 5.5, '扣0.5分：培训材料不全'),
    (9, '4.5', 4.5, '扣0.5分：企业软件正版化培训无人员名单'), (10, '2.6', 2.6, '扣0.4分：冬季企业监督抽查未完成'),
    (11, '2.4', 2.4, '扣0.6分：摸底调查、专项活动材料缺失'), (12, '满分', 3, ''), (13, '5', 5, '扣1分：跨区域协同查办案件未开展'),
    (14, '2.75', 2.75, '扣0.25分：联席会议未召开'), (15, '3', 3, ''), (16, '满分', 3, ''), (17, '1', 1, ''),
    (18, '1.5', 1.5, '扣0.5分：市政府未开展专项考核'), (19, '2', 2, ''),
    (20, '18.5分', 18.5, '扣1.5分：跨区域线索上报不足'), (21, '6', 6, ''), (22, '6', 6, ''),
    (23, '7.2', 7.2, '信息报送12份，加1.2分；未报送1—10月工作材料，扣1分'), (24, '1', 1, ''), (25, '2', 2, ''),
    (26, '1', 1, '经验做法获省市场监管局等表彰'),
    (27, '3.5', 3.5, '扣0.5分：网上打假工作方案未公开举报渠道'), (28, '/', None, '由省知识产权局依据满意度调查结果评定'),
    (29, '0（无扣分情况）', 0, ''),
]
EZHOU_SCORES = {n: v for n, _, v, _ in EZHOU_ROWS if v is not None}
EZHOU_TOTAL = area_sum(EZHOU_SCORES, range(1, 30))

def ezhou():
    rows = {n: (w, r) for n, w, _, r in EZHOU_ROWS}
    t = ["<table border='1' cellspacing='0' cellpadding='3'><thead><tr><td>考核重点</td><td>考核内容及评分标准</td>"
         "<td>分值</td><td>自评得分</td><td>扣分原因</td></tr></thead><tbody>"]
    for num, name, nums in AREAS:
        label = f'{num}、{name}' + (f'（{AREA_MAX[num]}分）' if num in AREA_MAX else '（扣分项）')
        nums = list(nums)
        for k, n in enumerate(nums):
            i = IND[n]
            points = {'bonus': '加分项（最高2分）', 'deduction': '扣分项'}.get(i['kind'], fmt(i['max_points']))
            t.append('<tr>' + (td(label, rowspan=len(nums) + (1 if num in AREA_MAX else 0)) if k == 0 else '')
                     + td(criteria(n)) + td(points) + td(rows[n][0]) + td(rows[n][1]) + '</tr>')
        if num in AREA_MAX:
            t.append('<tr>' + td('小计') + td(str(AREA_MAX[num])) + td(fmt(area_sum(EZHOU_SCORES, nums))) + td('') + '</tr>')
    t.append('<tr>' + td('合计', colspan=2) + td('107') + td(fmt(EZHOU_TOTAL)) + td('含加分1分') + '</tr></tbody></table>')
    return page([
        p('鄂州市2019年度打击侵权假冒工作绩效考核自评报告', 'title'),
        p('省打击侵权假冒工作领导小组办公室：', 'flush'),
        p('根据《关于开展2019年度打击侵犯知识产权和制售假冒伪劣商品工作绩效考核的通知》（鄂打假办函〔2019〕7号）要求，'
          '市打击侵权假冒工作领导小组办公室组织各成员单位对照评分标准逐条自查、逐项打分，现将自评情况报告如下。'),
        p('一、工作开展情况'),
        p('全市各级行政执法部门共查处侵权假冒案件173件，罚没款412万元，向司法机关移送涉嫌犯罪案件9件；'
          '公安机关破获侵权假冒犯罪案件36起，抓获犯罪嫌疑人58名。全年编发工作信息12期。'),
        p('二、自评得分情况'),
        p(f'经逐项对照考核评分表，我市自评总分为{fmt(EZHOU_TOTAL)}分（第28项由省知识产权局依据满意度调查结果评定，未计入），详见下表。'),
        ''.join(t),
        p('三、存在的不足'),
        p('一是部分县区培训台账不规范，签到表、人员名单留存不全；二是跨区域案件线索发现能力不强；三是宣传报道层级不高。'),
        p('鄂州市打击侵权假冒工作领导小组办公室', 'sign'), p('2019年12月31日', 'sign'),
    ])


# ── 2. 恩施州: prose only, shortened titles, 满分/自评 in brackets, 扣分原因 in the sentence ──
ENSHI_SCORES = {1: 6.5, 2: 3, 3: 2, 4: 0.5, 5: 1.5, 6: 1.5, 7: 2, 8: 5, 9: 4.5, 10: 2.8, 11: 2.5, 12: 2.5, 13: 5.5,
                14: 3, 15: 2.8, 16: 3, 17: 1, 18: 2, 19: 1.5, 20: 17.5, 21: 6, 22: 6, 23: 7.6, 24: 1, 25: 2, 26: 0.5,
                27: 4, 28: 1.5, 29: -2}
ENSHI_TOTAL = area_sum(ENSHI_SCORES, range(1, 30))

def enshi():
    s = lambda nums: fmt(area_sum(ENSHI_SCORES, nums))
    return page([
        p('恩施州2019年度打击侵权假冒工作绩效考核自评报告', 'title'),
        p('省打击侵权假冒工作领导小组办公室：', 'flush'),
        p('按照省领导小组办公室统一部署，州打击侵权假冒工作领导小组办公室会同州直各成员单位，对照评分表对2019年度工作逐项进行了自查自评，现报告如下。'),
        p('一、基本情况'),
        p('今年以来，全州共立案查处侵权假冒违法案件219件，案值1530万元；公安机关立案侦办侵权假冒犯罪案件27起，'
          '检察机关批捕14人、起诉21人，法院审结侵权假冒刑事案件16件。较2018年，行政案件数增长12%。'),
        p('二、自评得分情况'),
        p(f'对照评分标准，我州自评总分为{fmt(ENSHI_TOTAL)}分，其中基础分{fmt(ENSHI_TOTAL - D("0.5") + 2)}分、加分0.5分、扣分2分。分项情况如下：'),
        p(f'（一）严格知识产权保护（满分44分，自评{s(range(1, 14))}分）'),
        p('1.商标专利行政执法（满分7分，自评6.5分）。部署开展“铁拳”行动，建立执法联络员制度，按时报送执法数据，报送典型案例3个；'
          '执法宣传仅在省级媒体刊发1篇，扣0.5分。'),
        p('2.驰名商标保护（满分3分，自评3分）。按时报送驰名商标联系人名单和保护结果，将驰名商标保护列入全州保护重点。'),
        p('3.执法指导工作。就2起商标案件的法律适用书面请示省局，答复县市业务指导请示5次，自评2分。'),
        p('4.转办案件查办。全年仅报送商标行政保护典型案例1件，未报送专利案例，该项自评得分为0.5分，扣0.5分，原因是专利案例未按时报送。'),
        p('5.知识产权保护专项行动（满分1.5分，自评1.5分）。转发省局通知并专题部署，开展执法活动，按时报送总结。'),
        p('6.专利纠纷办案。全州办理专利侵权纠纷案件较2018年增长37%，自评1.5分。'),
        p('7.投诉举报渠道。12315热线一号对外，全国12315平台投诉举报均按时办结，得分：2分。'),
        p('8.版权执法（满分6分，自评5分）。开展“剑网2019”“秋风2019”专项行动，著作权行政处罚案件7件；'
          '网上书店清理整治未开展、双随机抽查覆盖不全，扣1分。'),
        p('9.软件正版化。工作机制总召集人由州委常委、宣传部部长担任，政府机关软件正版化督查、审计均已完成；'
          '该项自评得分为4.5分，扣0.5分，原因是企业软件正版化培训未留存人员名单。'),
        p('10.农业植物新品种保护（满分3分，自评2.8分）。四季市场和基地检查均已开展，但冬季企业监督抽查覆盖不全，扣0.2分。'),
        p('11.林木种苗打假和林业新品种保护（满分3分，自评2.5分）。种苗质量抽查结果已通报，摸底调查尚未完成。'),
        p('第12项文化市场举报转办、网络文化案件办理及暗访抽查，举报全部回复办结，督办案件办结率85%，得分2.5分。'),
        p('13.反不正当竞争执法（满分6分，自评5.5分）。查办仿冒混淆案件11件、侵犯商业秘密案件2件，帮助42家企业建立商业秘密保护制度。'),
        p(f'（二）加强伪劣商品治理（满分14分，自评{s(range(14, 20))}分）'),
        p('14.农资打假（满分3分，自评3分）。'),
        p('15.假劣药品查办。开展中药饮片质量集中整治；全年药品案件数为上年的80%，按每下降10%扣0.1分计，该项自评得分为2.8分，扣0.2分。'),
        p('16.烟草打假（满分3分，自评3分）。联合公安破获涉烟大案2起。'),
        p('17.消毒产品抽查。制订随机抽查方案，完成抽检48批次，自评1分。'),
        p('18.生产源头打假和质量风险排查（满分2分，自评2分）。'),
        p('19.侵权假冒商品无害化销毁（满分2分，自评1.5分）。第三季度销毁情况未按时报送，扣0.5分。'),
        p(f'（三）严厉打击刑事犯罪（满分32分，自评{s(range(20, 23))}分）'),
        p('20.公安机关打击侵权假冒犯罪（满分20分，自评17.5分）。部署“昆仑”行动，破获案件27起；两类案件破案数较上年略有下降，跨区域线索上报偏少。'),
        p('21.检察环节工作，自评得分6分。'),
        p('22.刑事审判工作（满分6分，自评6分）。'),
        p(f'（四）推动长效机制建设（满分11分，自评{s(range(23, 27))}分，含加分0.5分）'),
        p('23.统计与信息报送（满分8分，自评7.6分）。调整领导小组，召开全州电视电话会议并形成纪要，编发工作信息16期。'),
        p('24.行政处罚信息公开，自评1分。'),
        p('25.两法衔接（满分2分，自评2分）。'),
        p('26.创新工作（加分项）。我州“农资打假进村入户”做法获省直厅局通报表扬，自评加0.5分。'),
        p(f'（五）提高社会公众意识（满分6分，自评{s(range(27, 29))}分）'),
        p('27.网上侵权假冒信息清理和宣传（满分4分，自评4分）。'),
        p('28.社会满意度评价。在知识产权保护社会满意度调查中，我州得分78.6分，排序居第61至第120位，自评1.5分。'),
        p('（六）防范系统性风险（扣分项）'),
        p('29.系统性区域性风险。6月，某县发生一起因使用假冒农药导致的农作物药害事件，造成一定社会影响，按评分标准自评扣2分。'),
        p('三、下一步工作'),
        p('针对自评中发现的问题，我州将完善培训台账，加大跨区域线索发现力度，强化农资领域风险排查。'),
        p('恩施州打击侵权假冒工作领导小组办公室', 'sign'), p('二〇二〇年一月三日', 'sign'),
    ])


# ── 3. 仙桃市: prose summary and 附件：自评得分表, the same figures twice ──
XIANTAO_SCORES = {1: 6, 2: 2.5, 3: 2, 4: 1, 5: 1.5, 6: 1.5, 7: 2, 8: 5.5, 9: 5, 10: 2.6, 11: 2.2, 12: 3, 13: 5,
                  14: 2.75, 15: 3, 16: 3, 17: 0.75, 18: 2, 19: 2, 20: 18, 21: 5, 22: 6, 23: 7.3, 24: 1, 25: 1.5,
                  26: 0.3, 27: 3.5, 28: 1.5, 29: 0}
XIANTAO_TOTAL = area_sum(XIANTAO_SCORES, range(1, 30))
XIANTAO_NOTES = {1: '典型案例仅报送1个，扣1分', 2: '保护成效不明显，扣0.5分', 8: '网上书店清理整治未开展',
                 10: '冬季企业抽查未完成', 11: '种苗质量监管培训无人员名单', 13: '未开展跨部门联合查办',
                 14: '联席会议制度未落实', 17: '未及时通报不合格产品', 20: '跨区域线索上报偏少', 21: '提前介入案件不足',
                 23: '工作信息13份', 25: '两法衔接平台漏录案件5件', 26: '获省直厅局表彰3次', 27: '网上打假工作小组未建立',
                 28: '满意度排序第61至第120位', 29: '无扣分情况'}

def xiantao():
    s = lambda nums: fmt(area_sum(XIANTAO_SCORES, nums))
    rows = []
    for n in range(1, 30):
        i = IND[n]
        points = {'bonus': '加分项', 'deduction': '扣分项'}.get(i['kind'], fmt(i['max_points']))
        rows.append('<tr>' + td(str(n)) + td(i['title'].replace(', ', '，').replace(',', '，')) + td(points)
                    + td(fmt(XIANTAO_SCORES[n])) + td(XIANTAO_NOTES.get(n, '')) + '</tr>')
    table = ("<table border='1' cellspacing='0' cellpadding='3'><thead><tr><td>序号</td><td>考核内容</td><td>分值</td>"
             "<td>自评得分</td><td>扣分说明</td></tr></thead><tbody>" + ''.join(rows)
             + '<tr>' + td('合计', colspan=2) + td('107') + td(fmt(XIANTAO_TOTAL)) + td('') + '</tr></tbody></table>')
    return page([
        p('仙桃市2019年度打击侵权假冒工作绩效考核自评报告', 'title'),
        p('省打击侵权假冒工作领导小组办公室：', 'flush'),
        p('2019年，我市认真落实省委省政府关于打击侵权假冒工作的决策部署，以“铁拳”“昆仑”“剑网”等专项行动为抓手，'
          '持续保持高压严打态势。根据鄂打假办函〔2019〕7号文件要求，现将我市2019年度绩效考核自评情况报告如下。'),
        p('一、组织领导情况'),
        p('市政府及时调整市打击侵权假冒工作领导小组，召开全市打击侵权假冒工作会议2次，印发年度工作要点和任务分工方案。'),
        p('二、专项行动开展情况'),
        p('全市共检查经营主体4120户次，查处侵权假冒案件137件，移送公安机关6件，公安机关破获犯罪案件22起。'),
        p('三、长效机制建设情况'),
        p('建立两法衔接联席会议制度，全年向信息共享平台录入案件126件；行政处罚案件信息均在规定时限内公开。'),
        p('四、宣传引导情况'),
        p('在“4·26”“3·15”等时间节点开展集中宣传12场次，在省级以上媒体刊发稿件9篇。'),
        p('五、自评得分情况'),
        p(f'经对照评分标准逐项自评，我市自评总分{fmt(XIANTAO_TOTAL)}分，各项得分详见附件。其中：'
          f'严格知识产权保护方面自评{s(range(1, 14))}分，主要失分在商标专利行政执法（自评6分）和林木种苗打假（自评2.2分）；'
          f'加强伪劣商品治理方面自评{s(range(14, 20))}分，消毒产品监督抽查自评0.75分；'
          f'严厉打击刑事犯罪方面自评{s(range(20, 23))}分，其中公安机关打击犯罪自评18分、检察环节自评5分；'
          f'推动长效机制建设方面自评{s(range(23, 27))}分（含创新工作加分0.3分）；'
          f'提高社会公众意识方面自评{s(range(27, 29))}分；全年未发生系统性区域性风险，扣分项自评0分。'),
        p('附件：仙桃市2019年度打击侵权假冒工作绩效考核自评得分表', 'flush'),
        p('仙桃市打击侵权假冒工作领导小组办公室', 'sign'), p('2020年1月2日', 'sign'),
        BREAK,
        p('附件', 'flush'),
        p('仙桃市2019年度打击侵权假冒工作绩效考核自评得分表', 'title'),
        table,
    ])


# ── 4. 天门市: spreadsheet, title rows, two-row header, merged cells, 扣分 column, 小计 ──
TIANMEN_ROWS = {1: (7, ''), 2: (3, ''), 3: (1, '未就疑难问题书面请示'), 4: (1, ''), 5: (1, '总结材料未按时报送'),
                6: ('/', '待省知识产权局核定'), 7: (2, ''), 8: (4.5, '秋风行动督查暗访未开展，双随机抽查不全'),
                9: (4, '企业正版化督查、培训材料不全'), 10: (3, ''), 11: (2.7, '未报送种苗数据1次'),
                12: (2.5, '督办案件办结率85%'), 13: (4.5, '案件数量未增长'), 14: (3, ''), 15: (2, '药品案件数下降'),
                16: (2.75, '未召开专题会议'), 17: (1, ''), 18: (1, '仅市级部门部署考核'), 19: (2, ''),
                20: (16.5, '破案数低于上年'), 21: (6, ''), 22: (4, '未开展相关调研、培训'), 23: (6.8, '工作信息8份'),
                24: (0.9, '1件处罚信息未公开'), 25: (2, ''), 26: (0, '无'), 27: (3, '无宣传报道工作方案'), 28: (2, ''),
                29: ('0（无扣分情况）', '')}
TIANMEN_SCORES = {n: (0 if n == 29 else v) for n, (v, _) in TIANMEN_ROWS.items() if v != '/'}
TIANMEN_TOTAL = area_sum(TIANMEN_SCORES, range(1, 30))

def tianmen():
    t = ["<table border='1'>",
         '<tr>' + td('天门市2019年度打击侵权假冒工作绩效考核自评表', colspan=8) + '</tr>',
         '<tr>' + td('填报单位（盖章）：天门市打击侵权假冒工作领导小组办公室', colspan=5) + td('填报时间：2020年1月4日', colspan=3) + '</tr>',
         '<tr>' + td('考核重点', rowspan=2) + td('序号', rowspan=2) + td('考核内容', rowspan=2) + td('分值', rowspan=2)
         + td('自评情况', colspan=3) + td('佐证材料目录', rowspan=2) + '</tr>',
         '<tr>' + td('自评得分') + td('扣分') + td('扣分原因') + '</tr>']
    evidence = {1: '铁拳行动方案、案例2个', 8: '剑网2019总结', 9: '督查通知、审计报告', 20: '昆仑行动方案', 23: '领导小组调整文件、会议纪要'}
    for num, name, nums in AREAS:
        nums = list(nums)
        for k, n in enumerate(nums):
            i = IND[n]
            score, why = TIANMEN_ROWS[n]
            points = {'bonus': '加分项', 'deduction': '扣分项'}.get(i['kind'], fmt(i['max_points']))
            off = '' if isinstance(score, str) or i['kind'] != 'base' else fmt(D(str(i['max_points'])) - D(str(score)))
            if off == '0': off = ''
            if n == 29: off = '0'
            t.append('<tr>' + (td(f'{num}、{name}', rowspan=len(nums) + (1 if len(nums) > 1 else 0)) if k == 0 else '')
                     + td(str(n)) + td(i['title'].replace(', ', '，').replace(',', '，')) + td(points)
                     + td(score if isinstance(score, str) else fmt(score)) + td(off) + td(why) + td(evidence.get(n, '')) + '</tr>')
        if len(nums) > 1:
            t.append('<tr>' + td('小计', colspan=2) + td(str(AREA_MAX[num])) + td(fmt(area_sum(TIANMEN_SCORES, nums)))
                     + td('') + td('') + td('') + '</tr>')
    t.append('<tr>' + td('合计', colspan=3) + td('107') + td(fmt(TIANMEN_TOTAL)) + td('') + td('') + td('') + '</tr>')
    t.append('<tr>' + td('注：第6项专利侵权纠纷办案量需省知识产权局核定有效专利量后评分，未计入合计。', colspan=8) + '</tr></table>')
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{''.join(t)}</body></html>"


# ── 5. 潜江市: a table with shortened titles broken by hand over two pages, to be scanned ──
QIANJIANG_ROWS = [
    (1, '商标专利行政执法', '6.5分', 6.5, '宣传报道层级不高'), (2, '驰名商标保护', '满分', 3, ''), (3, '知识产权执法指导', '2', 2, ''),
    (4, '知识产权转办案件查办', '1', 1, ''), (5, '知识产权保护专项行动', '1.5', 1.5, ''), (6, '专利侵权纠纷办案量', '1.5', 1.5, ''),
    (7, '知识产权投诉举报', '1.5', 1.5, '平台投诉超期办结2件'), (8, '版权执法监管', '满分', 6, ''), (9, '软件正版化', '4', 4, '审计报告未出具'),
    (10, '农业植物新品种权保护', '2.4', 2.4, '执法经费未落实'), (11, '林木种苗打假', '3', 3, ''), (12, '文化市场侵权举报办理', '3', 3, ''),
    (13, '知识产权不正当竞争执法', '5', 5, ''), (14, '农资打假', '2.5', 2.5, ''), (15, '假劣药品查办', '3', 3, ''),
    (16, '烟草制品打假', '满分', 3, ''), (17, '消毒产品监督抽查', '1', 1, ''), (18, '生产源头打假', '2', 2, ''),
    (19, '无害化销毁', '1', 1, '季度报送不全'), (20, '公安机关打击侵权假冒犯罪', '17', 17, ''), (21, '检察环节工作', '6', 6, ''),
    (22, '刑事审判工作', '5', 5, ''), (23, '数据统计和信息报送', '7.5', 7.5, '信息报送15份'), (24, '行政处罚信息公开', '1', 1, ''),
    (25, '两法衔接', '2', 2, ''), (26, '创新工作（加分项）', '1', 1, ''), (27, '网上侵权假冒信息清理', '3.5', 3.5, ''),
    (28, '社会公众评价', '1', 1, '满意度排序靠后'), (29, '系统性区域性风险（扣分项）', '扣2分', -2, '发生假冒化肥坑农事件1起'),
]
QIANJIANG_SCORES = {n: v for n, _, _, v, _ in QIANJIANG_ROWS}
QIANJIANG_TOTAL = area_sum(QIANJIANG_SCORES, range(1, 30))

def qianjiang():
    head = "<tr><td>序号</td><td>考核内容</td><td>分值</td><td>自评得分</td><td>备注</td></tr>"
    def rows(part):
        out = []
        for n, name, written, _, note in part:
            i = IND[n]
            points = {'bonus': '加分', 'deduction': '扣分'}.get(i['kind'], fmt(i['max_points']))
            out.append('<tr>' + td(str(n)) + td(name) + td(points) + td(written) + td(note) + '</tr>')
        return ''.join(out)
    table = lambda part, last='': f"<table border='1' cellspacing='0' cellpadding='4'>{head}{rows(part)}{last}</table>"
    total_row = '<tr>' + td('合计', colspan=2) + td('107') + td(fmt(QIANJIANG_TOTAL)) + td('') + '</tr>'
    return page([
        p('潜江市2019年度打击侵权假冒工作绩效考核自评报告', 'title'),
        p('省打击侵权假冒工作领导小组办公室：', 'flush'),
        p('根据省领导小组办公室通知要求，我市对2019年度打击侵权假冒工作进行了认真自查，自评总分' + fmt(QIANJIANG_TOTAL) + '分，各项自评得分如下表。'),
        table(QIANJIANG_ROWS[:14]),
        BREAK,
        p('（续表）', 'flush'),
        table(QIANJIANG_ROWS[14:], total_row),
        p('潜江市打击侵权假冒工作领导小组办公室', 'sign'), p('2020年1月6日', 'sign'),
    ])


# ── 6. 神农架林区: traditional characters, a table for areas 一–三 and prose for the rest ──
SNJ_TABLE = [
    ('一、嚴格知識產權保護', [(1, '開展商標專利行政執法工作情況', '6', '典型案例報送不足，扣1分'), (2, '加強馳名商標保護情況', '2', '林區無馳名商標，保護成效不明顯'),
                         (3, '加強知識產權執法指導工作情況', '2', ''), (4, '知識產權轉辦案件查辦情況', '0.5', '未報送專利案例'),
                         (5, '積極開展專項行動', '1.5', ''), (6, '專利侵權糾紛辦案量', '1.5', ''), (7, '暢通知識產權投訴舉報情況', '2', ''),
                         (8, '加強版權執法監管，抓好案件查辦，開展系列專項行動情況', '5', '未開展網上書店清理整治'),
                         (9, '鞏固政府機關軟件正版化工作成果，推進企業軟件正版化工作情況', '5', ''),
                         (10, '查處侵犯農業植物新品種權案件情況', '2.2', '培訓、經費材料缺失'),
                         (11, '開展林木種苗打假、查辦侵犯植物新品種權案件情況', '3', ''),
                         (12, '落實轉辦侵權舉報情況、辦理侵權網絡文化案件情況、暗訪抽查情況', '3', ''),
                         (13, '打擊仿冒混淆、侵犯商業秘密等知識產權不正當競爭工作情況', '4', '未開展專項整治，扣2分')]),
    ('二、加強偽劣商品治理', [(14, '依法查處假劣農資案件，推進放心農資下鄉進村，完善農資打假與監管服務新機制', '2.5', ''),
                         (15, '生產銷售假劣藥品案件查辦情況', '2.5', '藥品案件數下降'), (16, '製售假冒偽劣煙草製品查辦情況', '3', ''),
                         (17, '消毒產品監督抽查工作', '1', ''),
                         (18, '開展生產源頭打擊製售假冒偽劣產品行為和生產領域質量安全風險排查整治工作情況', '1.5', '考核少一項，扣0.5分'),
                         (19, '侵權假冒商品環境無害化銷毀情況', '2', '')]),
    ('三、嚴厲打擊刑事犯罪', [(20, '打擊侵犯知識產權和製售偽劣商品犯罪，始終保持高壓嚴打態勢，夯實基層基礎工作，加強長效機制建設', '16', '破案數低於上年'),
                         (21, '開展侵權假冒犯罪案件移送和立案的監督、審查逮捕、提起公訴等檢察環節的相關工作情況', '5', ''),
                         (22, '侵權假冒刑事案件審理及基礎工作情況', '6', '')]),
]
SNJ_PROSE = {23: 7, 24: 1, 25: 2, 26: 1, 27: 3, 28: 1, 29: 0}
SNJ_SCORES = {n: float(s) for _, rows in SNJ_TABLE for n, _, s, _ in rows} | SNJ_PROSE
SNJ_TOTAL = area_sum(SNJ_SCORES, range(1, 30))

def shennongjia():
    t = ["<table border='1' cellspacing='0' cellpadding='3'><tr><td>序號</td><td>考核指標</td><td>標準分</td><td>自評分</td><td>扣分說明</td></tr>"]
    for area, rows in SNJ_TABLE:
        t.append('<tr>' + td(area, colspan=5) + '</tr>')
        for n, title, score, why in rows:
            t.append('<tr>' + td(str(n)) + td(title) + td(fmt(IND[n]['max_points'])) + td(score) + td(why) + '</tr>')
        nums = [n for n, *_ in rows]
        t.append('<tr>' + td('小計', colspan=2) + td(fmt(sum(D(str(IND[n]['max_points'])) for n in nums)))
                 + td(fmt(area_sum(SNJ_SCORES, nums))) + td('') + '</tr>')
    t.append('</table>')
    return page([
        p('神農架林區2019年度打擊侵權假冒工作績效考核自評報告', 'title'),
        p('省打擊侵權假冒工作領導小組辦公室：', 'flush'),
        p('根據《關於開展2019年度打擊侵犯知識產權和製售假冒偽劣商品工作績效考核的通知》要求，林區打擊侵權假冒工作領導小組辦公室組織各成員單位開展了自查自評，現將有關情況報告如下。'),
        p('一、工作開展情況'),
        p('全年林區共查處侵權假冒案件41件，移送公安機關2件；開展林木種苗質量抽查3次，抽檢種苗批次合格率96%。'),
        p('二、自評得分情況'),
        p('（一）至（三）項自評情況見下表：', 'flush'),
        ''.join(t),
        p('（四）推動長效機制建設'),
        p('第23項運行數據統計和信息報送制度和開展重點專項行動等情況，調整領導小組並召開會議部署，報送工作信息10份，自評7分；'
          '第24項行政處罰案件信息公開，均在規定時限內公開，自評1分；第25項兩法銜接，滿分2分，自評滿分。'),
        p('第26項創新工作（加分項）：林區“護林打假一體化”做法獲省林業局通報表揚，加1分。'),
        p('（五）提高社會公眾意識'),
        p('第27項清理網上侵權假冒信息等工作，未制定宣傳報道工作方案，自評3分；第28項社會公眾評價，自評1分。'),
        p('（六）防範系統性風險'),
        p('第29項確保不發生系統性區域性風險（扣分項）：全年未發生因侵權假冒引發的突發公共事件，自評0分（無扣分情況）。'),
        p(f'綜上，林區2019年度自評總分為{fmt(SNJ_TOTAL)}分。'),
        p('神農架林區打擊侵權假冒工作領導小組辦公室', 'sign'), p('2019年12月30日', 'sign'),
    ])


FILES = {
    '鄂州市2019年度打击侵权假冒工作绩效考核自评报告.docx': (EZHOU_TOTAL, EZHOU_SCORES, '分组表格，无序号列：考核内容及评分标准格内为指标名称加评分标准（1）…得N分，扣分原因列，小计、合计行；第28项写“/”未自评，不计入'),
    '恩施州2019年度打击侵权假冒工作绩效考核自评报告.docx': (ENSHI_TOTAL, ENSHI_SCORES, '全文叙述：领域小计（满分44分，自评40.3分），简称指标，该项自评得分为N分，扣M分，原因是…；第26项“自评加0.5分”，第29项“自评扣2分”'),
    '仙桃市2019年度打击侵权假冒工作绩效考核自评报告.pdf': (XIANTAO_TOTAL, XIANTAO_SCORES, '正文摘要（领域小计与部分指标得分）加附件自评得分表（29项，同一数字），表跨两页、表头重复'),
    '天门市2019年度打击侵权假冒工作绩效考核自评表.xlsx': (TIANMEN_TOTAL, TIANMEN_SCORES, '电子表格：标题行、填报单位行、两行表头（自评情况合并于自评得分/扣分/扣分原因之上）、考核重点合并单元格、小计行、扣分列；第6项写“/”，不计入；第29项写“0（无扣分情况）”'),
    '潜江市2019年度打击侵权假冒工作绩效考核自评报告（扫描件）.pdf': (QIANJIANG_TOTAL, QIANJIANG_SCORES, '扫描件（180 dpi 灰度，转0.8°）：简称指标的表格手工断为两页（续表，表头重复），满分、6.5分、扣2分'),
    '神農架林區2019年度打擊侵權假冒工作績效考核自評報告.docx': (SNJ_TOTAL, SNJ_SCORES, '繁体字：一至三领域为表格（小計行），四至六领域为叙述（第N項…自評N分、自評滿分、加1分、自評0分（無扣分情況））'),
}

def main():
    out = pathlib.Path(sys.argv[1])
    for stem, make in [('ezhou', ezhou), ('enshi', enshi), ('xiantao', xiantao), ('tianmen', tianmen),
                       ('qianjiang', qianjiang), ('shennongjia', shennongjia)]:
        (out / f'{stem}.html').write_text(make(), encoding='utf-8')
    if '--truth' in sys.argv:
        path = pathlib.Path(sys.argv[sys.argv.index('--truth') + 1])
        truth = json.loads(path.read_text(encoding='utf-8')) if path.exists() else {'about': '', 'reports': {}}
        for name, (total, scores, layout) in FILES.items():
            num = lambda v: int(v) if D(str(v)) == D(str(v)).to_integral() else float(D(str(v)))
            truth['reports'][name] = {'total': num(total), 'total_written': True, 'layout': layout,
                                      'indicators': {str(k): num(v) for k, v in sorted(scores.items())}}
        path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')

main()
