"""Number words followed by a unit: "drei Menschen", "three people" (used by figures.py)."""
from __future__ import annotations

from bisect import bisect_left

from .figprefix import _prefix
from .figscan import Num
from .figsuffix import _SUFFIX_WORDS, _suffix
from .numbers import MULTIPLIERS
from .units import _WORD, canonical_unit
from .wordnumbers import word_value


def _number_words() -> frozenset:
    from .wordnumbers import _DE, _EN, _TENS_DE, _TENS_EN, _UNITS_DE, _ONES_EN

    words = set(_DE) | set(_EN)
    words |= {u + "und" + t for u in _UNITS_DE.split("|") for t in _TENS_DE.split("|")}
    words |= {t + "-" + o for t in _TENS_EN.split("|") for o in _ONES_EN.split("|")}
    return frozenset(w for w in words if w not in ("null", "eins", "ein", "eine", "einen", "zero", "one", "a", "an"))


_NUMBER_WORDS = _number_words()
_NUMBER_WORDS_BYTES = frozenset(w.encode("latin-1") for w in _NUMBER_WORDS)


def _word_figures(text: str, language: str, taken, raw: bytes | None = None) -> list[Num]:
    """Number words followed by a unit ("drei Menschen", "three people", "zwei Wochen").

    The text's lower-cased words are intersected with the set of number words (C-level
    set operations); only the few hits are then located and checked for a unit."""
    if raw is None:
        raw = text.encode("latin-1", "replace")
    low = raw.lower()  # ASCII letters only; offsets stay those of `text`
    hits = _NUMBER_WORDS_BYTES.intersection(low.split())
    if not hits:
        return []
    out: list[Num] = []
    n = len(text)
    for wb in hits:
        w = wb.decode("latin-1")
        i = low.find(wb)
        while i >= 0:
            a = i
            e = a + len(wb)
            i = low.find(wb, e)
            if (a > 0 and (text[a - 1].isalpha() or text[a - 1] == "-")) or \
                    (e < n and (text[e].isalpha() or text[e] == "-" and e + 1 < n and text[e + 1].isalpha())):
                continue
            if e + 1 >= n or text[e] not in " -\u00a0" or not text[e + 1].isalpha():
                continue
            m = _WORD.match(text, e + 1)
            if m.group().lower() not in _SUFFIX_WORDS:
                continue  # "two of", "drei der": no unit follows
            value = word_value(w)
            if value is None:
                continue
            sfx, mult, unit, end = _suffix(text, e, value)
            if not unit or sfx:
                continue
            k = bisect_left(taken, (a, a))
            if (k < len(taken) and taken[k][0] < end) or (k > 0 and taken[k - 1][1] > a):
                continue
            if mult:
                value *= MULTIPLIERS.get(mult.lower(), MULTIPLIERS.get(mult.lower().rstrip("."), 1.0))
            start, cur, neg, approx, _ = _prefix(text, a)
            if cur:
                start = a
            if neg:
                value = -value
            out.append(Num(start, end, value, canonical_unit(unit, None), approx, None, a, e, words=True))
    out.sort(key=lambda x: x.start)
    return out
