#!/usr/bin/env python3
"""Draws the quotations whose speakers were judged by hand for the speaker rule of org.naba.clean.Quotations.

Usage: 2026-11-30-speaker-sample.py BEFORE_RUN_DIR AFTER_RUN_DIR [N]
Both directories are `naba run` outputs of the same corpus (ANT 2018 for the figure in Quotations' javadoc), the
first from a build before the rule, the second after. Prints N (default 40) quotations drawn at random (seed 11)
among those with a speaker in either run: the words before the quotation, the quotation's start, and both speakers.
"""
import json
import random
import sys


def load(run):
    out = {}
    with open(run + '/articles.jsonl', encoding='utf-8') as f:
        for line in f:
            a = json.loads(line)
            out[a['id']] = (a.get('quotes') or [], a['text'])
    return out


def main():
    before, after = load(sys.argv[1]), load(sys.argv[2])
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    pairs = []
    for i, (quotes, text) in before.items():
        for x, y in zip(quotes, after[i][0]):
            if x.get('speaker') or y.get('speaker'):
                pairs.append((i, x['text'], x.get('speaker'), y.get('speaker'), text))
    random.seed(11)
    random.shuffle(pairs)
    for k, (i, quote, was, now, text) in enumerate(pairs[:n], 1):
        at = text.find(quote[:30])
        context = text[max(0, at - 90):at].replace('\n', ' ')
        print(f'{k:2d} {i} [{was}] -> [{now}] :: …{context}«{quote[:25]}')


if __name__ == '__main__':
    main()
