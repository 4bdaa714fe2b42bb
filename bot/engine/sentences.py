"""Sentence segmentation for news text, German and English.

Returns character spans into the original text (never rewritten text), so every
sentence can be shown verbatim. The splitter is rule based: a sentence ends at
terminal punctuation (plus closing quotes/brackets) followed by whitespace and a
sentence start, unless the word before the dot is a known abbreviation, an
initial, or (in German) an ordinal number like "am 3. Oktober". Line breaks end
sentences too, because headlines, bylines and captions carry no final period;
only soft-wrapped lines (a line continuing in lower case) are joined.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations that are followed by a dot but rarely end a sentence (lower-cased, no dot).
ABBREVIATIONS = frozenset(
    """
    z b bzw ca ggf vgl evtl inkl exkl usw u a o ä d h i s v n m mio mrd tsd
    dr prof nr abs art str hr fr dipl ing mag st sog bspw bzgl zzgl gem lt
    geb gest jh jhd chr jan feb febr mär apr jun jul aug sep sept okt nov dez
    mr mrs ms jr sr vs no co inc ltd corp gov sen rep gen lt col capt sgt
    dept univ est approx fig vol pp ed eds al jan feb mar apr aug oct dec
    e g ie eg etc. st mt ft
    """.split()
)

# Capitalised words that normally start an English sentence; used to accept a
# boundary after a number ("... won 3. The ...") in English.
_CLOSERS = "\"'»«“”‘’›‹)]"
_OPENERS = "\"'»«„“‚‘›‹(["

# terminal punctuation, optional closing marks, then whitespace
_END = re.compile(r"(?:[.!?]+|…)[" + re.escape(_CLOSERS) + r"]*(?=\s)")
# a missing space after a full stop: "in die Schweiz.Die Orkanböen"
_GLUED = re.compile(r"(?<=[a-zäöüß]{3})\.(?=[A-ZÄÖÜ][a-zäöüß]{2})")
_WORD_BEFORE = re.compile(r"(\S+?)[.!?…]*$")
_NEWLINE = re.compile(r"\n")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # index of the paragraph (blank-line separated block)

    def text(self, source: str) -> str:
        return source[self.start:self.end]


def _is_sentence_start(text: str, i: int) -> bool:
    """Does a sentence plausibly start at text[i] (after skipping whitespace)?"""
    n = len(text)
    while i < n and text[i] in _OPENERS:
        i += 1
    if i >= n:
        return False
    ch = text[i]
    return ch.isupper() or ch.isdigit() or not ch.isalpha() and ch not in ",;:)]"


def _blocks_boundary(text: str, line_start: int, end_of_punct: int, punct_pos: int,
                     language: str) -> bool:
    """True when the dot at punct_pos does not end a sentence."""
    if text[punct_pos] != ".":
        return False
    # the word right before the dot
    j = punct_pos
    while j > line_start and not text[j - 1].isspace():
        j -= 1
    word = text[j:punct_pos].lstrip(_OPENERS)
    if not word:
        return False
    low = word.lower()
    if low in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isalpha():  # initial "J. Smith", "z. B."
        return True
    if "." in word and all(p.isalpha() and len(p) <= 2 for p in word.split(".") if p):
        return True  # "U.S.", "z.B.", "u.a."
    if word.isdigit() and len(word) <= 2 and language != "en":
        return True  # German ordinal / date: "am 3. Oktober", "der 2. Platz"
    if text.startswith("...", punct_pos) or text.startswith("..", punct_pos):
        # ellipsis followed by a lower-case word continues the sentence
        k = end_of_punct
        while k < len(text) and text[k] == " ":
            k += 1
        return k < len(text) and text[k].islower()
    return False


def split_sentences(text: str, language: str = "und") -> list[Sentence]:
    """Sentence spans of `text`, trimmed of surrounding whitespace, in order."""
    spans: list[Sentence] = []
    if not text:
        return spans
    paragraph = 0
    pos = 0
    n = len(text)
    # Work line by line; lines are cheap to find and most boundaries sit inside a line.
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    pending_start: int | None = None  # start of a sentence carried over a soft line wrap
    blank_run = False
    for li, ls in enumerate(line_starts):
        le = line_starts[li + 1] - 1 if li + 1 < len(line_starts) else n
        line = text[ls:le]
        if not line.strip():
            if pending_start is not None:
                _emit(text, spans, pending_start, ls, paragraph)
                pending_start = None
            if not blank_run and spans:
                paragraph += 1
            blank_run = True
            continue
        blank_run = False
        cut = [m.end() for m in _END.finditer(line)]
        cut += [m.start() + 1 for m in _GLUED.finditer(line)]
        cut.sort()
        start = ls if pending_start is None else pending_start
        pending_start = None
        for c in cut:
            abs_c = ls + c
            # find the terminal punctuation position inside the match
            k = abs_c - 1
            while k > ls and text[k] in _CLOSERS:
                k -= 1
            while k > ls and text[k - 1] in ".!?":
                k -= 1
            if not _is_sentence_start(text, _skip_spaces(text, abs_c, le)):
                continue
            if _blocks_boundary(text, ls, abs_c, k, language):
                continue
            _emit(text, spans, start, abs_c, paragraph)
            start = abs_c
        # a line wrap continues the sentence only if the next line starts lower-case
        # and this line does not end with terminal punctuation
        if li + 1 < len(line_starts):
            nxt = line_starts[li + 1]
            nxt_end = line_starts[li + 2] - 1 if li + 2 < len(line_starts) else n
            nxt_line = text[nxt:nxt_end].lstrip()
            tail = line.rstrip()
            if (nxt_line and nxt_line[0].islower() and tail and tail[-1] not in ".!?:…"
                    and len(tail) > 40):
                pending_start = start
                continue
        _emit(text, spans, start, le, paragraph)
    if pending_start is not None:
        _emit(text, spans, pending_start, n, paragraph)
    return spans


def _skip_spaces(text: str, i: int, limit: int) -> int:
    while i < limit and text[i].isspace():
        i += 1
    return i


def _emit(text: str, spans: list[Sentence], start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Sentence(start, end, paragraph))


def paragraphs_of(sentences: list[Sentence]) -> dict[int, list[Sentence]]:
    out: dict[int, list[Sentence]] = {}
    for s in sentences:
        out.setdefault(s.paragraph, []).append(s)
    return out
