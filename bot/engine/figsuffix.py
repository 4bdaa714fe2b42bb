"""What follows a number: a glued multiplier ("1.13bn", "10 k"), a multiplier word
("1,5 Mio.", "3 million") and a unit or currency ("60 %", "5 Euro", "0,000001-Prozent").
Used by the figure reader in figscan.py."""
from __future__ import annotations

import re

from .units import _WORD, unit_at

_GLUED = re.compile(r"[A-Za-z]{1,3}(?![A-Za-z])")
_SFX = frozenset("bn bln mln mil mn MM tln tn b m M k K G B T".split())
_MULT_WORDS = frozenset("""lakh crore millionen million mio mio. milliarden milliarde mrd mrd. billionen tausend
    tsd tsd. millions billion billions trillion thousand hundred dozens dozen dutzend dzs dz mn bn bln mln
    tln""".split())
_SP = " \u00a0\u202f"


def _suffix(text: str, e: int, value: float, with_unit: bool = True):
    """(glued multiplier, multiplier word, unit, end) after a number ending at e:
    "1.13bn", "10 k", "1,5 Mio. Euro", "60 %", "0,000001-Prozent", "5 Euro"."""
    n = len(text)
    sfx = mult = unit = None
    p = end = e
    if e < n:
        c = text[e]
        if c.isascii() and c.isalpha():
            m = _GLUED.match(text, e)
            if m and m.group() in _SFX and not (m.group() in ("b", "B", "K", "T") and value >= 1000):
                sfx = m.group()
                p = end = m.end()
        elif c in _SP and e + 2 <= n and text[e + 1] in "kMGB" and (e + 2 == n or text[e + 2] in " \t\n.,;:)"):
            sfx = text[e + 1]
            p = end = e + 2
    q = p
    if q < n and text[q] in _SP:
        q += 1
        if q < n and text[q] in _SP:
            q += 1
    if q < n and text[q].isalpha() and q > p:
        m = _WORD.match(text, q)
        if m:
            w = m.group().lower()
            me = m.end()
            if me < n and text[me] == "." and w + "." in _MULT_WORDS:
                mult = text[q:me + 1]
                p = end = me + 1
            elif w in _MULT_WORDS and not (me < n and text[me].isdigit()):
                mult = text[q:me]
                p = end = me
    if not with_unit or p >= n:
        return sfx, mult, unit, end
    q = p
    c = text[q]
    if c in _SP or c == "-":
        q += 1
    ue = unit_at(text, q)
    if ue < 0 and q > p:
        ue = unit_at(text, p)
        q = p
    if ue > 0:
        unit = text[q:ue]
        end = ue
    return sfx, mult, unit, end


def _suffix_words() -> frozenset:
    from .units import _FIRST_WORDS, _UNITS

    words = set(_MULT_WORDS) | {m.rstrip(".") for m in _MULT_WORDS} | set(_FIRST_WORDS)
    for u in _UNITS:
        w = _WORD.match(u)
        if w:
            words.add(w.group())
    words |= {s.lower() for s in _SFX}
    return frozenset(words)


_SUFFIX_WORDS = _suffix_words()


def _simple_units() -> frozenset:
    from .units import _FIRST_WORDS, _UNITS

    return frozenset(u for u in _UNITS if u.isalpha() and u not in _FIRST_WORDS and u not in _MULT_WORDS
                     and u.rstrip(".") not in _MULT_WORDS and u not in _SFX)


_SIMPLE_UNITS = _simple_units()
_SYMBOL_UNITS = frozenset("%€£¥₡₾₭₩₹元")
