"""Deterministic pairing of quote-mark characters into candidate quoted segments (annotation helper)."""
import json, os, re, sys
SRC = '/work/shared/eval/de_wikinews_quote_attribution'
if not os.path.isdir(SRC):
    SRC = os.path.join(os.path.dirname(__file__), '../../../shared/eval/de_wikinews_quote_attribution')
QCH = '„“”"»«‚‘’\'›‹'

def load():
    return [json.loads(l) for l in open(os.path.join(SRC, 'wikinews_de_test_blind_texts.jsonl'))]

def is_apostrophe(t, i):
    c = t[i]
    if c not in "'’‘": return False
    prev = t[i-1] if i > 0 else ' '
    nxt = t[i+1] if i+1 < len(t) else ' '
    return prev.isalnum() and (nxt.isalnum() or c in "'’") and not (c == '‘' and not nxt.isalnum())

def candidates(t):
    """returns list of (start,end) spans incl. marks, plus list of unpaired mark positions"""
    stack = []; pairs = []; unp = []
    for i, c in enumerate(t):
        if c not in QCH: continue
        if c in "'’" and is_apostrophe(t, i): continue
        if c in '„»‚›':
            stack.append((c, i)); continue
        if c == '“':
            if stack and stack[-1][0] in '„':
                pairs.append((stack.pop()[1], i+1)); continue
            nxt = t[i+1] if i+1 < len(t) else ' '
            if nxt.isalnum() or nxt in '(.[':  # english-style opener
                stack.append((c, i)); continue
            unp.append(i); continue
        if c == '”':
            if stack and stack[-1][0] in '„“':
                pairs.append((stack.pop()[1], i+1)); continue
            unp.append(i); continue
        if c == '«':
            if stack and stack[-1][0] == '»': pairs.append((stack.pop()[1], i+1)); continue
            unp.append(i); continue
        if c == '‹':
            if stack and stack[-1][0] == '›': pairs.append((stack.pop()[1], i+1)); continue
            unp.append(i); continue
        if c in '‘\'’':
            if stack and stack[-1][0] in '‚\'‘' and (c != '‘' or stack[-1][0] in '‚'):
                pairs.append((stack.pop()[1], i+1)); continue
            if c in "'‘": stack.append((c, i)); continue
            unp.append(i); continue
        if c == '"':
            if stack and stack[-1][0] == '"': pairs.append((stack.pop()[1], i+1)); continue
            stack.append((c, i)); continue
    unp += [i for _, i in stack]
    # keep only outermost pairs as candidates; nested ones are recorded too
    pairs.sort()
    return pairs, sorted(unp)

if __name__ == '__main__':
    docs = load()
    sel = sys.argv[1:] 
    lo, hi = (int(sel[0]), int(sel[1])) if sel else (0, len(docs))
    for di, d in enumerate(docs[lo:hi], lo):
        t = d['text']; pairs, unp = candidates(t)
        marks = {}
        for k, (a, b) in enumerate(pairs):
            marks.setdefault(a, []).append('⟦%d⟧' % k)
        for u in unp: marks.setdefault(u, []).append('⟦?⟧')
        out = []
        for i, c in enumerate(t):
            if i in marks: out.append(''.join(marks[i]))
            out.append(c)
        print('=' * 8, di, d['id'], '|', d['title'], '| cands', len(pairs), 'unpaired', len(unp))
        if pairs or unp:
            print(''.join(out))
