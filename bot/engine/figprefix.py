"""What stands right before a number: a currency symbol or code, a minus sign, an
approximation word ("rund", "more than"). Used by the figure readers."""
from __future__ import annotations

from .figfilter import _prev_word_span

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
# the prefixes by their last character, in _CUR_PREFIXES order: only those can end at j
_PREFIXES_ENDING_IN = {ch: tuple(p for p in _CUR_PREFIXES if p[-1] == ch) for ch in _PREFIX_LAST}

# the lower-cased words before a number that make `_prefix` worth calling
_PREFIX_WORDS = _APPROX_1 | _APPROX_TAIL | _MINUS_WORDS | {p.lower() for p in _CUR_PREFIXES} | {
    "c", "us", "u.s", "u.s.", "hk", "nz", "aud", "cad"}


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
            for p in _PREFIXES_ENDING_IN.get(text[j - 1], ()) if j > 0 else ():
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
