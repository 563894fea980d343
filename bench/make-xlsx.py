#!/usr/bin/env python3
"""Writes the .xlsx files of the memory figures in docs/performance.md and
docs/safety.md (stdlib only):
  make-xlsx.py rows OUT.xlsx [ROWS]   a long-form sheet of ROWS rows
      (default 1,048,576: Excel's limit) over the 37 units of
      data/thai-nguyen-2025.json, every date, Viettel/VNPT/Khác;
  make-xlsx.py bomb OUT.xlsx          a sheet of 1 GiB of spaces (about 1 MB).
"""
import json
import os
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
            'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships"><sheets><sheet name="Số liệu" sheetId="1" r:id="rId1"/></sheets></workbook>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')


def rows(out, count):
    data = json.load(open(os.path.join(HERE, '..', 'data', 'thai-nguyen-2025.json'), encoding='utf-8'))
    units = [u['name'] for u in data['units']]
    providers = ['Viettel', 'VNPT', 'Khác']
    strings = ['Đơn vị', 'Ngày', 'Nhà mạng', 'Số lượng'] + units + providers
    esc = lambda s: s.replace('&', '&amp;').replace('<', '&lt;')
    sst = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
           'spreadsheetml/2006/main">' + ''.join(f'<si><t>{esc(s)}</t></si>' for s in strings) + '</sst>')
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('xl/workbook.xml', WORKBOOK)
        z.writestr('xl/_rels/workbook.xml.rels', RELS)
        z.writestr('xl/sharedStrings.xml', sst)
        with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=False) as f:
            f.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
                    b'openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            f.write(b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
                    b'<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>')
            buf = []
            for r in range(2, count + 1):
                i = r - 2
                unit = i % len(units)
                day = (i // len(units)) % 32
                provider = (i // (len(units) * 32)) % 3
                n = (unit * 7 + day * 3 + provider) % 97
                buf.append(f'<row r="{r}"><c r="A{r}" t="s"><v>{4 + unit}</v></c><c r="B{r}"><v>{45866 + day}</v></c>'
                           f'<c r="C{r}" t="s"><v>{4 + len(units) + provider}</v></c><c r="D{r}"><v>{n}</v></c></row>')
                if len(buf) == 10000:
                    f.write(''.join(buf).encode())
                    buf = []
            f.write(''.join(buf).encode())
            f.write(b'</sheetData></worksheet>')


def bomb(out):
    head = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
            b'main"><sheetData>')
    tail = b'</sheetData></worksheet>'
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr('xl/workbook.xml', WORKBOOK)
        z.writestr('xl/_rels/workbook.xml.rels', RELS)
        with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=False) as f:
            f.write(head)
            block = b' ' * (1 << 20)
            for _ in range(1024):
                f.write(block)
            f.write(tail)


if __name__ == '__main__':
    if len(sys.argv) >= 3 and sys.argv[1] == 'rows':
        rows(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 1048576)
    elif len(sys.argv) == 3 and sys.argv[1] == 'bomb':
        bomb(sys.argv[2])
    else:
        sys.exit(__doc__)
