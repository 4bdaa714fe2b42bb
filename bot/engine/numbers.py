"""Reading numbers written in digits, in German and English conventions.

German writes 1.234,5 and English 1,234.5; a lone separator is ambiguous
("4.800" is 4800 in German and 4.8 in English). Rules for a run of digit
groups joined by single separators (". , ' ’"), in order:
  * both kinds of separator: the last one is the decimal mark when it occurs
    once and the others group by three (or the Indian 12,34,567 style);
  * one kind, repeated, with groups of three (or Indian groups): grouping
    ("1.234.567", "1,234,567", "12,34,567");
  * one separator followed by exactly three digits: grouping in the
    article's convention (German ".", English ","), decimal otherwise; an
    apostrophe always groups (Swiss 1'000);
  * any other single separator is the decimal mark ("1,5", "2.35");
  * anything else ("192.168.1.2", "12.03.2024", "22,24,26,31") is a chain of
    separate integers: an address, date, version or list.
Spaces (also thin and no-break spaces) between groups of three are grouping;
the scanner in figscan.py joins those.
"""
from __future__ import annotations

import math
import re

MULTIPLIERS = {
    "tausend": 1e3, "tsd": 1e3, "tsd.": 1e3, "thousand": 1e3, "k": 1e3,
    "million": 1e6, "millionen": 1e6, "mio": 1e6, "mio.": 1e6, "mn": 1e6, "m": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "mrd.": 1e9, "billion": 1e9, "bn": 1e9,
    "billionen": 1e12, "trillion": 1e12, "tn": 1e12, "tln": 1e12, "bln": 1e9, "mln": 1e6,
    "mil": 1e6, "lakh": 1e5, "crore": 1e7, "mm": 1e6, "b": 1e9, "g": 1e9, "t": 1e12,
    "hundred": 1e2, "hundert": 1e2, "dozen": 12.0, "dozens": 12.0, "dutzend": 12.0, "dz": 12.0,
    "dzs": 12.0, "millions": 1e6, "billions": 1e9,
}
_SPACES = " \u00a0\u202f\u2009"
_SEP_SPLIT = re.compile(r"[.,'’]")


_INF = float("inf")


def _finite(v: float) -> float | None:
    return v if math.isfinite(v) else None


def read_run(run: str, language: str = "en"):
    """Value of a run of digit groups joined by single separators (no spaces, no sign).

    Returns a float, or a list of (offset, length, value) integers when the run is
    a chain (date, address, version, list), or None when it cannot be read."""
    if run.isdigit():
        value = float(run)
        return value if value != _INF else None  # (a digit string is never NaN or -inf)
    k = run.find(".")
    c = run.find(",")
    if (k < 0) != (c < 0) and "'" not in run and "’" not in run:
        i = k if k >= 0 else c
        sep = run[i]
        if run.find(sep, i + 1) < 0:  # one separator: the common case
            head, last = run[:i], run[i + 1:]
            if len(last) == 3 and len(head) <= 3 and head[0] != "0" and sep == ("." if language == "de" else ","):
                return float(head + last)
            return _finite(float(head + "." + last))
    groups = _SEP_SPLIT.split(run)
    if not all(g.isdigit() for g in groups):
        return None
    seps = [run[i] for i in range(len(run)) if run[i] in ".,'’"]
    kinds = set(seps)
    head, last = groups[0], groups[-1]
    if len(seps) == 1:
        sep = seps[0]
        if sep in "'’":
            return _finite(float(head + last)) if len(last) == 3 else _chain(run, groups)
        if len(last) == 3 and head != "0" and len(head) <= 3 and not head.startswith("0"):
            grouping = "." if language == "de" else ","
            if sep == grouping:
                return float(head + last)
        return _finite(float(head + "." + last))
    if len(kinds) == 1:
        if _grouped(groups) and (seps[0] == "," or all(len(g) == 3 for g in groups[1:])):
            return _finite(float("".join(groups)))
        return _chain(run, groups)
    # two kinds: the last separator is the decimal mark if it occurs once, last
    dec = seps[-1]
    if seps.count(dec) == 1 and _grouped(groups[:-1]) and all(s in ("'", "’", seps[0]) for s in seps[:-1]):
        return _finite(float("".join(groups[:-1]) + "." + last))
    return _chain(run, groups)


def _grouped(groups: list[str]) -> bool:
    """1-3 digits, then groups of three; or Indian style: 1-2 digits, pairs, then three."""
    if not groups or not (1 <= len(groups[0]) <= 3) or groups[0].startswith("0") and len(groups[0]) > 1:
        return False
    if len(groups) == 1:
        return True
    if all(len(g) == 3 for g in groups[1:]):
        return True
    return (len(groups) >= 3 and len(groups[-1]) == 3 and len(groups[0]) <= 2
            and all(len(g) == 2 for g in groups[1:-1]))


def _chain(run: str, groups: list[str]) -> list[tuple[int, int, float]]:
    out = []
    i = 0
    for g in groups:
        out.append((i, len(g), float(g)))
        i += len(g) + 1
    return out


def parse_number(surface: str, language: str = "en") -> float | None:
    """Value of a digit string like "1.234,5", "4,800", "1 234 567", "-3". None if
    unreadable or a chain of several numbers."""
    s = surface.strip()
    for sp in _SPACES:
        s = s.replace(sp, "")
    if not s:
        return None
    neg = s[0] in "-−"
    if neg:
        s = s[1:]
    if s.startswith((".", ",")):
        s = "0" + s
    if not s or not s[0].isdigit() or not s[-1].isdigit():
        return None
    try:
        value = read_run(s, language)
    except ValueError:
        return None
    if not isinstance(value, float):
        return None
    return -value if neg else value
