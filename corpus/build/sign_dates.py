#!/usr/bin/env python3
"""The signature-and-date proxy set (second to seal_dates.py): the last page of a 公文, 总结 or 报告 as county and city
offices' copiers and phones really leave it, built to cover what the seal-over-date set lacks — gray photocopies at
96, 120 and 150 ppi with JPEG quality 25–60; 成文日期 in Chinese numerals written with 〇, ○ or 零; a seal over part of
the date only, or over the signature only; two organs signing side by side (联合发文) over one date; a date typed with
full-width spaces far to the right (a large indent instead of right alignment); a 版记 at the page bottom with 抄送 and
a 印发 line whose date is not the 成文日期; single-page 通知 with masthead, 发文字号, body and signature on one page;
skew of 1–3°; phone photos in perspective with a shadow across the sheet; blue and faint stamps; the page number
"— 3 —" just under the date. All text is written for the set (fictional wording; no real persons, cases or documents).
The rendering, the seal, the copier and the phone are seal_dates.py's, imported, not copied.
  sign_dates.py <work dir> <out dir> [--no-seal] [--only NAME[,NAME…]]
--no-seal: the same pages without any seal (a control); --only: build only the named files (prefix match), for a quick
look at one layout. Writes <out>/<name>.pdf|jpg, <out>/truth.json and <out>/manifest.tsv; the same seeds give the
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

EXTRA_STYLE = """<style>
p.cc { text-indent: 0; font-size: 13pt; line-height: 140%; padding: 2pt 0.5em; margin: 0; border-top: 1.5pt solid black; border-bottom: 0.5pt solid black; }
p.printed { text-indent: 0; font-size: 13pt; line-height: 140%; padding: 2pt 0.5em; margin: 0; border-bottom: 1.5pt solid black; }
p.printed-only { text-indent: 0; font-size: 13pt; line-height: 140%; padding: 2pt 0.5em; margin: 0; border-top: 1.5pt solid black; border-bottom: 1.5pt solid black; }
table.joint { width: 100%; margin-top: 34pt; border-collapse: collapse; }
table.joint td { text-align: center; font-size: 15.5pt; padding: 0; border: none; }
p.masthead2 { color: #d2001a; font-weight: bold; text-align: center; text-indent: 0; letter-spacing: 1pt; margin: 0;
              line-height: 120%; }
