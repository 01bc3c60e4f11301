#!/usr/bin/env python3
"""A third batch of six self-evaluation reports, written for the tests (fictional figures, no real region's), each in a
style another office would use, each stating a score for (nearly) every one of the 29 indicators:
  wuhan      Word, prose grouped by the rulebook's areas 一、…六、, items numbered （一）（二）… afresh in every area and named
             by the office's own short titles, "…，自评得N分。" in the paragraph; area headings carry the area's own
             score (六、防范系统性风险（扣分项，自评0分）), a closing 七、 section without scores;
  huangshi   Word: a 项次 / 考核指标 / 分值 / 自评分 / 说明 table, 项次 written 第1项 … 第十二项 and short titles, the bonus
             and deduction items not in it but in a 加分项 table (加分事项 / 加分依据 / 自评加分) and a 扣分项 table
             (扣分事项 / 扣分原因 / 自评扣分), then 自评总分 in prose;
  shiyan     spreadsheet: 指标一 … 指标二十九 labels, an area row before each area, a 合计 row after each area (the area's
             sum), the grand 总计 row first under the header, and 其中：加分 / 其中：扣分 rows that are not indicators;
  huanggang  text PDF: a 序号 / 考核内容 / 分值 / 自评得分 / 备注 table whose 序号 restarts at 1 in each area (area rows
             between), broken across pages by Word with the header repeated on each page;
  daye       Word, prose: 指标一、… / 第十二项 … mentions, scores as 本项得N分, 自评加分N分 (the bonus item), and the
             deduction item's 扣N分;
  danjiangkou scan of a typed table (Word → PDF → 150 ppi gray JPEG 55, turned 1.2°): 序号 / 评分项目 / 标准分 / 自评分 /
             扣分理由, short titles.
Writes wuhan.html, huangshi.html, shiyan.html, huanggang.html, daye.html, danjiangkou.html into the folder given and,
with --truth PATH, merges the scores each states into that truth.json (other entries kept)."""
import html, json, sys, pathlib
from decimal import Decimal as D
from self_report_parts import IND, AREAS, AREA_MAX, fmt, page, p

HAN = '〇一二三四五六七八九'

# The short names offices give the indicators in their own tables and prose (not the rulebook's wording).
SHORT = {1: '商标专利执法', 2: '驰名商标', 3: '执法指导', 4: '转办案件', 5: '专项行动', 6: '专利纠纷办案', 7: '投诉举报',
         8: '版权监管', 9: '软件正版化', 10: '植物新品种', 11: '林木种苗', 12: '文化市场', 13: '反不正当竞争',
         14: '农资打假', 15: '药品案件', 16: '烟草打假', 17: '消毒产品', 18: '源头治理', 19: '无害化销毁',
         20: '公安打击', 21: '检察监督', 22: '刑事审判', 23: '统计信息', 24: '处罚公开', 25: '两法衔接',
         26: '创新工作', 27: '网上清理', 28: '公众评价', 29: '区域风险'}

def han(n):
    """12 → 十二, as offices write item numbers."""
    if n < 10: return HAN[n]
    tens, ones = divmod(n, 10)
    return ('' if tens == 1 else HAN[tens]) + '十' + (HAN[ones] if ones else '')

def td(text, rowspan=1, colspan=1):
    a = (f" rowspan='{rowspan}'" if rowspan > 1 else '') + (f" colspan='{colspan}'" if colspan > 1 else '')
    return f"<td{a}>{html.escape(str(text))}</td>"

def total(scores):
    return sum((D(str(v)) for v in scores.values()), D(0))

def area_sum(scores, nums):
    return sum((D(str(scores[n])) for n in nums if n in scores), D(0))

def points(n):
    return {'bonus': '加分项', 'deduction': '扣分项'}.get(IND[n]['kind'], fmt(IND[n]['max_points']))

def head(title, to='省打击侵权假冒工作领导小组办公室：'):
    return [p(title, 'title'), p(to, 'flush')]


