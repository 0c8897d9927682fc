#!/usr/bin/env python3
"""Counts of a run's output that the stop notes quote: the figures its stories compare (and how many are marked
disputed), the other spellings its store keeps for search and the entity filter, and, for names given on the
command line, how many stories the store lists under each name alone and how many the entity filter finds (the name
and, word by word, its other spellings, as RunStore#entityNames does).

usage: run-facts.py RUN_DIR [NAME...]
"""
import json
import sqlite3
import sys
import unicodedata


def fold(s):
    """TextNormalizer's folding, for the names asked (hamza forms, alef maqsura, teh marbuta, harakat, tatweel)."""
    out = []
    for c in s.strip():
        if unicodedata.category(c) == "Mn" or c == "\u0640":
            continue
        out.append({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}.get(c, c))
    return "".join(out).lower()


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    run = sys.argv[1]
    figures = disputed = 0
    with open(f"{run}/stories.jsonl", encoding="utf-8") as f:
        for line in f:
            for fig in json.loads(line).get("figures", []):
                figures += 1
                disputed += bool(fig.get("disputed"))
    print(f"figures {figures}, disputed {disputed}")
    db = sqlite3.connect(f"{run}/naba.db")
    try:
        spellings = db.execute("SELECT count(*) FROM spelling").fetchone()[0]
        print(f"spellings {spellings}")
    except sqlite3.OperationalError:
        print("spellings: none (a store older than schema 4)")
        spellings = None
    for name in sys.argv[2:]:
        folded = fold(name)
        alone = db.execute("SELECT count(DISTINCT story) FROM story_entity WHERE name = ?", (folded,)).fetchone()[0]
        names = [folded]
        if spellings is not None:
            for i, word in enumerate(folded.split(" ")):
                others = [fold(o) for (o,) in db.execute("SELECT other FROM spelling WHERE word = ?", (word,))]
                grown = list(names)
                for n in names:
                    for o in others:
                        w = n.split(" ")
                        w[i] = o
                        if " ".join(w) not in grown and len(grown) < 16:
                            grown.append(" ".join(w))
                names = grown
        marks = ",".join("?" * len(names))
        found = db.execute(f"SELECT count(DISTINCT story) FROM story_entity WHERE name IN ({marks})", names).fetchone()[0]
        print(f"{name}: listed by {alone} stories, the entity filter finds {found}")


if __name__ == "__main__":
    main()