</style>"""

INK = {  # seal colour and how much ink the stamp left (the low and high share of full opacity)
    'red': (RED, (0.45, 0.6), (0.85, 0.95)),
    'blue': (['#1f3f9c', '#24489f', '#2d52b0'], (0.45, 0.6), (0.85, 0.95)),
    'faint': (RED, (0.12, 0.2), (0.35, 0.5)),
    'faint-blue': (['#3a5cc0'], (0.12, 0.2), (0.35, 0.5)),
}

# Each document: name, region, issuer (truth: the masthead's first organ, or the first signature), masthead (list of
# organ lines; None: none), 发文字号, title, addressee, first (first-page paragraphs, two-page files only), last
# (last-page paragraphs), sign (one organ, or a list of two side by side), date ISO, numerals ('arabic', '〇', '○',
# '零'), layout ('right': GB/T 9704, four characters from the right; 'indent': typed after full-width spaces),
# banji (list of 'cc:…' / 'print:…' lines at the page bottom, after `gap` points), seal (placement), ink, pageno
# (None, or the number printed just under the date), scan (mode, ppi, JPEG quality, skew), shadow (phone photos), seed.
DOCS = [
 dict(name='sign-01-xiangyang-dajia-tongzhi-gray120', region='襄阳市', issuer='襄阳市打击侵权假冒工作领导小组办公室',
      masthead=['襄阳市打击侵权假冒工作领导小组办公室'], number='襄打假办〔2019〕12号',
      title='关于做好2019年度打击侵权假冒工作总结报送的通知', to='各县（市、区）打击侵权假冒工作领导小组办公室：',
      first=None,
      last=['为做好2019年度全市打击侵权假冒工作考核，请各地认真总结全年工作，按以下要求报送材料：',
            '一、总结应包括组织领导、专项整治、案件查办和宣传培训等内容，并附全年案件统计表。',
            '二、请于12月25日前将总结报市领导小组办公室，电子版同时发送至工作邮箱。',
            '联系人：郑立平，电话0710-3618204。'],
      sign='襄阳市打击侵权假冒工作领导小组办公室', date='2019-12-10', numerals='〇', layout='right', banji=[],
      seal='date', ink='red', pageno=None, scan=('gray', 120, 35, 1.2), seed=201),
 dict(name='sign-02-yichang-joint-2p', region='宜昌市', issuer='宜昌市市场监督管理局',
      masthead=['宜昌市市场监督管理局', '宜昌市公安局'], number='宜市监联〔2019〕3号',
      title='关于联合开展打击侵犯注册商标专用权违法犯罪行动的通知', to='各县市区市场监督管理局、公安局：',
      first=['为加强行政执法与刑事司法衔接，严厉打击侵犯注册商标专用权违法犯罪，市市场监督管理局、市公安局决定自10月起在全市联合开展专项行动。现将有关事项通知如下：',
             '一、行动重点。以食品、药品、汽车配件和服装鞋帽为重点，严查生产、仓储和网络销售环节的侵权行为。',
             '二、工作机制。两部门建立联络员制度，每月会商一次，共享案件线索；对涉嫌犯罪的案件，市场监管部门及时移送，公安机关提前介入。'],
      last=['三、工作要求。各地要结合实际制定实施方案，明确责任人和时间表，确保行动取得实效。',
            '四、信息报送。请各地于每月末将行动开展情况分别报市市场监督管理局执法稽查支队和市公安局经侦支队。'],
      sign=['宜昌市市场监督管理局', '宜昌市公安局'], date='2019-09-18', numerals='arabic', layout='right', banji=[],
      seal='joint', ink='red', pageno=None, scan=('colour', 150, 50, -0.8), seed=202),
 dict(name='sign-03-jingzhou-circle-numerals-2p-gray150', region='荆州市', issuer='荆州市市场监督管理局',
      masthead=['荆州市市场监督管理局文件'], number='荆市监发〔2019〕41号',
      title='关于开展电动自行车产品质量专项整治的通知', to='各县市区市场监督管理局，市局各科室：',
      first=['近期，部分电动自行车销售门店存在销售无强制性认证产品、擅自改装等问题。为保障群众出行安全，市局决定在全市开展电动自行车产品质量专项整治。',
             '一、整治内容。重点检查强制性产品认证、产品标识和合格证明，严查销售假冒他人厂名厂址和注册商标的产品。',
             '二、整治方式。采取日常检查与集中抽检相结合的方式，对抽检不合格的产品依法责令停止销售。'],
      last=['三、时间安排。11月上旬各地完成摸底排查，11月中旬至12月中旬集中整治，12月20日前报送整治总结。',
            '四、工作要求。各地要公布举报电话，对群众反映的问题及时核查处理。'],
      sign='荆州市市场监督管理局', date='2019-11-05', numerals='○', layout='right', banji=[],
      seal='part-left', ink='red', pageno=None, scan=('gray', 150, 45, 1.8), seed=203),
 dict(name='sign-04-shiyan-ling-han-96ppi', region='十堰市', issuer='十堰市版权局',
      masthead=['十堰市版权局'], number='十版函〔2019〕5号',
      title='关于开展网络文学作品版权保护检查的函', to='各县市区文化和旅游局：',
      first=None,
      last=['为保护网络文学作品著作权人的合法权益，市版权局将于8月对本地注册的网络文学网站和应用开展检查。现将有关事项函告如下：',
            '一、请各地督促辖区网站对照检查要求开展自查，于8月10日前报送自查报告。',
            '二、检查发现的侵权线索，请及时移交市文化市场综合执法支队依法查处。'],
      sign='十堰市版权局', date='2019-07-22', numerals='零', layout='right', banji=[],
      seal='issuer', ink='red', pageno=None, scan=('colour', 96, 40, 0.0), seed=204),
 dict(name='sign-05-xiaogan-dajia-chaosong-yinfa-gray150', region='孝感市', issuer='孝感市打击侵权假冒工作领导小组办公室',
      masthead=['孝感市打击侵权假冒工作领导小组办公室'], number='孝打假办〔2019〕8号',
      title='关于开展元旦春节期间打击侵权假冒工作的通知', to='各县（市、区）打击侵权假冒工作领导小组办公室：',
      first=None,
      last=['元旦春节将至，请各地在节前组织开展一次集中检查，重点整治年货市场假冒伪劣食品。',
            '请于2020年1月10日前将检查情况报市领导小组办公室。'],
      sign='孝感市打击侵权假冒工作领导小组办公室', date='2019-12-09', numerals='arabic', layout='right',
      banji=['cc:抄送：省打击侵权假冒工作领导小组办公室，市领导小组各成员单位。',
             'print:孝感市打击侵权假冒工作领导小组办公室　　　2019年12月11日印发'], gap=90,
      seal='date', ink='red', pageno=None, scan=('gray', 150, 55, -1.0), seed=205),
 dict(name='sign-06-huangshi-zongjie-indent-gray96', region='黄石市', issuer='黄石市农业农村局',
      masthead=None, number=None, title='黄石市农业农村局2019年农资打假工作总结', to=None, first=None,
      last=['2019年，我局坚持把农资打假作为保障农业生产的重要任务，全年检查农资经营门店620家次，立案查处违法案件23件。',
            '一是抓好春秋两季农资市场检查，重点检查种子、农药和肥料的标签和进货台账。',
            '二是开展农资质量抽检，抽取样品85个，对不合格产品生产经营者全部依法查处。',
            '三是加强宣传，在乡镇集市开展农资打假宣传活动14场，发放宣传资料5000余份。'],
      sign='黄石市农业农村局', date='2019-12-18', numerals='arabic', layout='indent', banji=[],
      seal='part-right', ink='red', pageno=None, scan=('gray', 96, 30, 2.2), seed=206),
 dict(name='sign-07-ezhou-tongzhi-photo-shadow', region='鄂州市', issuer='鄂州市市场监督管理局',
      masthead=['鄂州市市场监督管理局文件'], number='鄂州市监发〔2019〕16号',
      title='关于开展校园周边食品安全专项检查的通知', to='各区市场监督管理局，葛店开发区、临空经济区市场监督管理局：',
      first=None,
      last=['秋季开学在即，为保障在校学生饮食安全，市局决定在全市开展校园周边食品安全专项检查。',
            '一、重点检查学校周边200米范围内的小超市、小餐馆和流动摊点，严查“三无”食品和仿冒知名品牌的儿童食品。',
            '二、请各地于9月20日前将检查情况报市局食品经营安全监管科。'],
      sign='鄂州市市场监督管理局', date='2019-08-26', numerals='arabic', layout='right', banji=[],
      seal='date', ink='red', pageno=None, scan=('photo', 0, 55, -1.6), shadow=True, seed=207),
 dict(name='sign-08-jingmen-blue-2p', region='荆门市', issuer='荆门市文化和旅游局',
      masthead=['荆门市文化和旅游局文件'], number='荆文旅发〔2019〕22号',
      title='关于开展出版物市场专项检查的通知', to='各县市区文化和旅游局，市文化市场综合执法支队：',
      first=['为净化出版物市场，打击侵权盗版行为，市局决定在全市开展出版物市场专项检查。现将有关事项通知如下：',
             '一、检查范围。书店、书摊、印刷企业和网络销售出版物的经营者，重点是中小学教辅材料和少儿读物。',
             '二、检查内容。经营许可证照、进货渠道和台账，是否销售盗版出版物和非法出版物。'],
      last=['三、工作要求。各地要加强与公安、市场监管部门的协作，对检查发现的案件线索及时立案查处。',
            '四、请于11月20日前将检查总结报市局市场管理科。'],
      sign='荆门市文化和旅游局', date='2019-10-30', numerals='arabic', layout='right', banji=[],
      seal='date', ink='blue', pageno=None, scan=('colour', 200, 60, 0.7), seed=208),
 dict(name='sign-09-huanggang-faint-numerals-gray120', region='黄冈市', issuer='黄冈市公安局',
      masthead=['黄冈市公安局文件'], number='黄公发〔2019〕7号',
      title='关于严厉打击制售假冒伪劣农资犯罪的通知', to='各县市区公安局，市局各警种部门：',
      first=None,
      last=['春耕时节，制售假劣农资犯罪易发多发。为保障农业生产安全，市局要求各地立即行动，会同农业农村部门开展联合检查，对制售假劣种子、化肥、农药的犯罪活动依法严厉打击。',
            '各地破获的案件和工作情况，请于每月25日前报市局食药环侦支队。'],
      sign='黄冈市公安局', date='2019-04-08', numerals='〇', layout='right', banji=[],
      seal='date', ink='faint', pageno=None, scan=('gray', 120, 25, -2.6), seed=209),
 dict(name='sign-10-xianning-lastpage-pageno', region='咸宁市', issuer='咸宁市市场监督管理局',
      masthead=None, number=None, title=None, to=None, first=None,
      last=['（三）加强网络市场监管。对本地电商平台开展定期巡查，删除侵权商品链接160余条，立案查处网络售假案件11件。',
            '（四）推进社会共治。发挥消费者协会作用，受理涉及假冒伪劣商品的投诉312件，调解成功率95%。',
            '三、下一步工作打算',
            '我局将继续完善部门协作机制，加大对重点领域、重点市场的检查力度，推动打击侵权假冒工作取得新成效。',
            '特此报告。'],
      sign='咸宁市市场监督管理局', date='2019-08-16', numerals='arabic', layout='right', banji=[],
      seal='date', ink='red', pageno=3, scan=('colour', 150, 45, 0.9), seed=210),
 dict(name='sign-11-suizhou-joint-zongjie-gray150', region='随州市', issuer='随州市文化和旅游局',
      masthead=None, number=None, title='随州市2019年软件正版化工作总结', to=None, first=None,
      last=['2019年，市文化和旅游局、市版权局按照全省推进使用正版软件工作的部署，扎实推进全市软件正版化工作。',
            '一是开展年度检查，对市直48家单位进行现场核查，督促6家单位完成整改。',
            '二是组织软件正版化培训2期，培训各单位信息化管理人员150余人次。',
            '三是将软件正版化工作纳入年度目标考核，建立软件资产台账和采购制度。'],
      sign=['随州市文化和旅游局', '随州市版权局'], date='2019-12-20', numerals='〇', layout='right', banji=[],
      seal='joint', ink='red', pageno=None, scan=('gray', 150, 40, -1.3), seed=211),
 dict(name='sign-12-enshi-yinfa-numerals-gray96', region='恩施州', issuer='恩施州打击侵权假冒工作领导小组办公室',
      masthead=['恩施州打击侵权假冒工作领导小组办公室'], number='恩州打假办〔2019〕6号',
      title='关于开展农村假冒伪劣食品专项整治督导的通知', to='各县市打击侵权假冒工作领导小组办公室：',
      first=None,
      last=['为推动农村假冒伪劣食品专项整治落到实处，州领导小组办公室决定于10月下旬组织督导组，对各县市整治工作进行督导。',
            '请各县市做好准备，提供整治方案、工作台账和案件查处情况等材料。'],
      sign='恩施州打击侵权假冒工作领导小组办公室', date='2019-10-16', numerals='〇', layout='right',
      banji=['print:恩施州打击侵权假冒工作领导小组办公室　　2019年10月17日印发'], gap=100,
      seal='date', ink='red', pageno=None, scan=('gray', 96, 50, 1.4), seed=212),
 dict(name='sign-13-laohekou-photo-blue-shadow', region='襄阳市', issuer='老河口市市场监督管理局',
      masthead=None, number=None, title='老河口市市场监督管理局2019年一季度商标执法情况报告', to='襄阳市市场监督管理局：',
      first=None,
      last=['一季度，我局围绕年货市场和春季农资市场开展商标执法，检查经营户410户次，查处商标侵权案件7件，罚没款12.6万元。',
            '下一步，我局将加强对农村市场和网络销售渠道的检查，对重复侵权行为依法从重处罚。',
            '特此报告。'],
      sign='老河口市市场监督管理局', date='2019-03-15', numerals='arabic', layout='right', banji=[],
      seal='date', ink='blue', pageno=None, scan=('photo', 0, 45, 2.4), shadow=True, seed=213),
 dict(name='sign-14-yichang-lastpage-pageno-numerals-gray120', region='宜昌市', issuer='宜昌市打击侵权假冒工作领导小组办公室',
      masthead=None, number=None, title=None, to=None, first=None,
      last=['（二）加强行刑衔接。各成员单位要及时通过信息平台录入案件信息，涉嫌犯罪的案件一律移送，不得以罚代刑。',
            '（三）强化督查考核。领导小组办公室将适时组织督查，督查结果纳入年度绩效考核。',
            '附件：宜昌市2019年打击侵权假冒工作任务分工表'],
      sign='宜昌市打击侵权假冒工作领导小组办公室', date='2019-05-20', numerals='〇', layout='right', banji=[],
      seal='part-right', ink='red', pageno=5, scan=('gray', 120, 30, -1.5), seed=214),
 dict(name='sign-15-jingzhou-chaosong-yinfa-2p-120ppi', region='荆州市', issuer='荆州市农业农村局',
      masthead=['荆州市农业农村局文件'], number='荆农发〔2019〕33号',
      title='关于开展秋冬季种子市场检查的通知', to='各县市区农业农村局：',
      first=['为保障明年春季农业用种安全，市局决定在全市开展秋冬季种子市场检查。现将有关事项通知如下：',
             '一、检查重点。种子生产经营企业的许可和备案、种子标签和购销台账，重点是水稻和油菜种子。',
             '二、检查方式。各地自查与市局抽查相结合，对有侵权嫌疑的品种依法抽样检测。'],
      last=['三、请各地于12月20日前将检查情况报市局种子管理科。'],
      sign='荆州市农业农村局', date='2019-11-26', numerals='arabic', layout='right',
      banji=['cc:抄送：省农业农村厅，市打击侵权假冒工作领导小组办公室。',
             'print:荆州市农业农村局办公室　　　　　2019年11月28日印发'], gap=400,
      seal='ring', ink='red', pageno=None, scan=('colour', 120, 35, 2.9), seed=215),
 dict(name='sign-16-zhushan-photo-indent-ling-faint', region='十堰市', issuer='竹山县市场监督管理局',
      masthead=None, number=None, title='竹山县市场监督管理局关于2019年打击侵权假冒工作情况的报告',
      to='十堰市打击侵权假冒工作领导小组办公室：', first=None,
      last=['今年以来，我局按照市领导小组的部署，在全县开展了农村假冒伪劣食品、农资打假和知识产权保护等专项行动，立案查处侵权假冒案件19件。',
            '下一步，我局将继续加大检查力度，强化案件查办和宣传引导。',
            '特此报告。'],
      sign='竹山县市场监督管理局', date='2019-09-09', numerals='零', layout='indent', banji=[],
      seal='issuer', ink='faint', pageno=None, scan=('photo', 0, 50, -2.0), shadow=True, seed=216),
 dict(name='sign-17-xiaogan-joint-tongzhi-gray96', region='孝感市', issuer='孝感市打击侵权假冒工作领导小组办公室',
      masthead=['孝感市打击侵权假冒工作领导小组办公室', '孝感市人民检察院'], number='孝打假办〔2019〕5号',
      title='关于建立侵权假冒案件信息通报制度的通知', to='各县（市、区）打击侵权假冒工作领导小组办公室、人民检察院：',
      first=None,
      last=['为加强行政执法与刑事司法衔接，经研究，决定建立侵权假冒案件信息通报制度。',
            '一、行政执法部门查处的侵权假冒案件，应在结案后10个工作日内录入信息共享平台。',
            '二、检察机关对应当移送而未移送的案件，依法开展立案监督。'],
      sign=['孝感市打击侵权假冒工作领导小组办公室', '孝感市人民检察院'], date='2019-07-01', numerals='arabic',
      layout='right', banji=[], seal='joint-part', ink='red', pageno=None, scan=('gray', 96, 60, 1.0), seed=217),
 dict(name='sign-18-huangshi-gaj-tongzhi-skew3', region='黄石市', issuer='黄石市公安局',
      masthead=['黄石市公安局文件'], number='黄石公发〔2019〕3号',
      title='关于开展打击网络侵权假冒犯罪专项行动的通知', to='各县（市、区）公安局，市局各警种部门：',
      first=None,
      last=['为严厉打击利用互联网制售侵权假冒商品的犯罪活动，市局决定自3月起在全市开展专项行动。',
            '一、各地要加强网上巡查，深挖犯罪线索，对跨区域案件实行全链条打击。',
            '二、请于每月5日前将上月工作情况报市局经侦支队。'],
      sign='黄石市公安局', date='2019-02-27', numerals='arabic', layout='right', banji=[],
      seal='part-left', ink='faint-blue', pageno=None, scan=('colour', 150, 25, -3.0), seed=218),
]

SPACE = '\u3000'


def date_text(doc):
    """The 成文日期 as printed: Arabic, or Chinese numerals with 〇 (U+3007), ○ (U+25CB, the circle a typist picks) or 零."""
    if doc['numerals'] == 'arabic':
        return printed(doc['date'], False)
    return printed(doc['date'], True).replace('〇', doc['numerals'])


def width(s):
    return sum(0.5 if c.isdigit() else 1 for c in s)


def joint_shares(signs):
    """Each organ's share of the line's width: its name and a character of air either side."""
    total = sum(width(s) + 2 for s in signs)
    return [(width(s) + 2) / total for s in signs]


def sign_block(doc):
    date = date_text(doc)
    em = 15.5
    if isinstance(doc['sign'], list):  # 联合发文: the organs side by side, one date under them, right of centre
        cells = ''.join(f"<td width='{100 * share:.0f}%' align='center'>{html.escape(s)}</td>"
                        for s, share in zip(doc['sign'], joint_shares(doc['sign'])))
        return (f"<table class='joint' width='100%' border='0' cellpadding='0' cellspacing='0'><tr>{cells}</tr></table>"
                f"<p class='sign' style='margin-top: 4pt; margin-right: {4 * em:.1f}pt'>{html.escape(date)}</p>")
    if doc['layout'] == 'indent':  # typed as a Word user types it: full-width spaces, then the text
        total = 26  # characters on a line at 15.5pt in 15.6 cm
        lead_date = int(total - width(date) - 2)
        lead_sign = int(lead_date + (width(date) - width(doc['sign'])) / 2)
        return (f"<p class='cont' style='margin-top: 34pt'>{SPACE * lead_sign}{html.escape(doc['sign'])}</p>"
                f"<p class='cont'>{SPACE * lead_date}{html.escape(date)}</p>")
    right = 4
    sign_right = right + max(0, (width(date) - width(doc['sign'])) / 2)
    return (f"<p class='sign' style='margin-top: 34pt; margin-right: {sign_right * em:.1f}pt'>{html.escape(doc['sign'])}</p>"
            f"<p class='sign' style='margin-right: {right * em:.1f}pt'>{html.escape(date)}</p>")


def page_html(doc, which):
    parts = []
    if which == 'first' or doc['first'] is None:
        if doc['masthead']:
            longest = max(len(m) for m in doc['masthead'])
            size = min(36, int(400 / (longest * 1.06)))
            if len(doc['masthead']) == 1:
                parts.append(f"<p class='masthead' style='font-size: {size}pt'>{html.escape(doc['masthead'][0])}</p>")
            else:  # the joint masthead: one organ a line, 文件 after the last, the number under them
                for i, m in enumerate(doc['masthead']):
                    last = i == len(doc['masthead']) - 1
                    text = m + ('文件' if last and not m.endswith('文件') else '')
                    margin = '0 0 22pt 0' if last else '0'
                    parts.append(f"<p class='masthead2' style='font-size: {size}pt; margin: {margin}'>{html.escape(text)}</p>")
            parts.append(f"<p class='number'>{html.escape(doc['number'])}</p>")
        if doc['title']:
            parts.append(f"<p class='title'>{html.escape(doc['title'])}</p>")
        if doc['to']:
            parts.append(f"<p class='to'>{html.escape(doc['to'])}</p>")
    paragraphs = doc['first'] if which == 'first' else doc['last']
    for p in paragraphs:
        heading = re.match(r'^[一二三四五六]、[^。；]{2,12}$', p)
        parts.append(f"<p class='{'head' if heading else ''}'>{html.escape(p)}</p>")
    if which == 'last':
        parts.append(sign_block(doc))
        for i, b in enumerate(doc['banji']):
            kind, text = b.split(':', 1)
            cls = 'cc' if kind == 'cc' else 'printed' if len(doc['banji']) > 1 else 'printed-only'
            gap = f" style='margin-top: {doc.get('gap', 60)}pt'" if i == 0 else ''
            parts.append(f"<p class='{cls}'{gap}>{html.escape(text)}</p>")
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(doc['title'] or doc['issuer'])}</title>"
            f"{STYLE}{EXTRA_STYLE}</head><body>{''.join(parts)}</body></html>")


def clean(s):
    return s.replace(' ', '').replace(SPACE, '')


def frac_x(line, a, b):
    """The x (points) from a to b (0..1) of the way along a line's box."""
    return line[1] + (line[3] - line[1]) * a, line[1] + (line[3] - line[1]) * b


