#!/usr/bin/env python3
"""Writes the bad inputs every ingestion must survive, each with a readable reason.
Usage: bad_inputs.py <out dir> <a real text PDF> <a real JPEG>"""
import struct, sys, zlib, zipfile, pathlib

out, pdf, jpg = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
out.mkdir(parents=True, exist_ok=True)

(out / '空文件.pdf').write_bytes(b'')
data = pdf.read_bytes()
(out / 'truncated.pdf').write_bytes(data[: len(data) // 3])
(out / 'really-a-jpeg.pdf').write_bytes(jpg.read_bytes())
(out / 'really-a-pdf.jpg').write_bytes(data)
(out / 'not-a-zip.docx').write_bytes('这不是一个Word文件，只是改了扩展名的文本。\n'.encode('utf-8') * 20)

# A zip bomb dressed as .docx: 1 GiB of zeros compresses to about 1 MB.
with zipfile.ZipFile(out / 'zip-bomb.docx', 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    with z.open('word/document.xml', 'w', force_zip64=True) as f:
        block = b'\0' * (1 << 20)
        for _ in range(1024):
            f.write(block)

# 20000 x 20000 pixels, 1 bit per pixel, all white: tiny on disk, 400 megapixels decoded.
w = h = 20000
row = b'\0' + b'\xff' * (w // 8)
comp = zlib.compressobj(9)
idat = b''.join(comp.compress(row) for _ in range(h)) + comp.flush()
def chunk(kind, body):
    return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', zlib.crc32(kind + body) & 0xffffffff)
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 1, 0, 0, 0, 0)) + chunk(b'IDAT', idat) + chunk(b'IEND', b'')
(out / 'huge-20000x20000.png').write_bytes(png)

# A well-formed PDF whose page tree holds no page.
objs = [b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [] /Count 0 >>']
body, offsets = b'%PDF-1.4\n', []
for i, o in enumerate(objs, 1):
    offsets.append(len(body))
    body += b'%d 0 obj\n' % i + o + b'\nendobj\n'
xref = len(body)
body += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1) + b''.join(b'%010d 00000 n \n' % o for o in offsets)
body += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
(out / 'zero-pages.pdf').write_bytes(body)

# Odd names: spaces, Chinese, brackets, quotes, ampersand, hash.
(out / "会议 纪要 (终稿) #1 & 'x'.txt").write_text('2019年3月12日召开领导小组会议，部署打击侵权假冒工作。\n', encoding='utf-8')
# Plain text in GB18030, as older Windows tools save it.
(out / 'gb18030-工作信息.txt').write_bytes('襄阳市打击侵权假冒工作信息第12期：全市开展“铁拳”行动。\n'.encode('gb18030'))
