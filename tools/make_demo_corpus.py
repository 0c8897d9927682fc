#!/usr/bin/env python3
"""Chooses the demo corpus shipped with Naba: a few hundred ANT 2018 articles (Apache-2.0, see NOTICE) from one
stretch of days, picked so that several stories have articles from several outlets.

Maintainers' tool, not used at run time. Reproduce with:
  ./naba run ../shared/data/news/ant-2018.jsonl.gz --out /tmp/ant
  python3 tools/make_demo_corpus.py ../shared/data/news/ant-2018.jsonl.gz /tmp/ant \
      core/src/main/resources/demo/ant-2018-demo.jsonl.gz
"""
import collections
import datetime
import gzip
import json
import random
import sys

WINDOW_DAYS = 7
MULTI_OUTLET_STORIES = 24
PER_STORY = 12
TOTAL = 320


def main(corpus, run_dir, out):
    articles = [json.loads(l) for l in open(f"{run_dir}/articles.jsonl", encoding="utf-8")]
    by_story = collections.defaultdict(list)
    for a in articles:
        if a["published"] and a["duplicate_of"] is None:
            by_story[a["story"]].append(a)

    def day(a):
        return datetime.date.fromisoformat(a["published"][:10])

    multi = {s: m for s, m in by_story.items() if len({a["outlet"] for a in m}) >= 3 and len(m) >= 4}
    # The week holding the most multi-outlet stories (by their first article).
    starts = collections.Counter(min(day(a) for a in m) for m in multi.values())
    best = max(starts, key=lambda d: sum(starts.get(d + datetime.timedelta(k), 0) for k in range(WINDOW_DAYS)))
    window = {best + datetime.timedelta(k) for k in range(WINDOW_DAYS)}
    chosen_stories = sorted((s for s, m in multi.items() if min(day(a) for a in m) in window),
                            key=lambda s: (-len({a["outlet"] for a in multi[s]}), -len(multi[s]), s))
    chosen = []
    for s in chosen_stories[:MULTI_OUTLET_STORIES]:
        members = sorted(multi[s], key=lambda a: a["published"])
        # Prefer one article per outlet first, then the rest in time order.
        seen, first, rest = set(), [], []
        for a in members:
            (rest if a["outlet"] in seen else first).append(a)
            seen.add(a["outlet"])
        chosen.extend((first + rest)[:PER_STORY])
    ids = {a["id"] for a in chosen}
    others = sorted(a["id"] for a in articles if a["published"] and day(a) in window and a["id"] not in ids)
    random.Random(2018).shuffle(others)
    ids.update(others[: max(0, TOTAL - len(ids))])

    kept = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as src, gzip.open(out, "wt", encoding="utf-8") as dst:
        for line in src:
            if json.loads(line).get("id") in ids:
                dst.write(line)
                kept += 1
    print(f"window {min(window)}..{max(window)}: {len(chosen_stories)} multi-outlet stories, "
          f"{kept} articles written to {out}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
