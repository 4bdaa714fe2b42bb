"""Validate 20min_direct.jsonl against the source texts and review every quote-mark pair.

Checks: all 10 ids present, in source order; spans inside text; message spans start and end with a quote mark;
speaker == text[speaker_span]; speaker null <=> no span; kind values; no overlapping quotes; every quote-mark
character lies inside an annotated quote or an excluded candidate with a recorded reason (apostrophes ’ are skipped).
Prints the list of excluded candidates with reasons.  Exit code 0 = all checks pass.
"""
import json, sys
from cands import load, cands, QUOTE_CHARS
from ann import EXCL

OPENERS = set('„«»“"‹‚')
CLOSERS = set('“”»«"›‘')
KINDS = {'person', 'role', 'organisation', 'document', 'pronoun', None}
PRONOUNS = {'er', 'Er', 'sie', 'Sie', 'ihr', 'Ihr', 'ihre', 'Ihre', 'sein', 'Sein', 'seine', 'Seine', 'diese', 'Diese'}

def main():
    errs = []
    docs = load()
    ann = [json.loads(l) for l in open('20min_direct.jsonl', encoding='utf-8')]
    if [a['id'] for a in ann] != [d['id'] for d in docs]:
        errs.append('ids differ from source (order/count)')
    n_q = 0; n_excl = 0; kinds = {}
    for d, a in zip(docs, ann):
        t = d['text']; did = d['id']
        covered = set(); msg = []
        for q in a['quotes']:
            n_q += 1
            kinds[q['kind']] = kinds.get(q['kind'], 0) + 1
            if set(q) != {'message_spans', 'speaker', 'speaker_spans', 'speaker_name', 'kind'}:
                errs.append(f'{did}: bad keys {sorted(q)}')
            for s, e in q['message_spans']:
                if not (0 <= s < e <= len(t)):
                    errs.append(f'{did}: message span out of text {s,e}'); continue
                if t[s] not in OPENERS or t[e - 1] not in CLOSERS:
                    errs.append(f'{did}: message span {s,e} not delimited by quote marks: {t[s:e][:40]!r}')
                msg.append((s, e)); covered.update(range(s, e))
            if q['speaker'] is None:
                if q['speaker_spans']:
                    errs.append(f'{did}: speaker null but span given')
                if q['kind'] is not None:
                    errs.append(f'{did}: speaker null but kind {q["kind"]}')
            else:
                if len(q['speaker_spans']) != 1:
                    errs.append(f'{did}: speaker without exactly one span')
                for s, e in q['speaker_spans']:
                    if not (0 <= s < e <= len(t)) or t[s:e] != q['speaker']:
                        errs.append(f'{did}: speaker {q["speaker"]!r} != text{[s, e]} {t[s:e]!r}')
                if (q['kind'] == 'pronoun') != (q['speaker'] in PRONOUNS):
                    errs.append(f'{did}: kind/pronoun mismatch for {q["speaker"]!r}')
            if q['kind'] not in KINDS:
                errs.append(f'{did}: bad kind {q["kind"]!r}')
        msg.sort()
        for (s1, e1), (s2, e2) in zip(msg, msg[1:]):
            if s2 < e1:
                errs.append(f'{did}: overlapping quotes {s1,e1} {s2,e2}')
        # recall review
        ex = EXCL.get(did, {})
        cs = cands(t)
        annotated = set(tuple(sp) for q in a['quotes'] for sp in q['message_spans'])
        for k, (s, e) in enumerate(cs):
            if (s, e) in annotated:
                if k in ex:
                    errs.append(f'{did}: cand {k} both annotated and excluded')
                continue
            if k not in ex:
                errs.append(f'{did}: UNREVIEWED candidate {k} {t[s:e]!r}')
                continue
            n_excl += 1
            print(f'EXCLUDED {did} #{k} [{s},{e}] {t[s:e]!r}: {ex[k]}')
            covered.update(range(s, e))
        for k in ex:
            if k >= len(cs):
                errs.append(f'{did}: exclusion for nonexistent candidate {k}')
        for i, c in enumerate(t):
            if c in QUOTE_CHARS and i not in covered:
                errs.append(f'{did}: quote mark {c!r} at {i} neither annotated nor excluded')
    print(f'\n{len(ann)} docs, {n_q} quotes, {n_excl} excluded candidates; kinds: {kinds}')
    for e in errs:
        print('ERROR', e)
    print('OK' if not errs else f'{len(errs)} errors')
    return 1 if errs else 0

if __name__ == '__main__':
    sys.exit(main())
