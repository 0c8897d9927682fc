#!/usr/bin/env python3
"""Cuts paragraphs that open another article of the same outlet (teasers a scraper kept) from a run's articles.

Usage: 2026-11-30-cut-teasers.py RUN/articles.jsonl OUT.jsonl [para|tail]
A paragraph after an article's first whose first 50 characters open another article of the same outlet, with
another title (its first paragraph, with or without a leading dateline), is a teaser: `para` drops those
paragraphs, `tail` everything from the first of them. OUT.jsonl is then replayed by StoryTuning. Not kept: see the
stop note of 2026-11-30 and the tools/experiments README.
"""
import json,collections,re,sys
src,dst=sys.argv[1],sys.argv[2]
mode=sys.argv[3] if len(sys.argv)>3 else 'para'
arts=[json.loads(l) for l in open(src)]
def strip_dl(p):
    m=re.match(r'^.{0,80}?(?:--|—| - |: )\s*',p)
    return p[m.end():] if m and m.end()<90 else p
heads=collections.defaultdict(list)
for a in arts:
    ps=[p.strip() for p in a['text'].split('\n\n') if p.strip()]
    if ps:
        for k in {ps[0][:50], strip_dl(ps[0])[:50]}:
            if len(k)>=50: heads[(a['outlet'],k)].append(a)
cut=0;paras=0;byo=collections.Counter()
with open(dst,'w') as o:
    for a in arts:
        ps=[p.strip() for p in a['text'].split('\n\n') if p.strip()]
        keep=[]
        hit=None
        for i,p in enumerate(ps):
            if i>=1 and len(p)>=50 and any(b['id']!=a['id'] and b['title']!=a['title'] for b in heads.get((a['outlet'],p[:50]),[])):
                if hit is None: hit=i
                if mode=='para': paras+=1; continue
            keep.append(p)
        if hit is not None:
            cut+=1; byo[a['outlet']]+=1
            if mode=='tail': paras+=len(ps)-hit; keep=ps[:hit]
        a=dict(a); a['text']='\n\n'.join(keep)
        o.write(json.dumps(a,ensure_ascii=False)+'\n')
print(mode,cut,paras,byo)