# ── 1. 武汉市: prose by area, （一）（二）… afresh in each area, short titles ──
WUHAN = {1: 6.5, 2: 3, 3: 2, 4: 1, 5: 1.5, 6: 1.5, 7: 2, 8: 5.5, 9: 4.5, 10: 2.5, 11: 3, 12: 2.5, 13: 5,
         14: 3, 15: 2.5, 16: 3, 17: 1, 18: 1.5, 19: 2, 20: 18, 21: 5.5, 22: 6, 23: 7.5, 24: 1, 25: 2, 26: 1.5,
         27: 3.5, 28: 1.5, 29: 0}
WUHAN_DEEDS = {
    1: '全市部署开展“铁拳”行动，建立执法联络员制度，报送典型案例4个，在省级以上媒体刊发执法报道3篇',
    2: '按时报送驰名商标保护联系人名单，查办涉驰名商标案件6件',
    3: '就商标使用认定等疑难问题书面请示2次，答复区局业务请示9次',
    4: '转办案件全部按期办结，按要求报送商标、专利行政保护典型案例',
    5: '转发省局专项行动通知，召开专题部署会，按时报送阶段小结和总结',
    6: '全年办理专利侵权纠纷案件较上年增长21%',
    7: '12315热线与12345热线实现对接，平台投诉举报按时办结率100%',
    8: '开展“剑网2019”“秋风2019”专项行动，查办著作权案件23件，网上书店清理整治覆盖不全',
    9: '政府机关软件正版化督查、审计全部完成，企业正版化培训名单缺两家企业',
    10: '开展四季市场、基地检查，冬季企业抽查覆盖率未达要求',
    11: '开展林木种苗打假专项行动，通报质量抽查结果，完成摸底调查',
    12: '转办举报全部回复，网络文化督办案件办结率90%',
    13: '查办仿冒混淆、侵犯商业秘密案件18件，跨区域协同查办未形成典型',
    14: '查办假劣农资案件31件，推进放心农资下乡进村',
    15: '开展中药饮片专项整治，药品案件数较上年略有下降',
    16: '联合公安侦破涉烟大要案5起',
    17: '完成消毒产品抽检62批次，及时通报不合格产品',
    18: '生产领域质量安全风险排查覆盖全部区，专项考核未全面开展',
    19: '侵权假冒商品无害化销毁按季度报送',
    20: '部署“昆仑2019”行动，破获侵权假冒犯罪案件112起，跨区域线索上报偏少',
    21: '提前介入重大案件7件，批捕、起诉数量较上年持平',
    22: '审结侵权假冒刑事案件58件，开展专题调研和法官培训',
    23: '调整领导小组，召开全市电视电话会议，编发工作信息15期',
    24: '行政处罚案件信息均在20个工作日内公开',
    25: '两法衔接平台录入案件全部及时，召开联席会议2次',
    26: '“知识产权快保护”做法被国务院督查通报表扬',
    27: '清理网上侵权假冒信息1.2万条，宣传报道工作方案未公开举报渠道',
    28: '社会满意度调查排序位于第61至第120位',
}

def wuhan():
    body = head('武汉市2019年度打击侵权假冒工作绩效考核自评报告')
    body += [p('根据《关于开展2019年度打击侵犯知识产权和制售假冒伪劣商品工作绩效考核的通知》（鄂打假办函〔2019〕7号）要求，'
               '市打击侵权假冒工作领导小组办公室组织31家成员单位，对照考核评分表逐项自查、集体研究，形成自评意见。'
               f'经自评，我市2019年度绩效考核自评总分为{fmt(total(WUHAN))}分。具体情况报告如下。')]
    for num, name, nums in AREAS:
        nums = list(nums)
        if num == '六':
            body.append(p(f'六、{name}（扣分项，自评0分）'))
            body.append(p('全年未发生因侵权假冒引发的系统性、区域性风险和重大突发事件，本项不扣分。'))
            continue
        body.append(p(f'{num}、{name}（满分{AREA_MAX[num]}分，自评{fmt(area_sum(WUHAN, nums))}分）'))
        for k, n in enumerate(nums, 1):
            phrase = '自评加1.5分' if n == 26 else f'自评得{fmt(WUHAN[n])}分'
            body.append(p(f'（{han(k)}）{SHORT[n]}。{WUHAN_DEEDS[n]}，{phrase}。'))
    body += [p('七、存在的问题和下一步打算'),
             p('（一）基层执法力量不足。部分区执法人员身兼数职，案件查办能力有待提升。'),
             p('（二）跨区域协作还不紧密。下一步将加强与周边城市的线索通报和联合执法。'),
             p('武汉市打击侵权假冒工作领导小组办公室', 'sign'), p('2020年1月3日', 'sign')]
    return page(body)


