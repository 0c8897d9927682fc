#!/usr/bin/env python3
"""What a change did to the names stories list: between two runs' stories.jsonl (same input), how many stories' entity
lists changed, and each name that went with the name that took its place in the same story (a shorter spelling it
ends with: "لإيران" → "إيران", "الركن تركي المالكي" → "تركي المالكي"), most frequent first; then the names that went
or came without such a pair. Used for the figures of the README's "Entities" section:

    python3 tools/entity-renamings.py BEFORE/stories.jsonl AFTER/stories.jsonl
"""
import collections
import json
import sys


def load(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            story = json.loads(line)
            out[story["id"]] = {e["name"] for e in story.get("entities", [])}
    return out


before, after = load(sys.argv[1]), load(sys.argv[2])
changed = 0
renamed = collections.Counter()
unpaired = collections.Counter()
for sid, names in before.items():
    new = after.get(sid, set())
    if names == new:
        continue
    changed += 1
    gone, came = names - new, new - names
    paired = set()
    for g in sorted(gone):
        match = [c for c in sorted(came) if g != c and g.endswith(c)]
        if match:
            renamed[(g, match[0])] += 1
            paired.add(match[0])
        else:
            unpaired["- " + g] += 1
    for c in sorted(came - paired):
        unpaired["+ " + c] += 1
print(f"stories whose names changed: {changed} of {len(before)}; renamings {sum(renamed.values())} "
      f"({len(renamed)} distinct), names gone or come unpaired {sum(unpaired.values())}")
for (g, c), n in renamed.most_common():
    print(f"{n}\t{g} → {c}")
for k, n in unpaired.most_common():
    print(f"{n}\t{k}")
