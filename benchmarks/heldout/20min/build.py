"""Build 20min_direct.jsonl from ann.py.  python3 build.py [-v]"""
import json, re, sys
from cands import load, cands
from ann import ANN

def find(text, s, pos, where):
    occ = [m.start() for m in re.finditer(r'(?<!\w)' + re.escape(s) + r'(?!\w)', text)]
    if where == 'before':
        occ = [o for o in occ if o + len(s) <= pos[0]]
        assert occ, s
        o = max(occ)
    else:
        occ = [o for o in occ if o >= pos[1]]
        assert occ, s
        o = min(occ)
    return [o, o + len(s)]

def main(verbose=False):
    out = []
    for d in load():
        t = d['text']; cs = cands(t)
        spans = {}
        qs = []
        for k, spk, where, name, kind in ANN[d['id']]:
            s, e = cs[k]
            if spk is None:
                sp = []
            elif isinstance(where, tuple):
                sp = [spans[where[1]]]
            else:
                sp = [find(t, spk, (s, e), where)]
            if sp:
                spans[k] = sp[0]
            qs.append({'message_spans': [[s, e]], 'speaker': spk, 'speaker_spans': sp,
                       'speaker_name': name, 'kind': kind})
            if verbose:
                ctx = t[sp[0][0]-30:sp[0][1]+30].replace('\n', ' ') if sp else '-'
                print(d['id'], k, repr(t[s:e][:50]), '|', spk, '|', ctx)
        out.append({'id': d['id'], 'quotes': qs})
    with open('20min_direct.jsonl', 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main('-v' in sys.argv)
