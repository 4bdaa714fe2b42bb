"""Is a quoted span a quotation, or the name of a thing / a scare quote?

Names of things: a quote glued into a compound („Kern“-Mission), a short phrase after
a naming word (namens, sogenannte, called), an apposition to a noun (die
Nachrichtenagentur „Xinhua“), a source's name after laut/wie/according to, a
title-like phrase followed by "genannt". Scare quotes: short phrases with no speech
cue. Partial quotations: short lower-case fragments in reported speech.
"""
from __future__ import annotations

import re

from .cues import CUE_WORDS, KONJUNKTIV_I
from .quotemarks import MarkedSpan

_NAMING = frozenset(
    """namens genannt genannte genannten genannter genanntes sogenannte sogenannten sogenannter
    sogenanntes titel motto slogan schlagwort begriff wort unwort aufschrift bezeichnung stichwort
    kampagne aktion operation programm projekt zeitung magazin blatt buch roman film serie sendung
    album song lied show spiel app marke called dubbed titled named so-called term word phrase
    newspaper magazine book novel movie series campaign label hashtag parole parolen spitznamen
    codenamen""".split()
)
_NAMED_AFTER = frozenset("genannt bezeichnet bezeichneten heißt hieß called named dubbed".split())
_FIRST_WORD = re.compile(r"\W*([\w-]+)")

def is_thing_name(text: str, span: MarkedSpan, words: int) -> bool:
    s, e = span.start, span.end
    after = text[e + 1:e + 3] if span.closed else ""
    if after[:1] == "-" and after[1:2].isalpha():
        return True  # „Kern“-Mission
    if s >= 2 and text[s - 2] == "-" and words <= 3:
        return True
    if words > 8:
        return False
    wb, we = _last_word(text, max(0, s - 30), max(0, s - 1))
    before = text[wb:we]
    low = before.lower()
    if text[we:s - 1].strip() == ":" and (low in ("zeitung", "magazin", "blatt") or text[s:e].rstrip()[-1:] == "."):
        # 'sagte der Zeitung: „…“', 'meldete sich zu Wort: „… .“': speech follows (but 'Motto: „…“')
        return False
    if text[we:s - 1].strip()[:1] in (".", "!", "?"):
        return False  # the word before ends a sentence ('meldet sich zu Wort. „…“'): it names nothing
    if low in _NAMING or (low in ("genannt", "genannte", "genannten", "as") and
                          text[max(0, s - 40):s].lower().rstrip(" „\"“»«").endswith(("so genannt", "so genannte", "so genannten", "known as"))):
        return True
    if words <= 4:
        inner = text[s:e].rstrip()
        if low in ("laut", "wie", "according", "to") and inner[-1:] not in ".!?…," and (
                low != "to" or text[max(0, s - 16):s].lower().find("according") >= 0):
            return True  # 'laut „tagesschau.de“', 'Wie „heise online“ berichtet': a source's name
        if inner[:1].isupper() and inner[-1:] not in ".!?…,":
            if before[:1].isupper() and len(before) > 3 and before.lower() not in CUE_WORDS \
                    and before != "Beispiel" and (words <= 2 or title_case(inner)) \
                    and not text[we:s - 1].strip():
                # an apposition to a noun: die Nachrichtenagentur „Xinhua“, Modelle „Touareg“
                ch = text[wb - 2:wb] if wb >= 2 else ""
                if not ch.strip() or ch.rstrip()[-1:] not in ".!?:":
                    return True
        if span.closed:
            fm = _FIRST_WORD.match(text, e + 1, e + 30)
            if fm and fm.group(1).lower() in _NAMED_AFTER and inner[:1].isupper() and (
                    words == 1 or title_case(inner)):
                return True  # „Sonnenwind“ genannt, "X" called
    return False


