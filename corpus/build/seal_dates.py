#!/usr/bin/env python3
"""The seal-over-date tuning set: the last page of a 公文, 总结 or 报告 (a few body paragraphs, the signature and the
成文日期) with a round red official seal stamped over the signature and the date as offices really stamp them —
centred on the date, off to one side, over the year, over the closing 日, its ring running through the date line —
scanned in colour, photocopied in gray (the seal turns gray) or photographed with a phone (uneven light, a slight
perspective and turn). Two-page files carry a normal first page (masthead, 发文字号, title) so the header reader has
a title. All text is written for the set (no real persons, cases or documents).
  seal_dates.py <work dir> <out dir> [--no-seal]
With --no-seal the same pages are made without the seal (a control: what the date line reads as when nothing covers
it); the set itself is always made with it.
Writes <out>/<name>.pdf|jpg, <out>/truth.json and <out>/manifest.tsv. The same seeds give the same images; the
HTML → Word → PDF step runs through LibreOffice (soffice), the images through ImageMagick and img2pdf, the text with
the Noto CJK fonts, as build/scans/ does."""
import hashlib
import html
import json
import math
import pathlib
import random
import re
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent / 'scans'))
from scans import lines_of, run, star  # noqa: E402  (a page's text lines with their boxes; a seal's star, as the OCR set draws it)

STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 3.7cm 2.6cm 3.5cm 2.8cm; }
body { font-family: 'Noto Serif CJK SC'; font-size: 15.5pt; }
p { margin: 0 0 0 0; text-indent: 31pt; line-height: 150%; }
p.cont { text-indent: 0; }
p.masthead { color: #d2001a; font-family: 'Noto Serif CJK SC'; font-weight: bold; text-align: center; text-indent: 0;
             letter-spacing: 1pt; margin: 0 0 22pt 0; line-height: 115%; }
p.number { text-align: center; text-indent: 0; margin-bottom: 26pt; }
p.title { font-family: 'Noto Sans CJK SC'; font-size: 21pt; text-align: center; text-indent: 0; margin: 4pt 0 16pt 0;
          line-height: 130%; }
