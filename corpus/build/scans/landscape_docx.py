"""Turns a portrait DOCX landscape and widens its tables to the new text width, as an office does before
printing a wide scoring table sideways.  usage: landscape_docx.py <in.docx> <out.docx> <table scale>"""
import re
import sys
import zipfile

source, target, scale = sys.argv[1], sys.argv[2], float(sys.argv[3])
portrait = re.compile(r'<w:pgSz w:w="(\d+)" w:h="(\d+)"/>')
widths = re.compile(r'(<w:(?:gridCol|tcW|tblW) w:w=")(\d+)"')

with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'word/document.xml':
            xml = data.decode('utf-8')
            xml = portrait.sub(lambda m: f'<w:pgSz w:w="{m.group(2)}" w:h="{m.group(1)}" w:orient="landscape"/>', xml)
            xml = widths.sub(lambda m: f'{m.group(1)}{int(int(m.group(2)) * scale)}"', xml)
            data = xml.encode('utf-8')
        zout.writestr(item, data)
