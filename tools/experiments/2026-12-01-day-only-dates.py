#!/usr/bin/env python3
"""Writes a news JSONL corpus with publication times cut to the day ("2018-03-25T19:28:59+04:00" -> "2018-03-25"),
for every record or only for the records of the outlets named, to measure how the story engine fares on sources
that give only a date, alone or mixed with sources that give a time.

usage: 2026-12-01-day-only-dates.py CORPUS.jsonl[.gz] OUT.jsonl [OUTLET...]

The figures of the 2026-12-01 stop note come from (then `naba run OUT --out RUN`, `naba eval stories`, and
`StoryTuning RUN/articles.jsonl GOLD` with TUNE_SEEDS=4 for the mean over orders of same-time articles):
  ANT day only:   ant-2018.jsonl.gz /tmp/ant-day.jsonl
  ANT mixed:      ant-2018.jsonl.gz /tmp/ant-mix.jsonl skynews CNN
  ANT mixed (b):  ant-2018.jsonl.gz /tmp/ant-mixb.jsonl alarabia france24 BBC
  SNN day only:   saudinewsnet-2015.jsonl.gz /tmp/snn-day.jsonl
  SNN mixed:      saudinewsnet-2015.jsonl.gz /tmp/snn-mix.jsonl alriyadh alyaum okaz almadina sabq 3alyoum alweeam
  SNN mixed (b):  saudinewsnet-2015.jsonl.gz /tmp/snn-mixb.jsonl aljazirah aawsat aleqtisadiya alwatan was arreyadi arriyadiyah
"""
import gzip
import json
import re
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    src, dst, outlets = sys.argv[1], sys.argv[2], set(sys.argv[3:])
    opener = gzip.open if src.endswith(".gz") else open
    cut = 0
    with opener(src, "rt", encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as o:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            p = r.get("published")
            if p and re.match(r"\d{4}-\d\d-\d\d", p) and (not outlets or r.get("outlet") in outlets):
                r["published"] = p[:10]
                cut += 1
            o.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{cut} records dated to the day only -> {dst}")


if __name__ == "__main__":
    main()
