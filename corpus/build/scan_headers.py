#!/usr/bin/env python3
"""The third 成文日期 proxy set (after seal_dates.py and sign_dates.py): scans, photocopies and phone photos of whole
公文 (header and ending) in the layouts and copy conditions the first two sets lack —
  * an Arabic-numeral date (2019年12月30日) under a seal stamped the GB/T 9704 way (the seal centred over signature and
    date, the two in its lower half), and one whose seal is centred exactly on the date line (the older 压字 habit,
    "骑年盖月": the ring straddling the year and the month);
  * a single-page 函 whose date is followed by the 附注 line "（联系人：…，电话：…）";
  * a 会议纪要 whose date stands in brackets under its title, nothing but 出席/列席 lists at its end; another whose
    masthead is the 纪要's own (名称, 第N期, the organ left and the date right over a red rule);
  * a 通报 with no 发文机关署名: only the seal over the date closes it;
  * two-page documents whose page 2 holds only the last paragraph, the signature and the date, and one whose page 2
    holds only "（此页无正文）", the signature and the date;
  * 工作简报 with 第N期 and the date in the masthead line (编印单位 left, date right), no signature at the end;
  * 300 ppi colour, 200 ppi gray, 150 ppi gray and 120 ppi black-and-white (bitonal) photocopies, JPEG q30–70,
    skew up to 2°; phone photos in perspective, one with a shadow;
  * 二〇一九年十二月二十日 with 〇, a date in January 2020, date lines with spaces between their characters;
  * a dark red seal pressed hard and a faint pink one.
All text is written for the set (fictional wording; no real persons, cases or documents). The page style, the seal,
the flatbed/copier and the phone are seal_dates.py's, the keystone and the shadow sign_dates.py's, imported.
  scan_headers.py <work dir> <out dir> [--no-seal] [--only NAME[,NAME…]]
Writes <out>/<name>.pdf|jpg, <out>/truth.json and <out>/manifest.tsv (the sign-dates layout); the same seeds give the
same images."""
import html
import json
import pathlib
import random
import re
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent / 'scans'))
from scans import lines_of, run  # noqa: E402
from seal_dates import (STYLE, RED, PHONE, printed, identify, pages_of, seal, scan, photo, fixed_id,  # noqa: E402
                        page_number)
from sign_dates import keystone, shadow  # noqa: E402

EXTRA_STYLE = """<style>
p.issue { color: #d2001a; text-align: center; text-indent: 0; margin: 0 0 10pt 0; }
p.redrule { text-indent: 0; margin: 0 0 18pt 0; line-height: 100%; font-size: 4pt; border-bottom: 2pt solid #d2001a; }
table.mast { width: 100%; border-collapse: collapse; margin: 0; }
table.mast td { font-size: 15.5pt; padding: 0; border: none; }
p.dateline { text-align: center; text-indent: 0; margin: 0 0 14pt 0; }
p.note2 { text-indent: 31pt; margin-top: 0; }
p.present { text-indent: 0; margin-top: 16pt; }
p.art { font-family: 'Noto Sans CJK SC'; font-size: 17pt; text-align: center; text-indent: 0; margin: 10pt 0 8pt 0; }
p.tail { text-indent: 0; font-size: 13pt; line-height: 140%; padding: 2pt 0.5em; margin: 0; border-top: 1pt solid black; }
p.tail2 { text-indent: 0; font-size: 13pt; line-height: 140%; padding: 2pt 0.5em; margin: 0; border-bottom: 1pt solid black; }
</style>"""

INK = {  # seal colour and how much ink the stamp left (the low and high share of full opacity)
    'red': (RED, (0.45, 0.6), (0.85, 0.95)),
    'dark-red': (['#8c0f17', '#7e1219', '#941820'], (0.75, 0.85), (0.95, 1.0)),
    'pink': (['#f0899c', '#ec97a8', '#f3a0b0'], (0.15, 0.25), (0.4, 0.55)),
}

SPACE = '\u3000'

