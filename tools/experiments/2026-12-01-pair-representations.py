#!/usr/bin/env python3
"""Whether word pairs tell two stories of one event from two events better than single words.

Usage: 2026-12-01-pair-representations.py TERMS.tsv RUN/stories.jsonl GOLD.json

TERMS.tsv is written by 2026-12-01-DumpTerms.java (id, published, title terms, lead terms, as the story engine's
analyser makes them). Every pair of final stories begun within four days of each other, the first mostly members of
a gold story, is labelled: the same event when the second is mostly its members too, another when it holds none of
them. Each story is the sum of its articles' unit TF-IDF vectors, of single terms (title twice, lead) or of adjacent
term pairs. Prints the pairwise AUC of each cosine and, for each and for mixes, how many articles the same-event
pairs above a threshold hold when 0, 5 or 20 pairs of two events are above it.
"""
import json, sys, math, collections, datetime
terms_f, stories_f, gold_f = sys.argv[1:4]
arts = {}
df = collections.Counter(); dfb = collections.Counter()
for line in open(terms_f, encoding='utf-8'):
    i, pub, t, b = line.rstrip('\n').split('\t')
    t = t.split(); b = b.split()
    big = [b[k]+'_'+b[k+1] for k in range(len(b)-1)] + [t[k]+'_'+t[k+1] for k in range(len(t)-1)]
    try: ts = datetime.datetime.fromisoformat(pub).timestamp()
    except: ts = 0
    arts[i] = (ts, t, b, big)
    df.update(set(t) | set(b)); dfb.update(set(big))
N = len(arts)
def vec(toks, dfc, w=1.0):
    c = collections.Counter(toks); v = {}
    for k, n in c.items():
        d = dfc[k]
        if d < 1: continue
        v[k] = (1 + math.log(n)) * math.log(N / d) * w
    return v
def norm(v):
    s = math.sqrt(sum(x*x for x in v.values())) or 1
    return {k: x/s for k, x in v.items()}
def add(a, b):
    for k, x in b.items(): a[k] = a.get(k, 0) + x
def cos(a, b):
    if len(a) > len(b): a, b = b, a
    s = sum(x * b.get(k, 0) for k, x in a.items())
    na = math.sqrt(sum(x*x for x in a.values())); nb = math.sqrt(sum(x*x for x in b.values()))
    return s / (na*nb) if na and nb else 0
gold = json.load(open(gold_f, encoding='utf-8'))
mem = {}; rel = collections.defaultdict(set)
for g in gold['stories']:
    for m in g['members']: mem[m] = g['key']
    for r in g.get('related', []): rel[r].add(g['key'])
stories = []
for line in open(stories_f, encoding='utf-8'):
    s = json.loads(line); ids = [a for a in s['articles'] if a in arts]
    if not ids: continue
    stories.append((s['id'], ids, min(arts[a][0] for a in ids)))
reps = {}
def rep(ids):
    uni = {}; bi = {}; ti = {}
    for a in ids:
        ts, t, b, big = arts[a]
        add(uni, norm(vec(t*2 + b, df))); add(bi, norm(vec(big, dfb)))
    return uni, bi
def label(ids):
    c = collections.Counter(mem.get(a) for a in ids)
    return c
keyed = []
for sid, ids, t0 in stories:
    c = label(ids)
    g, n = max(((k, v) for k, v in c.items() if k), key=lambda x: x[1], default=(None, 0))
    keyed.append((sid, ids, t0, g, n / len(ids), c))
bygold = [k for k in keyed if k[3] and k[4] >= 0.5]
res = []
for s1 in bygold:
    for s2 in keyed:
        if s2[0] == s1[0] or abs(s2[2] - s1[2]) > 4 * 86400: continue
        if s2[3] == s1[3] and s2[4] >= 0.5: lab = 1
        elif s2[5].get(s1[3], 0) == 0: lab = 0
        else: continue
        if lab == 1 and s2[0] < s1[0]: continue
        res.append((s1, s2, lab))
print('pairs', len(res), 'pos', sum(r[2] for r in res))
cache = {}
def R(s):
    if s[0] not in cache: cache[s[0]] = rep(s[1])
    return cache[s[0]]
scored = []
for s1, s2, lab in res:
    u1, b1 = R(s1); u2, b2 = R(s2)
    cu = cos(u1, u2); cb = cos(b1, b2)
    # weight positives by articles moved (smaller story size)
    w = min(len(s1[1]), len(s2[1]))
    scored.append((cu, cb, lab, w, s1[3]))
def auc(idx):
    pos = [x[idx] for x in scored if x[2]]; neg = sorted(x[idx] for x in scored if not x[2])
    import bisect
    return sum(bisect.bisect_left(neg, p) for p in pos) / (len(pos) * len(neg))
def gain_at(fn, fp_allow):
    # articles gained by positives above threshold where negatives above threshold <= fp_allow
    sc = sorted(((fn(x), x[2], x[3]) for x in scored), reverse=True)
    fp = 0; gain = 0; best = 0
    for s, lab, w in sc:
        if lab: gain += w
        else:
            fp += 1
            if fp > fp_allow: break
    return gain
for name, fn in [('uni', lambda x: x[0]), ('bi', lambda x: x[1]), ('mix.5', lambda x: .5*x[0]+.5*x[1]), ('mix.3', lambda x: .7*x[0]+.3*x[1]), ('geo', lambda x: math.sqrt(x[0]*x[1]))]:
    idx = None
    print(name, 'gain@0fp', gain_at(fn, 0), '@5', gain_at(fn, 5), '@20', gain_at(fn, 20), 'pos total', sum(x[3] for x in scored if x[2]))
print('auc uni', auc(0), 'bi', auc(1))
