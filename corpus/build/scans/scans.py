#!/usr/bin/env python3
"""Scans and phone photos of single pages, each as a copier or a phone in a county office would make it, with the
text of its source page beside it as <name>.txt (pdftotext -raw of that page: cells row by row, as a reader reads).
Red separator lines and round red seals are drawn where GB/T 9704 puts them, found from the page's own text boxes:
the line under the 发文字号, the seal over the signature and the 成文日期.
  scans.py <work dir with the written 公文 PDFs> <corpus dir> <out dir>
Appends to <out>/manifest.tsv and <out>/truth.tsv (the caller writes their headers)."""
import math
import pathlib
import random
import re
import subprocess
import sys
from xml.etree import ElementTree

RED = '#d4141e'
SEAL_MM = 42          # the diameter of an organ's official seal
PHONE = (1536, 2048)  # what a messaging app leaves of a phone photo

# Source pages of the corpus, with their header as a person reads it (for the labelled scans).
CORPUS = {
    'notice': ('notices/鄂打假办函〔2019〕7号 绩效考核通知.pdf', None),
    'zongjie': ('inbox/襄阳市/植物新品种保护培训总结.pdf', None),
    'yichang5': ('inbox/宜昌市/宜打假办发〔2019〕5号 关于印发宜昌市2019年打击侵权假冒工作要点的通知.pdf',
                 ('宜打假办发〔2019〕5号', '2019-03-20', '宜昌市打击侵权假冒工作领导小组办公室')),
    'xiangyang3': ('inbox/襄阳市/襄打假办发〔2019〕3号 关于开展2019年知识产权执法铁拳行动的通知.pdf',
                   ('襄打假办发〔2019〕3号', '2019-04-15', '襄阳市打击侵权假冒工作领导小组办公室')),
}

# name, kind, source, page, ppi, JPEG quality, colour, skew (degrees clockwise), marks drawn
SPECS = [
    ('prose-notice-p1-300ppi', 'prose', 'notice', 1, 300, 85, 'gray', 0.4, ''),
    ('prose-notice-p2-200ppi', 'prose', 'notice', 2, 200, 60, 'gray', -1.5, ''),
    ('prose-notice-p3-150ppi', 'prose', 'notice', 3, 150, 45, 'gray', 2.5, ''),
    ('prose-zongjie-96ppi', 'prose', 'zongjie', 1, 96, 70, 'gray', 1.0, ''),
    ('prose-yichang5-150ppi', 'prose', 'yichang5', 1, 150, 30, 'colour', -3.0, ''),
    ('prose-suizhou-200ppi', 'prose', 'gw-suizhou', 1, 200, 90, 'colour', 0.8, ''),
    ('red-huanggang-300ppi', 'red', 'gw-huanggang', 1, 300, 80, 'colour', 0.3, 'rule seal'),
    ('red-shiyan-200ppi', 'red', 'gw-shiyan', 1, 200, 50, 'colour', -2.0, 'rule seal'),
    ('red-xiaogan-150ppi', 'red', 'gw-xiaogan', 1, 150, 40, 'colour', 1.2, 'rule seal'),
    ('red-enshi-96ppi', 'red', 'gw-enshi', 1, 96, 75, 'colour', 0.0, 'rule seal'),
    ('red-xianning-200ppi-gray', 'red', 'gw-xianning', 1, 200, 70, 'gray', 2.8, 'rule seal'),
    ('red-xiangyang3-150ppi-gray', 'red', 'xiangyang3', 1, 150, 35, 'gray', -0.8, 'rule seal'),
    ('red-yichang5-300ppi', 'red', 'yichang5', 1, 300, 60, 'colour', -0.5, 'rule seal'),
    ('table-notice-p5-200ppi', 'table', 'notice', 5, 200, 60, 'gray', 0.7, ''),
    ('table-notice-p7-150ppi', 'table', 'notice', 7, 150, 40, 'gray', -1.8, ''),
    ('table-notice-p9-300ppi', 'table', 'notice', 9, 300, 85, 'colour', 0.2, ''),
    ('photo-suizhou', 'photo', 'gw-suizhou', 1, 200, 70, 'colour', 0, 'rule seal'),
    ('photo-xiangyang3', 'photo', 'xiangyang3', 1, 200, 60, 'colour', 0, 'rule seal'),
    ('photo-shiyan', 'photo', 'gw-shiyan', 1, 200, 80, 'colour', 0, 'rule seal'),
    ('photo-notice-p2', 'photo', 'notice', 2, 200, 65, 'colour', 0, ''),
    ('low-zongjie-200ppi', 'low', 'zongjie', 1, 200, 60, 'gray', -1.0, ''),
    ('low-xiaogan-150ppi', 'low', 'gw-xiaogan', 1, 150, 50, 'gray', 1.5, 'rule seal'),
    ('low-notice-p6-300ppi', 'low', 'notice', 6, 300, 70, 'colour', 0.5, ''),
]

