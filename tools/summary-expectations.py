#!/usr/bin/env python3
"""Counts, among stories of five articles or more, the summary sentences that tell what was expected (a verb in the
future tense opening the sentence, "سيقرر", "ستنطلق", or "من المقرر / المتوقع / المنتظر / المرتقب أن") although
the story has reports published six hours or more after the sentence's own article, and how many such stories
open their summary with one. Usage: python3 tools/summary-expectations.py RUN
(RUN holds the run's stories.jsonl and articles.jsonl)."""
import json, re, sys
from datetime import datetime, timedelta

run = sys.argv[1]
NOT_FUTURE = ('سيطر', 'سياس', 'سياح', 'سيار', 'سيد', 'سيول', 'سيناء', 'سينما', 'سيرغي', 'سيرجي', 'سيريلانك',
              'سيبيري', 'سيمون', 'سيلفا', 'ستيف', 'ستاد', 'ستار', 'ستالين', 'ستوكهولم', 'ستراسبورغ', 'ستين', 'ستون',
              'ستة', 'سنغافور', 'سنوات', 'سنوي', 'سنود', 'سنة', 'سنت')
EXPECTED = re.compile(r'^و?من (المقرر|المتوقع|المنتظر|المرتقب)\b')


def expectation(text):
    words = re.sub(r'[\u064B-\u0652\u0640]', '', text).split()
    if not words:
        return False
    if EXPECTED.match(' '.join(words[:2])):
        return True
    w = words[0]
    for v in (w, w[1:] if w[:1] in 'وف' else None):
        if v and len(v) >= 5 and v[0] == 'س' and v[1] in 'يتن' and not v.startswith(NOT_FUTURE):
            return True
    return False


times, copies = {}, set()
for line in open(f'{run}/articles.jsonl', encoding='utf-8'):
    a = json.loads(line)
    if a.get('published'):
        times[a['id']] = datetime.fromisoformat(a['published'])
    if a.get('duplicate_of'):
        copies.add(a['id'])
stories = sentences = stale = opening = 0
examples = []
for line in open(f'{run}/stories.jsonl', encoding='utf-8'):
    s = json.loads(line)
    ids = s.get('articles', [])
    if len(ids) < 5:
        continue
    stories += 1
    last = max((times[i] for i in ids if i in times and i not in copies), default=None)
    for k, x in enumerate(s.get('summary', [])):
        sentences += 1
        t = times.get(x['articles'][0]) if x['articles'] else None
        if last and t and expectation(x['text']) and t + timedelta(hours=6) < last:
            stale += 1
            if k == 0:
                opening += 1
                examples.append((len(ids), s['headline'][:80], x['text'][:100]))
print(f'stories>=5 {stories} sentences {sentences} expectations with later reports {stale} opening one {opening}')
for e in sorted(examples, reverse=True)[:15]:
    print(e)
