#!/usr/bin/env python3
"""Counts, among stories of two articles or more, the summary sentences that open by leaning on the sentence before
them in their article ("جاء ذلك خلال …", "يأتي هذا بعد …", "إلى ذلك، …", "لكن …", "بينما …", "حيث …", "هذه الخطوة …",
"وأضاف أن …")
or as background to it ("كان التنظيم قد هدد …", "يذكر أن …"), as summary.Anaphora reads them, and those that open a
summary. Usage: python3 tools/summary-leaning.py RUN/stories.jsonl"""
import json, re, sys

OPENERS = {'لكن', 'لكنه', 'لكنها', 'لكنهم', 'ولكن', 'بينما', 'حيث', 'إلا', 'الا', 'غير', 'ذلك', 'هذا', 'هذه', 'تلك',
           'هؤلاء', 'كان', 'كانت', 'كانوا', 'يذكر', 'يشار', 'الجدير', 'يجدر'}
DEMONSTRATIVES = {'ذلك', 'هذا', 'هذه', 'تلك', 'هؤلاء', 'ذاك'}
SAYING = {'أضاف', 'أضافت', 'تابع', 'تابعت', 'أوضح', 'أوضحت', 'أفاد', 'أفادت', 'أكد', 'أكدت', 'قال', 'قالت', 'بين', 'بينت',
          'أشار', 'أشارت', 'لفت', 'لفتت', 'شدد', 'شددت', 'ذكر', 'ذكرت', 'اعتبر', 'اعتبرت', 'رأى', 'رأت', 'أعلن', 'أعلنت',
          'أردف', 'أردفت', 'استطرد', 'مضى', 'مضت'}
THAT = {'أن', 'إن', 'بأن', 'إلى', 'قائلا', 'قائلة', 'ان', 'الى', 'بان'}
TIMES = {'العام', 'الأسبوع', 'الاسبوع', 'الشهر', 'اليوم', 'الموسم', 'الصباح', 'المساء', 'العامين', 'السنة', 'الصيف',
         'الشتاء', 'الربيع', 'الخريف', 'الأيام', 'الايام', 'العقد', 'القرن', 'الوقت', 'الليلة', 'الأسبوعين'}


def words(text):
    return [w for w in re.split(r'[^\w]+', re.sub(r'[\u064B-\u0652\u0640]', '', text)) if w]


def leaning(text):
    w = words(text)
    if not w:
        return False
    first = w[0]
    if first[:1] in 'وف' and first[1:] in OPENERS:
        first = first[1:]
    second = w[1] if len(w) > 1 else ''
    third = w[2] if len(w) > 2 else ''
    if first in OPENERS:
        return not (first in DEMONSTRATIVES and second in TIMES)
    if first[:1] in 'وف' and first[1:] in SAYING:
        first = first[1:]
    if first in SAYING and second in THAT:
        return True
    return second in DEMONSTRATIVES and third not in TIMES


stories = sentences = lean = opening = 0
for line in open(sys.argv[1], encoding='utf-8'):
    s = json.loads(line)
    if len(s.get('articles', [])) < 2:
        continue
    stories += 1
    for k, x in enumerate(s.get('summary', [])):
        sentences += 1
        if leaning(x['text']):
            lean += 1
            opening += k == 0
print(f'stories>=2 {stories} sentences {sentences} leaning on the one before {lean} opening a summary {opening}')
