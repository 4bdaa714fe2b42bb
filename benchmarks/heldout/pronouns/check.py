#!/usr/bin/env python3
"""Validate wikinews_train_pronouns.jsonl against the source train file.

Checks per line:
  * required keys present, id exists in the source file;
  * speaker_spans/form match an annotation of that document;
  * pronoun == text[s:e] for the speaker span (for multi-span speakers: one of the spans,
    and the pronoun span is the one whose start is used as "pronoun start");
  * referent_span lies before the pronoun (end <= pronoun start);
  * text[referent_span] contains the referent's last word (substring; allows inflection like -s).
Exits non-zero on any failure.
"""
import json, sys, collections
SRC = '/work/shared/eval/de_wikinews_quote_attribution/wikinews_de_train.jsonl'
OUT = sys.argv[1] if len(sys.argv) > 1 else 'wikinews_train_pronouns.jsonl'
docs = {}
for l in open(SRC, encoding='utf-8'):
    d = json.loads(l); docs[d['id']] = d
errors = 0; n = 0
by_pron = collections.Counter(); by_form = collections.Counter(); seen = set()
def err(i, msg):
    global errors; errors += 1; print(f'line {i}: {msg}')
for i, l in enumerate(open(OUT, encoding='utf-8'), 1):
    n += 1
    r = json.loads(l)
    for k in ('id', 'speaker_spans', 'pronoun', 'form', 'referent', 'referent_span'):
        if k not in r: err(i, f'missing {k}')
    d = docs.get(r['id'])
    if d is None: err(i, 'unknown id'); continue
    t = d['text']
    if not any(q['speaker_spans'] == r['speaker_spans'] and q['form'] == r['form'] for q in d['quotes']):
        err(i, 'no annotation with these speaker_spans and form')
    pspans = [(a, b) for a, b in r['speaker_spans'] if t[a:b] == r['pronoun']]
    if not pspans:
        err(i, f'pronoun {r["pronoun"]!r} != text{r["speaker_spans"]}'); continue
    if len(r['speaker_spans']) == 1 and len(pspans) != 1: err(i, 'pronoun mismatch')
    pstart = pspans[0][0]
    rs, re_ = r['referent_span']
    if not (0 <= rs < re_ <= pstart): err(i, f'referent_span {r["referent_span"]} not before pronoun at {pstart}')
    last = r['referent'].split()[-1]
    if last not in t[rs:re_]: err(i, f'last word {last!r} not in {t[rs:re_]!r}')
    key = (r['id'], tuple(map(tuple, r['speaker_spans'])), r['form'])
    by_pron[r['pronoun'] if len(r['pronoun']) < 25 else r['pronoun'][:14] + '…'] += 1
    by_form[r['form']] += 1
print(f'{n} lines, {errors} errors')
print('by pronoun:', dict(by_pron.most_common()))
print('by form:', dict(by_form.most_common()))
sys.exit(1 if errors else 0)
