"""Build wikinews_de_test_direct.jsonl from the manual decisions in ann.py (annotation helper; no system code used)."""
import json, re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cands import load, candidates
from ann import A

def find_speaker(t, s, qspans, hint, ann_spans):
    occ = [(m.start(), m.end()) for m in re.finditer(r'(?<!\w)' + re.escape(s) + r'(?!\w)', t)]
    occ = [o for o in occ if not any(a < o[0] and o[1] < b for a, b in ann_spans)]
    qs, qe = qspans[0][0], qspans[-1][1]
    if hint == '<': occ = [o for o in occ if o[1] <= qs]
    elif hint == '>': occ = [o for o in occ if o[0] >= qe]
    else: occ = [o for o in occ if o[1] <= qs or o[0] >= qe]
    if not occ: raise ValueError('speaker %r not found' % s)
    return min(occ, key=lambda o: qs - o[1] if o[1] <= qs else o[0] - qe)

def build(verbose=False):
    docs = load(); out = []
    ids = {d['id'] for d in docs}
    assert set(A) <= ids, set(A) - ids
    for d in docs:
        t = d['text']; pairs, _ = candidates(t)
        entries = A.get(d['id'], [])
        ann_spans = [pairs[c] for e in entries for c in (e[0] if isinstance(e[0], tuple) else (e[0],))]
        quotes = []
        for e in entries:
            cs = e[0] if isinstance(e[0], tuple) else (e[0],)
            spk, name, kind = e[1], e[2], e[3]
            hint = e[4] if len(e) > 4 else None
            ms = [list(pairs[c]) for c in cs]
            if spk is None:
                ss = []
            else:
                a, b = find_speaker(t, spk, ms, hint, ann_spans); ss = [[a, b]]
            quotes.append({'message_spans': ms, 'speaker': spk, 'speaker_spans': ss,
                           'speaker_name': name, 'kind': kind})
            if verbose:
                q = t[ms[0][0]:ms[-1][1]]
                ctx = t[max(0, ss[0][0]-25):ss[0][0]] + '[' + t[ss[0][0]:ss[0][1]] + ']' + t[ss[0][1]:ss[0][1]+25] if ss else '-'
                print(d['id'], '|', q[:50].replace('\n', ' '), '|', ctx.replace('\n', ' '), '|', name, kind)
        quotes.sort(key=lambda q: q['message_spans'][0][0])
        out.append({'id': d['id'], 'quotes': quotes})
    return out

if __name__ == '__main__':
    out = build(verbose='-v' in sys.argv)
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'wikinews_de_test_direct.jsonl'), 'w') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(out), 'docs', sum(len(o['quotes']) for o in out), 'quotes')