def stamp(image, pdf, doc, scale, rng, work):
    """Stamps the seal(s): over the date, over part of it, over the signature only, or one per organ side by side."""
    lines = lines_of(pdf, 1)
    want = date_text(doc)
    at = next((i for i, l in enumerate(lines) if clean(l[0]) == want), None)
    if at is None:
        sys.exit(f"{doc['name']}: no date line found in {[l[0] for l in lines]}")
    date = lines[at]
    signs = doc['sign'] if isinstance(doc['sign'], list) else [doc['sign']]
    sig_lines = [next(l for l in reversed(lines[:at]) if clean(l[0]) == s or s in clean(l[0])) for s in signs]
    if len(signs) > 1:  # side by side in a two-cell table: each name centred in its half of the text block
        left, text_w = 2.8 / 2.54 * 72, (21 - 2.8 - 2.6) / 2.54 * 72
        shares = joint_shares(signs)
        half = [(left + text_w * sum(shares[:k]), left + text_w * sum(shares[:k + 1])) for k in range(len(signs))]
        sig_lines = [(s, (a + b) / 2 - width(s) * 7.75, l[2], (a + b) / 2 + width(s) * 7.75, l[4])
                     for s, (a, b), l in zip(signs, half, sig_lines)]
    colours, low, high = INK[doc['ink']]
    line_h = date[4] - date[2]
    placed = []
    for k, (name, sig) in enumerate(zip(signs, sig_lines)):
        mm = rng.uniform(40, 44)
        r = mm / 25.4 * 72 / 2
        where = doc['seal']
        if where == 'date':
            cx, cy = (date[1] + date[3]) / 2, (sig[4] + date[2]) / 2 + rng.uniform(-0.2, 0.2) * line_h
        elif where == 'part-left':    # the seal's right part over the year only; the month and day are clear
            cx, cy = date[1] - r * rng.uniform(0.35, 0.5), (sig[4] + date[2]) / 2
        elif where == 'part-right':   # the seal's left part over the day only
            cx, cy = date[3] + r * rng.uniform(0.35, 0.5), (sig[2] + date[4]) / 2
        elif where == 'issuer':       # over the signature, its lower ring just touching the date line's top
            cx, cy = (sig[1] + sig[3]) / 2 + rng.uniform(-0.5, 0.5) * line_h, date[2] - r * rng.uniform(0.9, 1.0)
        elif where == 'ring':         # lower: its upper ring through the date line
            cx = (date[1] + date[3]) / 2 + rng.uniform(-1, 1) * line_h
            cy = (date[2] + date[4]) / 2 + r * rng.uniform(0.75, 0.82)
        elif where == 'joint':        # each organ's seal on its name, reaching down to the date
            cx, cy = (sig[1] + sig[3]) / 2, (sig[4] + date[2]) / 2 + rng.uniform(0, 0.3) * line_h
        elif where == 'joint-part':   # each organ's seal on its name only, the second one's ring over the date's start
            cx = (sig[1] + sig[3]) / 2
            cy = sig[2] - r * 0.2 if k == 0 else (sig[4] + date[2]) / 2
        else:
            raise ValueError(where)
        path = work / f"{doc['name']}-seal{k}.png"
        seal(name, 2 * r * scale, rng.uniform(-14, 14), rng.choice(colours), (rng.uniform(*low), rng.uniform(*high)),
             doc['seed'] + k, work, path)
        w, h = (int(v) for v in identify(path).split('x'))
        run('convert', image, '(', path, ')', '-gravity', 'NorthWest',
            '-geometry', f'+{int(cx * scale - w / 2)}+{int(cy * scale - h / 2)}', '-compose', 'Multiply', '-composite', image)
        placed.append(where)
    return date