# Each document: name, region, issuer (truth: the masthead's first organ, or the 编印单位, or the signature), kind
# ('wen': a 公文 with masthead/title/body/signature; 'jiyao': a 纪要 with its date under the title; 'jiyao-mast': a 纪要
# with its own masthead line; 'jianbao': a 简报), masthead (organ line, or None), number (发文字号 or None), title, to,
# first (page-1 paragraphs of two-page files), last (paragraphs of the last or only page), sign (signature as printed,
# or None), date (ISO), date_as_printed (exactly as typed, spaces included), after (lines after the date: 'note:' a
# 附注, 'present:' 出席/列席, 'tail:' a 报尾 line), seal (placement or 'none'), ink, scan (mode, ppi, JPEG quality,
# skew), shadow (phone photos), nobody (page 2 is "（此页无正文）"), seed.
DOCS = [
 dict(name='hdr-01-xiangyang-arabic-gbt-seal-300c', region='襄阳市', issuer='襄阳市打击侵权假冒工作领导小组办公室', kind='wen',
      masthead='襄阳市打击侵权假冒工作领导小组办公室', number='襄打假办〔2019〕21号',
      title='关于报送2019年度打击侵权假冒工作自评报告的通知', to='各县（市、区）打击侵权假冒工作领导小组办公室：',
      first=None,
      last=['按照省领导小组办公室关于开展2019年度绩效考核的安排，现就我市自评工作通知如下：',
            '一、各地、各成员单位要对照考核评分表逐项自查，如实填写自评得分，并附相应佐证材料。',
            '二、佐证材料按考核指标分类整理，扫描件应清晰完整。',
            '三、请于2020年1月3日前将自评报告和佐证材料报送市领导小组办公室。'],
      sign='襄阳市打击侵权假冒工作领导小组办公室', date='2019-12-30', shown='2019年12月30日', after=[],
      seal='gbt', ink='red', scan=('colour', 300, 60, 0.4), seed=301),
 dict(name='hdr-02-yichang-qinian-gaiyue-2p-200g', region='宜昌市', issuer='宜昌市市场监督管理局', kind='wen',
      masthead='宜昌市市场监督管理局文件', number='宜市监发〔2019〕58号',
      title='关于开展商标代理机构专项检查的通知', to='各县市区市场监督管理局，市局各科室、直属单位：',
      first=['为规范商标代理行为，维护商标注册管理秩序，根据上级部门的统一部署，市局决定自即日起至12月底在全市开展商标代理机构专项检查。现将有关事项通知如下：',
             '一、检查对象。在本市登记注册、从事商标代理业务的各类机构，以及以咨询、策划名义变相从事商标代理的经营主体。',
             '二、检查重点。是否以不正当手段招揽业务，是否代理恶意抢注和囤积商标的申请，是否伪造、变造法律文件和印章，是否在宣传中作虚假承诺。',
             '三、工作步骤。11月下旬，各地对辖区代理机构逐一建档；12月上中旬开展现场检查；12月25日前形成检查报告。'],
      last=['四、工作要求。各地要把专项检查与日常监管结合起来，对检查中发现的违法行为依法立案查处，涉及恶意注册的线索及时上报市局知识产权科。',
            '五、请于12月25日前将检查报告和检查情况统计表报市局。'],
      sign='宜昌市市场监督管理局', date='2019-11-18', shown='2019年11月18日', after=[],
      seal='centre', ink='red', scan=('gray', 200, 50, -1.2), seed=302),
 dict(name='hdr-03-jingzhou-han-lianxiren-150g', region='荆州市', issuer='荆州市知识产权局', kind='wen',
      masthead='荆州市知识产权局', number='荆知函〔2019〕9号',
      title='关于协助开展专利侵权纠纷行政裁决案件调查的函', to='沙市区市场监督管理局：',
      first=None,
      last=['我局近日受理一起外观设计专利侵权纠纷行政裁决请求，被请求人的经营场所位于你区。为查明案件事实，请你局协助做好以下工作：',
            '一、协助核实被请求人的登记注册信息和实际经营地址。',
            '二、派员配合我局执法人员于10月上旬开展现场勘验。',
            '特此函商，请予支持。'],
      sign='荆州市知识产权局', date='2019-09-26', shown='二〇一九年九月二十六日',
      after=['note:（联系人：秦文斌，电话：0716-8473162）'],
      seal='date', ink='red', scan=('gray', 150, 45, 1.5), seed=303),
 dict(name='hdr-04-huangshi-jiyao-date-under-title-200g', region='黄石市', issuer='黄石市打击侵权假冒工作领导小组办公室',
      kind='jiyao', masthead='黄石市打击侵权假冒工作领导小组办公室', number='黄打假办纪〔2019〕2号',
      title='黄石市打击侵权假冒工作领导小组2019年第二次联络员会议纪要', to=None, first=None,
      last=['9月20日，市打击侵权假冒工作领导小组办公室召开2019年第二次联络员会议，研究部署下半年重点任务。现将会议议定事项纪要如下：',
            '一、会议要求，各成员单位于10月15日前将前三季度工作情况报领导小组办公室。',
            '二、会议明确，由市公安局牵头，四季度开展一次仓储窝点清查行动。'],
      sign=None, date='2019-09-24', shown='2019年9月24日',
      after=['present:出席：市公安局、市市场监督管理局等单位联络员。',
             'present:列席：市领导小组办公室工作人员。'],
      seal='none', ink='red', scan=('gray', 200, 55, 0.8), seed=304),
 dict(name='hdr-05-shiyan-tongbao-no-signature-150g', region='十堰市', issuer='十堰市市场监督管理局', kind='wen',
      masthead='十堰市市场监督管理局文件', number='十市监发〔2019〕52号',
      title='关于2019年第三季度食品安全监督抽检不合格情况的通报', to='各县市区市场监督管理局：',
      first=None,
      last=['第三季度，市局组织对全市食品生产经营单位开展监督抽检，共抽检食品样品860批次，检出不合格样品21批次，主要问题为微生物污染、农药残留超标和标签标识不规范，其中3批次为假冒他人注册商标的产品。',
            '各地要对不合格产品的生产经营者依法立案查处，督促其召回产品并整改到位；涉嫌假冒的，要追查进货来源。',
            '请于11月15日前将核查处置情况报市局食品安全抽检监测科。'],
      sign=None, date='2019-10-15', shown='2019年10月15日', after=[],
      seal='date-only', ink='red', scan=('gray', 150, 40, -1.8), seed=305),
 dict(name='hdr-06-xiaogan-2p-last-paragraph-ling-300c', region='孝感市', issuer='孝感市知识产权局', kind='wen',
      masthead='孝感市知识产权局文件', number='孝知发〔2019〕14号',
      title='关于开展2019年知识产权保护工作考核评价的通知', to='各县（市、区）知识产权局，孝感高新区科技局：',
      first=['为全面掌握各地知识产权保护工作情况，推动保护工作责任落实，市局决定对各县（市、区）2019年知识产权保护工作进行考核评价。现将有关事项通知如下：',
             '一、考核内容。主要包括专利行政执法办案、展会和电商领域知识产权保护、维权援助工作站建设、知识产权保护宣传培训等方面。',
             '二、考核方式。各地对照评价细则开展自查，形成自评报告；市局对各地报送的材料进行审核，并抽取部分案卷进行评查。',
             '三、材料报送。请各地于2020年1月5日前将自评报告和佐证材料目录报市局知识产权保护科。'],
      last=['各地要高度重视此次考核评价工作，明确专人负责，确保所报材料真实、准确、完整。'],
      sign='孝感市知识产权局', date='2019-12-20', shown='二〇一九年十二月二十日', after=[],
      seal='gbt', ink='red', scan=('colour', 300, 65, 0.3), seed=306),
 dict(name='hdr-07-jingmen-2p-ci-ye-wu-zhengwen-120bw', region='荆门市', issuer='荆门市版权局', kind='wen',
      masthead='荆门市版权局文件', number='荆版发〔2019〕6号',
      title='关于开展2019年度出版物印刷企业版权保护检查的通知', to='各县市区文化和旅游局，市文化市场综合执法支队：',
      first=['为加强印刷环节版权保护，防止盗版出版物流入市场，市版权局决定于9月至10月对全市出版物印刷企业开展版权保护专项检查。现将有关事项通知如下：',
             '一、检查内容。印刷企业是否执行承印验证、承印登记等制度，是否存在未经授权印刷他人作品的行为。',
             '二、检查方式。各地对辖区出版物印刷企业进行全面检查，市版权局会同市文化市场综合执法支队进行抽查，重点抽查中小学教辅材料的印刷业务。',
             '三、工作要求。对涉嫌侵权盗版的，要立即固定证据，依法立案查处。请于10月31日前将检查总结报市版权局。'],
      last=[], nobody=True,
      sign='荆门市版权局', date='2019-08-23', shown='2019年8月23日', after=[],
      seal='gbt', ink='red', scan=('bw', 120, 40, 1.0), seed=307),
 dict(name='hdr-08-ezhou-jianbao-masthead-date-200g', region='鄂州市', issuer='鄂州市打击侵权假冒工作领导小组办公室',
      kind='jianbao', masthead='打击侵权假冒工作简报', issue='第8期', number=None, title=None, to=None, first=None,
      last=['art:鄂州市开展冬季农村市场集中整治',
            '11月以来，市领导小组办公室组织市场监管、农业农村、公安等部门，在全市农村市场开展为期一个月的集中整治，重点检查乡镇集市、农村超市和农资门店。',
            '截至11月25日，共出动执法人员920人次，检查经营主体1460户次，下架“三无”食品和仿冒品牌商品2300余件，立案查处案件18件。',
            'art:华容区召开知识产权保护工作座谈会',
            '11月22日，华容区市场监督管理局邀请15家重点企业座谈，听取企业对商标和专利保护的意见建议。'],
      sign=None, date='2019-11-29', shown='2019年11月29日',
      after=['tail:报：省打击侵权假冒工作领导小组办公室，市人民政府。', 'tail2:送：市领导小组各成员单位，各区领导小组办公室。　　　共印40份'],
      seal='none', ink='red', scan=('gray', 200, 50, -0.6), seed=308),
 dict(name='hdr-09-huanggang-jianbao-photo', region='黄冈市', issuer='黄冈市知识产权局', kind='jianbao',
      masthead='知识产权保护工作简报', issue='2019年第3期（总第27期）', number=None, title=None, to=None, first=None,
      last=['art:我市举办专利行政执法业务培训班',
            '7月9日至10日，市知识产权局在黄州举办全市专利行政执法业务培训班，各县市区知识产权管理部门执法人员60余人参加培训。',
            '培训围绕专利侵权判定、行政裁决程序和电商领域执法等内容进行授课，并组织学员对典型案例进行分析讨论。',
            'art:麻城市查处一起假冒专利案件',
            '近日，麻城市市场监督管理局在检查中发现，某农机经销店销售的播种机外包装上标注的专利号已经失效，当事人的行为构成假冒专利，执法人员依法责令其改正并处以罚款。'],
      sign=None, date='2019-07-12', shown='2019年7月12日',
      after=['tail:报：省知识产权局，市人民政府。', 'tail2:发：各县市区知识产权管理部门。　　　　　共印30份'],
      seal='none', ink='red', scan=('photo', 0, 60, 1.4), seed=309),
 dict(name='hdr-10-xianning-spaced-arabic-150g', region='咸宁市', issuer='咸宁市市场监督管理局', kind='wen',
      masthead=None, number=None, title='咸宁市市场监督管理局2019年打击侵权假冒工作总结', to=None, first=None,
      last=['2019年，我局把打击侵权假冒作为优化营商环境的重要抓手，全年立案查处侵权假冒案件137件，罚没款286万元，向公安机关移送涉嫌犯罪案件6件。',
            '一是聚焦重点领域。开展农村假冒伪劣食品整治、“铁拳”行动和电动自行车产品质量专项整治，查处一批群众反映强烈的案件。',
            '二是强化协作配合。与公安、检察机关建立案件会商制度，召开联席会议3次，联合督办重点案件4件。',
            '三是推进社会共治。全年受理消费者投诉举报2130件，公开曝光典型案例10个，组织集中销毁侵权假冒商品一次。'],
      sign='咸宁市市场监督管理局', date='2019-12-31', shown='2019 年 12 月 31 日', after=[],
      seal='date', ink='red', scan=('gray', 150, 35, 2.0), seed=310),
 dict(name='hdr-11-suizhou-dark-red-seal-200c', region='随州市', issuer='随州市版权局', kind='wen',
      masthead='随州市版权局', number='随版函〔2019〕3号',
      title='关于报送软件正版化工作自查情况的函', to='市直各单位：',
      first=None,
      last=['根据全市推进使用正版软件工作的年度安排，请市直各单位对本单位计算机软件使用情况开展一次全面自查。现将有关事项函告如下：',
            '一、自查范围为本单位全部办公计算机，重点是操作系统、办公软件和杀毒软件。',
            '二、请于6月28日前将自查报告和软件资产台账报送市版权局。'],
      sign='随州市版权局', date='2019-06-14', shown='二〇一九年六月十四日', after=[],
      seal='date', ink='dark-red', scan=('colour', 200, 45, -0.7), seed=311),
 dict(name='hdr-12-enshi-faint-pink-seal-photo', region='恩施州', issuer='恩施州市场监督管理局', kind='wen',
      masthead=None, number=None, title='恩施州市场监督管理局关于“硒”产品商标侵权专项整治情况的报告',
      to='恩施州打击侵权假冒工作领导小组办公室：', first=None,
      last=['按照州领导小组办公室的部署，我局于3月至5月在全州开展“硒”产品商标侵权专项整治，检查茶叶、富硒农产品经营户870户次，查处商标侵权案件12件，没收侵权商品1.6吨。',
            '下一步，我局将联合农业农村部门加强地理标志产品保护，督促经营者规范使用商标和地理标志专用标志。',
            '特此报告。'],
      sign='恩施州市场监督管理局', date='2019-05-27', shown='2019年5月27日', after=[],
      seal='gbt', ink='pink', scan=('photo', 0, 55, -1.2), seed=312),
 dict(name='hdr-13-xiangyang-zscqj-2020-photo-shadow', region='襄阳市', issuer='襄阳市知识产权局', kind='wen',
      masthead=None, number=None, title='襄阳市知识产权局2019年知识产权保护工作总结', to=None, first=None,
      last=['2019年，我局围绕严保护、大保护、快保护、同保护的要求，不断完善知识产权保护体系。',
            '一是全年办理专利侵权纠纷案件42件，查处假冒专利案件15件，结案率100%。',
            '二是在汽车零部件和农产品加工行业设立维权援助工作站3个，为企业提供维权咨询130余次。',
            '三是组织知识产权宣传周活动，举办专题培训4场，培训企业人员500余人次。'],
      sign='襄阳市知识产权局', date='2020-01-03', shown='2020年1月3日', after=[],
      seal='date', ink='red', scan=('photo', 0, 50, 1.8), shadow=True, seed=313),
 dict(name='hdr-14-yichang-dajia-120bw', region='宜昌市', issuer='宜昌市打击侵权假冒工作领导小组办公室', kind='wen',
      masthead='宜昌市打击侵权假冒工作领导小组办公室', number='宜打假办〔2019〕17号',
      title='关于做好元旦春节期间打击侵权假冒工作的通知', to='各县市区打击侵权假冒工作领导小组办公室：',
      first=None,
      last=['元旦、春节临近，节日市场消费旺盛，侵权假冒行为易发多发。为营造安全放心的节日消费环境，现就有关工作通知如下：',
            '一、各地要组织开展节前市场集中检查，重点整治年货食品、烟酒和儿童玩具市场。',
            '二、加强对物流寄递渠道的监管，严防侵权假冒商品通过快递流入农村市场。',
            '三、请于2020年1月20日前将检查情况报市领导小组办公室。'],
      sign='宜昌市打击侵权假冒工作领导小组办公室', date='2019-12-27', shown='2019年12月27日', after=[],
      seal='gbt', ink='red', scan=('bw', 120, 30, -2.0), seed=314),
 dict(name='hdr-15-jingzhou-jiyao-masthead-150g', region='荆州市', issuer='荆州市打击侵权假冒工作领导小组办公室',
      kind='jiyao-mast', masthead='荆州市打击侵权假冒工作领导小组', issue='会议纪要', number='第4期',
      title='关于研究年度绩效考核迎检工作的会议纪要', to=None, first=None,
      last=['11月6日，市领导小组副组长、市市场监督管理局局长主持召开领导小组办公室主任会议，研究2019年度省级绩效考核迎检工作。纪要如下：',
            '一、会议要求各成员单位对照考核评分表，逐项梳理全年工作，按指标整理佐证材料，做到一项指标一套材料。',
            '二、会议明确，市领导小组办公室负责汇总全市材料并撰写自评报告，于12月20日前完成初稿。',
            '三、会议强调，会议材料须附签到表和会议纪要。'],
      sign=None, date='2019-11-08', shown='二〇一九年十一月八日',
      after=['present:出席：市市场监督管理局、市公安局、市文化和旅游局负责同志。'],
      seal='none', ink='red', scan=('gray', 150, 45, -1.0), seed=315),
 dict(name='hdr-16-shiyan-spaced-ling-2020-2p-200g', region='十堰市', issuer='十堰市版权局', kind='wen',
      masthead='十堰市版权局文件', number='十版发〔2020〕1号',
      title='关于印发《十堰市2020年版权保护工作要点》的通知', to='各县市区文化和旅游局，市直有关单位：',
      first=['现将《十堰市2020年版权保护工作要点》印发给你们，请结合实际认真抓好落实。',
             '2019年，全市版权系统围绕“剑网”“护苗”等专项行动，查处侵权盗版案件21件，推进软件正版化工作取得新进展。2020年，各地要在巩固已有成果的基础上，重点做好以下工作：',
             '一、深入开展打击网络侵权盗版专项行动，加强对短视频、网络直播等新业态的监管。',
             '二、持续推进政府机关和企业软件正版化，完善软件正版化工作长效机制。',
             '三、加强版权社会服务，做好作品登记和版权纠纷调解工作。'],
      last=['请各地于2020年12月10日前将全年工作总结报市版权局。'],
      sign='十堰市版权局', date='2020-01-06', shown='二 〇 二 〇 年 一 月 六 日', after=[],
      seal='date', ink='red', scan=('gray', 200, 70, 0.9), seed=316),
]


