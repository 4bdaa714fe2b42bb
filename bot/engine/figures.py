"""Key figures: numbers with what they count, verbatim from the article.

One regular expression finds an optional approximation word, an optional
currency prefix, a digit number (any grouping), an optional multiplier
(Mio., Mrd., million, bn, m) and an optional unit or currency. Matches that are
dates, years, clock times, ordinals, or parts of names (Boeing 747, G8,
COVID-19, Windows 95) are rejected by looking at their neighbours. Number words
("drei Menschen", "three people") count only when a unit follows, because
"one"/"ein" are usually articles.
"""
from __future__ import annotations

import re

from bot.models import Figure

from .numbers import MULTIPLIERS, parse_number
from .units import UNIT_FACTORS, UNIT_PATTERN, canonical_unit, unit_weight
from .wordnumbers import word_value

_APPROX = (
    r"fast|rund|etwa|knapp|ca\.|circa|zirka|ungefähr|nahezu|beinahe|annähernd|gut|über|"
    r"mehr\s+als|weniger\s+als|bis\s+zu|mindestens|höchstens|schätzungsweise|"
    r"about|nearly|almost|around|roughly|approximately|some|more\s+than|over|less\s+than|"
    r"under|up\s+to|at\s+least|at\s+most|close\s+to|an\s+estimated|estimated"
)
_APPROX_WORDS = re.compile(r"^(?:" + _APPROX + r")\s+", re.IGNORECASE)
_NUM = r"(?<![\w.,])\.\d+(?!\.\d)|\d{1,3}(?:(?:[.,'’]|[ \u00a0\u202f\u2009](?=\d{3}(?!\d)))\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_MULT = (r"lakh|crore|Millionen|Million|Mio\.?|Milliarden|Milliarde|Mrd\.?|Billionen|Tausend|Tsd\.?|million|billion|"
         r"trillion|thousand|mn\b|bn\b|bln\b|mln\b|tln\b")
_CUR_PREFIX = r"(?:US\$|US-\$|A\$|C\$|NZ\$|HK\$|usd\$|\$|€|£|¥|CHF|EUR|USD|GBP|Fr\.)[ \u00a0]?"

# The scan anchors on digits (cheap); prefixes and suffixes are matched around them.
# "(?=[\d.])" lets the regex engine skip other characters fast (2-3x quicker scan)
NUMBER = re.compile(r"(?=[\d.])(?P<num>" + _NUM + r")")
# English never writes a decimal comma: "22,24" is a list, "1,000" a thousand
_NUM_EN = (r"(?<![\w.,])\.\d+(?!\.\d)|\d{1,3}(?:(?:,|[ \u00a0\u202f\u2009](?=\d{3}(?!\d)))\d{3})+(?!\d)"
           r"(?:\.\d+)?|\d+(?:\.\d+)?")
NUMBER_EN = re.compile(r"(?=[\d.])(?P<num>" + _NUM_EN + r")")
_PREFIX = re.compile(
    r"(?:(?:^|(?<=\W))(?P<approx>(?:" + _APPROX + r")\s+))?(?P<neg>[-−–])?(?P<cur>" + _CUR_PREFIX + r")?$",
    re.IGNORECASE,
)
_SUFFIX = re.compile(
    r"(?P<sfx>(?:bn|bln|mln|mil|mn|MM|tln|tn|b|m|M|k|K|G|B)\b|[ \u00a0](?:k|M|G|B)(?=[\s.,;:)]|$))?"
    r"(?:[ \u00a0\u202f]?(?P<mult>" + _MULT + r")(?!\w))?"
    r"(?:(?:[ \u00a0\u202f]|-)?(?P<unit>" + UNIT_PATTERN + r"))?"
)


class _Match:
    """The parts of one figure: prefix, number and suffix, with absolute offsets."""

    __slots__ = ("_groups", "_spans")

    def __init__(self, groups: dict[str, str | None], spans: dict[str, tuple[int, int]]):
        self._groups = groups
        self._spans = spans

    def group(self, name: str) -> str | None:
        return self._groups.get(name)

    def groupdict(self) -> dict[str, str | None]:
        return self._groups

    def start(self, name: str | None = None) -> int:
        return self._spans[name or "all"][0]

    def end(self, name: str | None = None) -> int:
        return self._spans[name or "all"][1]


