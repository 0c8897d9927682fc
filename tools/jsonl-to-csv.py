#!/usr/bin/env python3
"""Writes a news JSONL(.gz) corpus as a CSV table, one column per field of its first record, so that a run over the
table can be compared with a run over the corpus (naba reads both by the same field names).
Usage: python3 tools/jsonl-to-csv.py CORPUS.jsonl[.gz] OUT.csv"""
import csv, gzip, json, sys

src, out = sys.argv[1], sys.argv[2]
opener = gzip.open if src.endswith('.gz') else open
with opener(src, 'rt', encoding='utf-8') as f, open(out, 'w', newline='', encoding='utf-8') as o:
    writer = None
    for line in f:
        record = json.loads(line)
        if writer is None:
            writer = csv.DictWriter(o, fieldnames=list(record.keys()), extrasaction='ignore')
            writer.writeheader()
        writer.writerow(record)
