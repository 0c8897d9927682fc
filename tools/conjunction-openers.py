#!/usr/bin/env python3
"""Derives the words a sentence opens with after the conjunction "و" from news corpora (text.Conjunctions).

A sentence-initial word "وX" is taken for the conjunction and X when X itself opens sentences often: "وقتل" (561
sentences) and "قتل" (621) both open sentences, so "و" is the conjunction; "وزير" opens sentences, "زير" none, so
its "و" is part of the word. Words whose "و" is a root letter yet whose rest is a word too are left out by hand
(EXCLUDED, with the reason).

Usage: tools/conjunction-openers.py CORPUS.jsonl.gz... > core/src/main/resources/org/naba/text/conjunction-openers.txt
"""
import collections, gzip, json, re, sys

MIN_WITH = 50      # sentences the word opens with the conjunction
MIN_BARE = 10      # sentences its rest opens alone
EXCLUDED = {
    "ادي": "وادي (valley) folds as وأدى (and performed)",
    "ردت": "وردت (was reported) is a verb of its own",
    "رد": "ورد (was mentioned) is a verb of its own",
    "الله": "والله is an oath, not a conjunction",
    "عد": "وعد (promised) is a verb of its own",
}
FOLD = str.maketrans("أإآٱىةؤئ", "اااايهوي")


def fold(w):
    return re.sub("[\u064B-\u0652\u0640\u0670]", "", w).translate(FOLD)


def main(paths):
    opens = collections.Counter()
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                text = json.loads(line).get("text") or ""
                for sentence in re.split(r"(?:[.!?؟]\s+|\n+)", text):
                    word = sentence.strip().split(" ", 1)[0]
                    word = fold(re.sub(r"[^\u0621-\u064A\u064B-\u0652]", "", word))
                    if len(word) >= 3:
                        opens[word] += 1
    words = sorted(w[1:] for w, n in opens.items()
                   if w.startswith("و") and n >= MIN_WITH and opens[w[1:]] >= MIN_BARE and w[1:] not in EXCLUDED)
    print("# Words a sentence opens with after the conjunction \"و\", folded: derived by tools/conjunction-openers.py")
    print("# from SaudiNewsNet 2015 and ANT 2018 (a sentence-initial \"وX\" at least %d times whose X opens at least %d"
          % (MIN_WITH, MIN_BARE))
    print("# sentences alone), for text.Conjunctions; root-و words whose rest is a word too are left out there by hand.")
    for w in words:
        print(w)


if __name__ == "__main__":
    main(sys.argv[1:])