_APPROX_1 = frozenset(
    """fast rund etwa knapp ca. circa zirka ungefähr nahezu beinahe annähernd gut über mindestens
    höchstens schätzungsweise about nearly almost around roughly approximately some over under
    estimated""".split()
)
_APPROX_2 = frozenset({"mehr als", "weniger als", "bis zu", "more than", "less than", "up to",
                       "at least", "at most", "close to", "an estimated"})
_CUR_PREFIXES = ("US-$", "usd$", "US$", "NZ$", "HK$", "A$", "C$", "CHF", "EUR", "USD", "GBP", "Fr.",
                 "$", "€", "£", "¥")
_PREFIX_LAST = frozenset(p[-1] for p in _CUR_PREFIXES)
_WORD_EDGE = "(„\"“»«‚‘'["


def _prefix(text: str, s: int) -> dict[str, tuple[int, int]]:
    """Currency symbol, minus sign and approximation words right before a number.

    Hand-written instead of a regex search because it runs for every number and
    only needs to look a few characters back."""
    found: dict[str, tuple[int, int]] = {}
    i = s
    c1 = text[s - 1] if s > 0 else " "
    if c1 == " " or c1 == "\u00a0":
        c1 = text[s - 2] if s > 1 else " "
    if c1 not in _PREFIX_LAST:
        gaps: tuple[int, ...] = ()
    else:
        gaps = (0, 1)
    for gap in gaps:
        if gap and not (i > 0 and text[i - 1] in " \u00a0"):
            break
        j = i - gap
        for p in _CUR_PREFIXES:
            a = j - len(p)
            if a >= 0 and text.startswith(p, a):
                if p[0].isalpha() and ((a > 0 and text[a - 1].isalnum()) or p != text[a:j]):
                    continue
                found["cur"] = (a, i)
                i = a
                break
        if "cur" in found:
            break
    if i > 0 and text[i - 1] in "-−–" and (i < 2 or not text[i - 2].isalnum()):
        found["neg"] = (i - 1, i)
        i -= 1
    k = i
    while k > 0 and text[k - 1] in " \u00a0":
        k -= 1
    if k == i or k == 0:
        return found
    ws = k
    while ws > 0 and not text[ws - 1].isspace():
        ws -= 1
    while ws < k and text[ws] in _WORD_EDGE:
        ws += 1
    w1 = text[ws:k].lower()
    if w1 in _APPROX_1:
        found["approx"] = (ws, i)
        w0e = ws
        while w0e > 0 and text[w0e - 1] == " ":
            w0e -= 1
        w0s = w0e
        while w0s > 0 and not text[w0s - 1].isspace():
            w0s -= 1
        if text[w0s:w0e].lower() + " " + w1 in _APPROX_2:
            found["approx"] = (w0s, i)
    elif w1 in ("als", "zu", "than", "to", "least", "most", "estimated"):
        w0e = ws
        while w0e > 0 and text[w0e - 1] == " ":
            w0e -= 1
        w0s = w0e
        while w0s > 0 and not text[w0s - 1].isspace():
            w0s -= 1
        while w0s < w0e and text[w0s] in _WORD_EDGE:
            w0s += 1
        if text[w0s:w0e].lower() + " " + w1 in _APPROX_2:
            found["approx"] = (w0s, i)
    return found


