#!/usr/bin/env python3
"""Random joint search around the story engine's defaults, on the four streams of this directory's README.

Usage (from the repository root, after `./mvnw -o -pl core test-compile` and the four streams written as the README
says): python3 tools/experiments/2026-12-02-random-search.py SEED N OUT.json
Draws N variants, each changing 2 to 5 settings at once (uniformly within the ranges below), clusters every stream
with the defaults and each variant through org.naba.story.StoryTuning (analysis once per stream), writes the scores
to OUT.json and prints the variants by mean of the eight figures (macro F1 and B-cubed F1 on four streams), with the
largest loss against the defaults on any of them ("min").
"""
import random, subprocess, sys, re, json
random.seed(int(sys.argv[1])); n=int(sys.argv[2]); out=sys.argv[3]
def r(a,b,d=3): return round(random.uniform(a,b),d)
variants=[""]
for i in range(n):
    v={}
    keys=random.sample(['joinThreshold','bodyWeight','titleWeight','entityWeight','timeSigma','memberThreshold','signatureThreshold',
      'clearWinnerShare','clearWinnerMargin','orphanShare','popularityBoost','mergeThreshold','mergeSigma','placePenalty',
      'followUpSpan','burstBoost','rareTermMaxDf','signatureTerms','memberLinks'], random.randint(2,5))
    for k in keys:
        v[k]={'joinThreshold':lambda:r(0.17,0.23),'bodyWeight':lambda:r(0.8,1.1),'titleWeight':lambda:r(0.4,0.75),
        'entityWeight':lambda:r(0.12,0.4),'timeSigma':lambda:f"{random.randint(54,96)}h",'memberThreshold':lambda:r(0.38,0.55),
        'signatureThreshold':lambda:r(0.6,0.76),'clearWinnerShare':lambda:r(0.7,0.9),'clearWinnerMargin':lambda:r(2,4,2),
        'orphanShare':lambda:r(0.45,0.75),'popularityBoost':lambda:r(0.01,0.03,4),'mergeThreshold':lambda:r(0.42,0.6),
        'mergeSigma':lambda:f"{random.randint(12,48)}h",'placePenalty':lambda:r(0.3,0.7),'followUpSpan':lambda:f"{random.randint(6,10)}d",
        'burstBoost':lambda:r(0.6,1.4),'rareTermMaxDf':lambda:r(0.005,0.02,4),'signatureTerms':lambda:random.randint(8,12),
        'memberLinks':lambda:random.choice([8,12,16,24])}[k]()
    variants.append(",".join(f"{k}={x}" for k,x in v.items()))
streams=[("/tmp/snn/articles.jsonl","../../shared/data/gold/saudinewsnet-2015-stories.json"),("/tmp/snn-raw.jsonl","../../shared/data/gold/saudinewsnet-2015-stories.json"),
 ("/tmp/ant/articles.jsonl","src/test/resources/gold/ant-2018-stories.json"),("/tmp/ant-raw.jsonl","src/test/resources/gold/ant-2018-stories.json")]
res={v:[] for v in variants}
for s,g in streams:
    p=subprocess.run(["/usr/lib/jvm/temurin-25-jdk-amd64/bin/java","-cp","target/classes:target/test-classes:target/lib/*","org.naba.story.StoryTuning",s,g]+variants,cwd="/work/main/core",capture_output=True,text=True)
    lines=[l for l in p.stdout.splitlines() if ' macro ' in l]
    assert len(lines)==len(variants),(p.stdout[-2000:],p.stderr[-2000:])
    for v,l in zip(variants,lines):
        m=re.search(r'macro ([\d.]+)\s+B3 ([\d.]+)',l); res[v].append((float(m.group(1)),float(m.group(2))))
json.dump(res,open(out,'w'))
base=res[""]
for v,x in sorted(res.items(),key=lambda kv:-sum(a+b for a,b in kv[1])):
    d=[(a-ba,b-bb) for (a,b),(ba,bb) in zip(x,base)]
    print(f"{sum(a+b for a,b in x)/8:.4f} min {min(min(a,b) for a,b in d):+.3f} "+" ".join(f"{a:.3f}/{b:.3f}" for a,b in x)+"  "+(v or "(defaults)"))
