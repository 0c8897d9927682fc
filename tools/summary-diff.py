#!/usr/bin/env python3
"""Compares two runs' summaries story by story (same ids): how many summaries changed, how many only in order, and
among stories of MIN articles or more how many open with another sentence, listing SHOW of those.
Usage: python3 tools/summary-diff.py BEFORE/stories.jsonl AFTER/stories.jsonl [MIN=5] [SHOW=15] [SEED]
With SEED, the SHOW stories listed are drawn at random (random.Random(SEED)) from those opening with another sentence,
instead of the first ones: a sample to read and judge."""
import json, random, sys


def load(path):
    return {s['id']: s for s in map(json.loads, open(path, encoding='utf-8'))}


before, after = load(sys.argv[1]), load(sys.argv[2])
least = int(sys.argv[3]) if len(sys.argv) > 3 else 5
show = int(sys.argv[4]) if len(sys.argv) > 4 else 15
seed = int(sys.argv[5]) if len(sys.argv) > 5 else None
changed = reordered = big = first = 0
opened = []
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
            opened.append((s['headline'][:90], len(s['articles']), (a or [''])[0][:150], (b or [''])[0][:150]))
for headline, size, was, now in (random.Random(seed).sample(opened, min(show, len(opened))) if seed is not None
                                 else opened[:show]):
    print('##', headline, size)
    print('  before:', was)
    print('  after: ', now)
print(f'summaries changed {changed} (reordered only {reordered}); stories of {least}+ articles {big}, '
      f'opening with another sentence {first}')
