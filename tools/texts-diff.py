#!/usr/bin/env python3
"""How two runs' article texts differ: the articles whose text or title changed, the articles with credits, the
articles with a paragraph of spaces alone ("\u00A0") and the paragraphs with spaces or invisible marks at their ends,
and how many articles carry each given string before and after (boilerplate a cleaning rule should have taken out).

    python3 tools/texts-diff.py BEFORE_RUN AFTER_RUN [STRING...]

With no strings, the interface strings of SaudiNewsNet and ANT 2018 that records' boilerplate learning removes.
"""
import json
import re
import sys

DEFAULT = ["شارك من خلال تويتر", "Next Previous", "Mobily 737221", "انتهى //", "تمثل رأي كتابها",
           "هاتفكم المحمول", "الحواسيب اللوحية"]
LABEL = re.compile(r"^\S{2,12} / ")
# Spaces and invisible marks a paragraph should not begin or end with (no-break spaces, direction marks, BOM).
BLANK = " \t\n\r\u00a0\u200b\u200e\u200f\u202f\u2007\u3000\ufeff"


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
        paragraphs = [[p for p in a["text"].split("\n\n")] for a in run.values() if a["text"]]
        blank = sum(1 for ps in paragraphs if any(p.strip(BLANK) == "" for p in ps))
        edged = sum(1 for ps in paragraphs for p in ps if p != p.strip(BLANK))
        print(f"  {name}: {credited} articles with credits, {labelled} titles opening with a section label, "
              f"{blank} articles with a blank paragraph, {edged} paragraphs with spaces at their ends")
    for s in strings:
        b = sum(1 for a in before.values() if s in a["text"])
        c = sum(1 for a in after.values() if s in a["text"])
        print(f"  carrying {s!r}: {b} -> {c}")


if __name__ == "__main__":
    main(sys.argv[1:])