# ── 2. 黄石市: 第N项 table of the base items, a 加分项 and a 扣分项 table after it ──
HUANGSHI = {1: 6, 2: 2.5, 3: 2, 4: 1, 5: 1.5, 6: 1, 7: 2, 8: 5, 9: 5, 10: 2.5, 11: 2.5, 12: 3, 13: 5.5,
            14: 3, 15: 2.5, 16: 3, 17: 1, 18: 2, 19: 1.5, 20: 17, 21: 6, 22: 5, 23: 7, 24: 1, 25: 2, 26: 1,
            27: 3, 28: 1.5, 29: -1}
HUANGSHI_NOTES = {1: '典型案例报送不足', 2: '保护成效不明显', 6: '办案量未增长', 8: '双随机抽查覆盖不全', 10: '执法经费未落实',
                  11: '种苗数据报送迟1次', 13: '帮助企业建立商业秘密保护制度31家', 15: '药品案件数下降', 19: '第三季度报送迟报',
                  20: '破案数较上年下降', 22: '未开展专题调研', 23: '工作信息10期', 27: '未建立网上打假工作小组', 28: '满意度排序居中'}

def huangshi():
    rows = ''.join('<tr>' + td(f'第{n if n < 10 else han(n)}项') + td(SHORT[n]) + td(points(n)) + td(fmt(HUANGSHI[n]))
                   + td(HUANGSHI_NOTES.get(n, '')) + '</tr>' for n in range(1, 30) if IND[n]['kind'] == 'base')
    base = area_sum(HUANGSHI, [n for n in range(1, 30) if IND[n]['kind'] == 'base'])
    grid = ("<table border='1' cellspacing='0' cellpadding='3'><tr><td>项次</td><td>考核指标</td><td>分值</td><td>自评分</td>"
            f"<td>说明</td></tr>{rows}<tr>{td('基础分小计', colspan=2)}{td('105')}{td(fmt(base))}{td('')}</tr></table>")
    bonus = ("<table border='1' cellspacing='0' cellpadding='3'><tr><td>加分事项</td><td>加分依据</td><td>自评加分</td></tr>"
             f"<tr>{td('黄石市“知识产权保护工作站”建设经验')}{td('2019年9月获省市场监管局通报表扬')}{td('1')}</tr></table>")
    minus = ("<table border='1' cellspacing='0' cellpadding='3'><tr><td>扣分事项</td><td>扣分原因</td><td>自评扣分</td></tr>"
             f"<tr>{td('区域性风险事件')}{td('7月某区发生假冒食用油集中投诉事件，经媒体报道造成一定影响')}{td('1')}</tr></table>")
    return page(head('黄石市2019年度打击侵权假冒工作绩效考核自评报告') + [
        p('按照省双打办考核通知要求，市双打办组织成员单位对2019年度工作进行了逐项自评，现将自评结果报告如下。'),
        p('一、基础指标自评情况', 'flush'), grid,
        p('二、加分项自评情况', 'flush'), bonus,
        p('三、扣分项自评情况', 'flush'), minus,
        p(f'四、自评总分'),
        p(f'基础分{fmt(base)}分，加分1分，扣分1分，自评总分为{fmt(total(HUANGSHI))}分。'),
        p('黄石市打击侵权假冒工作领导小组办公室', 'sign'), p('2020年1月2日', 'sign')])


# ── 3. 十堰市: spreadsheet, 指标一…指标二十九, 总计 first, 合计 per area, 其中 rows ──
SHIYAN = {1: 7, 2: 3, 3: 1.5, 4: 1, 5: 1.5, 6: 1.5, 7: 1.5, 8: 5.5, 9: 4, 10: 3, 11: 2.5, 12: 3, 13: 5,
          14: 2.5, 15: 3, 16: 2.5, 17: 1, 18: 2, 19: 2, 20: 16.5, 21: 6, 22: 6, 23: 7.5, 24: 0.5, 25: 2, 26: 0.5,
          27: 4, 28: 1, 29: -0.5}

