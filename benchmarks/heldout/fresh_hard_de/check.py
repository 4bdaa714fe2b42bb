#!/usr/bin/env python3
"""Verify <set>.jsonl: spans inside text, start/end with the article's
quote marks, every quote-mark pair annotated or excluded, no overlaps, word
counts, field values.  Exit code 1 on any error."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
# the set to work on: this folder, or another one of the same format given as argument
# (fresh_hard2_de's scripts call these with their own folder)
SET = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
JSONL = os.path.join(SET, os.path.basename(SET) + ".jsonl")
sys.path.insert(0, HERE)
from marks import MARKS, NESTED, all_pairs

KINDS = {"person", "role", "organisation", "document", "pronoun", "unattributed"}
STYLES = {"after", "so", "colon", "interrupted", "partial", "context", "next",
          "impersonal", "headline", "before", "laut", "zufolge", "nach_angaben", "interview"}
PRONOUNS = {"er", "sie", "es", "ihm", "ihr", "ihn", "ihnen", "man", "wir"}
ALLMARKS = "\u201e\u201c\u201d\u00bb\u00ab\u2039\u203a\u201a\u2018\""
errors, warnings = [], []
arts = [json.loads(l) for l in open(JSONL, encoding="utf-8")]
ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)):
    errors.append("duplicate article ids")
for a in arts:
    aid, text = a["id"], a["text"]
    p = os.path.join(SET, aid + ".txt")
    if not os.path.exists(p) or open(p, encoding="utf-8").read().strip("\n") != text:
        errors.append(f"{aid}: text differs from {aid}.txt")
    if a["title"] != text.split("\n")[0]:
        errors.append(f"{aid}: title is not the headline line")
    wc = len(text.split())
    if not 250 <= wc <= 600:
        errors.append(f"{aid}: {wc} words")
    op, cl = MARKS[a["quote_marks"]]
    allowed = {op, cl} | set(NESTED[a["quote_marks"]])
    for ch in ALLMARKS:
        if ch in text and ch not in allowed:
            errors.append(f"{aid}: foreign quote mark {ch!r} in text")
    pairs = set(all_pairs(text, op, cl))
    covered, spans_all = set(), []
    for q in a["quotes"]:
        if q["kind"] not in KINDS:
            errors.append(f"{aid}: bad kind {q['kind']}")
        if q["style"] not in STYLES:
            errors.append(f"{aid}: bad style {q['style']}")
        sp = q["speaker"]
        if sp is None:
            if q["kind"] != "unattributed" or q["speaker_name"] is not None:
                errors.append(f"{aid}: speaker None but kind/name set: {q['message'][:40]}")
        else:
            if q["kind"] == "unattributed":
                errors.append(f"{aid}: kind unattributed but speaker given {sp!r}")
            if sp not in text:
                errors.append(f"{aid}: speaker mention not in text: {sp!r}")
            if (q["kind"] == "pronoun") != (sp.lower() in PRONOUNS):
                errors.append(f"{aid}: kind/pronoun mismatch for {sp!r}")
            # the mention should be near the quote (within 700 characters)
            s0, e0 = q["message_spans"][0][0], q["message_spans"][-1][1]
            if sp not in text[max(0, s0 - 700):e0 + 700]:
                warnings.append(f"{aid}: speaker {sp!r} not within 700 chars of quote {q['message'][:30]!r}")
        if q["speaker_name"] and q["speaker_name"].lower() not in text.lower():
            warnings.append(f"{aid}: speaker_name not verbatim in text: {q['speaker_name']!r}")
        if q.get("via") and q["via"].lower() not in text.lower():
            warnings.append(f"{aid}: via not verbatim in text: {q['via']!r}")
        for s, e in q["message_spans"]:
            if not (0 <= s < e <= len(text)):
                errors.append(f"{aid}: span out of range {s,e}")
                continue
            if q["style"] == "interview":
                if not (e == len(text) or text[e] == "\n") or text[s - 2:s] != ": ":
                    errors.append(f"{aid}: interview span {s,e} is not a labelled answer paragraph")
                if any(c in text[s:e] for c in (op, cl)):
                    errors.append(f"{aid}: interview span {s,e} contains quote marks")
            else:
                if text[s] != op or text[e - 1] != cl:
                    errors.append(f"{aid}: span {s,e} not delimited by quote marks: {text[s:e][:30]!r}")
                if (s, e) not in pairs:
                    errors.append(f"{aid}: span {s,e} is not a quote-mark pair")
                covered.add((s, e))
            spans_all.append((s, e))
    for x in a["excluded_marks"]:
        s, e = x["span"]
        if not x.get("reason"):
            errors.append(f"{aid}: excluded pair without reason {s,e}")
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