def clean(s):
    return s.replace(' ', '').replace(SPACE, '')


def width(s):
    return sum(0.5 if (c.isdigit() or c == ' ') else 1 for c in s)


def sign_block(doc):
    """The signature centred over the date, the date four characters from the right edge (GB/T 9704 with a seal); a
    document with no signature has only the date there. Then what follows the date (附注, 出席)."""
    date = doc['shown']
    em = 15.5
    right = 4
    parts = []
    if doc['sign']:
        sign_right = right + max(0, (width(date) - width(doc['sign'])) / 2)
        parts.append(f"<p class='sign' style='margin-top: 34pt; margin-right: {sign_right * em:.1f}pt'>"
                     f"{html.escape(doc['sign'])}</p>")
        parts.append(f"<p class='sign' style='margin-right: {right * em:.1f}pt'>{html.escape(date)}</p>")
    else:
        parts.append(f"<p class='sign' style='margin-top: 52pt; margin-right: {right * em:.1f}pt'>{html.escape(date)}</p>")
    return ''.join(parts)


def after_block(doc):
    parts = []
    for i, a in enumerate(doc['after']):
        kind, text = a.split(':', 1)
        if kind == 'note':
            parts.append(f"<p class='note2'>{html.escape(text)}</p>")
        elif kind == 'present':
            parts.append(f"<p class='present' style='margin-top: {16 if i == 0 else 0}pt'>{html.escape(text)}</p>")
        elif kind in ('tail', 'tail2'):
            gap = " style='margin-top: 40pt'" if i == 0 else ''
            parts.append(f"<p class='{kind}'{gap}>{html.escape(text)}</p>")
        else:
            raise ValueError(a)
    return ''.join(parts)