def _assemble(text: str, m: re.Match) -> _Match:
    s, e = m.span("num")
    groups: dict[str, str | None] = {"num": m.group("num"), "approx": None, "neg": None, "cur": None}
    spans = {"num": (s, e)}
    start = s
    for g, (a, b) in _prefix(text, s).items():
        groups[g] = text[a:b]
        spans[g] = (a, b)
        start = min(start, a)
    suf = _SUFFIX.match(text, e)
    end = e
    for g in ("sfx", "mult", "unit"):
        groups[g] = suf.group(g) if suf else None
        if groups[g]:
            spans[g] = suf.span(g)
            end = max(end, suf.end(g))
    groups["mult2"] = groups["cents"] = None
    if groups["unit"] and not groups["mult"] and not groups["sfx"]:
        m2 = _AFTER_UNIT_MULT.match(text, end)
        if m2:
            groups["mult2"] = m2.group(1)
            end = m2.end()
    if (canonical_unit(groups["unit"], groups.get("cur")) in _CURRENCIES
            and not (groups["mult"] or groups["mult2"] or groups["sfx"])):
        c = _CENTS.match(text, end)
        if c and "." not in groups["num"][-3:] and "," not in groups["num"][-3:]:
            groups["cents"] = c.group(1)
            end = c.end()
    spans["all"] = (start, end)
    return _Match(groups, spans)


_WORD_SUFFIX = re.compile(
    r"(?:\s(?P<mult>" + _MULT + r"))?(?:[\s-](?P<unit>" + UNIT_PATTERN + r"))"
)
_APPROX_BEFORE = re.compile(r"(?:^|(?<=\W))(?P<approx>(?:" + _APPROX + r")\s+)$", re.IGNORECASE)


_STEMS_DE = ("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig "
             "hundert tausend dutzend").split()
_STEMS_EN = ("two three four five six seven eight nine ten eleven twelve twenty thirty "
             "forty fifty sixty seventy eighty ninety hundred thousand dozen").split()


def _word_figures(text: str, language: str):
    """Number words followed by a unit ("drei Menschen", "three people").

    str.find per number word is far faster than one big regex over the text;
    each hit is widened to its whole word and parsed."""
    seen: set[int] = set()
    n = len(text)
    low = text.lower()
    if len(low) != n:  # a few characters change length when lower-cased; stay exact
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    stems = _STEMS_DE if language == "de" else _STEMS_EN if language == "en" else _STEMS_DE + _STEMS_EN
    for stem_word in stems:
        i = low.find(stem_word)
        while i >= 0:
            a = i
            while a > 0 and (text[a - 1].isalpha() or text[a - 1] == "-"):
                a -= 1
            e = i + len(stem_word)
            while e < n and (text[e].isalpha() or (text[e] == "-" and e + 1 < n and text[e + 1].isalpha()
                                                   and text[a:e].lower() in _TENS_EN)):
                e += 1
            i = low.find(stem_word, i + 1)
            if a in seen:
                continue
            seen.add(a)
            word = text[a:e]
            if word.lower() in ("ein", "eine", "einen", "one") or word_value(word) is None:
                continue
            suf = _WORD_SUFFIX.match(text, e)
            if not suf:
                continue
            groups = {"num": word, "mult": suf.group("mult"), "unit": suf.group("unit"),
                      "approx": None, "cur": None, "neg": None, "sfx": None}
            start = a
            pre = _APPROX_BEFORE.search(text, max(0, a - 30), a)
            if pre:
                groups["approx"] = pre.group("approx")
                start = pre.start("approx")
            yield _Match(groups, {"all": (start, suf.end()), "num": (a, e)})


