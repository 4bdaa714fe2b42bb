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
import operator
import re
from collections import Counter
from dataclasses import dataclass

from .boilerplate import boilerplate_flags
from .quotemarks import find_marked_spans
from .sentences import Sentence
from .textutil import STOPWORDS, content_words, lower_same_length, stem


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


# A few sentences: stay close to the lead, which carries the news.
DEFAULT_WEIGHTS = SummaryWeights()
# A word budget (longer summaries): spread over the article's central sentences. In a
# news-length text the sentences sharing most of its vocabulary carry it; in a long,
# sectioned text (an encyclopedia article) the lead section summarises and
# vocabulary is spread over sections, so position keeps more weight there.
BUDGET_WEIGHTS = SummaryWeights(position_decay=0.2, centrality=3.0, title=0.3, central_norm=0.0)
BUDGET_WEIGHTS_LONG_TEXT = SummaryWeights(position_decay=0.4, centrality=0.8, title=0.3)
_LONG_TEXT_SENTENCES = 120

_DANGLING = frozenset(
    "aber und doch dennoch denn also auch außerdem zudem trotzdem deshalb daher "
    "but and so also however yet still then thus therefore meanwhile".split()
)
_CLOSERS = "\"'»«“”‘’)] "


# C-level helpers: this loop runs for every word of the article
_PREFIX6 = operator.itemgetter(slice(None, 6))
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_STOP6 = frozenset(w[:6] for w in STOPWORDS)


@dataclass(slots=True)
class _Cand:
    index: int
    rank: int
    words: int
    stems: set[str]
    score: float = 0.0


def _candidates(text: str, sentences: list[Sentence], title: str | None,
                weights: SummaryWeights) -> list[_Cand]:
    low = lower_same_length(text)
    flags = boilerplate_flags(text, sentences, title, low)
    out: list[_Cand] = []
    for i, s in enumerate(sentences):
        if flags[i]:
            continue
        body = text[s.start:s.end]
        nwords = body.count(" ") + 1
        if nwords < 3:
            continue
        last = body.rstrip(_CLOSERS)
        if not last or last[-1] not in ".!?…:" and nwords < 12:
            continue  # sub-heading, caption or byline without punctuation
        stems = set(map(_PREFIX6, _LETTERS.findall(low, s.start, s.end)))
        stems -= _STOP6
        out.append(_Cand(i, len(out), nwords, stems))
        if len(out) >= weights.max_candidates:
            break
    return out


def score_sentences(text: str, sentences: list[Sentence], title: str | None = None,
                    weights: SummaryWeights = DEFAULT_WEIGHTS) -> list[_Cand]:
    """Every sentence that may be summarised, with its score."""
    cands = _candidates(text, sentences, title, weights)
    if not cands:
        return []
    quoted = _quoted_fractions(text, sentences, cands) if weights.quoted else None
    df: Counter[str] = Counter()
    for c in cands:
        df.update(c.stems)
    log_df = {w: math.log(n) for w, n in df.items() if n > 1}
    title_stems = {stem(w) for w in content_words(title)} if title else set()
    central = []
    norm = weights.central_norm
    for c in cands:
        # words repeated across the article mark its topic; length-normalised so
        # long sentences do not win by size alone
        central.append(sum(filter(None, map(log_df.get, c.stems))) / (len(c.stems) + 4) ** norm)
    top = max(central) or 1.0
    for c, cen in zip(cands, central):
        k = c.rank
        score = weights.position / (1 + k) ** weights.position_decay
        score += weights.centrality * cen / top
        if title_stems:
            score += weights.title * len(title_stems & c.stems) / len(title_stems)
        body = text[sentences[c.index].start:sentences[c.index].end]
        if quoted is not None:
            score -= weights.quoted * quoted[c.rank]
        if c.words < weights.min_words:
            score -= 0.5
        if c.words > weights.long_words:
            score -= 0.3 * (c.words - weights.long_words) / weights.long_words
        if body.rstrip(_CLOSERS).endswith("?"):
            score -= weights.question  # questions to the reader summarise nothing
        if k > 0:
            first = body.split(None, 1)[0].strip(",").lower()
            if first in _DANGLING:
                score -= weights.dangling  # needs the sentence before it to make sense
            if body[:1] in "„\"“»«":
                score -= weights.quote_start  # a quotation rarely states the news itself
        c.score = score
    return cands


def _quoted_fractions(text: str, sentences: list[Sentence], cands: list[_Cand]) -> list[float]:
    """Share of each candidate sentence that lies between quotation marks (one sweep)."""
    spans = find_marked_spans(text)
    out = []
    k = 0
    for c in cands:
        s = sentences[c.index]
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
    cands = score_sentences(text, sentences, title, weights)
    cands.sort(key=lambda c: (-c.score, c.index))
    chosen: list[_Cand] = []
    used = 0
    for c in cands:
        if n > 0 and len(chosen) >= n:
            break
        if max_words is not None and used + c.words > max_words:
            continue
        st = c.stems
        if any(st and len(st & o.stems) / len(st | o.stems) > weights.redundancy for o in chosen):
            continue
        chosen.append(c)
        used += c.words
    return [sentences[c.index] for c in sorted(chosen, key=lambda c: c.index)]
