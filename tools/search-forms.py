#!/usr/bin/env python3
"""Which other forms search gives the commonest title words that open with a one-letter proclitic the light stemmer
leaves on (ب, ل, ك, ف, not followed by the article): asks a running `naba serve` (its /api/search `spellings`) for
each of the N commonest such words of a run's titles, and prints those given another form, then the count of the
rest. For reading by eye: a wrong form ("لبنان" → "بنان") would show there.

usage: search-forms.py BASE_URL RUN/articles.jsonl [N]   (e.g. http://127.0.0.1:8092 /tmp/ant/articles.jsonl 150)
"""
import collections
import json
import re
import sys
import urllib.parse
import urllib.request


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    base, articles = sys.argv[1].rstrip("/"), sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 150
    words = collections.Counter()
    with open(articles, encoding="utf-8") as f:
        for line in f:
            for w in re.findall(r"[\u0621-\u064A]+", json.loads(line).get("title", "")):
                if len(w) >= 4 and w[0] in "بلكف" and not re.match(r"(بال|لل|فال|كال)", w):
                    words[w] += 1
    given = []
    for w, _ in words.most_common(n):
        url = f"{base}/api/search?limit=1&q={urllib.parse.quote(w)}"
        forms = json.load(urllib.request.urlopen(url)).get("spellings", {}).get(w)
        if forms:
            given.append((w, forms))
    for w, forms in given:
        print(f"{w}\t{' '.join(forms)}")
    print(f"{len(given)} of {min(n, len(words))} words given another form")


if __name__ == "__main__":
    main()
