"""Which numbers are not figures: calendar dates, years used as dates, clock times,
ordinals, parts of names, URLs and address/version chains (used by figscan.py)."""
from __future__ import annotations

import re

_WORD_EDGE = "(„\"“»«‚‘'["
_CLOCK_AFTER = re.compile(
    r"(?:\s*(?:bis|und|to|and|-|–)\s*[0-9]{1,2}(?:[.:][0-9]{2})?)?"
    r"(?:\s?(?:uhr|h\b|a\.?\s?m\b\.?|p\.?\s?m\b\.?|o'?clock|hrs?\b)|\s(?:abends|morgens|nachts|nachmittags|vormittags|"
    r"mittags|früh|in the (?:morning|afternoon|evening)|at night|tonight|noon|midnight|p \. m|a \. m)\b)",
    re.IGNORECASE)
_CLOCK_WORDS = frozenset("""uhr h a am p pm o oclock hr hrs abends morgens nachts nachmittags vormittags mittags
    früh in at tonight noon midnight bis und to and""".split())
_CLOCK_BEFORE = frozenset("halb viertel dreiviertel uhr at um gegen".split())
_DE_DAY_MONTH = re.compile(r"[0-9]{1,2}\.[0-9]{2}$")


def _month_before(text: str, i: int) -> bool:
    """Is the word ending at i (exclusive) a month name ("Oct/2", "Sep-23")?"""
    k = i
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k:i].lower().rstrip(".") in _MONTHS

_MONTHS = frozenset(
    """januar februar märz april mai juni juli august september oktober november dezember
    jan feb mär apr jun jul aug sep sept okt nov dez january february march may june july
    october december mar oct dec""".split()
)
_LABELS = frozenset(
    """platz nummer nr nr. nrn nrs artikel kapitel paragraf paragraph absatz seite folge staffel
    gleis linie zimmer raum tor formel boeing airbus windows version level stufe klasse
    gruppe runde spieltag block halle terminal bus route apollo heft band ausgabe liga
    rang jahrgang kw woche no no. number page chapter article section season episode week
    flight flug studio channel kanal track iphone galaxy playstation xbox nrs.""".split()
)
_YEAR_PREPS = frozenset("""im jahr jahre jahres in seit bis von ab anno um year since until from by
    of the early late mid during before after between und and to""".split())
_YEAR_NEXT = frozenset("""was were is saw will would had has election elections season census budget
    war world olympics games cup summit report survey and or to through until bis und oder""".split())
_DATE_PREPS = frozenset("am dem der den zum vom im bis ab seit zur des ihrem seinem on the".split())


def _prev_word_span(text: str, i: int) -> tuple[int, int]:
    """(start, end) of the word before position i, skipping spaces; quote marks trimmed."""
    k = i
    while k > 0 and text[k - 1] in " \u00a0":
        k -= 1
    lo = k - 40 if k > 40 else 0
    ws = text.rfind(" ", lo, k) + 1
    if ws == 0:
        ws = lo
    j = text.rfind("\n", ws, k)
    if j >= 0:
        ws = j + 1
    while ws < k and text[ws] in _WORD_EDGE:
        ws += 1
    return ws, k


def _sentence_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    while j >= 0 and text[j] not in " \n":
        j -= 1
    k = j
    while k >= 0 and text[k] == " ":
        k -= 1
    return k < 0 or text[k] in ".!?\n:\"“„"


_NEXT_WORD = re.compile(r" *([^\s,.;:!?)\"“”]{0,30})")


def _next_word(text: str, i: int) -> str:
    return _NEXT_WORD.match(text, i).group(1)


