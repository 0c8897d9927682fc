#!/usr/bin/env python3
"""Writes a news JSONL corpus with some records' dates taken away, to measure how Naba places undated articles.

Usage: 2026-11-30-undate.py CORPUS.jsonl[.gz] OUT.jsonl SHARE [--keep-url]
Each dated record loses its `published` with probability SHARE (random seed 5), and its `url` too unless --keep-url
(a URL may name the day, which Naba reads). SHARE 1 takes every date away.
"""
import gzip
import json
import random
import sys


def main():
    src, dst, share = sys.argv[1], sys.argv[2], float(sys.argv[3])
    keep_url = '--keep-url' in sys.argv[4:]
    random.seed(5)
    opener = gzip.open if src.endswith('.gz') else open
    with opener(src, 'rt', encoding='utf-8') as f, open(dst, 'w', encoding='utf-8') as out:
        for line in f:
            r = json.loads(line)
            if r.get('published') and (share >= 1 or random.random() < share):
                r['published'] = None
                if not keep_url:
                    r['url'] = None
            out.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