def masthead_html(doc):
    m = doc['masthead']
    size = min(36, int(400 / (len(m) * 1.06)))
    return f"<p class='masthead' style='font-size: {size}pt'>{html.escape(m)}</p>"


def periodical_head(doc):
    """A 简报's or a 纪要's own masthead: its name in red, the issue under it, then the organ left and the date right on
    one line over a red rule."""
    parts = []
    name = doc['masthead'] if doc['kind'] == 'jianbao' else doc['masthead']
    size = min(36, int(400 / (len(name) * 1.06)))
    parts.append(f"<p class='masthead' style='font-size: {size}pt; margin-bottom: 8pt'>{html.escape(name)}</p>")
    if doc['kind'] == 'jiyao-mast':  # 纪要: 名称 then 会议纪要 in red, then 第N期 in black
        parts.append(f"<p class='masthead' style='font-size: 30pt; margin-bottom: 8pt'>{html.escape(doc['issue'])}</p>")
        parts.append(f"<p class='number' style='margin-bottom: 10pt'>{html.escape(doc['number'])}</p>")
    else:
        parts.append(f"<p class='number' style='margin-bottom: 10pt'>{html.escape(doc['issue'])}</p>")
    parts.append("<table class='mast' width='100%' border='0' cellpadding='0' cellspacing='0'><tr>"
                 f"<td align='left'>{html.escape(doc['issuer'])}</td>"
                 f"<td align='right'>{html.escape(doc['shown'])}</td></tr></table>")
    parts.append("<p class='redrule'>&#160;</p>")
    return ''.join(parts)


