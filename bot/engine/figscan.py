"""Reading every number written in digits, with its value, and why it is not a
figure when it is not (the digit layer of figures.py; see its docstring)."""
from __future__ import annotations

import math
import re

from .figfilter import _WORD_EDGE, _why_not
from .figprefix import _PREFIX_LAST, _PREFIX_WORDS, _prefix
from .figsuffix import _SIMPLE_UNITS, _SUFFIX_WORDS, _SYMBOL_UNITS, _suffix
from .numbers import MULTIPLIERS, read_run
from .units import _WORD, UNIT_FACTORS, canonical_unit

_MAX_FIGURES = 2000
_SPACES = " \u00a0\u202f\u2009"
_VULGAR = {"¼": 0.25, "½": 0.5, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
           "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
# digits (and the latin-1 fractions ¼ ½ ¾) -> b"0", everything else -> b" "
_TBL = bytes(48 if 48 <= i <= 57 or i in (0xBC, 0xBD, 0xBE) else 32 for i in range(256))
_RUN = re.compile(r"[0-9]+(?:[.,'’][0-9]+)*")
_DIGITS = re.compile(r"[0-9]+")
_FRAC = re.compile(r"/([0-9]{1,3})(?![0-9]|[/.,:][0-9])")
_MIXED = re.compile(r" {1,2}([0-9]{1,2})/([0-9]{1,3})(?![0-9]|[/.,:][0-9])")
_POWER = re.compile(r"[eE]([+-]?[0-9]{1,4})(?![\w.])|\^([+-]?-?[0-9]{1,3})(?![\w.])"
                    r"|\s?[x×]\s?10\^?([+\-−]?[0-9]{1,3})(?![\w.])")
_RANGE = re.compile(r"[-–]([0-9]+(?:[.,][0-9]+)?)(?![0-9]|[-–/:.,][0-9]|[-–/][^\W\d_])")
_CHAIN_MULT = re.compile(r"\s+(?:and\s+)?([0-9]{1,3})(?:\s+(hundred|thousand))?(?![0-9]|[.,][0-9])")
_AFTER_UNIT_MULT = re.compile(r"[ \u00a0](million|billion|Millionen|Mio\.|Milliarden|Mrd\.)(?!\w)")
_CENTS = re.compile(r"(?:\s+(?:und|and))?\s+([0-9]{1,2})(?:(?:\s*(?:cents?|Cents?|ct|Rappen|pence|p)\b)"
                    r"|(?=[.,;!?]?$|[.,;!?](?:\s|$)))")
_CURRENCIES = frozenset("EUR USD GBP CHF JPY CNY RUB INR AUD CAD NZD HKD MXN".split())


class Num:
    """One number read from the text; `why` says why it is not a figure (None: it is)."""

    __slots__ = ("start", "end", "value", "unit", "approx", "why", "nstart", "nend", "words")

    def __init__(self, start, end, value, unit=None, approx=False, why=None, nstart=None, nend=None,
                 words=False):
        self.start, self.end, self.value, self.unit, self.approx, self.why = start, end, value, unit, approx, why
        self.nstart = start if nstart is None else nstart
        self.nend = end if nend is None else nend
        self.words = words

    def __repr__(self):  # pragma: no cover - debugging aid
        return f"Num({self.start},{self.end},{self.value!r},{self.unit!r},why={self.why!r})"



def scan_numbers(text: str, language: str = "en", limit: int = 20 * _MAX_FIGURES,
                 raw: bytes | None = None) -> list[Num]:
    """Every number written in digits, in text order, with its value; `why` is set on
    the ones that are not figures."""
    if not isinstance(text, str) or not text:
        return []
    t = (raw if raw is not None else text.encode("latin-1", "replace")).translate(_TBL)
    out: list[Num] = []
    i = t.find(b"0")
    while i >= 0 and len(out) < limit:
        e = _read(text, i, language, out)
        i = t.find(b"0", max(e, i + 1))
    return out


def _read(text: str, s: int, language: str, out: list[Num]) -> int:  # noqa: C901 - one linear pass
    n = len(text)
    c = text[s]
    if c in _VULGAR:
        if s > 0 and (text[s - 1].isalnum()):
            return s + 1
        value = _VULGAR[c]
        e = s + 1
        run = c
        ns = s
        frac = True
    else:
        m = _RUN.match(text, s)
        run = m.group()
        e = m.end()
        ns = s
        frac = False
        if s > 0 and text[s - 1] == "." and run.isdigit() and (s < 2 or not (text[s - 2].isalnum()
                                                                         or text[s - 2] in ".,")):
            ns = s - 1  # ".08", ".25"
            value = float("0." + run)
        else:
            value = read_run(run, language)
        if value is None:
            return e
        if isinstance(value, list):
            why = "chain"
            for off, ln, v in value:
                out.append(Num(s + off, s + off + ln, v, why=why))
            return e
    before = text[ns - 1] if ns > 0 else " "
    why = None
    # a part of a date, clock, address, version or list: "12.03.", "14:30", "5/17/2018"
    if before in "./:-" and ns > 1 and text[ns - 2].isdigit():
        why = "chain"
    # thousands separated by spaces: "1 234 567", "40 000"
    if run.isdigit() and len(run) <= 3 and e + 4 <= n and text[e] in _SPACES and not before.isalnum():
        digits = run
        while e + 4 <= n and text[e] in _SPACES and text[e + 1:e + 4].isdigit() \
                and text[e + 1:e + 4].isascii() and (e + 4 == n or not text[e + 4].isdigit()) \
                and not (e + 5 < n and text[e + 4] in "/" and text[e + 5].isdigit()):
            digits += text[e + 1:e + 4]
            e += 4
        if len(digits) > len(run):
            value = float(digits)
            if e + 1 < n and text[e] in ".," and text[e + 1].isdigit():
                d = _DIGITS.match(text, e + 1)
                value = float(digits + "." + d.group())
                e = d.end()
    after = text[e] if e < n else " "
    ranged = False
    if after == "/" and run.isdigit() and not frac:
        fm = _FRAC.match(text, e)
        if fm and before != "/" and 0 < int(run) < int(fm.group(1)):
            value = int(run) / int(fm.group(1))
            e = fm.end()
            frac = True
        elif why is None:
            why = "chain"
    elif after == " " and run.isdigit() and not frac and e + 1 < n and text[e + 1] in "0123456789 ":
        fm = _MIXED.match(text, e)
        if fm and 0 < int(fm.group(1)) < int(fm.group(2)) and before != "/":
            value = value + int(fm.group(1)) / int(fm.group(2))
            e = fm.end()
            frac = True
    elif after in _VULGAR and not frac:
        value = value + _VULGAR[after]
        e += 1
        frac = True
    elif after in "eE^x×":
        pm = _POWER.match(text, e)
        if pm:
            try:
                if pm.group(1) is not None:
                    value = float(f"{value!r}e{int(pm.group(1))}")
                elif pm.group(2) is not None:
                    value = math.pow(value, int(pm.group(2).replace("--", "-")))
                else:
                    value = value * math.pow(10, int(pm.group(3).replace("−", "-")))
            except (OverflowError, ValueError, ZeroDivisionError):
                return pm.end()
            if not math.isfinite(value):
                return pm.end()
            e = pm.end()
    elif after in "-–" and e + 1 < n and text[e + 1].isdigit():
        rm = _RANGE.match(text, e)
        hi = read_run(rm.group(1), language) if rm else None
        if isinstance(hi, float) and hi > value and why is None:
            if 1000 <= value <= 2100 and value == int(value) and run.isdigit() and len(run) == 4:
                why = "year"  # 2019-2020
            ranged = True
            e = rm.end()
        elif why is None:
            why = "chain"  # 2023-05-01, a 3-2 score
    elif after in ":" and e + 1 < n and text[e + 1].isdigit() and why is None:
        why = "clock"
    if e < n and text[e] != after:
        after = text[e]  # the reading went on (fraction, exponent, range)
    elif e >= n:
        after = " "
    # prefix: currency, sign, approximation word (fast path: a plain word or nothing before)
    c1 = text[ns - 1] if ns else "\n"
    if c1 == " ":
        k = ns - 1
        while k > 0 and text[k - 1] == " ":
            k -= 1
        ws = text.rfind(" ", k - 40 if k > 40 else 0, k) + 1
        j = text.rfind("\n", ws, k)
        if j >= 0:
            ws = j + 1
        while ws < k and text[ws] in _WORD_EDGE:
            ws += 1
        if text[ws:k].lower() in _PREFIX_WORDS:
            start, cur, neg, approx, pw = _prefix(text, ns)
        else:
            start, cur, neg, approx, pw = ns, None, False, False, (ws, k)
    elif c1 in _PREFIX_LAST or c1 in "-−–\u00a0":
        start, cur, neg, approx, pw = _prefix(text, ns)
    else:
        start, cur, neg, approx, pw = ns, None, False, False, (ns, ns)
    if out and start < out[-1].end and start < ns:
        start, cur, neg, approx = ns, None, False, False  # "15 USD 50": the code belongs to the first amount
    # suffix: multiplier, unit or currency (fast path: a plain word or punctuation after)
    nxt = None
    c = text[e] if e < n else "\n"
    if c in _NO_SUFFIX:
        sfx = mult = unit = None
        end = e
    elif c == " " and e + 1 < n and text[e + 1].isalpha():
        m = _WORD.match(text, e + 1)
        w = m.group().lower()
        me = m.end()
        if w not in _SUFFIX_WORDS:
            sfx = mult = unit = None
            end = e
            nxt = w
        elif w in _SIMPLE_UNITS and (me >= n or text[me] not in "./-" and not text[me].isdigit()):
            sfx = mult = None
            unit = m.group()
            end = me
        else:
            sfx, mult, unit, end = _suffix(text, e, value)
    elif c in _SYMBOL_UNITS:
        sfx = mult = None
        unit = c
        end = e + 1
    else:
        sfx, mult, unit, end = _suffix(text, e, value)
    if cur and unit and canonical_unit(unit, None) in _CURRENCIES:
        unit = None  # "rmb 10 usd 20": the second code prefixes the next amount
        end = e
        sfx, mult, _, end = _suffix(text, e, value, False)
    if sfx is None and mult is None and unit is None and cur is None:
        canon = None  # a bare number: nothing to scale
    else:
        factor = 1.0
        for mw in (sfx, mult):
            if mw:
                key = mw.strip().lower()
                factor *= MULTIPLIERS.get(key, MULTIPLIERS.get(key.rstrip("."), 1.0))
        if mult and mult.lower() in ("hundred", "thousand") and not unit:
            # "4 thousand 3 hundred and 21"
            prev = factor
            total = value * factor
            pos = end
            while True:
                cm = _CHAIN_MULT.match(text, pos)
                if not cm:
                    break
                f2 = MULTIPLIERS[cm.group(2)] if cm.group(2) else 1.0
                v2 = float(cm.group(1))
                if f2 >= prev or v2 == 0 or (f2 == 1.0 and v2 >= prev):
                    break
                total += v2 * f2
                prev = f2
                pos = cm.end()
                if f2 == 1.0:
                    break
            if pos != end:
                value, factor, end = total, 1.0, pos
        if unit and not mult and not sfx:
            m2 = _AFTER_UNIT_MULT.match(text, end)
            if m2:
                factor *= MULTIPLIERS[m2.group(1).lower()]
                end = m2.end()
        ufac = UNIT_FACTORS.get(unit.lower()) if unit else None
        if ufac:
            factor *= ufac
        value = value * factor
        canon = canonical_unit(unit, cur)
        if canon in _CURRENCIES and factor == 1.0 and "." not in run[-3:] and "," not in run[-3:] and not frac:
            cm = _CENTS.match(text, end)
            if cm:
                value += int(cm.group(1)) / 100
                end = cm.end()
    if neg:
        value = -value
    if not math.isfinite(value):
        return max(end, e)
    # trailing spaces or a hyphen the suffix regex may have swallowed
    while end > e and text[end - 1] in " -\u00a0":
        end -= 1
    if why is None:
        why = _why_not(text, ns, e, end, run, value, bool(unit or cur or mult or sfx), approx, canon, after,
                       before, frac, ranged, language, pw, nxt)
    out.append(Num(start, end, value, canon, approx, why, ns, e))
    return max(end, e)



_NO_SUFFIX = frozenset(",;:)!?\n\t\"'“”„»«]/.")
