"""Sanity checks for wikinews_de_test_direct.jsonl (needs the blind texts from /work/shared, see README).
1. spans inside text; message spans start and end with a quote mark; speaker == text[speaker_span];
   no overlapping quotes; one line per blind doc; kinds valid.
2. recall review: every quote-mark character in every text is either inside an annotated quote,
   an apostrophe, or part of a deliberately excluded candidate (printed with its reason for review).
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cands import load, candidates, is_apostrophe, QCH
from ann import EXCL

OPEN = '„“”"»«‚‘’\'›‹'
KINDS = {'person', 'role', 'organisation', 'document', 'pronoun', None}
PRON = {'er', 'sie', 'Er', 'Sie', 'diese', 'dieser', 'Seine', 'seine', 'Seiner', 'ihr', 'Ihr', 'letztere', 'ihm'}

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    docs = {d['id']: d for d in load()}
    ann = [json.loads(l) for l in open(os.path.join(here, 'wikinews_de_test_direct.jsonl'))]
    errs = []
    assert len(ann) == len(docs) == len({a['id'] for a in ann}), 'need exactly one line per blind doc'
    for a in ann:
        t = docs[a['id']]['text']; spans = []
        for q in a['quotes']:
            assert set(q) == {'message_spans', 'speaker', 'speaker_spans', 'speaker_name', 'kind'}, q.keys()
            for s, e in q['message_spans']:
                if not (0 <= s < e <= len(t)): errs.append((a['id'], 'span out of text', s, e)); continue
                if t[s] not in OPEN or t[e-1] not in OPEN: errs.append((a['id'], 'no quote mark at span ends', t[s:e][:40]))
                spans.append((s, e))
            if q['speaker'] is None:
                if q['speaker_spans']: errs.append((a['id'], 'speaker null but span'))
            else:
                (s, e), = q['speaker_spans']
                if t[s:e] != q['speaker']: errs.append((a['id'], 'speaker != text', q['speaker'], t[s:e]))
                if any(ms <= s < me for ms, me in q['message_spans']): errs.append((a['id'], 'speaker inside its quote'))
            if q['kind'] not in KINDS: errs.append((a['id'], 'bad kind', q['kind']))
            if (q['kind'] == 'pronoun') != (q['speaker'] in PRON): errs.append((a['id'], 'pronoun kind mismatch', q['speaker'], q['kind']))
        spans.sort()
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            if s2 < e1: errs.append((a['id'], 'overlapping quotes', s1, e1, s2, e2))
    print('structural errors:', len(errs))
    for e in errs: print('  ', e)

    # recall review
    n_in = n_apos = n_excl = 0; unreviewed = []; excluded = []
    for a in ann:
        t = docs[a['id']]['text']
        spans = [tuple(s) for q in a['quotes'] for s in q['message_spans']]
        pairs, unp = candidates(t)
        reasons = EXCL.get(a['id'], {})
        for i, c in enumerate(t):
            if c not in QCH: continue
            if any(s <= i < e for s, e in spans): n_in += 1; continue
            if c in "'’‘" and is_apostrophe(t, i): n_apos += 1; continue
            # which candidate does this mark open/close?
            k = next((k for k, (s, e) in enumerate(pairs) if i == s or i == e - 1), None)
            if k is not None and k in reasons:
                if i == pairs[k][0]:
                    n_excl += 1; excluded.append((a['id'], k, t[pairs[k][0]:pairs[k][1]], reasons[k]))
                continue
            if k is None and any(s < i < e for s, e in spans): n_in += 1; continue
            unreviewed.append((a['id'], i, c, t[max(0, i-40):i+40].replace('\n', ' ')))
    print('quote-mark chars inside annotated quotes: %d, apostrophes: %d, excluded candidates: %d, UNREVIEWED marks: %d'
          % (n_in, n_apos, n_excl, len(unreviewed)))
    for u in unreviewed: print('  UNREVIEWED', u)
    if '-q' not in sys.argv:
        print('excluded candidates (review):')
        for e in excluded: print('  %s #%d %s  -- %s' % (e[0], e[1], e[2][:70], e[3]))
    return 1 if errs or unreviewed else 0

if __name__ == '__main__':
    sys.exit(main())