_DETERMINERS = frozenset(
    """der die das des dem den ein eine einer eines einem einen zur zum im vom beim ins
    für von mit durch auf aus bei nach unter über gegen ohne um the a an of for by from
    with on in at into this these its his her their laut""".split()
)
_SUBJUNCTIVE = re.compile(
    r"\b(?:sei|seien|habe|hätten|hätte|werde|würden|könne|könnten|müsse|solle|wolle|gebe|wäre|"
    r"bezeichnete|bezeichneten|bezeichnet|nannte|nannten|nennt|kritisierte|warf|warfen|"
    r"sprach|sprachen|spricht|von|stehe|gehe|komme|dürfe|bestehe|liege|gelte|sollten|würde|wären|"
    r"müssten|lasse|brauche|fehle|handle|handele|bleibe|zeige|trage|stelle|" + "|".join(KONJUNKTIV_I) + r")\b"
)
_INDEFINITE = frozenset("ein eine einen einem einer eines a an".split())
_LOWER_FRAGMENTS = False


def _word_before(text: str, i: int) -> str:
    lo = max(0, i - 30)
    j = i
    while j > lo and text[j - 1].isspace():
        j -= 1
    k = j
    while k > lo and not text[k - 1].isspace():
        k -= 1
    return text[k:j].lower().strip(",;:(")


def _last_word(text: str, lo: int, hi: int) -> tuple[int, int]:
    """(start, end) of the last word (letters, digits, "-", "_") in text[lo:hi]; (hi, hi) if none."""
    j = hi
    while j > lo and not (text[j - 1].isalnum() or text[j - 1] in "-_"):
        j -= 1
    k = j
    while k > lo and (text[k - 1].isalnum() or text[k - 1] in "-_"):
        k -= 1
    return k, j


def is_direct(text: str, sp: MarkedSpan, words: int, cue: str | None, speaker: str | None,
               sent_start: int, sent_end: int, near: bool = True) -> bool:
    """Direct speech, or a title, name or scare quote?"""
    inner = text[sp.start:sp.end].rstrip()
    if inner[:1] == ":":
        return False  # wiki interview markup "''Name'': …", not a quotation
    ends_like_speech = inner[-1:] in ".!?…,"
    if words >= 8 or (words >= 4 and ends_like_speech):
        return True
    if not sp.closed and ends_like_speech and text[sp.end:sp.end + 8].lstrip()[:1] == sp.open_mark:
        return True  # a quote continued in the next paragraph re-opens with the same mark
    first_upper = inner[:1].isupper()
    before = _word_before(text, sp.start - 1)
    if first_upper and before in _DETERMINERS and not (before in _INDEFINITE and cue is not None):
        return False  # „die „Berliner Zeitung“", "für „Amflora“"; but "nannte es einen „Wortbruch“"
    if first_upper and words <= 4 and title_case(inner) and not ends_like_speech:
        return False
    if before == "als" and (cue is not None or not first_upper):
        return True  # 'bezeichnete den Vorstoß ... als „Wortbruch“', 'als „falsch“ zurückgewiesen'
    if first_upper and words <= 3 and not ends_like_speech and not near:
        return False  # a short name in a sentence whose cue verb is about something else
    if cue is not None or (speaker and words >= 4):
        return True
    if words >= 4 and first_upper:
        return False
    # a short partial quotation: reported speech around it makes it a quote; lower-case
    # fragments ("voll umfänglich") are speech far more often than scare quotes
    return not first_upper and (_LOWER_FRAGMENTS or bool(_SUBJUNCTIVE.search(text, sent_start, sent_end)))


def title_case(s: str) -> bool:
    ws = [w for w in s.split() if w[:1].isalpha()]
    return len(ws) >= 2 and sum(w[0].isupper() for w in ws) >= 0.8 * len(ws)


_AFTER_HEADLINE_QUOTE = re.compile(r"[ \t\xa0]*[–—:][ \t\xa0]+([A-ZÄÖÜ][^\n]{3,160})")


def headline_quote(text: str, sp: MarkedSpan, words: int) -> str | None:
    """'«Ich habe Angst um meine Kinder» – Anwohner wehren sich gegen …', '„Wir geben
    nicht auf“: Bauern protestieren in Berlin': a quotation that opens a line and is
    followed by a dash or colon and the line's statement. Returns that statement (whose
    subject is often the speaker), or None when the span is not such a quote."""
    if not sp.closed or words < 3:
        return None
    line_start = text.rfind("\n", 0, max(0, sp.start - 1)) + 1
    if text[line_start:sp.start - 1].strip():
        return None
    m = _AFTER_HEADLINE_QUOTE.match(text, sp.end + 1)
    return m.group(1) if m else None
