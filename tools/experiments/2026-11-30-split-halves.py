# Lists the two halves of each story written by TUNE_SPLIT (2026-11-30-seen-query-burst-split.patch), lowest
# cosine first, with the gold stories (first 14 characters of the key), related articles (rel) and others (-) in each.
# Usage: python3 2026-11-30-split-halves.py SPLIT.tsv GOLD.json [all]
import json,sys,collections
split,gold=sys.argv[1:3]
g=json.load(open(gold))
mem={};rel=collections.defaultdict(set)
for s in g['stories']:
  for m in s['members']: mem[m]=s['key']
  for r in s['related']: rel[r].add(s['key'])
S={};A=collections.defaultdict(lambda:[[],[]])
for l in open(split):
  f=l.rstrip('\n').split('\t')
  if f[0]=='S': S[f[1]]=f[2:]
  else: A[f[1]][int(f[2])].append(f[3])
def comp(ids):
  c=collections.Counter()
  for i in ids:
    if i in mem: c[mem[i][:14]]+=1
    elif i in rel: c['rel']+=1
    else: c['-']+=1
  return dict(c.most_common(4))
rows=[]
for sid,(n,a,b,c01,coh0,coh1) in S.items():
  h=A[sid]
  gm=sum(1 for i in h[0]+h[1] if i in mem)
  rows.append((float(c01),sid,n,a,b,comp(h[0]),comp(h[1]),gm))
rows.sort()
for r in rows:
  if r[7]>0 or len(sys.argv)>3: print('%.3f %s n=%s %s/%s  H0=%s  H1=%s'%(r[0],r[1][-12:],r[2],r[3],r[4],r[5],r[6]))