def page_number_under(image, pdf, doc, scale):
    """The page number "— N —" a line and a half under the date, right-aligned as odd pages' numbers are (GB/T 9704:
    one character in from the right edge), so it sits just under the date's end."""
    lines = lines_of(pdf, 1)
    date = next(l for l in lines if clean(l[0]) == date_text(doc))
    w, h = (int(v) for v in identify(image).split('x'))
    right_margin = 2.6 / 2.54 * 72 + 15.5  # the page margin plus one character
    y = date[4] + 1.6 * (date[4] - date[2])
    run('convert', image, '-font', 'Noto-Serif-CJK-SC', '-pointsize', f'{14 * scale:.1f}', '-fill', 'black',
        '-gravity', 'NorthEast', '-annotate', f'+{int(right_margin * scale)}+{int(y * scale)}', f'— {doc["pageno"]} —', image)


def keystone(image, rng):
    """A phone held at an angle: the sheet's far edge narrower than its near one, before seal_dates.photo turns it."""
    w, h = (int(v) for v in identify(image).split('x'))
    pinch = rng.uniform(0.05, 0.08) * w
    drop = rng.uniform(-0.02, 0.02) * h
    run('convert', image, '-virtual-pixel', 'white', '-background', 'white', '-distort', 'Perspective',
        f'0,0 {pinch:.0f},{max(0, drop):.0f} {w},0 {w - pinch:.0f},{max(0, -drop):.0f} 0,{h} 0,{h} {w},{h} {w},{h}', image)


