#!/usr/bin/env python3
"""Print the counts reported in README.md."""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
# the set to work on: this folder, or another one of the same format given as argument
# (fresh_hard2_de's scripts call these with their own folder)
SET = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
JSONL = os.path.join(SET, os.path.basename(SET) + ".jsonl")
arts = [json.loads(l) for l in open(JSONL, encoding="utf-8")]
wc = [len(a["text"].split()) for a in arts]
qs = [q for a in arts for q in a["quotes"]]
print(f"articles: {len(arts)}; words: total {sum(wc)}, min {min(wc)}, max {max(wc)}, mean {sum(wc)/len(wc):.0f}")
print(f"direct quotes: {len(qs)}; per article min {min(len(a['quotes']) for a in arts)}, max {max(len(a['quotes']) for a in arts)}")
print("by kind:", dict(Counter(q["kind"] for q in qs).most_common()))
print("by attribution style:", dict(Counter(q["style"] for q in qs).most_common()))
print("by quote-mark style (quotes):", dict(Counter(a["quote_marks"] for a in arts for q in a["quotes"]).most_common()))
print("by quote-mark style (articles):", dict(Counter(a["quote_marks"] for a in arts).most_common()))
print("unmarked (interview) quotes:", sum(not q["marked"] for q in qs))
print("interrupted (2+ spans):", sum(len(q["message_spans"]) > 1 for q in qs))
print("spanning a paragraph break:", sum(any("\n\n" in a["text"][s:e] for s, e in q["message_spans"]) for a in arts for q in a["quotes"]))
print("speaker null:", sum(q["speaker"] is None for q in qs))
print("with via (quote of a quote):", sum(bool(q.get("via")) for q in qs))
print("distinct speakers (speaker_name per article):", len({(a["id"], q["speaker_name"]) for a in arts for q in a["quotes"]}))
ex = [x for a in arts for x in a["excluded_marks"]]
print(f"excluded mark pairs: {len(ex)}:", dict(Counter(x["reason"].split(" (")[0].split(" /")[0] for x in ex).most_common()))
