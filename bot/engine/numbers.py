"""Reading numbers written in digits, in German and English conventions.

German writes 1.234,5 and English 1,234.5; a lone separator is ambiguous
("4.800" is 4800 in German and 4.8 in English). Rules, in order:
  * both separators present: the last one is the decimal mark;
  * spaces (also thin/no-break spaces) between groups of three are grouping;
  * one kind of separator, repeated: grouping ("1.234.567", "1,234,567");
  * one separator followed by exactly three digits: grouping in the
    article's convention (German ".", English ","), decimal otherwise;
  * any other single separator is the decimal mark.
"""
from __future__ import annotations

MULTIPLIERS = {
    "tausend": 1e3, "tsd": 1e3, "tsd.": 1e3, "thousand": 1e3, "k": 1e3,
    "million": 1e6, "millionen": 1e6, "mio": 1e6, "mio.": 1e6, "mn": 1e6, "m": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "mrd.": 1e9, "billion": 1e9, "bn": 1e9,
    "billionen": 1e12, "trillion": 1e12, "tn": 1e12, "tln": 1e12, "bln": 1e9, "mln": 1e6,
    "mil": 1e6, "lakh": 1e5, "crore": 1e7, "mm": 1e6, "b": 1e9, "g": 1e9,
}
_SPACES = " \u00a0\u202f\u2009"


def parse_number(surface: str, language: str = "en") -> float | None:
    """Value of a digit string like "1.234,5", "4,800", "1 234 567". None if unreadable."""
    s = surface.strip()
    for sp in _SPACES:
        s = s.replace(sp, "")
    s = s.replace("'", "").replace("’", "")  # Swiss grouping 1'000
    if not s:
        return None
    neg = s.startswith(("-", "−"))
    if neg:
        s = s[1:]
    has_dot, has_comma = "." in s, ","
    has_comma = "," in s
    try:
        if has_dot and has_comma:
            dec = "." if s.rfind(".") > s.rfind(",") else ","
            grp = "," if dec == "." else "."
            value = float(s.replace(grp, "").replace(dec, "."))
        elif has_dot or has_comma:
            sep = "." if has_dot else ","
            parts = s.split(sep)
            if len(parts) > 2:
                value = float("".join(parts))
            else:
                head, tail = parts
                grouping_sep = "." if language == "de" else ","
                if len(tail) == 3 and head and head != "0" and sep == grouping_sep:
                    value = float(head + tail)
                elif len(tail) == 3 and head and head != "0" and sep == "," and language not in ("de",):
                    value = float(head + tail)
                else:
                    value = float(head + "." + tail) if head else float("0." + tail)
        else:
            value = float(s)
    except ValueError:
        return None
    return -value if neg else value