def shadow(png, jpg, quality, rng):
    """The phone's or the hand's shadow over one corner of the sheet (soft-edged, a third darker), then the JPEG."""
    cw, ch = PHONE
    corner = rng.choice(['lower-right', 'lower-left', 'right'])
    if corner == 'lower-right':
        poly = f'{cw * 0.45:.0f},{ch} {cw},{ch * 0.5:.0f} {cw},{ch} '
    elif corner == 'lower-left':
        poly = f'0,{ch * 0.55:.0f} {cw * 0.6:.0f},{ch} 0,{ch}'
    else:
        poly = f'{cw * 0.78:.0f},0 {cw},0 {cw},{ch} {cw * 0.62:.0f},{ch}'
    dark = rng.choice(['gray58', 'gray64', 'gray70'])
    run('convert', png, '(', '-size', f'{cw}x{ch}', 'xc:white', '-fill', dark, '-draw', f'polygon {poly}',
        '-blur', '0x45', ')', '-compose', 'Multiply', '-composite', '-quality', quality, '-sampling-factor', '2x2',
        '-units', 'PixelsPerInch', '-density', 72, jpg)


def features(doc):
    f = []
    if doc['numerals'] != 'arabic':
        f.append(f"中文数字({doc['numerals']})")
    if isinstance(doc['sign'], list):
        f.append('联合发文')
    if doc['layout'] == 'indent':
        f.append('全角空格缩进')
    for b in doc['banji']:
        f.append('抄送' if b.startswith('cc:') else '印发:' + re.search(r'\d{4}年\d+月\d+日', b).group(0))
    if doc['masthead'] and doc['first'] is None:
        f.append('单页版头')
    if doc['pageno']:
        f.append(f"页码— {doc['pageno']} —")
    if doc.get('shadow'):
        f.append('透视+阴影')
    if doc['ink'] != 'red':
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
            if w == 'last' and not no_seal:
                stamp(png, pdf, doc, scale, rng, work)
            if w == 'last' and doc['pageno']:
                page_number_under(png, pdf, doc, scale)
            elif len(which) == 2:
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
        seal_shown = 'none' if no_seal else doc['seal']
        scan_shown = (f'phone photo q{quality} turned {skew}° keystone' + (' shadow' if doc.get('shadow') else '')
                      if mode == 'photo' else f'{mode} {ppi} ppi q{quality} skew {skew}°')
        printed_dates = [re.search(r'\d{4}年\d+月\d+日', b).group(0) for b in doc['banji'] if b.startswith('print:')]
        truth[file] = {'region': doc['region'], 'date': doc['date'], 'issuer': doc['issuer'], 'doc_number': doc['number'],
                       'title': doc['title'], 'date_as_printed': date_text(doc),
                       'seal': f"{seal_shown} {doc['ink']}" if not no_seal else 'none',
                       'scan': scan_shown, 'pages': len(which),
                       'signature': doc['sign'], 'printed_date': printed_dates[0] if printed_dates else None,
                       'features': features(doc)}
        manifest.append('\t'.join(str(v) for v in (
            file, doc['region'], len(which), 'photo' if mode == 'photo' else 'scan',
            ppi or round(PHONE[0] / 8.27), quality, 'colour' if mode == 'photo' else mode, skew, seal_shown, doc['ink'],
            date_text(doc), features(doc))))
    about = ('代理集（第二套）：落款和成文日期的各种写法和复印、拍照条件——96/120/150 ppi 灰度复印、JPEG 质量 25–60、'
             '中文数字日期（〇、○、零）、印章只压日期或落款的一部分、联合发文（两个机关并排落款、一个日期）、全角空格缩进的日期、'
             '页面底部的抄送和印发日期（与成文日期不同）、单页通知（版头、字号、正文、落款同在一页）、1–3°倾斜、'
             '透视加阴影的手机照片、蓝色和浅淡的印章、日期下方的页码。date 为成文日期（yyyy-MM-dd），issuer 为发文机关'
             '（有版头的取版头第一个机关，联合发文取主办机关）或落款单位（并排落款取第一个），doc_number 为发文字号，'
             '没有的为 null；printed_date 为印发日期。文字为本集自拟，不涉及真实人员、案件或文件。由 corpus/build-sign-dates.sh 生成。')
    (out / 'truth.json').write_text(json.dumps({'about': about, 'files': truth}, ensure_ascii=False, indent=1) + '\n',
                                    encoding='utf-8')
    (out / 'manifest.tsv').write_text('\n'.join(manifest) + '\n', encoding='utf-8')


if __name__ == '__main__':
    main()