NUMBER = re.compile(r'〔\d{4}〕\s*\d+\s*号')
DATE = re.compile(r'^(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇一二三四五六七八九○零]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$')


def run(*args):
    subprocess.run([str(a) for a in args], check=True)


def lines_of(pdf, page):
    """The page's text lines with their boxes in points, top to bottom."""
    xml = subprocess.run(['pdftotext', '-bbox-layout', '-f', str(page), '-l', str(page), str(pdf), '-'],
                         check=True, capture_output=True, text=True).stdout
    xml = re.sub(r'<!DOCTYPE[^>]*>', '', xml).replace(' xmlns="http://www.w3.org/1999/xhtml"', '')
    out = []
    for line in ElementTree.fromstring(xml).iter('line'):
        text = ''.join(w.text or '' for w in line.iter('word'))
        out.append((text, *(float(line.get(k)) for k in ('xMin', 'yMin', 'xMax', 'yMax'))))
    return sorted(out, key=lambda l: l[2])


def star(cx, cy, r):
    points = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.38
        points.append(f'{cx + rr * math.cos(a):.1f},{cy + rr * math.sin(a):.1f}')
    return 'polygon ' + ' '.join(points)


def seal(issuer, diameter, angle, path):
    """A round red seal: ring, star, and the issuer's name set character by character along the top of the ring."""
    d = int(diameter)
    c = d / 2
    span = min(270, max(150, 16 * len(issuer)))
    radius = 0.34 * d
    size = min(0.17 * d, 0.92 * radius * math.radians(span) / len(issuer))
    text = []
    for i, ch in enumerate(issuer):
        theta = -span / 2 + span * (i + 0.5) / len(issuer)
        x, y = c + radius * math.sin(math.radians(theta)), c - radius * math.cos(math.radians(theta))
        text.append(f"translate {x:.1f},{y:.1f} rotate {theta:.1f} text {-size / 2:.1f},{size * 0.36:.1f} '{ch}'")
    run('convert', '-size', f'{d}x{d}', 'xc:none',
        '-fill', 'none', '-stroke', RED, '-strokewidth', max(2, d * 0.03), '-draw', f'circle {c},{c} {c},{d * 0.03}',
        '-fill', RED, '-stroke', 'none', '-draw', star(c, c * 1.02, d * 0.16),
        '-font', 'Noto-Sans-CJK-SC-Bold', '-pointsize', f'{size:.1f}', *sum((['-draw', t] for t in text), []),
        '-channel', 'A', '-evaluate', 'multiply', 0.85, '+channel', '-blur', '0x0.6',
        '-background', 'none', '-rotate', angle, path)


def marks(image, lines, scale, what, rng, work, name):
    """Draws the red separator line and the seal onto the rendered page."""
    args = []
    left, right = min(l[1] for l in lines), max(l[3] for l in lines)
    if 'rule' in what:
        number = next((l for l in lines[:6] if NUMBER.search(l[0])), None)
        if number:
            y = (number[4] + 10) * scale
            args += ['-stroke', RED, '-strokewidth', max(2, 1.2 * scale), '-draw', f'line {left * scale},{y} {right * scale},{y}']
    if 'seal' in what:
        at = max((i for i, l in enumerate(lines) if DATE.match(l[0].replace(' ', ''))), default=None)
        if at:
            date, signature = lines[at], lines[at - 1]
            diameter = SEAL_MM / 25.4 * 72 * scale
            path = work / f'{name}-seal.png'
            seal(signature[0].replace(' ', ''), diameter, rng.uniform(-12, 12), path)
            cx = (date[1] + date[3]) / 2 * scale
            cy = signature[2] * scale
            args += ['(', path, ')', '-gravity', 'NorthWest', '-geometry', f'+{int(cx - diameter / 2)}+{int(cy - diameter / 2)}',
                     '-compose', 'Multiply', '-composite', '-compose', 'Over']
    if args:
        run('convert', image, *args, image)


