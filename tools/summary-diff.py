#!/usr/bin/env python3
"""Compares two runs' summaries story by story (same ids): how many summaries changed, how many only in order, and
among stories of MIN articles or more how many open with another sentence, listing SHOW of those.
Usage: python3 tools/summary-diff.py BEFORE/stories.jsonl AFTER/stories.jsonl [MIN=5] [SHOW=15]"""
import json, sys


def load(path):
    return {s['id']: s for s in map(json.loads, open(path, encoding='utf-8'))}


before, after = load(sys.argv[1]), load(sys.argv[2])
least = int(sys.argv[3]) if len(sys.argv) > 3 else 5
show = int(sys.argv[4]) if len(sys.argv) > 4 else 15
changed = reordered = big = first = 0
for k, s in before.items():
    t = after.get(k)
    if not t:
        continue
    a = [x['text'] for x in s.get('summary', [])]
    b = [x['text'] for x in t.get('summary', [])]
    changed += a != b
    reordered += a != b and sorted(a) == sorted(b)
    if len(s.get('articles', [])) >= least:
        big += 1
        if a[:1] != b[:1]:
            first += 1
            if first <= show:
                print('##', s['headline'][:90], len(s['articles']))
                print('  before:', (a or [''])[0][:150])
                print('  after: ', (b or [''])[0][:150])
print(f'summaries changed {changed} (reordered only {reordered}); stories of {least}+ articles {big}, '
      f'opening with another sentence {first}')
