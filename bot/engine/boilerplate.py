"""Recognising text that belongs to the page, not to the story.

Extracted articles carry captions, photo credits, share/subscribe prompts,
bylines, duplicated title lines and stray tags. They must never be picked as a
summary sentence, so the summariser asks `is_boilerplate` about each sentence.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"\w+")

_BOILER_START = re.compile(
    r"""^\s*(?:
        bildnachweis|bildquelle|foto|fotos|bild|quelle|grafik|video|image|photo|picture|
        credit|credits|source|caption|copyright|©|\(c\)|
        lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|mehr\s+dazu|weiterlesen|
        read\s+more|see\s+also|related|more\s+on\s+this|
        teilen|share|tweet|abonnieren|subscribe|newsletter|follow\s+us|folgen\s+sie|
        sign\s+up|anzeige|advertisement|werbung|
        published|updated|aktualisiert|veröffentlicht|last\s+modified|
        von\s+[A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w.-]+){0,3}\s*$|
        by\s+[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,3}\s*[.,]?\s*$|
        all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
_BOILER_ANY = re.compile(
    r"^\s*by\s*\.|^\s*(?:PUBLISHED|UPDATED)\s*:|getty\s+images|\bAFP\s*/|\bdpa\s*/|\(Foto:|\(Bild:|all rights reserved|"
    r"click here|hier klicken|cookie|javascript|e-mail to a friend|printable version",
    re.IGNORECASE,
)
# the same phrases for a fast whole-text scan with str.find on lower-cased text
_BOILER_PHRASES = ("getty images", "afp /", "afp/", "dpa /", "dpa/", "(foto:", "(bild:",
                   "all rights reserved", "click here", "hier klicken", "cookie", "javascript",
                   "e-mail to a friend", "printable version")
# a lone token with hyphens/digits and no spaces, e.g. "tch-1-tech", "#tags"
_STRAY_TAG = re.compile(r"^[#@]?[\w-]*[-_#][\w-]*$|^[#@]\w+$")


def is_boilerplate(sentence: str) -> bool:
    s = sentence.strip()
    if not s:
        return True
    if _BOILER_START.match(s) or _BOILER_ANY.search(s):
        return True
    if " " not in s and _STRAY_TAG.match(s):
        return True
    return False


def looks_like_headline(line: str) -> bool:
    """A short line without final full stop, mostly words: a headline, not body text."""
    s = line.strip()
    if not s or len(s) > 200:
        return False
    words = s.split()
    if not 2 <= len(words) <= 25:
        return False
    if s[-1] in ".,;:" or s.endswith("..."):
        return False
    if is_boilerplate(s):
        return False
    letters = sum(ch.isalpha() for ch in s)
    if letters < 0.6 * len(s.replace(" ", "")):
        return False
    return s[0].isupper() or s[0].isdigit() or s[0] in "„\"“»«'‚"


_LEADING_SPACE = re.compile(r"\s*")
_NON_SPACE = re.compile(r"\S")


def title_from_text(text: str) -> str | None:
    """The first line of a plain-text article, when it reads like a headline."""
    if not isinstance(text, str):
        return None
    i = _LEADING_SPACE.match(text).end()
    if i >= len(text):
        return None
    nl = text.find("\n", i)
    if nl < 0 or not _NON_SPACE.search(text, nl):
        return None  # a one-line text is body, not a title
    first = text[i:nl]
    return first.strip() if looks_like_headline(first) else None


def word_set(s: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(s)}


def is_title_echo(sentence: str, title: str | None) -> bool:
    """A line that repeats (part of) the title, e.g. a duplicated or truncated headline."""
    if not title:
        return False
    sw = word_set(sentence)
    if not sw:
        return False
    tw = word_set(title)
    return len(sw & tw) >= 0.8 * len(sw) and len(sw) <= len(tw) + 2


def title_words(title: str | None) -> set[str]:
    return word_set(title) if title else set()


_STARTERS = frozenset(
    """bildnachweis bildquelle foto fotos bild quelle grafik video image photo picture credit
    credits source caption copyright © (c) lesen mehr weiterlesen read see related teilen
    share tweet abonnieren subscribe newsletter follow folgen sign anzeige advertisement
    werbung published updated aktualisiert veröffentlicht last von by all alle more""".split()
)


def _first_word(body: str) -> str:
    head = body[:20].split(None, 1)
    return head[0].lower().rstrip(":.,") if head else ""


