# Fits the learned join decision of 2026-11-30-vectors-bridges-learned.patch (numpy only): reads the feature files
# written with FEAT_OUT on the SaudiNewsNet and ANT run streams (/tmp/ana/feat-snn.tsv, /tmp/ana/feat-ant.tsv),
# prints pairwise AUCs (the engine's own score, and a logistic regression trained on one gold and tested on the
# other) and the raw weights to pass as LR_W.
import numpy as np, sys
def load(f):
    rows=[l.rstrip('\n').split('\t') for l in open(f)]
    y=np.array([int(r[2]) for r in rows]); X=np.array([[float(x) for x in r[4:]] for r in rows])
    ids=[r[0] for r in rows]
    return X,y,ids
names='score cent mem sig pop place logsize bodycos titlecos entcos decay hrsLast hrsPeak other rank dense'.split()
def feats(X, use):
    F=[]
    for n in use:
        c=X[:,names.index(n)]
        if n in('hrsLast','hrsPeak'): c=np.log1p(np.maximum(c,0))
        if n in('score','cent','mem','sig','other'): c=np.minimum(c,5)
        F.append(c)
    F=np.stack(F,1)
    return F
def auc(s,y):
    o=np.argsort(s); r=np.empty(len(s)); r[o]=np.arange(len(s))
    p=y==1; return (r[p].sum()-p.sum()*(p.sum()-1)/2)/(p.sum()*(~p).sum())
def fit(F,y,l2=1e-3,it=3000,lr=0.5):
    mu=F.mean(0); sd=F.std(0)+1e-9; Z=(F-mu)/sd
    w=np.zeros(Z.shape[1]); b=0.
    wpos=(y==0).sum()/(y==1).sum()
    sw=np.where(y==1,wpos,1.0); sw/=sw.mean()
    for _ in range(it):
        p=1/(1+np.exp(-(Z@w+b))); g=(p-y)*sw
        w-=lr*(Z.T@g/len(y)+l2*w); b-=lr*g.mean()
    return lambda G:((G-mu)/sd)@w+b, w
Xs,ys,_=load('/tmp/ana/feat-snn.tsv'); Xa,ya,_=load('/tmp/ana/feat-ant.tsv')
print('baseline rule score AUC: snn %.3f ant %.3f'%(auc(Xs[:,0],ys),auc(Xa[:,0],ya)))
for use in [['cent','mem','sig','pop','place'],
            ['cent','mem','sig','pop','place','logsize','hrsLast','hrsPeak','other'],
            ['cent','mem','sig','pop','place','logsize','bodycos','titlecos','entcos','decay','hrsLast','hrsPeak','other','rank'],
            ['cent','mem','sig','pop','place','logsize','bodycos','titlecos','entcos','decay','hrsLast','hrsPeak','other','rank','dense']]:
    f,w=fit(feats(Xs,use),ys); g,w2=fit(feats(Xa,use),ya)
    print(len(use),'train snn->ant %.3f (in %.3f) | train ant->snn %.3f (in %.3f)'%(auc(f(feats(Xa,use)),ya),auc(f(feats(Xs,use)),ys),auc(g(feats(Xs,use)),ys),auc(g(feats(Xa,use)),ya)), use[-1])
    print('   w(snn)',' '.join('%s=%.2f'%(n,x) for n,x in zip(use,w)))
print('---- raw weights')
use=['cent','mem','sig','pop','place','logsize','hrsLast','hrsPeak','other']
def rawfit(F,y):
    mu=F.mean(0); sd=F.std(0)+1e-9
    f,w=fit(F,y)
    wr=w/sd; b=f(np.zeros((1,F.shape[1])))[0]  # logit at raw zero
    return wr,b
for name,(X,y) in {'snn':(Xs,ys),'ant':(Xa,ya),'both':(np.vstack([Xs,Xa]),np.concatenate([ys,ya]))}.items():
    wr,b=rawfit(feats(X,use),y)
    print(name, ','.join('%.5f'%x for x in list(wr)+[b]))
