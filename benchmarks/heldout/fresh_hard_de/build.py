#!/usr/bin/env python3
"""Build <set>.jsonl from the set's article .txt files + hand-written annotations.py.

Each quote in annotations.py is Q(parts, speaker, speaker_name, kind, style, via=None, note=None):
  parts  - list of snippets; each snippet is the literal beginning of one quote
           segment in the text, starting with its opening mark. The span is
           extended to the matching closing mark (over paragraph breaks if the
           quote is re-opened in the next paragraph without being closed).
           Several parts = one interrupted quote with several spans.
           Exception: style "interview" (unmarked answer in a Q/A interview):
           the snippet is the beginning of the answer text after the "Name: "
           label and the span runs to the end of that paragraph (no marks).
Quotes must be listed in text order; snippets are searched left to right.
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
# the set to work on: this folder, or another one of the same format given as argument
# (fresh_hard2_de's scripts call these with their own folder)
SET = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
JSONL = os.path.join(SET, os.path.basename(SET) + ".jsonl")
sys.path.insert(0, HERE)
sys.path.insert(0, SET)  # (the set's annotations.py comes first)
from marks import MARKS, find_close
import annotations

def build():
    out = []
    for art in annotations.ARTICLES:
        aid = art["id"]
        text = open(os.path.join(SET, aid + ".txt"), encoding="utf-8").read().strip("\n")
        op, cl = MARKS[art.get("marks", "de")]
        pos = 0
        quotes = []
        for q in art["quotes"]:
            parts, speaker, name, kind, style = q["parts"], q["speaker"], q["name"], q["kind"], q["style"]
            spans = []
            for snip in parts:
                i = text.find(snip, pos)
                if i < 0:
                    sys.exit(f"{aid}: snippet not found after {pos}: {snip!r}")
                if style == "interview":
                    j = text.find("\n", i)
                    j = len(text) if j < 0 else j
                    spans.append([i, j])
                    pos = j
                    continue
                if text[i] != op:
                    sys.exit(f"{aid}: snippet does not start with opening mark: {snip!r}")
                j = find_close(text, i, op, cl)
                spans.append([i, j + 1])
                pos = j + 1
            rec = {"message_spans": spans, "speaker": speaker,
                   "speaker_name": name, "kind": kind, "style": style,
                   "marked": style != "interview",
                   "message": " … ".join(text[a:b] for a, b in spans)}
            if q.get("via"):
                rec["via"] = q["via"]
            if q.get("note"):
                rec["note"] = q["note"]
            quotes.append(rec)
        excl = []
        epos = 0
        for snip, reason in art.get("excluded", []):
            i = text.find(snip, epos)
            if i < 0:
                sys.exit(f"{aid}: excluded snippet not found: {snip!r}")
            j = find_close(text, i, op, cl)
            excl.append({"span": [i, j + 1], "text": text[i:j + 1], "reason": reason})
            epos = j + 1
        out.append({"id": aid, "title": text.split("\n", 1)[0], "text": text,
                    "quote_marks": art.get("marks", "de"),
                    "quotes": quotes, "excluded_marks": excl})
    with open(JSONL, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} articles, {sum(len(o['quotes']) for o in out)} quotes")

if __name__ == "__main__":
    build()