def page_html(doc, which):
    parts = []
    kind = doc['kind']
    first_page = which == 'first' or doc['first'] is None
    if first_page:
        if kind in ('jianbao', 'jiyao-mast'):
            parts.append(periodical_head(doc))
        elif doc['masthead']:
            parts.append(masthead_html(doc))
            parts.append(f"<p class='number'>{html.escape(doc['number'])}</p>")
        if doc['title']:
            parts.append(f"<p class='title'>{html.escape(doc['title'])}</p>")
        if kind == 'jiyao':
            parts.append(f"<p class='dateline'>（{html.escape(doc['shown'])}）</p>")
        if doc['to']:
            parts.append(f"<p class='to'>{html.escape(doc['to'])}</p>")
    paragraphs = doc['first'] if which == 'first' else doc['last']
    for p in paragraphs:
        if p.startswith('art:'):
            parts.append(f"<p class='art'>{html.escape(p[4:])}</p>")
            continue
        heading = re.match(r'^[一二三四五六]、[^。；]{2,12}$', p)
        parts.append(f"<p class='{'head' if heading else ''}'>{html.escape(p)}</p>")
    if which == 'last':
        if doc.get('nobody'):
            parts.append("<p>（此页无正文）</p>")
        if kind in ('wen',):
            parts.append(sign_block(doc))
        parts.append(after_block(doc))
    title = doc['title'] or doc['masthead'] or doc['issuer']
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"{STYLE}{EXTRA_STYLE}</head><body>{''.join(parts)}</body></html>")


