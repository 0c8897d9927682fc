#!/usr/bin/env python3
"""Datelines, conjunctions and links to other stories left in what Naba shows, for each run directory given.

For each RUN_DIR (the output of `naba run`), prints how many summary sentences and outlets' exclusive statements
(`stories.jsonl`) open with a dateline, and how many with a conjunction written onto one of the ten words most
sentences so open with ("وقال", "وفي", "وكان", …), how many open with "و" at all (after a conjunction that Naba leaves,
or a word whose first letter is و: "وصل", "وزير"), how many are of under five words, how many credits the articles carry and how many paragraphs their
text has (`articles.jsonl`). The dateline pattern here is written apart from Naba's rule (`text.Datelines`), so that it checks
it: an agency in parentheses before a dash ("دبي، الإمارات العربية المتحدة (CNN)--"), or one to three words, a dash,
one to three words and a colon ("سبق- الرياض:").

    python3 tools/shown-sentences.py BEFORE_RUN AFTER_RUN [--show N]
"""
import json
import re
import sys

PATTERN = re.compile(r'^[^\n]{0,80}?\((CNN|رويترز|أ ?ف ?ب)\)\s*[-—–]+'
                     r'|^[^\s:]{1,20}(\s[^\s:]{1,20}){0,2}\s*[-–—]\s*[^\s:]{1,20}(\s[^\s:]{1,20}){0,2}\s*:')

CONJOINED = {'وقال', 'وقالت', 'وفي', 'وكان', 'وأضاف', 'وأوضح', 'وكانت', 'وقد', 'ومن', 'وأكد'}


def main(argv):
    show = 0
    if '--show' in argv:
        i = argv.index('--show')
        show = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    for run in argv:
        shown = opening = conjoined = waw = short = 0
        examples = []
        with open(run + '/stories.jsonl', encoding='utf-8') as f:
            for line in f:
                story = json.loads(line)
                texts = [s['text'] for s in story['summary']]
                texts += [s['text'] for o in story.get('by_outlet', []) for s in o.get('exclusive', [])]
                for t in texts:
                    shown += 1
                    if t.startswith('و'):
                        waw += 1
                    if len(t.split()) < 5:
                        short += 1
                    if t.split() and t.split()[0].rstrip('،:,') in CONJOINED:
                        conjoined += 1
                    if PATTERN.match(t) and not t[:1].isdigit():
                        opening += 1
                        examples.append(t[:100])
        credits = paragraphs = 0
        with open(run + '/articles.jsonl', encoding='utf-8') as f:
            for line in f:
                a = json.loads(line)
                credits += len(a.get('credits', []))
                paragraphs += sum(1 for p in a['text'].split('\n') if p.strip())
        print(f'{run}: {shown} shown sentences, {opening} open with a dateline, {conjoined} with "وقال", "وفي"…, {waw} with "و", {short} of under five words; '
              f'{credits} credits, {paragraphs} paragraphs')
        for e in examples[:show]:
            print('   ', e)


if __name__ == '__main__':
    main(sys.argv[1:])