def shiyan():
    bonus, minus = SHIYAN[26], -SHIYAN[29]
    t = ["<table border='1'>",
         '<tr>' + td('十堰市2019年度打击侵权假冒工作绩效考核自评表', colspan=6) + '</tr>',
         '<tr>' + td('序号') + td('考核内容') + td('分值') + td('自评得分') + td('扣分说明') + td('责任单位') + '</tr>',
         '<tr>' + td('总计') + td('') + td('107') + td(fmt(total(SHIYAN))) + td('') + td('') + '</tr>',
         '<tr>' + td('其中：加分') + td('') + td('2') + td(fmt(bonus)) + td('') + td('') + '</tr>',
         '<tr>' + td('其中：扣分') + td('') + td('') + td(fmt(minus)) + td('') + td('') + '</tr>']
    whom = {1: '市市场监管局', 8: '市文旅局', 9: '市委宣传部', 10: '市农业农村局', 11: '市林业局', 20: '市公安局', 21: '市检察院', 22: '市中级法院'}
    why = {3: '未就疑难问题书面请示', 7: '平台投诉超期2件', 8: '网上书店清理未开展', 9: '企业正版化培训无名单', 11: '摸底调查未完成',
           13: '案件数未增长', 14: '联席会议未召开', 16: '未召开专题会议', 20: '跨区域线索偏少', 24: '2件处罚信息超期公开',
           28: '满意度排序靠后', 29: '发生假冒化肥坑农事件1起，扣0.5分'}
    for num, name, nums in AREAS:
        nums = list(nums)
        t.append('<tr>' + td(f'{num}、{name}', colspan=6) + '</tr>')
        for n in nums:
            t.append('<tr>' + td(f'指标{han(n)}') + td(SHORT[n]) + td(points(n)) + td(fmt(SHIYAN[n])) + td(why.get(n, ''))
                     + td(whom.get(n, '市双打办')) + '</tr>')
        if num in AREA_MAX:
            t.append('<tr>' + td('合计') + td(name) + td(str(AREA_MAX[num])) + td(fmt(area_sum(SHIYAN, nums))) + td('') + td('') + '</tr>')
    t.append('<tr>' + td('填表人：王某某　　审核人：李某某　　填报日期：2020年1月5日', colspan=6) + '</tr></table>')
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{''.join(t)}</body></html>"


# ── 4. 黄冈市: text PDF, 序号 restarting per area, the table over pages with its header repeated ──
HUANGGANG = {1: 5.5, 2: 3, 3: 2, 4: 0.5, 5: 1.5, 6: 1.5, 7: 2, 8: 4.5, 9: 4.5, 10: 2.8, 11: 3, 12: 2, 13: 4,
             14: 3, 15: 3, 16: 2.5, 17: 0.5, 18: 2, 19: 2, 20: 15.5, 21: 5, 22: 6, 23: 6.5, 24: 1, 25: 1.5, 26: 0,
             27: 3, 28: 1, 29: 0}

