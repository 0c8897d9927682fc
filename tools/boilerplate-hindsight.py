#!/usr/bin/env python3
"""What the earliest records of each site keep because the boilerplate memory had not yet learned it: the corpus is
read twice in one run, the second copy with suffixed ids, so that each record's second copy is cleaned by a memory
that has seen the whole corpus; the texts that differ between the two copies, by the record's place in its site's
order (in blocks of 50), show what hindsight would take out. Used for the figure in the README's noticed items:

    python3 tools/boilerplate-hindsight.py prepare CORPUS.jsonl[.gz] DIR     # writes DIR/a.jsonl and DIR/b.jsonl
    ./naba run DIR/a.jsonl DIR/b.jsonl --out DIR/run --quiet
    python3 tools/boilerplate-hindsight.py compare DIR
"""
import collections
import gzip
import json
import os
import sys

SUFFIX = "-again"


def prepare(corpus, out):
    os.makedirs(out, exist_ok=True)
    opener = gzip.open if corpus.endswith(".gz") else open
    with opener(corpus, "rt", encoding="utf-8") as f, \
            open(os.path.join(out, "a.jsonl"), "w", encoding="utf-8") as a, \
            open(os.path.join(out, "b.jsonl"), "w", encoding="utf-8") as b:
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            a.write(json.dumps(record, ensure_ascii=False) + "\n")
            record["id"] = record["id"] + SUFFIX
            b.write(json.dumps(record, ensure_ascii=False) + "\n")


def compare(out):
    articles = {}
    with open(os.path.join(out, "run", "articles.jsonl"), encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            articles[a["id"]] = a
    by_site = collections.defaultdict(list)
    with open(os.path.join(out, "a.jsonl"), encoding="utf-8") as f:
        for line in f:
            rid = json.loads(line)["id"]
            if rid in articles and rid + SUFFIX in articles:
                by_site[articles[rid].get("outlet")].append(rid)
    total = differ = 0
    blocks = collections.Counter()
    sites = collections.Counter()
    for site, ids in by_site.items():
        for place, rid in enumerate(ids):
            first, again = articles[rid], articles[rid + SUFFIX]
            total += 1
            if first["text"] != again["text"] or first["title"] != again["title"]:
                differ += 1
                blocks[min(place // 50, 10)] += 1
                sites[site] += 1
    print(f"records read twice {total}; text or title differs {differ}; "
          f"among each site's first 100 records {blocks[0] + blocks[1]}")
    print("by place in the site's order (blocks of 50, the last 500 and on): "
          + ", ".join(f"{k * 50}-: {v}" for k, v in sorted(blocks.items())))
    print("by site: " + ", ".join(f"{s}: {n}" for s, n in sites.most_common(10)))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "prepare":
        prepare(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "compare":
        compare(sys.argv[2])
    else:
        sys.exit(__doc__)
