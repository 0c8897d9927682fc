#!/usr/bin/env python3
"""Writes a zip of three JSONL entries (40 records each, seeded Arabic text), one copy with 40 bytes spoilt in the
middle of the second entry's compressed data and one cut where the third entry's header starts, to check how
`naba run` reads damaged archives.

Usage: damaged-zip.py OUTDIR     then: ./naba run OUTDIR/damaged.zip --out RUN   (or OUTDIR/cut.zip)
"""
import io
import os
import random
import sys
import zipfile


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    random.seed(3)
    words = "قمة مجموعة العشرين هانغتشو بوتين أوباما سورية اتفاق وقف النار حلب".split()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for i in range(3):
            records = []
            for k in range(40):
                text = ' '.join(random.choice(words) for _ in range(80))
                records.append('{"id":"r%d-%d","title":"عنوان %d","text":"%s","published":"2016-09-05T10:00:00Z",'
                               '"outlet":"x"}' % (i, k, k, text))
            z.writestr('part%d.jsonl' % i, '\n'.join(records) + '\n')
    data = bytearray(buf.getvalue())
    headers = [i for i in range(len(data) - 3) if data[i:i + 4] == b'PK\x03\x04']
    middle = (headers[1] + headers[2]) // 2
    damaged = bytearray(data)
    for i in range(middle, middle + 40):
        damaged[i] = (i * 31) & 255
    with open(os.path.join(out, 'damaged.zip'), 'wb') as f:
        f.write(damaged)
    with open(os.path.join(out, 'cut.zip'), 'wb') as f:
        f.write(bytes(data[:headers[2]]))


if __name__ == '__main__':
    main()