def huanggang():
    note = {1: '典型案例仅报送1个，执法宣传层级不高，扣1.5分', 4: '未报送专利案例', 8: '督查暗访未开展；双随机抽查覆盖不全',
            10: '冬季企业抽查未完成', 12: '督办案件办结率未达90%', 13: '案件数量下降', 16: '未召开专题会议', 17: '未及时通报',
            20: '破案数低于上年；跨区域线索上报少', 21: '提前介入不足', 23: '工作信息9期', 25: '平台漏录案件3件',
            26: '无', 27: '未制定宣传报道方案', 28: '排序第61位以后', 29: '无扣分情况'}
    rows = []
    for num, name, nums in AREAS:
        rows.append('<tr>' + td(f'{num}、{name}', colspan=5) + '</tr>')
        for k, n in enumerate(nums, 1):
            rows.append('<tr>' + td(str(k)) + td(SHORT[n] + '工作情况') + td(points(n)) + td(fmt(HUANGGANG[n])) + td(note.get(n, '')) + '</tr>')
    table = ("<table border='1' cellspacing='0' cellpadding='6'><thead><tr><td>序号</td><td>考核内容</td><td>分值</td>"
             "<td>自评得分</td><td>备注</td></tr></thead><tbody>" + ''.join(rows)
             + '<tr>' + td('合计', colspan=2) + td('107') + td(fmt(total(HUANGGANG))) + td('') + '</tr></tbody></table>')
    return page(head('黄冈市2019年度打击侵权假冒工作绩效考核自评报告') + [
        p('2019年，全市各级各部门围绕省双打办年度工作要点，持续开展重点领域专项整治。现将绩效考核自评情况报告如下。'),
        p('一、主要工作', 'flush'),
        p('全市行政执法部门查办侵权假冒案件286件，移送司法机关11件；公安机关破获犯罪案件41起。'),
        p('二、自评得分', 'flush'),
        p('对照评分表，各项自评得分见下表（序号按考核重点分别编排）。'),
        table,
        p('黄冈市打击侵权假冒工作领导小组办公室', 'sign'), p('2020年1月6日', 'sign')])


# ── 5. 大冶市: prose, 指标一、/ 第十二项, 本项得N分, 自评加分N分, the deduction item's 扣N分 ──
DAYE = {1: 6, 2: 2, 3: 2, 4: 1, 5: 1, 6: 1.5, 7: 2, 8: 5, 9: 4, 10: 2, 11: 3, 12: 3, 13: 4.5,
        14: 3, 15: 2, 16: 3, 17: 1, 18: 1.5, 19: 2, 20: 16, 21: 5, 22: 5.5, 23: 7, 24: 1, 25: 2, 26: 1,
        27: 3, 28: 1.5, 29: -2}

def daye():
    body = head('大冶市2019年度打击侵权假冒工作考核自评报告', '黄石市打击侵权假冒工作领导小组办公室：')
    body += [p('根据上级考核要求，我市对照全省29项考核指标，对2019年度打击侵权假冒工作进行了自查，现将自评情况报告如下。'),
             p('一、逐项自评情况', 'flush')]
    for n in range(1, 30):
        label = f'指标{han(n)}、' if n % 2 else f'第{han(n)}项　'
        if n == 26:
            text = f'{label}{SHORT[n]}。我市“矿区打假联防”机制被黄石市双打办推广，自评加分1分。'
        elif n == 29:
            text = f'{label}{SHORT[n]}（扣分项）。8月，某乡镇发生销售假冒种子致减产事件，经省级媒体报道，按评分标准扣2分。'
        else:
            text = f'{label}{SHORT[n]}。{WUHAN_DEEDS[n].replace("全市", "我市").replace("区局", "乡镇所")}，本项得{fmt(DAYE[n])}分。'
        body.append(p(text))
    body += [p('二、自评结果', 'flush'),
             p(f'以上各项合并计算，我市自评总分为{fmt(total(DAYE))}分。'),
             p('大冶市打击侵权假冒工作领导小组办公室', 'sign'), p('2019年12月28日', 'sign')]
    return page(body)


# ── 6. 丹江口市: a typed table, to be scanned ──
DANJIANGKOU = {1: 6.5, 2: 3, 3: 2, 4: 1, 5: 1.5, 6: 1.5, 7: 2, 8: 6, 9: 4.5, 10: 3, 11: 2.5, 12: 3, 13: 5,
               14: 3, 15: 3, 16: 3, 17: 1, 18: 2, 19: 1.5, 20: 17, 21: 6, 22: 5, 23: 7, 24: 1, 25: 2, 26: 0,
               27: 3.5, 28: 1.5, 29: 0}

