"""The context phrase of a figure: its clause, a few words either side (used by figures.py)."""
from __future__ import annotations

from bisect import bisect_left

_EDGE_STRIP = " \t\n,;:.-–—(„“”\"«»‚‘’'[]"


def context_of(text: str, start: int, end: int, max_words: int = 6, spans=(), starts=None,
               smap: bytes | None = None) -> str:
    """A short phrase saying what the figure measures: its clause (between clause
    punctuation that is not part of another number), at most `max_words` words on
    either side, ending at word boundaries and never cutting another number in half
    (a number at the right edge is kept whole when short, otherwise dropped).
    Verbatim with whitespace collapsed. `spans` are the (start, end) of all numbers
    in the text, sorted; `starts` their starts (for bisect)."""
    n = len(text)
    # the word windows first (cheap), then clause stops inside them only
    lo = max(0, start - 15 * max_words)
    seg = text[lo:start]
    parts = seg.rsplit(None, max_words)
    if len(parts) > max_words:
        left = start - len(seg) + len(parts[0])
    else:
        left = lo
        if lo > 0 and not text[lo - 1].isspace() and parts:
            left = start - len(seg) + seg.find(parts[0]) + len(parts[0])  # window began mid-word
    hi = min(n, end + 15 * max_words)
    seg = text[end:hi]
    parts = seg.split(None, max_words)
    if len(parts) > max_words:
        cut = hi - len(parts[-1])
    else:
        cut = hi
        if hi < n and not text[hi].isspace() and parts:
            cut = hi - len(parts[-1])  # window ended mid-word
    while cut > end and text[cut - 1].isspace():
        cut -= 1
    near = ()
    if spans:
        if starts is None:
            starts = [x for x, _ in spans]
        a = bisect_left(starts, left - 60)
        b = bisect_left(starts, cut)
        if b - a > 1:
            near = [sp for sp in spans[a:b] if sp[1] > left and sp[0] != start]
    if smap is None:
        smap = text.encode("latin-1", "replace").translate(_STOPMAP)
    # candidates are found with bytes.find/rfind on the stop map (C speed), then checked
    i = smap.find(b"|", end, cut)
    while i >= 0:
        if _is_stop(text, i, near):
            cut = i
            break
        i = smap.find(b"|", i + 1, cut)
    i = smap.rfind(b"|", left, start)
    while i >= 0:
        if _is_stop(text, i, near) and not (
                # a figure opening a parenthesis, quotation or list item: its clause is the one around it
                text[i] in "([„“\"»«;,:" and len(text[i + 1:start].split()) < 2):
            left = i + (3 if text[i] == "-" else 1)
            break
        i = smap.rfind(b"|", left, i)
    if near:
        sp = _inside(near, left)
        if sp:
            left = sp[1]  # drop a partial number at the left cut
        sp = _inside(near, cut)
        if sp:
            cut = sp[1] if sp[1] - cut <= 25 else sp[0]
    phrase_l = _squash(text[left:start]).lstrip(_EDGE_STRIP)
    phrase_r = _squash(text[end:cut]).rstrip(_EDGE_STRIP)
    while phrase_r:
        # no dangling function word at the end ("... and fines and many")
        head, sp, last = phrase_r.rpartition(" ")
        if not sp or last.lower() not in _DANGLING:
            break
        phrase_r = head.rstrip(_EDGE_STRIP)
    if cut < n and text[cut] == ")" and phrase_l.count("(") > phrase_l.count(")") + phrase_r.count(")"):
        phrase_r += ")"  # close the parenthesis the figure sits in
    out = text[start:end]
    if " " in out or "\n" in out:
        out = _squash(out)
    if phrase_l:
        out = phrase_l + (" " if text[start - 1].isspace() else "") + out
    if phrase_r:
        out = out + ("" if end < n and not text[end].isspace() else " ") + phrase_r
    return out


_DANGLING = frozenset("""und oder aber der die das den dem des ein eine einer eines einen einem von vom zu zum
    zur mit im in am an auf für bei nach aus als wie and or but the a an of to in on at for by with from as than
    that which many more""".split())


def _squash(s: str) -> str:
    """Whitespace collapsed to single spaces (cheap when there is nothing to do)."""
    if "  " in s or "\n" in s or "\t" in s or "\u00a0" in s or "\r" in s or "\u202f" in s:
        return " ".join(s.split())
    return s.strip(" ")


_STOP_SET = frozenset(";()[]\n–—„“”\"«»,:.!?-")
# latin-1 bytes -> b"|" for a possible clause stop (b"?" also stands for every character
# outside latin-1, such as – — „ “ ”), b" " otherwise
_STOPMAP = bytes(124 if chr(i) in _STOP_SET or i == 63 else 32 for i in range(256))


def _is_stop(text: str, i: int, near) -> bool:
    """Is the punctuation at i a clause boundary (not a decimal comma, an abbreviation,
    a hyphen or part of another number)?"""
    c = text[i]
    if c not in _STOP_SET:
        return False
    nxt = text[i + 1:i + 2]
    if c in ",:":
        if nxt.isdigit():
            return False
    elif c in ".!?":
        if nxt and not nxt.isspace():
            return False
        if c == "." and _abbrev(text, i):
            return False
    elif c == "-":
        if not (nxt == " " and i > 0 and text[i - 1] == " "):
            return False
    if near and _inside(near, i):
        return False
    return True


def _inside(spans, i):
    for sp in spans:
        if sp[0] < i < sp[1]:
            return sp
    return None


def _abbrev(text: str, i: int) -> bool:
    """A period after a short abbreviation ("Mio.", "ca.", "z. B.", "Dr.") or a digit
    ordinal: not a clause end."""
    k = i
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    w = text[k:i]
    return 0 < len(w) <= 3 and (w[0].isupper() or len(w) == 1) and w.lower() not in ("er", "sie", "es", "it")
