#!/usr/bin/env python3
"""Rewrites a run's articles.jsonl with every hashtag as its words ("#سيرغي_سكريبال" -> "سيرغي سكريبال") in titles
and texts, to replay it through StoryTuning: what the story engine would do if cleaning made that change.

Usage: 2026-11-30-hashtags-as-words.py IN/articles.jsonl OUT/articles.jsonl
"""
import json
import re
import sys

TAG = re.compile(r"#(\w+(?:_\w+)*)")


def as_words(text):
    return TAG.sub(lambda m: m.group(1).replace("_", " "), text)


def main():
    changed = 0
    with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8") as out:
        for line in src:
            a = json.loads(line)
            title, text = as_words(a["title"]), as_words(a["text"])
            changed += title != a["title"] or text != a["text"]
            a["title"], a["text"] = title, text
            out.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(f"{changed} articles changed", file=sys.stderr)


if __name__ == "__main__":
    main()
