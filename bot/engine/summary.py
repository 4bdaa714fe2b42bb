"""Extractive summary: pick the few sentences that carry the story.

News puts the essentials first, so position is the strongest signal (Lead-3 is
a hard baseline). On top of it we add what Lead-3 lacks: skipping page
furniture (captions, bylines, repeated titles, sub-headings, questions to the
reader), preferring sentences that share vocabulary with the title and with the
rest of the article (a Luhn/centroid-style centrality), and avoiding two
sentences that say the same thing. All scores are linear in the article length.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from itertools import chain

from .boilerplate import boilerplate_flags
from .quotemarks import find_marked_spans
from .sentences import Sentence
from .textutil import LETTER_RUN, PREFIX6, Stems, content_words


@dataclass(frozen=True)
class SummaryWeights:
    """Tuned on the dev splits only (benchmarks/tune.py): SummEval for short summaries,
    BBC dev and Klexikon dev for word-budget summaries."""

    position: float = 1.0
    position_decay: float = 1.0  # score of the k-th candidate ~ 1/(1+k)**decay
    centrality: float = 0.15
    title: float = 1.0
    min_words: int = 8
    long_words: int = 55  # sentences longer than this are penalised
    redundancy: float = 0.55  # max stem Jaccard overlap with an already chosen sentence
    central_norm: float = 0.5  # centrality / (distinct words + 4) ** central_norm
    max_candidates: int = 400  # cap work on very long inputs
    dangling: float = 0.0  # penalty: starts with "But", "Aber" (needs the sentence before)
    quote_start: float = 0.2  # penalty: starts with a quotation mark
    question: float = 0.4  # penalty: a question
    quoted: float = 0.0  # penalty x fraction of the sentence inside quotation marks
    parenthesis: float = 0.0  # penalty x fraction of the sentence inside (...)
    digits: float = 0.0  # penalty x fraction of the sentence's words that contain digits


# A few sentences: stay close to the lead, which carries the news.
DEFAULT_WEIGHTS = SummaryWeights()
# A word budget (longer summaries): spread over the article's central sentences. In a
# news-length text the sentences sharing most of its vocabulary carry it; in a long,
# sectioned text (an encyclopedia article) the lead section summarises and
# vocabulary is spread over sections, so position keeps more weight there.
BUDGET_WEIGHTS = SummaryWeights(position_decay=0.2, centrality=3.0, title=0.3, central_norm=0.0)
# (Klexikon dev: at Lead-3's length a steep position prior with a little centrality and
# title overlap, short sentences allowed; length-normalised centrality.)
BUDGET_WEIGHTS_LONG_TEXT = SummaryWeights(position_decay=1.0, centrality=0.3, title=0.3,
                                          central_norm=1.0, min_words=4)
_LONG_TEXT_SENTENCES = 45

_DANGLING = frozenset(
    "aber und doch dennoch denn also auch außerdem zudem trotzdem deshalb daher "
    "but and so also however yet still then thus therefore meanwhile".split()
)
_CLOSERS = "\"'»«“”‘’)] "


_LOG = [0.0, 0.0] + [math.log(k) for k in range(2, 1025)]
_QUOTE_OPENERS = frozenset("„\"“»«")


@dataclass(slots=True)
class _Cand:
    index: int
    rank: int
    words: int
    stems: set
    score: float = 0.0


class _Scored:
    """Candidates as parallel lists (cheaper than one object per sentence)."""

    __slots__ = ("index", "words", "stems", "marks", "scores")

    def __init__(self) -> None:
        self.index: list[int] = []
        self.words: list[int] = []
        self.stems: list[set] = []
        self.marks: list[int] = []  # _QUESTION | _OPENS_QUOTE
        self.scores: list[float] = []


_QUESTION = 1
_OPENS_QUOTE = 2


def _candidates(text: str, sentences: list[Sentence], title: str | None,
                weights: SummaryWeights, stems: Stems, exact_words: bool = False) -> _Scored:
    flags = boilerplate_flags(text, sentences, title)
    out = _Scored()
    index, words, stem_sets, marks = out.index, out.words, out.stems, out.marks
    data, stop, as_bytes = stems.data, stems.stop, stems.is_bytes
    letters = LETTER_RUN.findall
    count = text.count
    limit = weights.max_candidates
    for i, s in enumerate(sentences):
        if flags[i]:
            continue
        start, end = s.start, s.end
        nwords = count(" ", start, end) + 1
        if nwords < 3:
            continue
        last = text[end - 1]  # the sentence's last character before closing marks
        if last in _CLOSERS:  # (rare: most sentences end in their punctuation)
            tail = text[max(start, end - 8):end].rstrip(_CLOSERS)
            if not tail and end - start > 8:
                tail = text[start:end].rstrip(_CLOSERS)
            if not tail:
                continue
            last = tail[-1]
        if last not in ".!?…:" and nwords < 12:
            continue  # sub-heading, caption or byline without punctuation
        if exact_words:  # a word budget counts whitespace-separated words exactly
            nwords = len(text[start:end].split())
        st = set(map(PREFIX6, data[start:end].split() if as_bytes else letters(data, start, end)))
        st -= stop
        index.append(i)
        words.append(nwords)
        stem_sets.append(st)
        marks.append((last == "?") | (text[start] in _QUOTE_OPENERS) << 1)
        if len(index) >= limit:
            break
    return out


def _score(text: str, sentences: list[Sentence], title: str | None,
           weights: SummaryWeights, exact_words: bool = False) -> _Scored:
    stems = Stems(text)
    cands = _candidates(text, sentences, title, weights, stems, exact_words)
    m = len(cands.index)
    if not m:
        return cands
    stem_sets = cands.stems
    df = Counter(chain.from_iterable(stem_sets))
    log = _LOG if m < len(_LOG) else [0.0, 0.0] + [math.log(k) for k in range(2, m + 1)]
    weight_of = log.__getitem__
    count_of = df.__getitem__
    norm = weights.central_norm
    # words repeated across the article mark its topic; length-normalised so long
    # sentences do not win by size alone (log 1 = 0: words used once add nothing;
    # fsum: exact, so the result does not depend on set order)
    central = [math.fsum(map(weight_of, map(count_of, st))) / (len(st) + 4) ** norm
               for st in stem_sets]
    top = max(central) or 1.0
    w_pos, decay, w_cen = weights.position, weights.position_decay, weights.centrality
    scores = [w_pos / (1 + k) ** decay + w_cen * cen / top for k, cen in enumerate(central)]
    title_stems = stems.of_words(content_words(title)) if title else set()
    if title_stems:
        w_title, nt = weights.title, len(title_stems)
        for k, st in enumerate(stem_sets):
            shared = len(title_stems & st)
            if shared:
                scores[k] += w_title * shared / nt
    min_words, long_words = weights.min_words, weights.long_words
    for k, nw in enumerate(cands.words):
        if nw < min_words:
            scores[k] -= 0.5
        if nw > long_words:
            scores[k] -= 0.3 * (nw - long_words) / long_words
    w_question, w_dangling, w_quote = weights.question, weights.dangling, weights.quote_start
    for k, mark in enumerate(cands.marks):
        if mark:
            if mark & _QUESTION:
                scores[k] -= w_question  # questions to the reader summarise nothing
            if mark & _OPENS_QUOTE and k > 0:
                scores[k] -= w_quote  # a quotation rarely states the news itself
    if w_dangling:
        for k, i in enumerate(cands.index[1:], 1):
            start = sentences[i].start
            first = text[start:start + 30].split(None, 1)[0].strip(",").lower()
            if first in _DANGLING:
                scores[k] -= w_dangling  # needs the sentence before it to make sense
    if weights.quoted:
        for k, q in enumerate(_quoted_fractions(text, sentences, cands.index)):
            scores[k] -= weights.quoted * q
    if weights.parenthesis or weights.digits:
        _asides(text, sentences, cands, scores, weights)
    cands.scores = scores
    return cands


_DIGIT_WORD = re.compile(r"\S*\d\S*")


def _asides(text: str, sentences: list[Sentence], cands: _Scored, scores: list[float],
            weights: SummaryWeights) -> None:
    """Penalise parentheticals (etymologies, pronunciations, life dates) and number-heavy
    sentences, which a reader's summary rarely repeats."""
    for k, i in enumerate(cands.index):
        s = sentences[i]
        size = s.end - s.start
        if weights.parenthesis:
            o = text.find("(", s.start, s.end)
            inside = 0
            while o >= 0:
                c = text.find(")", o, s.end)
                c = s.end if c < 0 else c + 1
                inside += c - o
                o = text.find("(", c, s.end)
            scores[k] -= weights.parenthesis * inside / size
        if weights.digits:
            nd = len(_DIGIT_WORD.findall(text, s.start, s.end))
            if nd:
                scores[k] -= weights.digits * nd / cands.words[k]


