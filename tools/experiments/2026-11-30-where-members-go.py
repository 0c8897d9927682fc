#!/usr/bin/env python3
"""Where a gold story's members outside its main piece went, from a traced StoryTuning replay.

Usage: 2026-11-30-where-members-go.py GOLD.json TRACE_ALL.tsv TUNE_DUMP.tsv

TRACE_ALL.tsv is written by the story engine of 2026-11-30-known-vocabulary.patch (TRACE_ALL=FILE: per article, its
decision and its candidates with their scores in thresholds, -1 for one closed or out of the active window), and
TUNE_DUMP.tsv by StoryTuning (TUNE_DUMP=FILE: article -> final story) in the same replay. The main piece of a gold
story is the final story holding most of its members. Each member outside it is counted as:

  main not yet      it came before the main piece's first article
  main not cand     the candidates never offered the main piece
  main cand closed  the main piece was a candidate but closed or out of the active window
  main cand <1      the main piece scored under the threshold
  main cand >=1     the main piece scored at or above the threshold, another story higher
  copy elsewhere    a copy joining its original's story
"""
import collections
import json
import sys


def main():
    gold = json.load(open(sys.argv[1], encoding="utf-8"))
    trace, order = {}, []
    for line in open(sys.argv[2], encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        cands = []
        for c in parts[2].split():
            i, score = c.rsplit(":", 1)
            cands.append((i, float(score)))
        trace[parts[0]] = (parts[1], cands)
        order.append(parts[0])
    position = {a: i for i, a in enumerate(order)}
    final = dict(line.rstrip("\n").split("\t")[:2] for line in open(sys.argv[3], encoding="utf-8"))
    total = collections.Counter()
    for story in gold["stories"]:
        members = [m for m in story["members"] if m in final]
        main_piece = collections.Counter(final[m] for m in members).most_common(1)[0][0]
        counts = collections.Counter()
        for m in members:
            if final[m] == main_piece:
                counts["in main"] += 1
                continue
            decision, cands = trace.get(m, ("?", []))
            if decision == "COPY":
                counts["copy elsewhere"] += 1
                continue
            scores = [s for c, s in cands if final.get(c, c) == main_piece]
            if not scores:
                first = main_piece[len("story-"):]
                counts["main not cand" if position.get(first, 1e18) < position[m] else "main not yet"] += 1
            elif max(scores) < 0:
                counts["main cand closed"] += 1
            else:
                counts["main cand <1" if max(scores) < 1 else "main cand >=1"] += 1
        total.update(counts)
        print(story["key"][:30].ljust(31), dict(counts))
    print("all", dict(total))


if __name__ == "__main__":
    main()