def stamp(image, pdf, doc, scale, rng, work):
    """Stamps the seal: 'gbt' — centred over signature and date, the two in its lower half (GB/T 9704 7.3.5.1);
    'centre' — its centre on the date line's middle, the ring across the year and the month (骑年盖月); 'date' —
    between the signature and the date, over both; 'date-only' — no signature: centred a little above the date."""
    lines = lines_of(pdf, 1)
    want = clean(doc['shown'])
    at = next((i for i, l in enumerate(lines) if clean(l[0]) == want), None)
    if at is None:
        sys.exit(f"{doc['name']}: no date line found in {[l[0] for l in lines]}")
    date = lines[at]
    sig = None
    if doc['sign']:
        sig = next(l for l in reversed(lines[:at]) if clean(l[0]) == doc['sign'])
    colours, low, high = INK[doc['ink']]
    line_h = date[4] - date[2]
    mm = rng.uniform(40, 44)
    r = mm / 25.4 * 72 / 2
    where = doc['seal']
    if where == 'gbt':
        cx = ((sig[1] + sig[3]) / 2 + (date[1] + date[3]) / 2) / 2 + rng.uniform(-0.3, 0.3) * line_h
        cy = sig[2] - rng.uniform(0.1, 0.3) * line_h
    elif where == 'centre':
        cx = (date[1] + date[3]) / 2 + rng.uniform(-0.15, 0.15) * line_h
        cy = (date[2] + date[4]) / 2 + rng.uniform(-0.1, 0.1) * line_h
    elif where == 'date':
        cx = (date[1] + date[3]) / 2
        cy = (sig[4] + date[2]) / 2 + rng.uniform(-0.2, 0.2) * line_h
    elif where == 'date-only':
        cx = (date[1] + date[3]) / 2 + rng.uniform(-0.3, 0.3) * line_h
        cy = date[2] - r * rng.uniform(0.25, 0.4)
    else:
        raise ValueError(where)
    path = work / f"{doc['name']}-seal.png"
    seal(doc['sign'] or doc['issuer'], 2 * r * scale, rng.uniform(-14, 14), rng.choice(colours),
         (rng.uniform(*low), rng.uniform(*high)), doc['seed'], work, path)
    w, h = (int(v) for v in identify(path).split('x'))
    run('convert', image, '(', path, ')', '-gravity', 'NorthWest',
        '-geometry', f'+{int(cx * scale - w / 2)}+{int(cy * scale - h / 2)}', '-compose', 'Multiply', '-composite', image)