def score_sentences(text: str, sentences: list[Sentence], title: str | None = None,
                    weights: SummaryWeights = DEFAULT_WEIGHTS) -> list[_Cand]:
    """Every sentence that may be summarised, with its score."""
    c = _score(text, sentences, title, weights)
    return [_Cand(i, k, nw, st, sc)
            for k, (i, nw, st, sc) in enumerate(zip(c.index, c.words, c.stems, c.scores))]


def _quoted_fractions(text: str, sentences: list[Sentence], index: list[int]) -> list[float]:
    """Share of each candidate sentence that lies between quotation marks (one sweep)."""
    spans = find_marked_spans(text)
    out = []
    k = 0
    for i in index:
        s = sentences[i]
        while k < len(spans) and spans[k].end <= s.start:
            k += 1
        inside = 0
        j = k
        while j < len(spans) and spans[j].start < s.end:
            inside += min(s.end, spans[j].end) - max(s.start, spans[j].start)
            j += 1
        out.append(inside / max(1, s.end - s.start))
    return out


def summarize(text: str, sentences: list[Sentence], *, title: str | None = None,
              n: int = 3, max_words: int | None = None,
              weights: SummaryWeights | None = None) -> list[Sentence]:
    """Best `n` sentences (or as many as fit in `max_words`), in article order."""
    if n <= 0 and max_words is None:
        return []
    if weights is None:
        if max_words is None:
            weights = DEFAULT_WEIGHTS
        else:
            weights = BUDGET_WEIGHTS_LONG_TEXT if len(sentences) > _LONG_TEXT_SENTENCES else BUDGET_WEIGHTS
    c = _score(text, sentences, title, weights, max_words is not None)
    if not c.index:
        return []
    # best first; ties in article order (the sort is stable and candidates are in order)
    order = sorted(range(len(c.index)), key=[-x for x in c.scores].__getitem__)
    words, stem_sets, redundancy = c.words, c.stems, weights.redundancy
    chosen: list[int] = []
    used = 0
    for k in order:
        if n > 0 and len(chosen) >= n:
            break
        if max_words is not None and used + words[k] > max_words:
            continue
        st = stem_sets[k]
        if st and any(len(st & stem_sets[o]) / len(st | stem_sets[o]) > redundancy for o in chosen):
            continue
        chosen.append(k)
        used += words[k]
    chosen.sort()
    return [sentences[c.index[k]] for k in chosen]