p.to { text-indent: 0; }
p.head { font-family: 'Noto Sans CJK SC'; }
p.sign { text-align: right; text-indent: 0; }
p.note { margin-top: 12pt; }
p.rule { text-indent: 0; font-size: 13pt; margin-top: 60pt; border-top: 1pt solid black; border-bottom: 1pt solid black; padding: 3pt 0; }
</style>"""

CN_DIGIT = '〇一二三四五六七八九'


def chinese_number(n):
    if n < 10:
        return CN_DIGIT[n]
    tens, ones = divmod(n, 10)
    return ('' if tens == 1 else CN_DIGIT[tens]) + '十' + (CN_DIGIT[ones] if ones else '')


def printed(iso, chinese):
    y, m, d = (int(v) for v in iso.split('-'))
    if chinese:
        return ''.join(CN_DIGIT[int(c)] for c in str(y)) + f'年{chinese_number(m)}月{chinese_number(d)}日'
    return f'{y}年{m}月{d}日'


# Each document: name, region, issuer (发文机关 / 落款), masthead (None: no masthead), 发文字号 (None: none), title
# (None: a continuation page with no title on it), addressee, first-page paragraphs (two-page files only),
# last-page paragraphs, signature as printed, ISO date, date in Chinese numerals?, what follows the date
# (附注 / 版记), seal placement, scan: (mode, ppi, JPEG quality, skew degrees), seed.
DOCS = [
 dict(name='seal-01-xiangyang-scj-2p', region='襄阳市', issuer='襄阳市市场监督管理局', masthead='襄阳市市场监督管理局文件',
      number='襄市监发〔2019〕37号', title='关于开展冬春季农村市场假冒伪劣商品集中整治的通知',
      to='各县（市、区）市场监督管理局，市局机关各科室：',
      first=['入冬以来，农村市场进入消费旺季，部分集贸市场和乡镇商店销售“三无”食品、仿冒品牌家电和劣质农资的问题有所抬头。为维护农村消费者合法权益，市局决定自即日起至2020年3月，在全市开展冬春季农村市场假冒伪劣商品集中整治。现将有关事项通知如下：',
             '一、整治重点。以年货食品、小家电、电动自行车、化肥农药为重点品种，以城乡结合部、乡镇集市、农村批发部为重点区域，严查无证经营、标签标识不全和商标侵权行为。',
             '二、方法步骤。12月10日前为排查摸底阶段，各地要对辖区经营主体逐户建档；12月11日至次年2月底为集中整治阶段，实行市县联动、交叉检查；3月为总结巩固阶段。'],
      last=['三、工作要求。各地要把集中整治与日常监管结合起来，对群众投诉举报快速处置，对发现的案件线索一查到底。涉嫌犯罪的，依法移送公安机关，不得以罚代刑。',
            '四、信息报送。请各地于每月5日前将上月整治情况报市局执法稽查科，整治结束后报送工作总结，联系人：杜卫东，电话0710-3526418。'],
      sign='襄阳市市场监督管理局', date='2019-11-20', chinese=False, after=[], seal='date',
      scan=('colour', 200, 70, 0.6), seed=101),
 dict(name='seal-02-yichang-dajia-zongjie', region='宜昌市', issuer='宜昌市打击侵权假冒工作领导小组办公室', masthead=None,
      number=None, title='宜昌市2019年打击侵权假冒工作总结', to=None, first=None,
      last=['2019年，在市委、市政府的领导下，全市各成员单位围绕“打假、扶优、护权”主线，统筹推进专项整治和长效机制建设，打击侵权假冒工作取得新进展。',
            '一、专项行动成效明显。全年开展农村假冒伪劣食品、网络侵权盗版、寄递渠道侵权假冒等专项行动8个，立案查处侵权假冒案件426件，移送司法机关17件。',
            '二、协作机制更加顺畅。召开联席会议4次，与周边市州签订区域协作协议，建立案件线索双向通报、联合督办制度。',
            '三、宣传引导持续加强。利用知识产权宣传周、质量月等时机集中宣传，发布典型案例12个，组织集中销毁侵权假冒商品一次。',
            '2020年，我们将继续完善行政执法与刑事司法衔接，推动打击侵权假冒工作向纵深发展。'],
      sign='宜昌市打击侵权假冒工作领导小组办公室', date='2019-12-10', chinese=False, after=[], seal='year',
      scan=('gray', 150, 45, -1.2), seed=102),
 dict(name='seal-03-jingzhou-gaj-2p', region='荆州市', issuer='荆州市公安局', masthead='荆州市公安局文件',
      number='荆公发〔2019〕23号', title='关于深入开展打击制售假劣农资犯罪专项行动的通知', to='各县市区公安局，市局各警种部门：',
      first=['为严厉打击制售假劣种子、化肥、农药等违法犯罪活动，保障农业生产安全和农民合法权益，市局决定在全市深入开展打击制售假劣农资犯罪专项行动。现就有关要求通知如下：',
             '一、突出打击重点。重点打击制售假劣种子、套牌侵权种子、假冒知名品牌化肥和非法添加隐性成分农药的犯罪行为，对跨区域作案的团伙要深挖上下游链条，坚决摧毁生产、仓储、销售网络。',
             '二、强化线索经营。各地要主动对接农业农村、市场监管部门，全面梳理近三年行政处罚案件，从中发现犯罪线索；对群众举报线索要逐条核查，做到件件有着落。'],
      last=['三、加强协作配合。对涉及多地的案件，由市局统一指挥，实行集群战役打击；需要鉴定检验的，及时商请相关部门出具意见，确保案件质量。',
            '四、按时报送情况。各地每月底前将专项行动工作情况和典型案例报市局食品药品环境犯罪侦查支队。'],
      sign='荆州市公安局', date='2019-08-15', chinese=True, after=[], seal='ri',
      scan=('colour', 300, 40, -0.4), seed=103),
 dict(name='seal-04-shiyan-wenlv-photo', region='十堰市', issuer='十堰市文化和旅游局', masthead=None, number=None, title=None,
      to=None, first=None,
      last=['（三）加大对旅游景区周边市场的检查力度。联合市场监管部门对武当山、丹江口库区等景区周边商铺开展检查，查扣仿冒工艺品和盗版出版物一批，督促经营户亮照经营。',
            '三、下一步工作打算',
            '一是持续开展“护苗”“净网”等专项行动，重点整治网吧、娱乐场所和校园周边文化市场；二是加强文化市场综合执法队伍培训，提高网络侵权案件查办能力；三是完善举报奖励机制，畅通群众举报渠道。',
            '特此报告。'],
      sign='十堰市文化和旅游局', date='2019-10-08', chinese=False, after=[], seal='date',
      scan=('photo', 0, 72, 1.8), seed=104),
 dict(name='seal-05-xiaogan-zfb-2p-gray', region='孝感市', issuer='孝感市人民政府办公室', masthead='孝感市人民政府办公室文件',
      number='孝政办发〔2019〕15号', title='关于进一步加强知识产权保护工作的通知', to='各县（市、区）人民政府，市政府各部门：',
      first=['为贯彻落实关于强化知识产权保护的决策部署，营造良好的创新环境和营商环境，经市人民政府同意，现就进一步加强全市知识产权保护工作通知如下：',
             '一、健全保护体系。各地要建立知识产权保护工作联席会议制度，明确牵头部门和成员单位职责，统筹行政执法、司法保护、仲裁调解和行业自律。',
             '二、加大执法力度。市场监管、公安、文化和旅游、版权等部门要聚焦重点领域和关键环节，严厉打击商标侵权、专利假冒和侵权盗版行为。'],
      last=['三、优化服务供给。加快建设知识产权维权援助工作站，为中小企业提供侵权判定、维权指导等服务，降低企业维权成本。',
            '四、强化督促考核。知识产权保护工作纳入各地年度目标考核，市政府督查室适时开展专项督查，对工作不力的予以通报。'],
      sign='孝感市人民政府办公室', date='2019-06-28', chinese=False, after=['（此件公开发布）'], seal='ring',
      scan=('gray', 200, 35, 1.0), seed=105),
 dict(name='seal-06-huangshi-banquan-96ppi', region='黄石市', issuer='黄石市版权局', masthead='黄石市版权局', number='黄版函〔2019〕4号',
      title='关于做好2019年“剑网”专项行动有关工作的函', to='各县（市、区）文化和旅游局：',
      first=None,
      last=['为打击网络侵权盗版，保护著作权人合法权益，按照省版权局统一部署，现就做好我市2019年“剑网”专项行动有关工作函告如下：',
            '一、各地要重点整治短视频、网络直播和有声读物平台的侵权行为，对本地注册的网站和应用开展一次全面巡查。',
            '二、请于11月15日前将专项行动总结和案件查办情况报送市版权局。联系人：柯小兰，电话0714-6258037。'],
      sign='黄石市版权局', date='2019-04-26', chinese=False, after=[], seal='date',
      scan=('colour', 96, 75, 0.0), seed=106),
 dict(name='seal-07-zaoyang-nongye-zongjie', region='襄阳市', issuer='枣阳市农业农村局', masthead=None, number=None,
      title='枣阳市农业农村局2019年种子市场监管工作总结', to=None, first=None,
      last=['今年以来，我局坚持把种子市场监管作为保障粮食生产的重要工作，以春秋两季用种高峰为重点，强化检查、抽检和案件查办。',
            '一、开展专项检查。出动执法人员326人次，检查种子经营门店148家，责令整改标签不规范门店12家，立案查处违法经营种子案件5件。',
            '二、强化质量抽检。抽取水稻、玉米、小麦种子样品60个，送省级检测机构检验，发现不合格样品2个，已全部依法处理。',
            '三、加强宣传培训。举办种子经营者培训班2期，发放识假辨假宣传资料4000余份，引导农民到正规门店购种并索要票据。'],
      sign='枣阳市农业农村局', date='2019-12-05', chinese=False, after=[], seal='side',
      scan=('colour', 150, 40, 1.5), seed=107),
 dict(name='seal-08-yichang-scj-photo', region='宜昌市', issuer='宜昌市市场监督管理局', masthead=None, number=None, title=None,
      to=None, first=None,
      last=['二是网络市场监管仍有短板。部分网店经营者住所不在本地，调查取证和送达难度大，跨区域协查周期较长。',
            '三是基层执法力量不足。乡镇市场监管所人员少、任务重，专业办案人员缺乏，商标侵权判定能力有待提高。',
            '下一步，我局将加强与电商平台的数据对接，完善跨区域协查机制，组织开展商标执法业务培训，推动商标执法工作再上新台阶。',
            '特此报告。'],
      sign='宜昌市市场监督管理局', date='2019-07-12', chinese=False, after=[], seal='year',
      scan=('photo', 0, 60, -2.2), seed=108),
 dict(name='seal-09-jingzhou-dajia-gray', region='荆州市', issuer='荆州市打击侵权假冒工作领导小组办公室', masthead=None, number=None,
      title=None, to=None, first=None,
      last=['（二）案件查办方面。全市行政执法部门共立案查处侵权假冒案件312件，案值1280万元，向公安机关移送涉嫌犯罪案件14件；公安机关破获侵权假冒犯罪案件41件。',
            '（三）宣传教育方面。各成员单位在“3·15”和知识产权宣传周期间开展集中宣传活动26场，在本地媒体发布新闻稿件90余篇。',
            '附件：荆州市2019年打击侵权假冒工作统计表'],
      sign='荆州市打击侵权假冒工作领导小组办公室', date='2019-12-02', chinese=True,
      after=['rule:荆州市打击侵权假冒工作领导小组办公室　　　　　2019年12月3日印发'], seal='date',
      scan=('gray', 200, 60, -0.7), seed=109),
 dict(name='seal-10-shiyan-nongye-2p', region='十堰市', issuer='十堰市农业农村局', masthead='十堰市农业农村局文件',
      number='十农发〔2019〕9号', title='关于开展2019年春季农资打假专项治理行动的通知', to='各县市区农业农村局，市局各科室：',
      first=['春耕生产即将全面展开，为保障农民用上放心农资，严厉打击制售假劣农资违法行为，市局决定在全市开展2019年春季农资打假专项治理行动。现将有关事项通知如下：',
             '一、治理范围。种子、农药、肥料、兽药和饲料的生产、经营和使用环节，重点是农资批发市场、乡村农资门店和网络销售渠道。',
             '二、治理重点。严查无证生产经营、套牌侵权、虚假标注和非法添加，严查以“试验示范”名义推销未审定品种的行为。'],
      last=['三、工作措施。各地要组织执法人员深入乡村开展拉网式检查，加大监督抽查频次，对抽检不合格的产品一律追根溯源，依法查处。',
            '四、报送要求。请各地于5月31日前将专项治理总结报市局法规科，重大案件随时报告。'],
      sign='十堰市农业农村局', date='2019-03-01', chinese=False, after=[], seal='ri',
      scan=('colour', 150, 30, -2.0), seed=110),
 dict(name='seal-11-xiaogan-scj-96ppi', region='孝感市', issuer='孝感市市场监督管理局', masthead=None, number=None, title=None,
      to=None, first=None,
      last=['（四）强化社会共治。依托12315平台及时受理消费者投诉举报，全年处理涉及商标侵权的投诉举报73件，为消费者挽回经济损失36万元。',
            '二、存在的问题',
            '一是部分经营者法律意识淡薄，侵权商品“打而不绝”；二是网络售假隐蔽性强，线索发现难、固定证据难。',
            '三、下一步打算',
            '我局将继续保持高压态势，加强部门协作和区域联动，推动打击侵权假冒工作常态化、长效化。'],
      sign='孝感市市场监督管理局', date='2019-09-30', chinese=False, after=[], seal='ring',
      scan=('colour', 96, 55, 0.9), seed=111),
 dict(name='seal-12-huangshi-gaj-2p-gray', region='黄石市', issuer='黄石市公安局', masthead='黄石市公安局文件',
      number='黄石公发〔2019〕11号', title='关于建立侵权假冒犯罪案件线索移送衔接机制的通知', to='各县（市、区）公安局，市局有关单位：',
      first=['为加强公安机关与行政执法部门的协作配合，依法及时打击侵权假冒犯罪，根据行政执法与刑事司法衔接工作的有关规定，结合我市实际，现就建立侵权假冒犯罪案件线索移送衔接机制通知如下：',
             '一、明确受理程序。行政执法部门移送的涉嫌侵权假冒犯罪案件，由经侦部门统一受理，在3个工作日内完成审查，作出立案或者不予立案的决定，并书面告知移送单位。',
             '二、建立会商制度。对案情复杂、定性存在争议的案件，由市局经侦支队牵头，会同检察机关和行政执法部门共同会商，提出处理意见。'],
      last=['三、实行信息共享。依托“两法衔接”信息平台，及时录入案件受理、立案、侦查和处理结果信息，实现线索移送全程留痕。',
            '四、加强监督考核。市局将线索移送衔接情况纳入年度执法质量考评，对应移不移、应立不立的，严肃追究责任。'],
      sign='黄石市公安局', date='2019-05-16', chinese=False, after=[], seal='date',
      scan=('gray', 300, 80, 0.3), seed=112),
 dict(name='seal-13-xiangyang-wenlv-zongjie-photo', region='襄阳市', issuer='襄阳市文化和旅游局', masthead=None, number=None,
      title='襄阳市文化和旅游局2019年文化市场执法工作总结', to=None, first=None,
      last=['2019年，市文化和旅游局坚持管理与服务并重，扎实开展文化市场综合执法，全市文化市场秩序持续向好。',
            '一是全年出动执法人员4870人次，检查各类文化经营场所2130家次，办结行政处罚案件86件。',
            '二是开展“扫黄打非”和“护苗2019”专项行动，收缴非法出版物3200余册，查处侵权盗版案件9件。',
            '三是组织执法人员业务培训3期，开展执法案卷评查，执法规范化水平进一步提高。'],
      sign='襄阳市文化和旅游局', date='2019-12-16', chinese=False, after=[], seal='year',
      scan=('photo', 0, 80, 0.8), seed=113),
 dict(name='seal-14-yichang-zfb-2p', region='宜昌市', issuer='宜昌市人民政府办公室', masthead='宜昌市人民政府办公室文件',
      number='宜府办发〔2019〕28号', title='关于调整宜昌市打击侵权假冒工作领导小组成员的通知', to='各县市区人民政府，市政府各部门：',
      first=['因机构改革和人事变动，经市人民政府同意，决定对宜昌市打击侵权假冒工作领导小组成员进行调整。现将调整后的领导小组组成人员通知如下：',
             '组　长：市人民政府分管副市长',
             '副组长：市人民政府副秘书长，市市场监督管理局局长',
             '成　员：市委宣传部、市发展改革委、市经信局、市公安局、市司法局、市财政局、市商务局、市文化和旅游局、市农业农村局、宜昌海关、市邮政管理局等单位分管负责同志。'],
      last=['领导小组办公室设在市市场监督管理局，负责领导小组日常工作，办公室主任由市市场监督管理局分管负责同志兼任。',
            '今后领导小组成员如有变动，由成员单位向领导小组办公室提出调整意见，报领导小组组长同意后自行调整，不再另行发文。'],
      sign='宜昌市人民政府办公室', date='2019-10-21', chinese=True, after=[], seal='date',
      scan=('colour', 200, 85, -0.3), seed=114),
 dict(name='seal-15-jingzhou-banquan-photo', region='荆州市', issuer='荆州市版权局', masthead='荆州市版权局', number='荆版函〔2019〕6号',
      title='关于开展软件正版化工作检查的函', to='市直各单位：',
      first=None,
      last=['根据全省推进使用正版软件工作的安排，市版权局将于11月中下旬对市直单位软件正版化工作进行检查。现将有关事项函告如下：',
            '一、请各单位对照检查内容开展自查，于11月15日前报送自查报告和软件资产台账。',
            '二、检查组将随机抽取部分单位进行现场核查，重点检查办公计算机操作系统、办公软件和杀毒软件的使用情况。',
            '联系人：邓晓，电话0716-8462395。'],
      sign='荆州市版权局', date='2019-11-01', chinese=False, after=[], seal='ri',
      scan=('photo', 0, 55, -1.0), seed=115),
 dict(name='seal-16-shiyan-dajia-96ppi-gray', region='十堰市', issuer='十堰市打击侵权假冒工作领导小组办公室', masthead=None,
      number=None, title=None, to=None, first=None,
      last=['3.加强考核督办。领导小组办公室将对各地工作开展情况进行督导检查，检查结果纳入年度绩效考核。',
            '（三）工作步骤',
            '8月底前，各地制定具体实施方案；9月至11月，集中开展检查和案件查办；12月上旬，各地报送工作总结，领导小组办公室汇总后报省领导小组办公室。',
            '附件：1.十堰市打击侵权假冒专项行动任务分工表',
            '2.专项行动情况统计表'],
      sign='十堰市打击侵权假冒工作领导小组办公室', date='2019-08-29', chinese=False, after=[], seal='side-right',
      scan=('gray', 96, 40, 2.5), seed=116),
]

RED = ['#d4141e', '#c8102e', '#dd2a36']
PHONE = (1536, 2048)


def identify(image):
    return subprocess.run(['identify', '-format', '%wx%h', str(image)], check=True, capture_output=True, text=True).stdout


def sign_block(doc):
    """The signature centred over the date, the date four characters from the right edge (GB/T 9704 with a seal)."""
    date = printed(doc['date'], doc['chinese'])
    # widths in em: a CJK character is 1, a digit 0.5
    width = lambda s: sum(0.5 if c.isdigit() else 1 for c in s)
    right = 4
    sign_right = right + max(0, (width(date) - width(doc['sign'])) / 2)
    em = 15.5
    return (f"<p class='sign' style='margin-top: 34pt; margin-right: {sign_right * em:.1f}pt'>{html.escape(doc['sign'])}</p>"
            f"<p class='sign' style='margin-right: {right * em:.1f}pt'>{html.escape(date)}</p>")


def page_html(doc, which):
    parts = []
    if which == 'first' or (doc['first'] is None and doc['masthead']):
        if doc['masthead']:
            size = 36 if len(doc['masthead']) <= 9 else 30 if len(doc['masthead']) <= 12 else 24
            parts.append(f"<p class='masthead' style='font-size: {size}pt'>{html.escape(doc['masthead'])}</p>")
            parts.append(f"<p class='number'>{html.escape(doc['number'])}</p>")
    if which == 'first' or doc['first'] is None:
        if doc['title']:
            parts.append(f"<p class='title'>{html.escape(doc['title'])}</p>")
        if doc['to']:
            parts.append(f"<p class='to'>{html.escape(doc['to'])}</p>")
    paragraphs = doc['first'] if which == 'first' else doc['last']
    for i, p in enumerate(paragraphs):
        heading = re.match(r'^[一二三四五六]、[^。；]{2,12}$', p)
        cls = 'head' if heading else ''
        parts.append(f"<p class='{cls}'>{html.escape(p)}</p>")
    if which == 'last':
        parts.append(sign_block(doc))
        for a in doc['after']:
            if a.startswith('rule:'):
                parts.append(f"<p class='rule'>{html.escape(a[5:])}</p>")
            else:
                parts.append(f"<p class='note'>{html.escape(a)}</p>")
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(doc['title'] or doc['sign'])}</title>"
            f"{STYLE}</head><body>{''.join(parts)}</body></html>")


def pages_of(pdf):
    info = subprocess.run(['pdfinfo', str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r'Pages:\s+(\d+)', info).group(1))


def seal(issuer, diameter, angle, colour, ink, seed, work, path):
    """A round red seal: a ring, a star, the issuer's name along the top of the ring and 专用章-less plain organ seal;
    the ink uneven, as a rubber stamp leaves it (some parts pale, a side pressed harder)."""
    d = int(diameter)
    c = d / 2
    n = len(issuer)
    span = min(260, max(160, 17 * n))
    radius = 0.35 * d
    size = min(0.18 * d, 0.95 * radius * math.radians(span) / n)
    text = []
    for i, ch in enumerate(issuer):
        theta = -span / 2 + span * (i + 0.5) / n
        x, y = c + radius * math.sin(math.radians(theta)), c - radius * math.cos(math.radians(theta))
        text.append(f"translate {x:.1f},{y:.1f} rotate {theta:.1f} text {-size / 2:.1f},{size * 0.36:.1f} '{ch}'")
    flat = work / f'{path.stem}-flat.png'
    run('convert', '-size', f'{d}x{d}', 'xc:none',
        '-fill', 'none', '-stroke', colour, '-strokewidth', max(2, d * 0.032), '-draw', f'circle {c},{c} {c},{d * 0.035}',
        '-fill', colour, '-stroke', 'none', '-draw', star(c, c * 1.03, d * 0.15),
        '-font', 'Noto-Serif-CJK-SC-Bold', '-pointsize', f'{size:.1f}', *sum((['-draw', t] for t in text), []), flat)
    # uneven ink: a smooth random field between ink[0] and ink[1] times the full opacity, plus a pressure gradient
    mask = work / f'{path.stem}-ink.png'
    low, high = ink
    run('convert', '-size', f'{d}x{d}', '-seed', seed, 'xc:gray50', '-attenuate', 1.0, '+noise', 'Random',
        '-colorspace', 'Gray', '-blur', f'0x{max(2, d / 25):.1f}', '-auto-level',
        '(', '-size', f'{d}x{d}', '-define', f'gradient:angle={seed * 47 % 360}', 'gradient:white-gray70', ')',
        '-compose', 'Multiply', '-composite', '+level', f'{low * 100:.0f}%,{high * 100:.0f}%', mask)
    run('convert', flat, '(', '+clone', '-alpha', 'extract', mask, '-compose', 'Multiply', '-composite', ')',
        '-alpha', 'off', '-compose', 'CopyOpacity', '-composite', '-blur', '0x0.7',
        '-background', 'none', '-rotate', angle, path)


def char_x(line, index):
    """The x (points) of the middle of the index-th character of a line, digits half as wide as CJK characters."""
    text, x0, _, x1, _ = line
    widths = [0.5 if ch.isdigit() else 1.0 for ch in text]
    total = sum(widths)
    return x0 + (x1 - x0) * (sum(widths[:index]) + widths[index] / 2) / total


def stamp(image, pdf, doc, scale, rng, work):
    """Stamps the seal over the signature and the date, where the spec says, and draws the page number."""
    lines = lines_of(pdf, 1)
    want = printed(doc['date'], doc['chinese'])
    at = next((i for i, l in enumerate(lines) if l[0].replace(' ', '') == want), None)
    if at is None:
        sys.exit(f"{doc['name']}: no date line found in {[l[0] for l in lines]}")
    date, signature = lines[at], lines[at - 1]
    mm = rng.uniform(40, 44)
    diameter = mm / 25.4 * 72 * scale
    path = work / f"{doc['name']}-seal.png"
    seal(doc['sign'], diameter, rng.uniform(-14, 14), rng.choice(RED), (rng.uniform(0.45, 0.6), rng.uniform(0.85, 0.95)),
         doc['seed'], work, path)
    text = date[0].replace(' ', '')
    line_h = date[4] - date[2]
    where = doc['seal']
    if where == 'date':      # centred on the date, between it and the signature: the usual stamp
        cx, cy = (date[1] + date[3]) / 2, (signature[4] + date[2]) / 2 + rng.uniform(-0.2, 0.2) * line_h
    elif where == 'year':    # over the year, the ring's right side on the month
        cx, cy = char_x(date, 1), date[2] + rng.uniform(0.1, 0.5) * line_h
    elif where == 'ri':      # over the closing 日, the seal reaching past the date to the right
        cx, cy = char_x(date, len(text) - 1) + rng.uniform(-0.3, 0.3) * line_h, (date[2] + date[4]) / 2
    elif where == 'ring':    # lower: its upper ring runs through the date line
        cx = (date[1] + date[3]) / 2 + rng.uniform(-1, 1) * line_h
        cy = (date[2] + date[4]) / 2 + mm / 25.4 * 72 * rng.uniform(0.36, 0.41)
    elif where == 'side':    # off to the left, over the signature's start and the date's year
        cx, cy = min(signature[1], date[1]) + rng.uniform(0.1, 0.4) * line_h * 2, (signature[4] + date[2]) / 2
    elif where == 'side-right':  # off to the right, over the end of the signature and the 月…日 of the date
        cx, cy = max(signature[3], date[3]) - rng.uniform(0.5, 1.2) * line_h, (signature[2] + date[4]) / 2
    else:
        raise ValueError(where)
    cx, cy = cx * scale, cy * scale
    w, h = (int(v) for v in identify(path).split('x'))
    run('convert', image, '(', path, ')', '-gravity', 'NorthWest', '-geometry', f'+{int(cx - w / 2)}+{int(cy - h / 2)}',
        '-compose', 'Multiply', '-composite', image)
    return date


def page_number(image, n, scale):
    w, h = (int(v) for v in identify(image).split('x'))
    run('convert', image, '-font', 'Noto-Serif-CJK-SC', '-pointsize', f'{14 * scale:.1f}', '-fill', 'black',
        '-gravity', 'South', '-annotate', f'+0+{int(2.0 / 2.54 * 72 * scale)}', f'— {n} —', image)


def scan(image, jpg, ppi, quality, colour, skew, seed):
    """A flatbed in colour or a copier in gray: paper tint, the sheet turned a little, noise, soft focus, JPEG."""
    if colour == 'gray':  # a photocopy: gray, harder contrast, the seal a mid gray, a little toner dust
        tone = ['-colorspace', 'Gray', '-level', '12%,92%']
    else:
        tone = ['-channel', 'B', '-evaluate', 'multiply', 0.95, '+channel']
    run('convert', image, '-seed', seed, *tone, '-background', 'white', '-rotate', skew, '-gravity', 'center',
        '-crop', f'{identify(image)}+0+0', '+repage', '-attenuate', 0.25, '+noise', 'Gaussian',
        '-blur', '0x0.5', '-quality', quality, '-sampling-factor', '2x2', '-units', 'PixelsPerInch', '-density', ppi, jpg)


def photo(image, out, quality, skew, rng, seed):
    """A phone over a desk: the sheet turned up to 3° and in slight perspective, light falling off, 72 dpi JPEG."""
    w, h = (int(v) for v in identify(image).split('x'))
    cw, ch = PHONE
    # the sheet fills ~88% of the frame's height, centred, turned by skew, keystoned a little
    sh = ch * 0.9
    sw = sh * w / h
    a = math.radians(skew)
    j = lambda: rng.uniform(-18, 18)
    top_pinch = rng.uniform(0, 0.025) * sw
    corners = []
    for (x, y), pinch in (((0, 0), 1), ((w, 0), -1), ((0, h), 0), ((w, h), 0)):
        u = (x / w - 0.5) * sw + (pinch * top_pinch)
        v = (y / h - 0.5) * sh
        X = cw / 2 + u * math.cos(a) - v * math.sin(a) + j()
        Y = ch / 2 + u * math.sin(a) + v * math.cos(a) + j()
        corners.append((x, y, X, Y))
    perspective = ' '.join(f'{a_:.0f},{b:.0f} {c:.1f},{d:.1f}' for a_, b, c, d in corners)
    light = rng.choice([120, 150, 210, 300])
    run('convert', image, '-seed', seed, '-virtual-pixel', 'background', '-background', '#5b4d40',
        '-define', f'distort:viewport={cw}x{ch}+0+0', '-distort', 'Perspective', perspective,
        '(', '-size', f'{cw}x{ch}', '-define', f'gradient:angle={light}', 'gradient:#fffdf6-#9a948a', ')',
        '-compose', 'Multiply', '-composite', '-attenuate', 0.5, '+noise', 'Gaussian', '-blur', '0x0.7',
        '-quality', quality, '-sampling-factor', '2x2', '-units', 'PixelsPerInch', '-density', 72, out)


def fixed_id(pdf):
    """img2pdf writes a random /ID even with --nodate: replaces it, at the same length, by the hash of the rest."""
    data = pdf.read_bytes()
    pattern = re.compile(rb'/ID \[<([0-9a-f]{32})><([0-9a-f]{32})>\]')
    digest = hashlib.md5(pattern.sub(b'/ID []', data)).hexdigest().encode()
    pdf.write_bytes(pattern.sub(b'/ID [<' + digest + b'><' + digest + b'>]', data))


def main():
    work, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    no_seal = '--no-seal' in sys.argv[3:]
    work.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    htmls = []
    for doc in DOCS:
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
    truth, manifest = {}, ['file\tregion\tpages\tkind\tppi\tjpeg_quality\tcolour\tskew\tseal\tdate_as_printed']
    for doc in DOCS:
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
            if w == 'last' and not no_seal:
                stamp(png, pdf, doc, scale, rng, work)
            if len(which) == 2:
                page_number(png, n, scale)
            if mode == 'photo':
                jpg = out / f"{doc['name']}.jpg"
                photo(png, jpg, quality, skew, rng, doc['seed'])
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
        truth[file] = {'region': doc['region'], 'date': doc['date'], 'issuer': doc['issuer'], 'doc_number': doc['number'],
                       'title': doc['title'], 'date_as_printed': printed(doc['date'], doc['chinese']), 'seal': doc['seal'],
                       'scan': (f'phone photo q{quality} turned {skew}°' if mode == 'photo' else f'{mode} {ppi} ppi q{quality} skew {skew}°'), 'pages': len(which)}
        manifest.append('\t'.join(str(v) for v in (file, doc['region'], len(which), 'photo' if mode == 'photo' else 'scan',
                                                    ppi or round(PHONE[0] / 8.27), quality, 'colour' if mode == 'photo' else mode,
                                                    skew, doc['seal'], printed(doc['date'], doc['chinese']))))
    about = ('调优集：印章压在落款和成文日期上的扫描件、复印件和手机照片（最后一页，两页的带版头）。'
             'date 为成文日期（yyyy-MM-dd），issuer 为发文机关（有版头的）或落款单位，doc_number 为发文字号，没有的为 null。'
             '文字为本集自拟，不涉及真实人员、案件或文件。由 corpus/build-seal-dates.sh 生成。')
    (out / 'truth.json').write_text(json.dumps({'about': about, 'files': truth}, ensure_ascii=False, indent=1) + '\n',
                                    encoding='utf-8')
    (out / 'manifest.tsv').write_text('\n'.join(manifest) + '\n', encoding='utf-8')


if __name__ == '__main__':
    main()
