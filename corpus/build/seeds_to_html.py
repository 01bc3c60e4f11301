#!/usr/bin/env python3
"""Turns the two seed notices (plain-text renderings) back into formatted HTML documents
with real tables, which LibreOffice then converts to DOCX and PDF. Standard library only."""
import html, re, sys, pathlib

HAN = r'[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]'

def clean(s):
    s = s.replace('\ufffd', '').strip()
    # The seed rendering put spaces between Han characters; the original had none.
    return re.sub(rf'(?<={HAN})\s+(?={HAN})', '', s)

STYLE = """<style>
body { font-family: 'Noto Serif CJK SC'; font-size: 14pt; }
p { margin: 0 0 6pt 0; text-indent: 2em; line-height: 150%; }
p.flush { text-indent: 0; }
p.red { color: #c00000; font-size: 20pt; text-align: center; text-indent: 0; font-family: 'Noto Sans CJK SC'; }
p.num { text-align: center; text-indent: 0; }
p.title { font-family: 'Noto Sans CJK SC'; font-size: 18pt; text-align: center; text-indent: 0; }
p.sign { text-align: right; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid black; font-size: 10.5pt; vertical-align: top; padding: 2pt; }
</style>"""

def page(title, body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>{STYLE}</head><body>{body}</body></html>"

def para(text, cls=None):
    c = f" class='{cls}'" if cls else ''
    return f"<p{c}>{html.escape(text)}</p>"

def table(rows, merge_first_column):
    """rows: lists of cells. Consecutive rows whose first cell repeats or is empty share one merged cell."""
    out = ["<table border='1' cellspacing='0' cellpadding='3'>"]
    spans = []
    if merge_first_column:
        i = 0
        while i < len(rows):
            j = i + 1
            while j < len(rows) and len(rows[j]) == len(rows[i]) and rows[j][0] in ('', rows[i][0]):
                j += 1
            spans.append((i, j - i))
            i = j
    span_at = dict(spans)
    for n, row in enumerate(rows):
        out.append('<tr>')
        for k, cell in enumerate(row):
            if merge_first_column and k == 0 and len(row) > 1:
                if n not in span_at:
                    continue
                out.append(f"<td rowspan='{span_at[n]}'>{html.escape(cell)}</td>")
            elif len(row) == 1:
                out.append(f"<td colspan='5'>{html.escape(cell)}</td>")
            else:
                out.append(f"<td>{html.escape(cell)}</td>")
        out.append('</tr>')
    out.append('</table>')
    return ''.join(out)

def convert(lines, header_rows):
    """Paragraph lines become paragraphs; runs of tab-separated lines become one table."""
    body, rows = [], []
    def flush():
        if rows:
            body.append(table([[clean(c) for c in r] for r in rows], merge_first_column=True))
            rows.clear()
    for i, raw in enumerate(lines):
        line = raw.rstrip('\n')
        if '\t' in line:
            cells = line.split('\t')
            while cells and cells[-1].strip() == '':
                cells.pop()
            if len(cells) == 1:
                cells = [cells[0]]
            rows.append(cells)
            continue
        text = clean(line.lstrip('#').strip())
        if not text:
            continue  # a blank line inside a table is a page break of the rendering, not the table's end
        flush()
        if text.startswith('附件') and len(text) <= 4:
            body.append("<p class='flush' style='page-break-before: always'>" + html.escape(text) + "</p>")
            continue
        body.append(para(text, header_rows.get(i, None)))
    flush()
    return ''.join(body)

def seed_000(src, dst):
    lines = src.read_text(encoding='utf-8').splitlines()
    classes = {}
    for i, l in enumerate(lines):
        t = l.strip()
        if not t:
            continue
        if t.startswith('湖北省打击侵犯知识产权') and i < 5: classes[i] = 'red'
        elif re.match(r'^鄂打假办函', t): classes[i] = 'num'
        elif t.startswith('关于开展') or t.startswith('2019 年度市州') or t.startswith('××市州 2019'): classes[i] = 'title'
        elif t.startswith('附件 1') or t.startswith('附件 2') or t.startswith('各市州、直管市'): classes[i] = 'flush'
        elif re.match(r'^\d{4} 年 \d+ 月', t) or t.startswith('湖北省打击侵犯知识产权和制售假冒伪劣商品'): classes[i] = 'sign'
    dst.write_text(page('2019年度绩效考核通知', convert(lines, classes)), encoding='utf-8')

def seed_002(src, dst):
    lines = src.read_text(encoding='utf-8').splitlines()
    # Markdown-like noise (<p>, #) in the rendering is part of the conversion, not of the original.
    lines = [re.sub(r'</?p>', '', l) for l in lines]
    classes = {}
    for i, l in enumerate(lines):
        t = l.strip()
        if t.startswith('# 武汉市打击'): classes[i] = 'red'
        elif t.startswith('武打假办发'): classes[i] = 'num'
        elif t.startswith('## 关于印发') or t.startswith('# 武汉市 2019'): classes[i] = 'title'
    dst.write_text(page('武汉市任务细化表', convert(lines, classes)), encoding='utf-8')

if __name__ == '__main__':
    seeds, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    seed_000(seeds / '000_9aa427a140df8758.txt', out / 'seed000.html')
    seed_002(seeds / '002_4718f6bd12651b6a.txt', out / 'seed002.html')
