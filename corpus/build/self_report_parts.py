"""What the self-report builders (self_reports.py, self_reports2.py, self_reports3.py) share: the hubei-2019 rulebook's
indicators and areas, amounts written as a report writes them, and the HTML page and paragraph LibreOffice converts."""
import html, json, pathlib
from decimal import Decimal as D
from seeds_to_html import STYLE

RULEBOOK = json.loads((pathlib.Path(__file__).resolve().parents[2] / 'pipelines' / 'hubei-2019' / 'rulebook.json').read_text(encoding='utf-8'))
IND = {i['number']: i for i in RULEBOOK['indicators']}
AREAS = [('一', '严格知识产权保护', range(1, 14)), ('二', '加强伪劣商品治理', range(14, 20)), ('三', '严厉打击刑事犯罪', range(20, 23)),
         ('四', '推动长效机制建设', range(23, 27)), ('五', '提高社会公众意识', range(27, 29)), ('六', '防范系统性风险', range(29, 30))]
AREA_MAX = {'一': 44, '二': 14, '三': 32, '四': 11, '五': 6}

def fmt(x):
    x = D(str(x))
    return format(x.normalize(), 'f') if x != x.to_integral() else str(int(x))

def page(body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}</head><body>{''.join(body)}</body></html>"

def p(text, cls=None):
    c = f" class='{cls}'" if cls else ''
    return f"<p{c}>{html.escape(text)}</p>"