def danjiangkou():
    why = {1: '宣传报道层级不高', 9: '企业正版化培训无名单', 11: '摸底调查未完成', 19: '季度报送不全', 20: '跨区域线索少',
           22: '未开展专题调研', 23: '工作信息8期', 27: '未公开举报渠道', 28: '满意度排序居中'}
    rows = ''.join('<tr>' + td(str(n)) + td(SHORT[n]) + td(points(n)) + td(fmt(DANJIANGKOU[n])) + td(why.get(n, '')) + '</tr>'
                   for n in range(1, 30))
    table = ("<table border='1' cellspacing='0' cellpadding='4'><tr><td>序号</td><td>评分项目</td><td>标准分</td><td>自评分</td>"
             f"<td>扣分理由</td></tr>{rows}<tr>{td('合计', colspan=2)}{td('107')}{td(fmt(total(DANJIANGKOU)))}{td('')}</tr></table>")
    return page(head('丹江口市2019年度打击侵权假冒工作绩效考核自评报告', '十堰市打击侵权假冒工作领导小组办公室：') + [
        p(f'按照考核通知要求，我市对2019年度打击侵权假冒工作逐项开展了自评，自评总分{fmt(total(DANJIANGKOU))}分，各项得分如下。'),
        table,
        p('丹江口市打击侵权假冒工作领导小组办公室', 'sign'), p('2020年1月4日', 'sign')])


FILES = {
    '武汉市2019年度打击侵权假冒工作绩效考核自评报告.docx': (WUHAN, '全文叙述，按六个考核重点分段（一、…六、），各段内（一）（二）…重新编号、指标用简称，“自评得N分”写在段中；领域标题带领域得分（六、…（扣分项，自评0分））；第26项“自评加1.5分”'),
    '黄石市2019年度打击侵权假冒工作绩效考核自评报告.docx': (HUANGSHI, 'Word表格：项次（第1项…第十二项）/考核指标（简称）/分值/自评分/说明，只列基础指标，基础分小计行；加分项表（加分事项/加分依据/自评加分）与扣分项表（扣分事项/扣分原因/自评扣分）另列；总分写在文中'),
    '十堰市2019年度打击侵权假冒工作绩效考核自评表.xlsx': (SHIYAN, '电子表格：指标一…指标二十九、简称；总计行在表头之下，其中：加分、其中：扣分两行；每个考核重点前有领域行、后有“合计”行（领域小计）'),
    '黄冈市2019年度打击侵权假冒工作绩效考核自评报告.pdf': (HUANGGANG, '文字版PDF：序号/考核内容/分值/自评得分/备注，序号按考核重点分别从1编起（领域行隔开），指标用简称加“工作情况”，表格跨页、表头重复'),
    '大冶市2019年度打击侵权假冒工作考核自评报告.docx': (DAYE, '全文叙述：指标一、…与第十二项…交替（中文数字），“本项得N分”，第26项“自评加分1分”，第29项（扣分项）“按评分标准扣2分”'),
    '丹江口市2019年度打击侵权假冒工作绩效考核自评报告（扫描件）.pdf': (DANJIANGKOU, '扫描件（150 ppi 灰度，JPEG 55，转1.2°）：序号/评分项目（简称）/标准分/自评分/扣分理由，合计行'),
}
# Reports whose reading is not yet held to their truth (a scan whose OCR is junk): kept here, clearly marked.
PENDING = {}

def main():
    out = pathlib.Path(sys.argv[1])
    for stem, make in [('wuhan', wuhan), ('huangshi', huangshi), ('shiyan', shiyan), ('huanggang', huanggang),
                       ('daye', daye), ('danjiangkou', danjiangkou)]:
        (out / f'{stem}.html').write_text(make(), encoding='utf-8')
    if '--truth' in sys.argv:
        path = pathlib.Path(sys.argv[sys.argv.index('--truth') + 1])
        truth = json.loads(path.read_text(encoding='utf-8')) if path.exists() else {'about': '', 'reports': {}}
        num = lambda v: int(v) if D(str(v)) == D(str(v)).to_integral() else float(D(str(v)))
        for name, (scores, layout) in FILES.items():
            truth['reports'][name] = {'total': num(total(scores)), 'total_written': True, 'layout': layout, 'batch': 3,
                                      'indicators': {str(k): num(v) for k, v in sorted(scores.items())}}
        if PENDING: truth['pending'] = dict(PENDING)
        else: truth.pop('pending', None)
        path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')

main()
