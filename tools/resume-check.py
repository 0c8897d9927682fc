#!/usr/bin/env python3
"""How a resumed run agrees with one run over all of its stream.

    python3 tools/resume-check.py ONE RESUMED [--stores]

ONE is the output of `naba run` over every input; RESUMED the output of the last of a chain of runs over the same
inputs split by publication time (`naba run PART2 --out RESUMED --resume RUN_OF_PART1`). For every article RESUMED
wrote, it compares its title and text, its story and its copy status with ONE's; for every story RESUMED wrote, its articles (earlier
runs' included) with ONE's story of that id. With --stores, it also compares the two stores (`naba.db`): every story
each holds (its articles and storyline as its row lists them) and every article with the story its row names, which
for RESUMED includes the stories it carried from the stores before it. Prints the counts and the first few
differences; exits 1 when any differ.
"""
import collections
import json
import sqlite3
import sys


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def stored(run):
    db = sqlite3.connect(f"{run}/naba.db")
    try:
        stories = {i: (line, json.loads(a)) for i, line, a in
                   db.execute("SELECT id, storyline, json_extract(json, '$.articles') FROM story")}
        articles = dict(db.execute("SELECT id, story FROM article"))
        return stories, articles
    finally:
        db.close()


def compare_stores(one, resumed):
    one_stories, one_articles = stored(one)
    stories, articles = stored(resumed)
    differ = []
    for i in sorted(set(one_stories) | set(stories)):
        if i not in stories:
            differ.append(f"store: story {i} is not in {resumed}")
        elif i not in one_stories:
            differ.append(f"store: story {i} is not in {one}")
        elif stories[i] != one_stories[i]:
            differ.append(f"store: story {i}: {len(stories[i][1])} articles, storyline {stories[i][0]}; one run"
                          f" {len(one_stories[i][1])}, {one_stories[i][0]}")
    for i in sorted(set(one_articles) | set(articles)):
        if articles.get(i) != one_articles.get(i):
            differ.append(f"store: article {i} in story {articles.get(i)}, one run {one_articles.get(i)}")
    same = sum(1 for i in stories if stories[i] == one_stories.get(i))
    same_articles = sum(1 for i in articles if articles[i] == one_articles.get(i))
    print(f"stores: {len(stories)} stories, one run {len(one_stories)}; same articles and storyline {same};"
          f" {len(articles)} articles, one run {len(one_articles)}; in the same story {same_articles}")
    return differ


def main(one, resumed, stores=False):
    one_articles = {a["id"]: a for a in read(f"{one}/articles.jsonl")}
    one_stories = {s["id"]: s for s in read(f"{one}/stories.jsonl")}
    articles = read(f"{resumed}/articles.jsonl")
    stories = read(f"{resumed}/stories.jsonl")
    differ = []
    same = collections.Counter()

    def check(kind, agrees, why):
        if agrees:
            same[kind] += 1
        else:
            differ.append(why)

    for a in articles:
        o = one_articles.get(a["id"])
        if o is None:
            differ.append(f"article {a['id']} is not in {one}")
            continue
        check("story", o["story"] == a["story"], f"article {a['id']}: story {a['story']}, one run {o['story']}")
        check("text", (o["title"], o["text"]) == (a["title"], a["text"]),
              f"article {a['id']}: its title or text differs from one run's")
        check("copy", o["duplicate_of"] == a["duplicate_of"],
              f"article {a['id']}: copy of {a['duplicate_of']}, one run {o['duplicate_of']}")
    continued = sum(1 for s in stories if s.get("earlier_articles"))
    for s in stories:
        o = one_stories.get(s["id"])
        if o is None:
            differ.append(f"story {s['id']} is not in {one}")
            continue
        extra = sorted(set(s["articles"]) - set(o["articles"]))[:3]
        missing = sorted(set(o["articles"]) - set(s["articles"]))[:3]
        check("members", o["articles"] == s["articles"],
              f"story {s['id']}: {len(s['articles'])} articles, one run {len(o['articles'])}"
              f" (only here {extra}, only there {missing})")
        check("storyline", o["storyline"] == s["storyline"],
              f"story {s['id']}: storyline {s['storyline']}, one run {o['storyline']}")
    print(f"articles: {len(articles)}; same text {same['text']}, same story {same['story']},"
          f" same copy status {same['copy']}")
    print(f"stories: {len(stories)} ({continued} continued from earlier runs); same articles {same['members']},"
          f" same storyline {same['storyline']}")
    if stores:
        differ += compare_stores(one, resumed)
    for d in differ[:15]:
        print("  " + d)
    if len(differ) > 15:
        print(f"  … {len(differ) - 15} more")
    return 1 if differ else 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--stores"]
    if len(args) != 2:
        sys.exit(__doc__)
    sys.exit(main(args[0], args[1], "--stores" in sys.argv[1:]))
