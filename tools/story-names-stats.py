#!/usr/bin/env python3
"""How many names the stories of a run list: for each stories.jsonl given, over its stories of ten articles or more,
the mean number of names (entities), of people (type PERS), the share of a story's articles that name at least one
of them, and the share that name its first; how many of all its stories list names, and how many of all the people
they list are named by one word ("ماكرون") though a spelling of several is among their variants, and how many names
hold a no-break space (a tokenising fault: "إيمانويل\u00A0ماكرون"). Used for the figures in the
README's "Entities" section:

    python3 tools/story-names-stats.py /tmp/ant/stories.jsonl /tmp/snn/stories.jsonl
"""
import json
import sys

for path in sys.argv[1:]:
    n = names = people = named = first = stories = with_names = persons = one_word = no_break = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            story = json.loads(line)
            stories += 1
            with_names += 1 if story.get("entities") else 0
            for e in story.get("entities", []):
                if any(c in e["name"] for c in "\u00a0\u202f\u2007"):
                    no_break += 1
                if e["type"] != "PERS":
                    continue
                persons += 1
                if len(e["name"].split()) == 1 and any(len(v.split()) > 1 for v in e.get("variants", [])):
                    one_word += 1
            if story["article_count"] < 10:
                continue
            n += 1
            entities = story.get("entities", [])
            names += len(entities)
            people += sum(1 for e in entities if e["type"] == "PERS")
            articles = set()
            for e in entities:
                articles.update(e.get("articles", []))
            named += len(articles) / story["article_count"]
            first += len(entities[0].get("articles", [])) / story["article_count"] if entities else 0
    print(f"{path}: {with_names} of {stories} stories list names; {persons} people, {one_word} named by one word of a "
          f"fuller spelling they have; {no_break} names hold a no-break space")
    if n == 0:
        print(f"{path}: no story of ten articles or more")
        continue
    print(f"{path}: {n} stories of 10+ articles; names {names / n:.2f}, people {people / n:.2f}, "
          f"articles naming one {named / n:.3f}, naming the first {first / n:.3f}")
