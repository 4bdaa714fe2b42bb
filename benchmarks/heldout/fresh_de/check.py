#!/usr/bin/env python3
"""Verify fresh_de.jsonl: spans inside text, start/end with the article's quote
marks, every quote-mark pair annotated or excluded, no overlaps, word counts,
field values."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from marks import MARKS, all_pairs

KINDS = {"person", "role", "organisation", "document", "pronoun"}
PRONOUNS = {"er", "sie", "es", "ihm", "ihr", "ihn", "ihnen", "man", "wir"}
errors, warnings = [], []
arts = [json.loads(l) for l in open(os.path.join(HERE, "fresh_de.jsonl"), encoding="utf-8")]
for a in arts:
    aid, text = a["id"], a["text"]
    if not os.path.exists(os.path.join(HERE, aid + ".txt")) or \
       open(os.path.join(HERE, aid + ".txt"), encoding="utf-8").read().strip("\n") != text:
        errors.append(f"{aid}: text differs from {aid}.txt")
    if a["title"] != text.split("\n")[0]:
        errors.append(f"{aid}: title is not the headline line")
    wc = len(text.split())
    if not 250 <= wc <= 600:
        errors.append(f"{aid}: {wc} words")
    op, cl = MARKS[a["quote_marks"]]
    # foreign marks of other styles must not occur
    allowed = {op, cl, "\u201a", "\u2018"}  # ‚ ‘ for nested quotes/titles
    for ch in "\u201e\u201c\u201d\u00bb\u00ab\"":
        if ch in text and ch not in allowed:
            errors.append(f"{aid}: foreign quote mark {ch!r} in text")
    pairs = set(all_pairs(text, op, cl))
    covered = set()
    spans_all = []
    for q in a["quotes"]:
        if q["kind"] not in KINDS:
            errors.append(f"{aid}: bad kind {q['kind']}")
        sp = q["speaker"]
        if sp is None:
            warnings.append(f"{aid}: quote without speaker: {q['message'][:40]}")
        else:
            if sp not in text:
                errors.append(f"{aid}: speaker mention not in text: {sp!r}")
            if (q["kind"] == "pronoun") != (sp.lower() in PRONOUNS):
                errors.append(f"{aid}: kind/pronoun mismatch for {sp!r}")
        if q["speaker_name"] and q["speaker_name"].lower() not in text.lower():
            warnings.append(f"{aid}: speaker_name not verbatim in text: {q['speaker_name']!r}")
        for s, e in q["message_spans"]:
            if not (0 <= s < e <= len(text)):
                errors.append(f"{aid}: span out of range {s,e}")
                continue
            if text[s] != op or text[e - 1] != cl:
                errors.append(f"{aid}: span {s,e} not delimited by quote marks: {text[s:e][:30]!r}")
            if (s, e) not in pairs:
                errors.append(f"{aid}: span {s,e} is not a quote-mark pair")
            covered.add((s, e))
            spans_all.append((s, e))
    for x in a["excluded_marks"]:
        s, e = x["span"]
        if (s, e) in covered:
            errors.append(f"{aid}: span both quote and excluded {s,e}")
        covered.add((s, e))
    for p in sorted(pairs - covered):
        errors.append(f"{aid}: unannotated quote-mark pair {p}: {text[p[0]:p[1]][:50]!r}")
    spans_all.sort()
    for (s1, e1), (s2, e2) in zip(spans_all, spans_all[1:]):
        if s2 < e1:
            errors.append(f"{aid}: overlapping spans {s1,e1} {s2,e2}")
for w in warnings:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
print(f"{len(arts)} articles, {sum(len(a['quotes']) for a in arts)} quotes, "
      f"{sum(len(a['excluded_marks']) for a in arts)} excluded mark pairs, "
      f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
