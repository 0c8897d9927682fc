#!/usr/bin/env python3
"""Compares two runs' articles by id, every field but `source` (which names the input file): how many each run
holds, how many differ and in which fields. Usage: python3 tools/articles-diff.py A/articles.jsonl B/articles.jsonl"""
import collections, json, sys


def load(path):
    out = {}
    for line in open(path, encoding='utf-8'):
        a = json.loads(line)
        a.pop('source', None)
        out[a['id']] = a
    return out


a, b = load(sys.argv[1]), load(sys.argv[2])
fields = collections.Counter(f for k in a.keys() & b.keys() for f in a[k] if a[k][f] != b[k].get(f))
differ = sum(1 for k in a.keys() & b.keys() if a[k] != b[k])
print(f'{len(a)} and {len(b)} articles; only in the first {len(a.keys() - b.keys())}, only in the second '
      f'{len(b.keys() - a.keys())}; differing {differ}', dict(fields) if fields else '')