def _why_not(text, s, e, end, run, value, has_unit, approx, unit, after, before, frac, ranged, language,
             pw=None, nxt_word=None):
    """Why the number at text[s:e] is not a figure (None if it is one)."""
    n = len(text)
    # glued to letters or other symbols: G8, A380, COVID-19, 3D, 1st, 1980er, URLs
    if before.isalpha() or before in "_@#&=?~\\%":
        return "name"
    if before in "-/" and s > 1 and (text[s - 2].isalpha() or text[s - 2] in "_/"):
        return "date" if _month_before(text, s - 1) else "name"  # Oct/2, COVID-19
    if after.isalpha() and end == e:
        low = text[e:e + 3].lower()
        if low[:2] in ("st", "nd", "rd", "th") and not low[2:3].isalpha():
            return "ordinal"
        if (low[:2] == "er" or (low[:1] == "s" and not low[1:2].isalpha())) and run.isdigit() and run[-1] == "0":
            return "year"  # the 1980s, die 1980er
        return "name"
    if after in "/-" and end == e and e + 1 < n and text[e + 1].isalpha() and not has_unit:
        return "date" if _NEXT_WORD.match(text, e + 1).group(1).lower() in _MONTHS else "name"
    if after == "_":
        return "name"
    if after in "./" and e + 1 < n and text[e + 1].isdigit():
        return "chain"
    if has_unit:
        return None
    if frac and "/" in text[s:e] and " " not in text[s:e]:
        return "fraction"  # a bare "3/4" may be a date or a score
    is_int = run.isdigit()
    small = value <= 24 and len(run) <= 5
    if small and (nxt_word is None or nxt_word in _CLOCK_WORDS) and _CLOCK_AFTER.match(text, e):
        return "clock"  # 14 Uhr, 5 pm, 10 oclock, 8 abends, 7 in the morning, 5 bis 6 Uhr
    ws, we = pw if pw is not None and not approx else _prev_word_span(text, s)
    prev_raw = text[ws:we]
    prev = prev_raw.lower()
    if small and prev in _CLOCK_BEFORE:
        return "clock"  # halb 8, at 7, um 8, 18 Uhr 12
    if language == "de" and len(run) <= 5 and "." in run and _DE_DAY_MONTH.match(run) and 1 <= int(run[:run.index(".")]) <= 31 \
            and 1 <= int(run[run.index(".") + 1:]) <= 12:
        return "date"  # 22.04, 28.10.
    if (is_int and len(run) <= 2) or after == ".":
        nxt = _next_word(text, e + (after == ".")).lower().rstrip(".")
        if nxt in _MONTHS or prev.rstrip(".") in _MONTHS or (nxt == "of" and _NEXT_WORD.match(
                text, text.find("of", e) + 2).group(1).lower().rstrip(".") in _MONTHS):
            return "date"  # 3. Oktober, 28.Oktober, 3 March, March 3, 12 of Nov
    if is_int and len(run) == 4 and not has_unit and not approx and not ranged:
        year = int(run)
        if 1900 <= year <= 2100 or (1000 <= year < 1900 and prev in _YEAR_PREPS):
            if language == "en" and prev not in _YEAR_PREPS and prev.rstrip(".,") not in _MONTHS:
                nxt_raw = _next_word(text, e)
                if nxt_raw[:1].islower() and nxt_raw.isalpha() and nxt_raw not in _YEAR_NEXT:
                    return None  # "2018 cars": a count
            return "year"
        if 1900 <= year <= 2100 and prev.rstrip(".,") in _MONTHS:
            return "year"
    if after == "." and e + 1 < n and text[e + 1] == " " and language != "en" and is_int \
            and not has_unit and len(run) <= 3:
        # German ordinal: "der 2. Platz", "am 3. Oktober"
        nxt_raw = _next_word(text, e + 1)
        if nxt_raw[:1].islower() or prev in _DATE_PREPS or nxt_raw.lower() in _MONTHS or \
                nxt_raw[:1].isdigit():
            return "ordinal"
    if not has_unit and (prev in _LABELS or prev.rstrip(".") in _LABELS):
        return "name"
    if not has_unit and is_int and language == "en" and prev_raw[:1].isupper() and prev_raw.isalpha() \
            and not _sentence_start(text, ws if ws < s else s):
        return "name"  # Boeing 747, Windows 95, Apollo 11
    return None
