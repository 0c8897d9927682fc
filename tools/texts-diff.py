#!/usr/bin/env python3
"""How two runs' article texts differ: the articles whose text or title changed, the articles with credits, and
how many articles carry each given string before and after (boilerplate a cleaning rule should have taken out).

    python3 tools/texts-diff.py BEFORE_RUN AFTER_RUN [STRING...]

With no strings, the interface strings of SaudiNewsNet and ANT 2018 that records' boilerplate learning removes.
"""
import json
import re
import sys

DEFAULT = ["شارك من خلال تويتر", "Next Previous", "Mobily 737221", "انتهى //", "تمثل رأي كتابها",
           "هاتفكم المحمول", "الحواسيب اللوحية"]
LABEL = re.compile(r"^\S{2,12} / ")


def load(run):
    out = {}
    with open(run + "/articles.jsonl", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            out[a["id"]] = a
    return out


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    before, after = load(argv[0]), load(argv[1])
    strings = argv[2:] or DEFAULT
    texts = sum(1 for i, a in before.items() if i in after and a["text"] != after[i]["text"])
    titles = sum(1 for i, a in before.items() if i in after and a["title"] != after[i]["title"])
    print(f"articles {len(before)} -> {len(after)}; text changed {texts}, title changed {titles}")
    for name, run in (("before", before), ("after", after)):
        credited = sum(1 for a in run.values() if a.get("credits"))
        labelled = sum(1 for a in run.values() if LABEL.match(a["title"] or ""))
        print(f"  {name}: {credited} articles with credits, {labelled} titles opening with a section label")
    for s in strings:
        b = sum(1 for a in before.values() if s in a["text"])
        c = sum(1 for a in after.values() if s in a["text"])
        print(f"  carrying {s!r}: {b} -> {c}")


if __name__ == "__main__":
    main(sys.argv[1:])
