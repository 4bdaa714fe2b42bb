"""Deterministic pairing of quote-mark characters into candidate segments."""
import json
SRC = '/work/shared/eval/de_20minuten_examples/20minuten_examples.jsonl'
OPEN_CLOSE = {'„': '“”', '«': '»', '»': '«', '“': '”', '‹': '›', '‚': '‘'}
QUOTE_CHARS = set('„“”«»"‹›‚‘')

def load():
    return [json.loads(l) for l in open(SRC, encoding='utf-8')]

def cands(text):
    """Return list of (start, end) candidate segments incl. marks (end exclusive)."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == '"':
            j = text.find('"', i + 1)
            if j != -1:
                out.append((i, j + 1)); i = j + 1; continue
        elif c in OPEN_CLOSE:
            closers = OPEN_CLOSE[c]
            depth_j = None
            for j in range(i + 1, n):
                if text[j] in closers:
                    depth_j = j; break
            if depth_j is not None:
                out.append((i, depth_j + 1)); i = depth_j + 1; continue
        i += 1
    return out

def marks(text):
    return [i for i, c in enumerate(text) if c in QUOTE_CHARS]

if __name__ == '__main__':
    for d in load():
        t = d['text']
        print('=' * 20, d['id'], '| marks:', len(marks(t)))
        for k, (s, e) in enumerate(cands(t)):
            print(k, s, e, repr(t[s:e][:120]))