def bw_copy(image, jpg, ppi, quality, skew, seed):
    """A black-and-white copier: gray, turned, a little toner dust, then one threshold (the seal's strokes come out
    black where the ink was heavy and vanish where it was light), stored as a JPEG as scan-to-mail boxes do."""
    run('convert', image, '-seed', seed, '-colorspace', 'Gray', '-background', 'white', '-rotate', skew,
        '-gravity', 'center', '-crop', f'{identify(image)}+0+0', '+repage', '-attenuate', 0.3, '+noise', 'Gaussian',
        '-blur', '0x0.6', '-threshold', '52%', '-quality', quality, '-sampling-factor', '2x2',
        '-units', 'PixelsPerInch', '-density', ppi, jpg)


def features(doc):
    f = []
    if not re.match(r'^\d', doc['shown']):
        f.append('中文数字(〇)')
    if ' ' in doc['shown']:
        f.append('字间空格')
    kind = doc['kind']
    if kind == 'jiyao':
        f.append('纪要:日期在标题下')
    if kind == 'jiyao-mast':
        f.append('纪要:报头行日期')
    if kind == 'jianbao':
        f.append('简报:报头行日期')
    if kind == 'wen' and not doc['sign']:
        f.append('无署名:只有印章和日期')
    if any(a.startswith('note:') for a in doc['after']):
        f.append('日期后附注(联系人/电话)')
    if doc['first'] and doc.get('nobody'):
        f.append('第2页:此页无正文+落款')
    elif doc['first']:
        f.append('第2页:末段+落款')
    if doc['masthead'] and doc['first'] is None and kind == 'wen':
        f.append('单页版头')
    if doc['seal'] == 'centre':
        f.append('骑年盖月')
    if doc['seal'] == 'gbt':
        f.append('GB/T压署名和日期')
    if doc['date'].startswith('2020'):
        f.append('2020年日期')
    if doc.get('shadow'):
        f.append('透视+阴影')
    elif doc['scan'][0] == 'photo':
        f.append('透视')
    if doc['seal'] != 'none' and doc['ink'] != 'red':
        f.append(f"{doc['ink']}章")
    return ' '.join(f) or '—'


