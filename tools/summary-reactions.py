#!/usr/bin/env python3
"""Counts the summary sentences of a run that open with a verb of reacting (condemning, congratulating, condoling,
welcoming, praising, a cable or call), among stories of five articles or more, and lists the stories whose summary
holds two or more. Usage: python3 tools/summary-reactions.py RUN/stories.jsonl"""
import json,sys,re
V=r'^(و|ف)?(أدان|أدانت|ادان|ادانت|شجب|شجبت|استنكر|استنكرت|ندد|نددت|أعرب|أعربت|اعرب|اعربت|عبر|عبرت|عبّر|عبّرت|هنأ|هنأت|بعث|بعثت|تلقى|تلقت|أشاد|أشادت|ثمن|ثمنت|ثمّن|ثمّنت|رحب|رحبت|رحّب|رحّبت|قدم|قدمت|نعى|نعت|عزى|عزت)\b'
tot=0;multi=0;sents=0;react=0;ex=[]
for l in open(sys.argv[1]):
    s=json.loads(l)
    sm=s.get('summary',[])
    if len(s.get('articles',[]))<5: continue
    tot+=1
    r=[x['text'] for x in sm if re.match(V,x['text'])]
    sents+=len(sm); react+=len(r)
    if len(r)>=2: multi+=1; ex.append((len(s['articles']),len(r),len(sm),s['headline']))
print('stories>=5',tot,'sents',sents,'reaction sents',react,'stories with >=2 reactions',multi)
for e in sorted(ex,reverse=True)[:15]: print(e)
