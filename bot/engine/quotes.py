"""Direct quotations with their speakers.

1. `quotemarks` finds every span between quotation marks (any style, broken ones too).
2. For each span we look for an attribution cue right after the closing mark,
   then before the opening mark within the sentence (`attribution`).
3. Spans that are names of things or scare quotes are dropped: a quote glued
   into a compound („Kern“-Mission), a short phrase after a naming word
   (namens, sogenannte, called, titled), or a short phrase with no speech cue.
4. Unattributed quotes inherit the speaker of a neighbouring quote in the same
   or previous paragraph (multi-sentence and paragraph-continued quotes).
5. Pronouns and short names become the full name used in the article.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from bot.models import Quote

from .attribution import CUE, clean_speaker, speaker_after, speaker_before, subject_of, tokens_of
from .names import PRONOUNS
from .people import People
from .quotemarks import MarkedSpan, find_marked_spans
from .sentences import Sentence

_WORDS = re.compile(r"\w+")
_NAMING = re.compile(
    r"(?:namens|genannte[nmrs]?|sogenannte[nmrs]?|so genannte[nmrs]?|titel|motto|slogan|"
    r"schlagwort|begriff|wort|unwort|aufschrift|bezeichnung|stichwort|kampagne|aktion|"
    r"operation|programm|projekt|zeitung|magazin|blatt|buch|roman|film|serie|sendung|"
    r"album|song|lied|show|spiel|app|marke|called|dubbed|titled|named|known\s+as|"
    r"so-called|term|word|phrase|slogan|motto|newspaper|magazine|book|novel|film|movie|"
    r"series|show|album|song|campaign|operation|label|hashtag)\W*$",
    re.IGNORECASE,
)
_MAX_AFTER = 140
_MAX_BEFORE = 260
_MAX_QUOTES = 500  # keep cost bounded on pathological inputs


@dataclass
class _Found:
    span: MarkedSpan
    speaker: str | None
    cue: str | None
    words: int
    paragraph: int


def _cue_after(text: str, end: int, limit: int) -> tuple[str | None, str | None]:
    """Attribution right after a closing mark: ', sagte er' / ', he said' / ' er sagte'."""
    window = text[end:min(limit, end + _MAX_AFTER)]
    toks = tokens_of(window)
    # skip leading punctuation between the mark and the cue
    k = 0
    while k < len(toks) and toks[k] in ",:;–—":
        k += 1
    toks = toks[k:k + 14]
    if not toks:
        return None, None
    for j, t in enumerate(toks[:7]):
        if t in ".!?;":
            break
        if CUE.fullmatch(t):
            cue = t
            if j == 0:
                if cue == "according" and len(toks) > 1 and toks[1].lower() == "to":
                    return speaker_after(toks[2:]), "according to"
                return speaker_after(toks[1:]), cue
            sp = speaker_before(toks[:j])
            if sp and len(sp.split()) >= j - 2:
                return sp, cue
            break
    return None, None


def _cue_before(text: str, start: int, sent_start: int) -> tuple[str | None, str | None]:
    """Attribution before an opening mark, within the sentence: 'X sagte: „' / 'sagte Musk, dass „'."""
    lo = max(sent_start, start - _MAX_BEFORE)
    window = text[lo:start]
    matches = list(CUE.finditer(window))
    if not matches:
        return None, None
    m = matches[-1]
    cue = m.group()
    before = tokens_of(window[:m.start()])
    after = tokens_of(window[m.end():])
    if cue == "according" and after[:1] == ["to"]:
        return speaker_after(after[1:]), "according to"
    if cue == "zufolge":
        return speaker_before(before), cue
    sp = speaker_before(before)
    if not sp:
        sp = speaker_after(after)
    if not sp and before:
        # "Stoiber hatte besonders ... betont:" – the sentence subject
        sp = subject_of(tokens_of(text[sent_start:lo + m.start()]))
    return sp, cue


def _is_thing_name(text: str, span: MarkedSpan, words: int) -> bool:
    s, e = span.start, span.end
    after = text[e + 1:e + 3] if span.closed else ""
    if after[:1] == "-" and after[1:2].isalpha():
        return True  # „Kern“-Mission
    if s >= 2 and text[s - 2] == "-" and words <= 3:
        return True
    if words <= 8 and _NAMING.search(text[max(0, s - 40):max(0, s - 1)]):
        return True
    return False


def find_quotes(text: str, sentences: list[Sentence], people: People) -> list[Quote]:
    spans = find_marked_spans(text)[:_MAX_QUOTES]
    sent_starts = [s.start for s in sentences]
    found: list[_Found] = []
    for k, sp in enumerate(spans):
        words = len(_WORDS.findall(text[sp.start:sp.end]))
        if words == 0:
            continue
        si = max(0, bisect.bisect_right(sent_starts, sp.start - 1) - 1)
        sent = sentences[si] if sentences else Sentence(0, len(text), 0)
        next_open = spans[k + 1].start - 1 if k + 1 < len(spans) else len(text)
        speaker, cue = (None, None)
        if sp.closed:
            speaker, cue = _cue_after(text, sp.end + 1, next_open)
        if cue is None:
            prev_close = spans[k - 1].end + 1 if k > 0 else 0
            speaker, cue = _cue_before(text, sp.start - 1, max(sent.start, prev_close))
        if _is_thing_name(text, sp, words):
            continue
        inner = text[sp.start:sp.end].rstrip()
        ends_like_speech = inner[-1:] in ".!?…," if inner else False
        if cue is None and not (words >= 4 and (ends_like_speech or words >= 8)):
            continue  # a scare quote or a title
        if cue is None and words < 8 and _title_case(inner):
            continue
        found.append(_Found(sp, speaker, cue, words, sent.paragraph))
    _inherit_speakers(found)
    return _finish(text, found, people)


def _title_case(s: str) -> bool:
    ws = [w for w in s.split() if w[:1].isalpha()]
    return len(ws) >= 2 and sum(w[0].isupper() for w in ws) >= 0.8 * len(ws)


def _inherit_speakers(found: list[_Found]) -> None:
    """Quotes without their own attribution belong to the neighbouring speaker."""
    for i, f in enumerate(found):
        if f.speaker:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(found) and found[j].speaker and (found[j].cue or j == i - 1):
                if found[j].paragraph == f.paragraph or (j == i - 1 and f.paragraph - found[j].paragraph == 1):
                    f.speaker = found[j].speaker
                    break


def _finish(text: str, found: list[_Found], people: People) -> list[Quote]:
    quotes: list[Quote] = []
    previous: str | None = None
    n = max(1, len(text))
    for f in found:
        speaker = f.speaker
        if speaker:
            cleaned = clean_speaker(speaker)
            if cleaned.lower() in PRONOUNS:
                speaker = people.resolve_pronoun(f.span.start, previous)
            else:
                people.add_speaker(cleaned)
                speaker = people.expand(cleaned)
        if speaker:
            previous = speaker
        score = (min(f.words, 40) / 40 * 0.5 + (0.3 if speaker else 0.0)
                 + (0.1 if f.cue else 0.0) + 0.1 * (1 - f.span.start / n))
        if f.words <= 3:
            score -= 0.2
        quotes.append(Quote(text=text[f.span.start:f.span.end], start=f.span.start,
                            speaker=speaker, cue=f.cue, score=round(score, 4)))
    quotes.sort(key=lambda q: (-q.score, q.start))
    return quotes
