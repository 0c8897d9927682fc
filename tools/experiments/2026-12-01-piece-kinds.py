#!/usr/bin/env python3
"""Where a gold story's members outside its main piece are, by the kind of story that holds them.

Usage: 2026-12-01-piece-kinds.py RUN/articles.jsonl GOLD.json

The main piece of a gold story is the run's story holding most of its members. Each member elsewhere is counted by
the story it is in: "singleton" (alone), "pure piece" (every article a member), "pure+related piece" (members and
articles judged related), "mostly-member piece" (half or more members), "absorbed elsewhere" (mostly other articles).
Also whether that story shares an outlet with the main piece. Used for the 2026-12-01 stop note (evening).
"""
import collections
import json
import sys


def main():
    arts = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            arts[d["id"]] = d
    gold = json.load(open(sys.argv[2], encoding="utf-8"))
    by_story = collections.defaultdict(list)
    for a, d in arts.items():
        by_story[d["story"]].append(a)
    total, outlets = collections.Counter(), collections.Counter()
    for s in gold["stories"]:
        members = [m for m in s["members"] if m in arts]
        if not members:
            continue
        ms, related = set(members), set(s.get("related", []))
        pieces = collections.Counter(arts[m]["story"] for m in members)
        main_piece = pieces.most_common(1)[0][0]
        main_outlets = {arts[a].get("outlet") for a in by_story[main_piece]}
        kinds = collections.Counter()
        for p, n in pieces.items():
            if p == main_piece:
                continue
            held = by_story[p]
            m = sum(1 for a in held if a in ms)
            r = sum(1 for a in held if a in related)
            if len(held) == 1:
                kind = "singleton"
            elif m == len(held):
                kind = "pure piece"
            elif m + r == len(held):
                kind = "pure+related piece"
            elif m / len(held) >= 0.5:
                kind = "mostly-member piece"
            else:
                kind = "absorbed elsewhere"
            kinds[kind] += n
            shared = bool({arts[a].get("outlet") for a in held} & main_outlets)
            outlets["shares an outlet" if shared else "no outlet shared"] += n
        total.update(kinds)
        print("%-40s %4d members, main piece %4d  %s" % (s["key"], len(members), pieces[main_piece], dict(kinds)))
    print("total", dict(total))
    print("outlets", dict(outlets))


if __name__ == "__main__":
    main()
