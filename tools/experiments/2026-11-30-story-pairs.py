# Labels pairs of final stories written by TUNE_PAIRS (2026-11-30-seen-query-burst-split.patch, run with NO_EXPIRE=1
# and TUNE_DUMP) against both golds: POS where both stories are mostly one gold story's members, NEG_sibling /
# NEG_magnet / NEG_other where a merge would mix events; prints the median features of each class and, for a grid of
# thresholds (signature coverage, centroid cosine, time gap), the articles a merge rule would gain and mix, SNN and
# ANT. Expects /tmp/pairs-{snn,ant}.tsv and /tmp/asg-{snn,ant}.tsv.
import json,sys,collections
def load(pairs,asg,gold):
  g=json.load(open(gold))
  mem={};rel=collections.defaultdict(set)
  for s in g['stories']:
    for m in s['members']: mem[m]=s['key']
    for r in s['related']: rel[r].add(s['key'])
  comp=collections.defaultdict(collections.Counter); size=collections.Counter()
  for l in open(asg):
    a,st=l.rstrip('\n').split('\t'); size[st]+=1
    if a in mem: comp[st]['M:'+mem[a]]+=1
    for k in rel.get(a,()): comp[st]['R:'+k]+=1
  def dom(st):
    c=comp[st]; best=None;n=0
    for k,v in c.items():
      if k.startswith('M:') and v>n: best,n=k[2:],v
    return best,n
  rows=[]
  for l in open(pairs):
    f=l.rstrip('\n').split('\t')
    big,small=f[0],f[1]; feats=list(map(float,f[2:]))
    gb,nb=dom(big); gs,ns=dom(small)
    sb,ss=size[big],size[small]
    lab=None
    if gs and ns>=0.5*ss:
      if gb==gs and nb>=0.3*sb: lab='POS'
      elif gb==gs: lab='NEG_magnet'   # small is g-dominant, big holds a few g members but is mostly something else
      elif gb and nb>=0.3*sb: lab='NEG_sibling'
      else: lab='NEG_magnet'
    elif gb and nb>=0.3*sb:
      # small not dominated by g
      relc=comp[small]['R:'+gb]; memc=comp[small]['M:'+gb]
      others=ss-relc-memc
      if others>=0.5*ss: lab='NEG_other'
    if lab: rows.append((lab,big,small,feats,gb,gs))
  return rows
rows=load('/tmp/pairs-snn.tsv','/tmp/asg-snn.tsv','/work/shared/data/gold/saudinewsnet-2015-stories.json')
rows2=load('/tmp/pairs-ant.tsv','/tmp/asg-ant.tsv','/work/main/core/src/test/resources/gold/ant-2018-stories.json')
names=['bigsize','smallsize','cosB','cosT','cosE','covBigBySmall','covSmallByBig','dtFirst','dtFromBigLast','shared','cohBig','cohSmall']
for name,R in [('SNN',rows),('ANT',rows2)]:
  c=collections.Counter(r[0] for r in R); print(name,dict(c))
import itertools
def show(R,lab,k=12):
  for r in [x for x in R if x[0]==lab][:k]:
    print(lab, r[4], r[5], ' '.join('%s=%.2f'%(n,v) for n,v in zip(names,r[3])))
for name,R in [('SNN',rows),('ANT',rows2)]:
  print('=====',name)
  for lab in ['POS','NEG_sibling','NEG_magnet','NEG_other']:
    X=[x[3] for x in R if x[0]==lab]
    if not X: continue
    import statistics
    print(lab,len(X),' '.join('%s=%.2f'%(n,statistics.median(col)) for n,col in zip(names,zip(*X))))
print('===== grid')
allr=[('S',)+r for r in rows]+[('A',)+r for r in rows2]
idx={n:i for i,n in enumerate(names)}
res=[]
for cov in [0.3,0.4,0.5,0.6,0.7]:
  for cb in [0.1,0.15,0.2,0.25,0.3]:
    for dt in [24,48,96]:
      pos=[0,0];neg=[0,0]
      for r in allr:
        f=r[4]
        ok=f[idx['covBigBySmall']]>=cov and f[idx['cosB']]>=cb and abs(f[idx['dtFirst']])<=dt
        if not ok: continue
        k=0 if r[0]=='S' else 1
        if r[1]=='POS': pos[k]+=f[idx['smallsize']]
        else: neg[k]+=f[idx['smallsize']]
      res.append((cov,cb,dt,pos,neg))
for r in res:
  if r[3][0]+r[3][1]>0: print(r)
