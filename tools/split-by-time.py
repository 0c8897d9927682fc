#!/usr/bin/env python3
"""Splits a news JSONL corpus into crawls by publication time, to try `naba run --resume` on it.

    python3 tools/split-by-time.py CORPUS.jsonl[.gz] OUT_PREFIX CUT [CUT ...]

Each CUT is an ISO-8601 time (2018-05-21T07:56:31Z); OUT_PREFIX1.jsonl holds the records published before the first
cut, OUT_PREFIX2.jsonl those before the second, and so on; the last file also holds the records without a date (they
come last in any run). Records keep their order and their bytes. Prints each file's record count.
"""
import gzip
import json
import sys
from datetime import datetime


def published(line):
    try:
        value = json.loads(line).get("published")
        return datetime.fromisoformat(value.replace("Z", "+00:00")) if isinstance(value, str) else None
    except (ValueError, AttributeError):
        return None


def main(corpus, prefix, cuts):
    cuts = sorted(datetime.fromisoformat(c.replace("Z", "+00:00")) for c in cuts)
    opener = gzip.open if corpus.endswith(".gz") else open
    outs = [open(f"{prefix}{i + 1}.jsonl", "w", encoding="utf-8") for i in range(len(cuts) + 1)]
    counts = [0] * len(outs)
    with opener(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            t = published(line)
            k = len(cuts) if t is None else sum(1 for c in cuts if t >= c)
            outs[k].write(line if line.endswith("\n") else line + "\n")
            counts[k] += 1
    for i, out in enumerate(outs):
        out.close()
        print(f"{prefix}{i + 1}.jsonl: {counts[i]} records")


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