def main():
    work, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    args = sys.argv[3:]
    no_seal = '--no-seal' in args
    only = args[args.index('--only') + 1].split(',') if '--only' in args else None
    docs = [d for d in DOCS if not only or any(d['name'].startswith(o) for o in only)]
    work.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    htmls = []
    for doc in docs:
        for which in (['first', 'last'] if doc['first'] else ['last']):
            f = work / f"{doc['name']}-{which}.html"
            f.write_text(page_html(doc, which), encoding='utf-8')
            htmls.append(f)
    profile = f'file://{work}/lo-profile'
    lo = ['timeout', '300', 'soffice', f'-env:UserInstallation={profile}', '--headless']
    subprocess.run(lo + ['--convert-to', 'docx:MS Word 2007 XML', '--infilter=HTML (StarWriter)', '--outdir', str(work)]
                   + [str(h) for h in htmls], check=True, capture_output=True)
    subprocess.run(lo + ['--convert-to', 'pdf', '--outdir', str(work)] + [str(h.with_suffix('.docx')) for h in htmls],
                   check=True, capture_output=True)
    truth = {}
    manifest = ['file\tregion\tpages\tkind\tppi\tjpeg_quality\tcolour\tskew\tseal\tink\tdate_as_printed\tfeatures']
    for doc in docs:
        rng = random.Random(doc['seed'])
        mode, ppi, quality, skew = doc['scan']
        render_ppi = 200 if mode == 'photo' else ppi
        scale = render_ppi / 72
        which = ['first', 'last'] if doc['first'] else ['last']
        jpgs = []
        for n, w in enumerate(which, 1):
            pdf = work / f"{doc['name']}-{w}.pdf"
            if pages_of(pdf) != 1:
                sys.exit(f'{pdf.name}: {pages_of(pdf)} pages, not 1 — shorten its text')
            png = work / f"{doc['name']}-{w}.png"
            run('pdftoppm', '-r', render_ppi, '-singlefile', '-png', pdf, png.with_suffix(''))
            if w == 'last' and not no_seal and doc['seal'] != 'none':
                stamp(png, pdf, doc, scale, rng, work)
            if len(which) == 2:
                page_number(png, n, scale)
            if mode == 'photo':
                keystone(png, rng)
                mid = work / f"{doc['name']}-photo.png"
                photo(png, mid, 95, skew, rng, doc['seed'])
                jpg = out / f"{doc['name']}.jpg"
                if doc.get('shadow'):
                    shadow(mid, jpg, quality, rng)
                else:
                    run('convert', mid, '-quality', quality, '-units', 'PixelsPerInch', '-density', 72, jpg)
            elif mode == 'bw':
                jpg = work / f"{doc['name']}-{n}.jpg"
                bw_copy(png, jpg, ppi, quality, skew, doc['seed'] * 10 + n)
            else:
                jpg = work / f"{doc['name']}-{n}.jpg"
                scan(png, jpg, ppi, quality, mode, skew, doc['seed'] * 10 + n)
            jpgs.append(jpg)
        if mode == 'photo':
            file = f"{doc['name']}.jpg"
        else:
            file = f"{doc['name']}.pdf"
            run('img2pdf', '--nodate', '-o', out / file, *jpgs)
            fixed_id(out / file)
        seal_shown = 'none' if no_seal or doc['seal'] == 'none' else doc['seal']
        scan_shown = (f'phone photo q{quality} turned {skew}° keystone' + (' shadow' if doc.get('shadow') else '')
                      if mode == 'photo' else f'{mode} {ppi} ppi q{quality} skew {skew}°')
        truth[file] = {'region': doc['region'], 'date': doc['date'], 'issuer': doc['issuer'],
                       'doc_number': doc['number'] if doc['kind'] in ('wen', 'jiyao') else None,
                       'title': doc['title'], 'date_as_printed': doc['shown'],
                       'seal': f"{seal_shown} {doc['ink']}" if seal_shown != 'none' else 'none',
                       'scan': scan_shown, 'pages': len(which),
                       'signature': doc['sign'], 'printed_date': None,
                       'kind': doc['kind'], 'features': features(doc)}
        manifest.append('\t'.join(str(v) for v in (
            file, doc['region'], len(which), 'photo' if mode == 'photo' else 'scan',
            ppi or round(PHONE[0] / 8.27), quality, 'colour' if mode == 'photo' else mode, skew, seal_shown,
            doc['ink'] if seal_shown != 'none' else '—', doc['shown'], features(doc))))
    about = ('代理集（第三套）：整份公文（版头到落款）在前两套没有的版式和复印、拍照条件下——阿拉伯数字日期压在 GB/T 9704 式印章下'
             '（印章居中下压署名和日期）、印章圆心正落在日期行上（骑年盖月）、日期后跟附注（联系人、电话）的单页函、日期在标题下方的'
             '会议纪要、报头行（编印单位左、日期右）带日期的会议纪要和工作简报（第N期，无落款）、没有发文机关署名只有印章和日期的通报、'
             '第2页只有末段（或“此页无正文”）加落款的两页文件、300 ppi 彩色/200 ppi 灰度/150 ppi 灰度/120 ppi 黑白复印（JPEG 质量 '
             '30–70，倾斜不超过2°）、手机照片、用〇的中文数字日期、2020年1月的日期、字间有空格的日期行、深红和浅粉色的印章。'
             'date 为成文日期（yyyy-MM-dd；纪要取标题下或报头行的日期，简报取报头行的印发日期），issuer 为发文机关（有版头的取版头机关，'
             '简报和报头式纪要取编印单位）或落款单位，doc_number 为发文字号（简报的期号、纪要的“第N期”不算发文字号，为 null）；'
             '文字为本集自拟，不涉及真实人员、案件或文件。由 corpus/build-scan-headers.sh 生成。')
    (out / 'truth.json').write_text(json.dumps({'about': about, 'files': truth}, ensure_ascii=False, indent=1) + '\n',
                                    encoding='utf-8')
    (out / 'manifest.tsv').write_text('\n'.join(manifest) + '\n', encoding='utf-8')


if __name__ == '__main__':
    main()
