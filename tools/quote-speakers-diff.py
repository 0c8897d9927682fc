#!/usr/bin/env python3
"""Compares the quotation speakers of two runs' articles.jsonl (same input, two builds of Naba).

Usage: tools/quote-speakers-diff.py BEFORE/articles.jsonl AFTER/articles.jsonl [--sample N] [--seed S]

Prints how many articles and speakers changed, how many quotations have a speaker before and after, how many
speakers hold a no-break space or a comma written onto the next word (a word split wrong: "ظريف،\u00A0في"), how many
articles changed story (should be none when only cleaning's quotation rules changed), and a random sample of the
changed speakers ("before => after") to judge by eye.
"""
import argparse
import json
import random
import re

# A speaker holding a no-break space, or a comma with a letter right after it.
SPLIT_WRONG = re.compile(r"[\u00a0\u202f\u2007]|[،,](?=[^\W\d_])")


def load(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            out[a["id"]] = ([q.get("speaker") for q in a.get("quotes", [])], a.get("story"))
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("before")
    p.add_argument("after")
    p.add_argument("--sample", type=int, default=25)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    before, after = load(args.before), load(args.after)
    changed, articles, stories, named_before, named_after, wrong_before, wrong_after = [], 0, 0, 0, 0, 0, 0
    for k, (speakers, story) in before.items():
        if k not in after:
            continue
        speakers2, story2 = after[k]
        stories += story != story2
        named_before += sum(1 for s in speakers if s)
        named_after += sum(1 for s in speakers2 if s)
        wrong_before += sum(1 for s in speakers if s and SPLIT_WRONG.search(s))
        wrong_after += sum(1 for s in speakers2 if s and SPLIT_WRONG.search(s))
        articles += speakers != speakers2
        changed += [(x, y) for x, y in zip(speakers, speakers2) if x != y]
    print(f"articles with other speakers: {articles}; speakers changed: {len(changed)}; "
          f"quotations with a speaker: {named_before} -> {named_after}; speakers split wrong (no-break space, glued "
          f"comma): {wrong_before} -> {wrong_after}; articles in another story: {stories}")
    random.seed(args.seed)
    for x, y in random.sample(changed, min(args.sample, len(changed))):
        print(f"  {x}  =>  {y}")


if __name__ == "__main__":
    main()
