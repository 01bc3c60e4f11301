#!/usr/bin/env python3
"""Builds the held-out submissions into <work>/heldout/inbox/<region>/ and writes <work>/heldout/documents.json (the
document labels written beside each document). Usage: make.py <work dir>. Needs LibreOffice, poppler, ImageMagick,
img2pdf and the Noto CJK fonts."""
import csv, html, json, os, pathlib, re, shutil, subprocess, sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
sys.path.insert(0, str(pathlib.Path(__file__).parent.parent))
from seeds_to_html import STYLE
import shiyan, huanggang, xianning

work = pathlib.Path(sys.argv[1]).resolve()
src = work / 'src'
out = work / 'heldout' / 'inbox'
src.mkdir(parents=True, exist_ok=True)

def run(*args, **kw):
    subprocess.run([str(a) for a in args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)

def lo(*args):
    run('timeout', 600, 'soffice', f'-env:UserInstallation=file://{work}/lo-profile', '--headless', *args)

def page_html(body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}</head><body>{''.join(body)}</body></html>"

def table_html(rows):
    cells = ''.join('<tr>' + ''.join(f'<td>{html.escape(str(c))}</td>' for c in r) + '</tr>' for r in rows)
    return page_html([f"<table border='1' cellspacing='0' cellpadding='3'>{cells}</table>"])

# ── Images: seals, scans, phone photos ──

def anchor_box(pdf, anchor, dpi):
    """Pixel box (at dpi) and page of the line holding the anchor text (the date under the signature)."""
    xml = subprocess.run(['pdftotext', '-bbox', str(pdf), '-'], capture_output=True, text=True).stdout
    found = None
    for p, page in enumerate(xml.split('<page ')[1:], start=1):
        words = [(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in
                 re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page)]
        for w in words:
            if w[4] and w[4] in anchor and anchor.startswith(w[4][:2]):
                line = [v for v in words if abs(v[1] - w[1]) < 4]
                found = (p, min(v[0] for v in line) * dpi / 72, w[1] * dpi / 72, max(v[2] for v in line) * dpi / 72, w[3] * dpi / 72)
    return found

def seal(image, name, box, dpi):
    """A round red seal pressed over the signature and date, the text beneath it still showing (multiply)."""
    _, x0, y0, x1, y1 = box
    r = int(dpi * 0.78)  # a 40 mm seal
    cx, cy = int(x1 - r * 0.75), int(y0 - r * 0.2)
    stroke = max(2, dpi // 40)
    red = 'rgb(214,38,38)'
    star = ' '.join(f'{r + (0.28 if k % 2 == 0 else 0.11) * r * __import__("math").sin(k * 0.6283):.0f},'
                    f'{r - (0.28 if k % 2 == 0 else 0.11) * r * __import__("math").cos(k * 0.6283):.0f}' for k in range(10))
    stamp = work / 'stamp.png'
    run('convert', '-size', f'{2 * r}x{2 * r}', 'xc:white', '-fill', 'none', '-stroke', red, '-strokewidth', stroke,
        '-draw', f'circle {r},{r} {r},{stroke * 2}', '-fill', red, '-stroke', 'none', '-draw', f'polygon {star}',
        '-font', 'Noto-Sans-CJK-SC', '-pointsize', max(6, r // 6 * 72 // dpi), '-density', dpi,
        '-gravity', 'center', '-annotate', f'+0+{int(r * 0.52)}', '专用章',
        '-gravity', 'north', '-annotate', f'+0+{int(r * 0.22)}', name[:9],
        '-gravity', 'center', '-annotate', f'+0+{-int(r * 0.48)}', name[9:18] or ' ',
        '-channel', 'RGB', '-fx', 'u', '-attenuate', '0.4', '+noise', 'Impulse', str(stamp))
    run('convert', image, stamp, '-geometry', f'+{cx - r}+{cy - r}', '-compose', 'Multiply', '-composite', image)

def scan(pdf, dest, dpi, quality, color, angle, seal_name=None, anchor=None, fmt='pdf'):
    """A copier scan: the page rendered at the scanner's resolution, turned, noisy, JPEG, wrapped in a PDF."""
    stem = work / 'scan'
    for f in work.glob('scan-*'): f.unlink()
    run('pdftoppm', '-r', dpi, *([] if color else ['-gray']), pdf, stem)
    pages = sorted(work.glob('scan-*.p?m'))
    box = anchor_box(pdf, anchor, dpi) if seal_name and anchor else None
    jpgs = []
    for i, p in enumerate(pages, start=1):
        if box and box[0] == i:
            png = p.with_suffix('.png'); run('convert', p, png); seal(png, seal_name, box, dpi); p = png
        jpg = p.with_suffix('.jpg')
        tint = ['-fill', 'rgb(246,243,234)', '-colorize', '0'] if color else []
        run('convert', p, *tint, '-background', 'white', '-rotate', angle, '+repage', '-attenuate', 0.2 if dpi >= 200 else 0.12,
            '+noise', 'Gaussian', '-blur', '0x0.4', *([] if color else ['-colorspace', 'Gray']),
            '-units', 'PixelsPerInch', '-density', dpi, '-quality', quality, jpg)
        jpgs.append(jpg)
    if fmt == 'jpg':
        shutil.copy(jpgs[0], dest)
    else:
        run('img2pdf', '-o', dest, *jpgs)

def photo(pdf, dest, color, quality, dpi=200):
    """A phone photo of the first page: perspective, uneven light, JPEG."""
    stem = work / 'photo'
    run('pdftoppm', '-r', dpi, *([] if color else ['-gray']), '-f', 1, '-l', 1, '-singlefile', pdf, stem)
    src_img = next(work.glob('photo.p?m'))
    w, h = [int(v) for v in subprocess.run(['identify', '-format', '%w %h', str(src_img)], capture_output=True, text=True).stdout.split()]
    pts = f'0,0 {w*0.045:.0f},{h*0.02:.0f}  {w},0 {w*0.96:.0f},{h*0.006:.0f}  0,{h} {w*0.015:.0f},{h*0.975:.0f}  {w},{h} {w*0.99:.0f},{h*0.995:.0f}'
    run('convert', src_img, '-background', '#cfcac0', '-virtual-pixel', 'background', '-distort', 'Perspective', pts,
        '(', '+clone', '-sparse-color', 'Barycentric', '0,0 gray(78%) %w,%h gray(100%)', ')', '-compose', 'Multiply', '-composite',
        '-attenuate', 0.35, '+noise', 'Gaussian', '-quality', quality, dest)
    src_img.unlink()

def clip(pdf, dest, dpi):
    """A newspaper item cut out of a scanned page, saved as PNG."""
    stem = work / 'clip'
    run('pdftoppm', '-r', dpi, '-gray', '-f', 1, '-l', 1, '-singlefile', pdf, stem)
    run('convert', work / 'clip.pgm', '-crop', '100%x42%+0+0', '+repage', dest)

def tif(pdf, dest, dpi, angle):
    """A multi-page TIFF from a sheet-feeding scanner, grayscale, LZW."""
    for f in work.glob('tif-*'): f.unlink()
    run('pdftoppm', '-r', dpi, '-gray', pdf, work / 'tif')
    run('convert', *sorted(work.glob('tif-*.pgm')), '-background', 'white', '-rotate', angle, '+repage', '-units', 'PixelsPerInch',
        '-density', dpi, '-compress', 'LZW', dest)

# ── The plan ──

docs = []
for region, module in (('十堰市', shiyan), ('黄冈市', huanggang), ('咸宁市', xianning)):
    for k, (name, opts, body, label) in enumerate(module.DOCS):
        docs.append(dict(region=region, name=name, opts=opts, body=body, label=label, id=f'{module.__name__}{k:02d}'))

for d in docs:
    if d['body'] is None: continue
    if d['name'].endswith('.xlsx'):
        with open(src / f"{d['id']}.csv", 'w', newline='', encoding='utf-8') as f: csv.writer(f).writerows(d['body'])
    elif isinstance(d['body'][0], list):  # a table photographed or scanned: its first row is the title
        (src / f"{d['id']}.html").write_text(page_html([f"<p class='title'>{html.escape(d['body'][0][0])}</p>",
            "<table border='1' cellspacing='0' cellpadding='3'>" + ''.join('<tr>' + ''.join(f'<td>{html.escape(str(c))}</td>' for c in r) + '</tr>' for r in d['body'][1:]) + '</table>']), encoding='utf-8')
    else:
        (src / f"{d['id']}.html").write_text(page_html(d['body']), encoding='utf-8')

htmls = [str(src / f"{d['id']}.html") for d in docs if d['body'] is not None and not d['name'].endswith('.xlsx')]
csvs = [str(src / f"{d['id']}.csv") for d in docs if d['name'].endswith('.xlsx')]
if not all(pathlib.Path(h[:-5] + '.pdf').exists() for h in htmls):
  lo('--convert-to', 'docx:MS Word 2007 XML', '--infilter=HTML (StarWriter)', '--outdir', src, *htmls)
  lo('--convert-to', 'pdf', '--outdir', src, *[h[:-5] + '.docx' for h in htmls])
lo('--convert-to', 'xlsx', '--infilter=CSV:44,34,76,1', '--outdir', src, *csvs)
docs_doc = [str(src / f"{d['id']}.docx") for d in docs if d['name'].endswith('.doc')]
docs_rtf = [str(src / f"{d['id']}.docx") for d in docs if d['name'].endswith('.rtf')]
if docs_doc: lo('--convert-to', 'doc:MS Word 97', '--outdir', src, *docs_doc)
if docs_rtf: lo('--convert-to', 'rtf:Rich Text Format', '--outdir', src, *docs_rtf)

labels = {}
for d in docs:
    dest = out / d['region'] / d['name']
    dest.parent.mkdir(parents=True, exist_ok=True)
    base, o, ext = src / d['id'], d['opts'], d['name'].rsplit('.', 1)[1]
    pdf = base.with_suffix('.pdf')
    anchor = None
    if d['body'] and isinstance(d['body'][0], str):
        signs = re.findall(r"<p class='sign'>([^<]*)</p>", ''.join(d['body']))
        anchor = signs[-1] if signs else None
    if 'scan' in o:
        s = o['scan']; scan(pdf, dest, s['dpi'], s['quality'], s['color'], s['angle'], s.get('seal'), anchor)
    elif 'jpg' in o:
        s = o['jpg']; scan(pdf, dest, s['dpi'], s['quality'], False, s['angle'], fmt='jpg')
    elif 'photo' in o:
        s = o['photo']; photo(pdf, dest, s['color'], s['quality'], s.get('dpi', 200))
    elif 'clip' in o:
        clip(pdf, dest, o['clip']['dpi'])
    elif 'tif' in o:
        tif(pdf, dest, o['tif']['dpi'], o['tif']['angle'])
    elif 'text' in o:
        dest.write_bytes(o['text'].replace('\n', '\r\n').encode('gb18030'))
    elif 'empty' in o:
        dest.write_bytes(b'')
    elif 'corrupt' in o:
        data = base.with_suffix('.docx').read_bytes(); dest.write_bytes(data[:len(data) * 2 // 5])
    else:
        shutil.copy(base.with_suffix('.' + ext), dest)
    label = dict(d['label'])
    if 'status' not in label:
        label = {'type': label['type'], 'issuer': label['issuer'], 'doc_number': label['doc_number'], 'date': label['date'],
                 'scan': any(k in o for k in ('scan', 'jpg', 'photo', 'clip', 'tif')), 'flags': label['flags']}
    labels[f"{d['region']}/{d['name']}"] = label

(work / 'heldout' / 'documents.json').write_text(json.dumps(labels, ensure_ascii=False, indent=1), encoding='utf-8')
print(len(labels), 'files', file=sys.stderr)