# the first two characters (lower-cased) of every starter: a cheap pre-check
_STARTER_HEADS = frozenset(w[:2] for w in _STARTERS)
# a single find per phrase family: the finds scan the whole text in C
_PHRASE_FAMILIES = (("getty images",), ("afp", "afp /", "afp/"), ("dpa", "dpa /", "dpa/"),
                    ("(foto:",), ("(bild:",), ("all rights reserved",), ("click here",),
                    ("hier klicken",), ("cookie",), ("javascript",), ("e-mail to a friend",),
                    ("printable version",))


# the same families as bytes: searched in the latin-1 bytes of the text (one byte per
# character, so offsets are shared; the phrases are ASCII). The agency credits ("afp /",
# "dpa/") and caption credits ("(foto:", "(bild:") are found from their rare "/" and "("
# (_anchored_hits): two memchr-speed finds instead of four scans led by common letters.
_ANCHORED = {("afp", "afp /", "afp/"), ("dpa", "dpa /", "dpa/"), ("(foto:",), ("(bild:",)}
assert _ANCHORED <= set(_PHRASE_FAMILIES)
_PHRASE_FAMILIES_BYTES = tuple(tuple(p.encode("ascii") for p in family)
                               for family in _PHRASE_FAMILIES if family not in _ANCHORED)
_CREDIT_SLASH = (b"afp/", b"dpa/")
_CREDIT_SPACE_SLASH = (b"afp /", b"dpa /")
_CAPTION_CREDITS = (b"(foto:", b"(bild:")


def _anchored_hits(low: bytes, hits: list[int]) -> None:
    """Adds the starts of the _ANCHORED phrases in `low` (lower-cased bytes) to `hits`."""
    i = low.find(b"/")
    while i >= 0:
        if i >= 3 and low.startswith(_CREDIT_SLASH, i - 3):
            hits.append(i - 3)
        elif i >= 4 and low.startswith(_CREDIT_SPACE_SLASH, i - 4):
            hits.append(i - 4)
        i = low.find(b"/", i + 1)
    i = low.find(b"(")
    while i >= 0:
        if low.startswith(_CAPTION_CREDITS, i):
            hits.append(i)
        i = low.find(b"(", i + 1)


def _phrase_hits(low, families=_PHRASE_FAMILIES) -> list[int]:
    hits = []
    for family in families:
        lead = family[0]
        exact = family[1:]
        i = low.find(lead)
        while i >= 0:
            if not exact or low.startswith(exact, i):
                hits.append(i)
            i = low.find(lead, i + 1)
    hits.sort()
    return hits


def boilerplate_flags(text: str, sentences, title: str | None, low: str | None = None) -> list[bool]:
    """is_boilerplate / is_title_echo for every sentence, with one scan of the text
    for the unanchored patterns instead of one per sentence."""
    if low is None and "\u0130" not in text and "\u212a" not in text:
        # Speed: str.lower() keeps every other character's length and lower-cases no
        # other non-ASCII character to ASCII, so the ASCII phrases are found at the
        # same offsets in the latin-1 bytes with only ASCII lower-cased (cheaper than
        # lower-casing and searching the str); the 2-character heads below are
        # lower-cased per sentence.
        raw_low = text.encode("latin-1", "replace").lower()
        hits = _phrase_hits(raw_low, _PHRASE_FAMILIES_BYTES)
        _anchored_hits(raw_low, hits)
        hits.sort()
        low = text
    else:
        if low is None:
            low = text.lower()
            if len(low) != len(text):
                low = text
        hits = _phrase_hits(low)
    lowered = low is not text
    nhits = len(hits)
    tw = title_words(title)
    flags = []
    append = flags.append
    h = 0
    heads = _STARTER_HEADS
    for s in sentences:
        start, end = s.start, s.end
        flag = False
        if h < nhits:
            while h < nhits and hits[h] < start:
                h += 1
            flag = h < nhits and hits[h] < end
        if not flag and ((low[start:start + 2] if lowered else text[start:start + 2].lower()) in heads
                         or text[start] == "©"):
            body = text[start:end]
            if _first_word(body) in _STARTERS:
                flag = bool(_BOILER_START.match(body)) or bool(_BOILER_ANY.match(body))
        if not flag and text.find(" ", start, end) < 0 and _STRAY_TAG.match(text[start:end]):
            flag = True
        if not flag and tw and end - start < 400 and (
                len(flags) < 3 or text[end - 1] not in ".!?\"“”«»"):
            sw = word_set(text[start:end])
            flag = bool(sw) and len(sw & tw) >= 0.8 * len(sw) and len(sw) <= len(tw) + 2
        append(flag)
    return flags
