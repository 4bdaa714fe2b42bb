"""Key figures: numbers with what they count, verbatim from the article.

Two layers:

* `scan_numbers` reads every number written in digits (both locales, spaces as
  thousands separators, fractions "1 1/2", exponents "1.3e6", ranges "10-12",
  multipliers "Mio."/"bn"/"m", currency before or after, approximation words)
  and records, for the ones that are not figures, why: a calendar date or a
  piece of an address/version/list chain, a year, a clock time, an ordinal,
  part of a name (Boeing 747, G8, COVID-19) or of a URL.
* `find_figures` keeps the rest, adds number words followed by a unit ("drei
  Menschen", "three people"), gives each a short context phrase (its clause,
  never cut inside another number) and sorts key figures first.

Digits are located with a latin-1/translate/find pass, which is several times
faster than a regular-expression scan over the whole text; each number is then
read with anchored regex matches and a few character checks, so the cost is
linear in the text and small per number.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left

from bot.models import Figure

from .numbers import MULTIPLIERS, read_run
from .figcontext import _STOPMAP, context_of
from .figfilter import _WORD_EDGE, _prev_word_span, _why_not
from .figsuffix import _SIMPLE_UNITS, _SUFFIX_WORDS, _SYMBOL_UNITS, _suffix
from .units import _WORD, UNIT_FACTORS, canonical_unit, unit_weight
from .wordnumbers import word_value

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
_APPROX_1 = frozenset(
    """fast rund etwa knapp ca. circa zirka ungefähr nahezu beinahe annähernd gut über mindestens
    höchstens schätzungsweise about nearly almost around roughly approximately some over under
    estimated""".split()
)
_APPROX_2 = frozenset({"mehr als", "weniger als", "bis zu", "more than", "less than", "up to",
                       "at least", "at most", "close to", "an estimated"})
_APPROX_TAIL = frozenset(("als", "zu", "than", "to", "least", "most", "estimated"))
_MINUS_WORDS = frozenset(("minus", "negative"))
_CUR_PREFIXES = ("US-$", "usd$", "aud$", "cad$", "nzd$", "mxn$", "US$", "NZ$", "HK$", "A$", "C$",
                 "CHF", "EUR", "USD", "GBP", "RMB", "rmb", "Fr.", "$", "€", "£", "¥")
_PREFIX_LAST = frozenset(p[-1] for p in _CUR_PREFIXES)

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


def _prefix(text: str, s: int):
    """Currency symbol, minus sign and approximation words right before a number.

    Returns (start, currency, negative, approx)."""
    i = s
    cur = None
    c1 = text[s - 1] if s > 0 else " "
    if c1 in " \u00a0":
        c1 = text[s - 2] if s > 1 else " "
    if c1 in _PREFIX_LAST:
        for gap in (0, 1):
            if gap and not (i > 0 and text[i - 1] in " \u00a0"):
                break
            j = i - gap
            for p in _CUR_PREFIXES:
                a = j - len(p)
                if a >= 0 and text.startswith(p, a):
                    if p[0].isalpha() and a > 0 and text[a - 1].isalnum():
                        continue
                    cur = p
                    i = a
                    break
            if cur:
                break
        if cur == "$" and i > 1 and text[i - 1] == " ":
            # "c $ 16.4", "us $ 150", "hk $ 10"
            ws, we = _prev_word_span(text, i)
            w = text[ws:we].lower()
            if w in ("c", "us", "u.s", "u.s.", "hk", "nz", "aud", "cad"):  # not "a": "a $5 fee"
                cur = {"c": "C$", "us": "US$", "u.s": "US$", "u.s.": "US$", "hk": "HK$",
                       "nz": "NZ$", "aud": "A$", "cad": "C$"}[w]
                i = ws
    neg = False
    if i > 0 and text[i - 1] in "-−–" and (i < 2 or not (text[i - 2].isalnum() or text[i - 2] in "-_/.,")):
        neg = True
        i -= 1
    approx = False
    pw = None
    if i > 0 and text[i - 1] in " \u00a0":
        ws, k = _prev_word_span(text, i)
        if i == s:
            pw = (ws, k)
        if ws < k:
            w1 = text[ws:k].lower()
            if w1 in _APPROX_1:
                approx = True
                i = ws
                w0s, w0e = _prev_word_span(text, ws)
                if text[w0s:w0e].lower() + " " + w1 in _APPROX_2:
                    i = w0s
            elif w1 in _APPROX_TAIL:
                w0s, w0e = _prev_word_span(text, ws)
                if text[w0s:w0e].lower() + " " + w1 in _APPROX_2:
                    approx = True
                    i = w0s
            elif w1 in _MINUS_WORDS and not neg and not cur:
                neg = True
                i = ws
    elif i == s:
        pw = _prev_word_span(text, i) if i > 0 and text[i - 1] not in "\n" else (i, i)
    return i, cur, neg, approx, pw


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


_PREFIX_WORDS = _APPROX_1 | _APPROX_TAIL | _MINUS_WORDS | {p.lower() for p in _CUR_PREFIXES} | {
    "c", "us", "u.s", "u.s.", "hk", "nz", "aud", "cad"}
_NO_SUFFIX = frozenset(",;:)!?\n\t\"'“”„»«]/.")


# ---------------------------------------------------------------- number words

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


# ---------------------------------------------------------------- figures

def find_figures(text: str, language: str = "en") -> list[Figure]:
    if not isinstance(text, str) or not text:
        return []
    raw = text.encode("latin-1", "replace")  # one byte per character: offsets are shared
    nums = scan_numbers(text, language, raw=raw)
    spans = [(x.start, x.end) for x in nums]
    kept = [x for x in nums if x.why is None][:_MAX_FIGURES]
    if len(kept) < _MAX_FIGURES:
        words = _word_figures(text, language, spans, raw)
        if words:
            kept += words[: _MAX_FIGURES - len(kept)]
            spans = sorted(spans + [(x.start, x.end) for x in words])
    n = max(1, len(text))
    figures = []
    starts = [a for a, _ in spans]
    smap = raw.translate(_STOPMAP)
    for x in kept:
        surface = text[x.start:x.end]
        score = unit_weight(x.unit) + 0.3 * (1 - x.start / n) + (0.05 if x.approx else 0.0)
        if x.words:
            score -= 0.2
        figures.append(Figure(text=surface, start=x.start, value=x.value, unit=x.unit,
                              context=context_of(text, x.start, x.end, spans=spans, starts=starts, smap=smap), approx=x.approx,
                              score=round(score, 4)))
    figures.sort(key=lambda f: (-f.score, f.start))
    return figures