def scan(image, out, ppi, quality, colour, skew, low, seed):
    """A flatbed or copier: paper tint, the sheet turned a little, sensor noise, soft focus, JPEG; wrapped in a PDF."""
    jpg = image.with_suffix('.jpg')
    tone = ['-colorspace', 'Gray'] if colour == 'gray' else ['-channel', 'B', '-evaluate', 'multiply', 0.95, '+channel']
    fade = ['+level', '36%,88%'] if low else []
    run('convert', image, '-seed', seed, *tone, '-background', 'white', '-rotate', skew, '-gravity', 'center',
        '-crop', f'{identify(image)}+0+0', '+repage', *fade, '-attenuate', 0.5 if low else 0.3, '+noise', 'Gaussian',
        '-blur', '0x0.7' if low else '0x0.4', '-quality', quality, '-units', 'PixelsPerInch', '-density', ppi, jpg)
    run('img2pdf', '-o', out, jpg)


def photo(image, out, quality, rng, seed):
    """A phone over a desk: the sheet in perspective, light falling off across it, noise and JPEG, 72 dpi as phones write."""
    w, h = (int(v) for v in identify(image).split('x'))
    cw, ch = PHONE
    j = lambda v: v + rng.uniform(-40, 40)
    corners = [(0, 0, j(110), j(120)), (w, 0, j(cw - 90), j(70)), (0, h, j(60), j(ch - 80)), (w, h, j(cw - 50), j(ch - 130))]
    perspective = ' '.join(f'{a:.0f},{b:.0f} {c:.0f},{d:.0f}' for a, b, c, d in corners)
    light = rng.choice([120, 135, 210, 300])
    run('convert', image, '-seed', seed, '-virtual-pixel', 'background', '-background', '#5b4d40',
        '-define', f'distort:viewport={cw}x{ch}+0+0', '-distort', 'Perspective', perspective,
        '(', '-size', f'{cw}x{ch}', '-define', f'gradient:angle={light}', 'gradient:#fffdf6-#8f8a80', ')',
        '-compose', 'Multiply', '-composite', '-attenuate', 0.6, '+noise', 'Gaussian', '-blur', '0x0.8',
        '-quality', quality, '-units', 'PixelsPerInch', '-density', 72, out)


def identify(image):
    return subprocess.run(['identify', '-format', '%wx%h', str(image)], check=True, capture_output=True, text=True).stdout


def main():
    work, corpus, out = (pathlib.Path(a) for a in sys.argv[1:4])
    written = {}
    for line in (work / 'truth.tsv').read_text(encoding='utf-8').splitlines()[1:]:
        stem, number, date, issuer = line.split('\t')
        written[stem] = (number, date, issuer)
    manifest, truth = [], []
    for n, (name, kind, source, page, ppi, quality, colour, skew, what) in enumerate(SPECS):
        pdf, label = (corpus / CORPUS[source][0], CORPUS[source][1]) if source in CORPUS else (work / f'{source}.pdf', written[source])
        rng = random.Random(name)
        image = work / f'{name}.png'
        run('pdftoppm', '-r', ppi, '-f', page, '-l', page, '-singlefile', '-png', pdf, image.with_suffix(''))
        marks(image, lines_of(pdf, page), ppi / 72, what, rng, work, name)
        if kind == 'photo':
            file = f'{name}.jpg'
            photo(image, out / file, quality, rng, n + 1)
            ppi_shown, skew_shown = round(PHONE[0] / 8.27), 'perspective'
        else:
            file = f'{name}.pdf'
            scan(image, out / file, ppi, quality, colour, skew, kind == 'low', n + 1)
            ppi_shown, skew_shown = ppi, skew
        run('pdftotext', '-raw', '-f', page, '-l', page, pdf, out / f'{name}.txt')
        manifest.append(f'{file}\t{kind}\t{ppi_shown}\t{quality}\t{colour}\t{skew_shown}\t{name}.txt\t{pdf.name if source in CORPUS else source + ".html"}#{page}')
        if label:
            truth.append(f'{file}\t' + '\t'.join(label))
    with open(out / 'manifest.tsv', 'a', encoding='utf-8') as f:
        f.write(''.join(l + '\n' for l in manifest))
    with open(out / 'truth.tsv', 'a', encoding='utf-8') as f:
        f.write(''.join(l + '\n' for l in truth))


if __name__ == '__main__':
    main()
