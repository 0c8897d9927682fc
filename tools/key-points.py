#!/usr/bin/env python3
"""Counts a run's stories without key points: of 20 articles or more, and of 5 to 19, and lists the largest such.
Usage: python3 tools/key-points.py RUN/stories.jsonl"""
import json, sys

big = big_none = mid = mid_none = 0
none = []
for line in open(sys.argv[1], encoding='utf-8'):
    s = json.loads(line)
    n = len(s.get('articles', []))
    empty = not s.get('key_points')
    if n >= 20:
        big += 1
        big_none += empty
        if empty:
            none.append((n, s['headline']))
    elif n >= 5:
        mid += 1
        mid_none += empty
print(f'stories of 20+ articles {big}, without key points {big_none}; of 5-19 {mid}, without {mid_none}')
for n, h in sorted(none, reverse=True)[:10]:
    print(f'  {n:4d}  {h}')