_TENS_EN = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_MONTHS = frozenset(
    """januar februar märz april mai juni juli august september oktober november dezember
    jan feb mär apr jun jul aug sep sept okt nov dez january february march may june july
    october december mar oct dec""".split()
)
_LABELS = frozenset(
    """platz nummer nr nr. artikel kapitel paragraf paragraph absatz seite folge staffel
    gleis linie zimmer raum tor formel boeing airbus windows version level stufe klasse
    gruppe runde spieltag block halle terminal bus route apollo heft band ausgabe liga
    rang jahrgang kw woche no no. number page chapter article section season episode
    flight flug studio channel kanal track iphone galaxy playstation xbox""".split()
)
_YEAR_PREPS = frozenset("im jahr jahre jahres in seit bis von ab anno um year since until from by".split())
_DATE_PREPS = frozenset("am dem der den zum vom im bis ab seit zur des ihrem seinem on the".split())
_AFTER_UNIT_MULT = re.compile(r"[ \u00a0](million|billion|Millionen|Mio\.|Milliarden|Mrd\.)(?!\w)")
_CENTS = re.compile(r"(?:\s+(?:und|and))?\s+(\d{1,2})(?:(?:\s*(?:cents?|Cents?|ct|Rappen|pence|p)\b)|(?=[.,;!?]?$|[.,;!?](?:\s|$)))")
_CURRENCIES = frozenset("EUR USD GBP CHF JPY CNY RUB INR AUD CAD NZD HKD".split())
_CLOCK_AFTER = re.compile(r"\s?(?:uhr|h\b|a\.m\.|p\.m\.|am\b|pm\b)", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(\S+)\s*$")
_WORD_AFTER = re.compile(r"^\s*([^\s,.;:!?)]+)")
_CLAUSE_BREAK = re.compile(r"[,;:–—()\[\]]|\s-\s|[.!?](?=\s)")
_LEFT_BREAK = re.compile(r"[,;:–—)\]]|\s-\s|[.!?](?=\s)")
_MAX_FIGURES = 2000


def _prev_word(text: str, i: int) -> str:
    parts = text[max(0, i - 30):i].split()
    return parts[-1] if parts else ""


def _next_word(text: str, i: int) -> str:
    m = _WORD_AFTER.match(text, i, i + 30)
    return m.group(1) if m else ""


def _rejected(text: str, m: re.Match, language: str) -> bool:
    s, e = m.start("num"), m.end("num")
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    has_unit = bool(m.group("unit") or m.group("cur") or m.group("mult") or m.group("sfx"))
    num = m.group("num")
    # glued to letters or other digits: G8, A380, COVID-19, 3D, 1st, 1980er, version 1.2.3
    if m.group("neg"):
        ns = m.start("neg")
        if ns > 0 and (text[ns - 1].isalnum() or text[ns - 1] in "-_"):
            return True  # "tch-1-tech", "A-1": a hyphen, not a minus
    if m.group("cur") and m.group("cur")[:1].isalpha():
        before = text[m.start("cur") - 1] if m.start("cur") > 0 else " "
    if before.isalnum() or before in "_@#/" or (before == "-" and s > 1 and text[s - 2].isalpha()
                                                and not m.group("neg")):
        return True
    if not m.group("sfx") and (after.isalpha() and not m.group("unit") or after == "_"):
        return True
    if after in "./-:" and e + 1 < len(text) and text[e + 1].isdigit():
        return True  # 12.03.2023, 2023-05-01, 14:30, 1/2
    if before in ".:/" and s > 1 and text[s - 2].isdigit():
        return True
    if after == ":" and e + 1 < len(text) and text[e + 1].isdigit():
        return True
    if not has_unit and _CLOCK_AFTER.match(text, e):
        return True
    is_int = num.isdigit()
    prev = _prev_word(text, m.start()).strip("(\"„“").lower()
    nxt = _next_word(text, e).lower()
    if is_int and len(num) <= 2 and (nxt in _MONTHS or prev in _MONTHS):
        return True  # 3. Oktober, 3 March, March 3
    if is_int and len(num) == 4 and not has_unit and not m.group("approx"):
        year = int(num)
        if 1900 <= year <= 2100 or (1000 <= year < 1900 and prev in _YEAR_PREPS):
            return True  # a year
    if is_int and after == "." and e + 1 < len(text) and text[e + 1] == " " and language != "en" \
            and not has_unit and len(num) <= 3:
        # German ordinal: "der 2. Platz", "am 3. Oktober"; a sentence ending in a bare
        # number is rare by comparison
        nxt_raw = _next_word(text, e + 1)
        if nxt_raw[:1].islower() or prev in _DATE_PREPS or nxt_raw.lower() in _MONTHS:
            return True
    if not has_unit and (prev in _LABELS or prev.rstrip(".") in _LABELS):
        return True
    if not has_unit and is_int and language == "en" and prev[:1].isupper() is False:
        pass
    if not has_unit and is_int and prev and _prev_word(text, m.start())[:1].isupper() \
            and language == "en" and not _sentence_start(text, m.start()):
        return True  # Boeing 747, Windows 95, Apollo 11
    return False


def _sentence_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    while j >= 0 and text[j] not in " \n":
        j -= 1
    k = j
    while k >= 0 and text[k] == " ":
        k -= 1
    return k < 0 or text[k] in ".!?\n"


_LEFT_STOP = re.compile(r"[,;:–—)\]\n]|[.!?] | - ")
_RIGHT_STOP = re.compile(r"[,;:–—()\[\]\n]|[.!?](?:\s|$)| - ")


def context_of(text: str, start: int, end: int, max_words: int = 6) -> str:
    """A short phrase around the figure saying what it measures: its clause, at most
    `max_words` words on either side, taken verbatim and with whitespace collapsed."""
    lo = max(0, start - 120)
    left_start = lo
    for left_start_m in _LEFT_STOP.finditer(text, lo, start):
        left_start = left_start_m.end()
    stop = _RIGHT_STOP.search(text, end, min(len(text), end + 120))
    right_end = stop.start() if stop else min(len(text), end + 120)
    left = text[left_start:start].replace("(", " ").replace("[", " ").split()[-max_words:]
    tail = text[end:right_end]
    right = tail.split()[:max_words]
    if right:
        # keep the exact spelling next to the figure ("0,000001-Prozent-Probleme")
        idx = tail.find(right[-1])
        tail = tail[:idx + len(right[-1])]
    else:
        tail = ""
    if left:
        return " ".join((" ".join(left) + " " + text[start:end] + tail).split())
    return " ".join((text[start:end] + tail).split())


def find_figures(text: str, language: str = "en") -> list[Figure]:
    figures: list[Figure] = []
    n = max(1, len(text))
    taken: list[tuple[int, int]] = []
    last_end = -1
    for raw in (NUMBER_EN if language == "en" else NUMBER).finditer(text):
        if len(figures) >= _MAX_FIGURES:
            break
        if raw.start() < last_end or (raw.start() > 0 and text[raw.start() - 1].isdigit()):
            continue
        m = _assemble(text, raw)
        if _rejected(text, m, language):
            continue
        value = parse_number(m.group("num"), language)
        if value is None:
            continue
        fig = _figure(text, m, value, n)
        figures.append(fig)
        taken.append((fig.start, fig.start + len(fig.text)))
        last_end = fig.start + len(fig.text)
    if len(figures) < _MAX_FIGURES:
        for m in _word_figures(text, language):
            value = word_value(m.group("num"))
            if value is None or any(a < m.end() and m.start() < b for a, b in taken):
                continue
            figures.append(_figure(text, m, value, n, words=True))
    figures.sort(key=lambda f: (-f.score, f.start))
    return figures


def _figure(text: str, m: re.Match, value: float, n: int, words: bool = False) -> Figure:
    groups = m.groupdict()
    for mult in (groups.get("mult") or groups.get("sfx"), groups.get("mult2")):
        if mult:
            key = mult.strip().lower()
            value *= MULTIPLIERS.get(key, MULTIPLIERS.get(key.rstrip("."), 1.0))
    unit_factor = UNIT_FACTORS.get((groups.get("unit") or "").lower())
    if unit_factor:
        value *= unit_factor
    if groups.get("neg"):
        value = -value
    unit = canonical_unit(groups.get("unit"), groups.get("cur"))
    if groups.get("cents") and unit in _CURRENCIES:
        value += int(groups["cents"]) / 100 * (1 if value >= 0 else -1)
    approx = bool(groups.get("approx"))
    start, end = m.start(), m.end()
    surface = text[start:end]
    # the regex may swallow a trailing space or hyphen; trim keeps offsets exact
    stripped = surface.rstrip(" -\u00a0")
    end = start + len(stripped)
    score = unit_weight(unit) + 0.3 * (1 - start / n) + (0.05 if approx else 0.0)
    if words:
        score -= 0.2
    return Figure(text=stripped, start=start, value=value, unit=unit,
                  context=context_of(text, start, end), approx=approx, score=round(score, 4))
