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
from collections import Counter
from dataclasses import dataclass

from .boilerplate import boilerplate_flags, title_words
from .sentences import Sentence
from .textutil import content_words, content_words_lower, lower_same_length, stem


@dataclass(frozen=True)
class SummaryWeights:
    position: float = 1.0
    position_decay: float = 0.6  # score of the k-th candidate ~ 1/(1+k)**decay
    centrality: float = 0.6
    title: float = 0.5
    min_words: int = 6
    long_words: int = 55  # sentences longer than this are penalised
    redundancy: float = 0.55  # max stem Jaccard overlap with an already chosen sentence
    max_candidates: int = 400  # cap work on very long inputs


DEFAULT_WEIGHTS = SummaryWeights()

_DANGLING = frozenset(
    "aber und doch dennoch denn also auch außerdem zudem trotzdem deshalb daher "
    "but and so also however yet still then thus therefore meanwhile".split()
)
_CLOSERS = "\"'»«“”‘’)] "


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
    flags = boilerplate_flags(text, sentences, title)
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
        stems = {stem(w) for w in content_words_lower(low[s.start:s.end])}
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
    df: Counter[str] = Counter()
    for c in cands:
        df.update(c.stems)
    log_df = {w: math.log(n) for w, n in df.items() if n > 1}
    title_stems = {stem(w) for w in content_words(title)} if title else set()
    central = []
    for c in cands:
        # words repeated across the article mark its topic; length-normalised so
        # long sentences do not win by size alone
        central.append(sum(log_df.get(w, 0.0) for w in c.stems) / math.sqrt(len(c.stems) + 4))
    top = max(central) or 1.0
    for c, cen in zip(cands, central):
        k = c.rank
        score = weights.position / (1 + k) ** weights.position_decay
        score += weights.centrality * cen / top
        if title_stems:
            score += weights.title * len(title_stems & c.stems) / len(title_stems)
        body = text[sentences[c.index].start:sentences[c.index].end]
        if c.words < weights.min_words:
            score -= 0.5
        if c.words > weights.long_words:
            score -= 0.3 * (c.words - weights.long_words) / weights.long_words
        if body.rstrip(_CLOSERS).endswith("?"):
            score -= 0.4  # questions to the reader summarise nothing
        if k > 0:
            first = body.split(None, 1)[0].strip(",").lower()
            if first in _DANGLING:
                score -= 0.15  # needs the sentence before it to make sense
            if body[:1] in "„\"“»«":
                score -= 0.1  # a quotation rarely states the news itself
        c.score = score
    return cands


def summarize(text: str, sentences: list[Sentence], *, title: str | None = None,
              n: int = 3, max_words: int | None = None,
              weights: SummaryWeights = DEFAULT_WEIGHTS) -> list[Sentence]:
    """Best `n` sentences (or as many as fit in `max_words`), in article order."""
    if n <= 0 and max_words is None:
        return []
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
