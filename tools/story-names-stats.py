#!/usr/bin/env python3
"""How many names the stories of a run list: for each stories.jsonl given, over its stories of ten articles or more,
the mean number of names (entities), of people (type PERS), the share of a story's articles that name at least one
of them, and the share that name its first; how many of all its stories list names, and how many of all the people
they list are named by one word ("ماكرون") though a spelling of several is among their variants, and how many names
hold a no-break space (a tokenising fault: "إيمانويل\u00A0ماكرون"); and how many pairs of names one story lists where
the shorter opens or closes the longer ("يونايتد" and "مانشستر يونايتد", "فلوريدا" and "فلوريدا الأمريكية"; some are two
names, "كوريا" and "كوريا الشمالية") or the gazetteer's two names of one place ("السعودية" and "المملكة العربية
السعودية"), and how many names hold a quotation or clause mark ("لـ«الشرق الأوسط"). Used for the figures in the README's
"Entities" section:

    python3 tools/story-names-stats.py /tmp/ant/stories.jsonl /tmp/snn/stories.jsonl
"""
import json
import os
import sys

# The gazetteer's places, each a set of its names (core/src/main/resources/org/naba/text/places-ar.txt).
PLACES = []
with open(os.path.join(os.path.dirname(__file__), "../core/src/main/resources/org/naba/text/places-ar.txt"),
          encoding="utf-8") as f:
    for line in f:
        line = line.strip().removesuffix("[country]").strip()
        if line and not line.startswith("#"):
            PLACES.append({v.strip() for v in line.split("|")})


# Marks no name holds (quotation marks, brackets, clause punctuation), as summary.StoryEntities.MARKS.
MARKS = "،,؛;:«»\"“”()[]"


def nested(a, b):
    """Whether the shorter of two names is the first or last words of the longer, or both name one place."""
    wa, wb = a.split(), b.split()
    if len(wa) == len(wb):
        return any(a in p and b in p for p in PLACES)
    short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    return long_[:len(short)] == short or long_[-len(short):] == short or any(a in p and b in p for p in PLACES)


for path in sys.argv[1:]:
    n = names = people = named = first = stories = with_names = persons = one_word = no_break = pairs = marked = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            story = json.loads(line)
            stories += 1
            with_names += 1 if story.get("entities") else 0
            listed = [e["name"] for e in story.get("entities", [])]
            pairs += sum(1 for i, a in enumerate(listed) for b in listed[i + 1:] if nested(a, b))
            marked += sum(1 for name in listed if any(c in name for c in MARKS))
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
          f"fuller spelling they have; {no_break} names hold a no-break space; {pairs} pairs of names where one opens or "
          f"closes the other or both name one place; {marked} names holding a quotation or clause mark")
    if n == 0:
        print(f"{path}: no story of ten articles or more")
        continue
    print(f"{path}: {n} stories of 10+ articles; names {names / n:.2f}, people {people / n:.2f}, "
          f"articles naming one {named / n:.3f}, naming the first {first / n:.3f}")
