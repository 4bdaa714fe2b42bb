"""Answering a follow-up question with the article's own sentences.

BM25 over sentences with crude prefix stems (German compounds and inflections
meet on a shared prefix), re-weighted for what the question asks for (a time, an
amount, a person ...: questions.py) and, mildly, for news order (the lead answers
most who/what questions). Only sentences sharing a word with the question are
answers. The answer is evidence, not prose: verbatim sentences, best first.
"""
from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter

from bot.models import Passage

from .boilerplate import is_boilerplate
from .questions import answering, question_kind
from .quotemarks import find_marked_spans
from .sentences import Sentence
from .textutil import content_words, stem

# Inflection endings stripped before the prefix cut, so a question's "kostet" meets the
# article's "kosten" and "approved" meets "approves" (longest first; stem kept >= 4).
_ENDINGS = ("ungen", "ing", "ung", "en", "er", "es", "et", "em", "st", "ed", "e", "s", "t")


def _question_stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return stem(word[: -len(ending)])
    return stem(word)

_K1 = 1.2
_B = 0.75
KIND_BOOST = 1.0  # a sentence that can give what the question asks for (a date for "wann")
LEAD_BOOST = 0.3  # the first sentence; halves by the second, fades after
_MAX_SENTENCES = 5000


def rank_passages(text: str, sentences: list[Sentence], question: str, k: int = 3,
                  language: str = "en") -> tuple[Passage, ...]:
    if k <= 0 or not sentences:
        return ()
    q = {_question_stem(w) for w in content_words(question or "")}
    docs = []
    for s in sentences[:_MAX_SENTENCES]:
        body = text[s.start:s.end]
        if is_boilerplate(body):
            continue
        docs.append((s, Counter(_question_stem(w) for w in content_words(body))))
    if not docs:
        return ()
    if not q:
        return tuple(Passage(text[s.start:s.end], s.start) for s, _ in docs[:k])
    n = len(docs)
    avg = sum(sum(c.values()) for _, c in docs) / n or 1.0
    df = Counter()
    for _, c in docs:
        df.update(w for w in c if w in q)
    can_answer = answering(question_kind(question), text, sentences, language)
    scored = []
    for idx, (s, c) in enumerate(docs):
        length = sum(c.values())
        score = 0.0
        for w in q:
            tf = c.get(w, 0)
            if tf:
                idf = math.log(1 + (n - df[w] + 0.5) / (df[w] + 0.5))
                score += idf * tf * (_K1 + 1) / (tf + _K1 * (1 - _B + _B * length / avg))
        if score > 0:
            if can_answer(s.start, s.end):
                score *= 1 + KIND_BOOST
            score *= 1 + LEAD_BOOST / (1 + idx)
            scored.append((score, idx, s))
    scored.sort(key=lambda t: (-t[0], t[1]))
    out: list[Passage] = []
    starts = [t.start for t in sentences]
    for _, _, s in scored:
        start, end = _whole_quotation(text, sentences, starts, s.start, s.end)
        if any(p.start < end and start < p.start + len(p.text) for p in out):
            continue  # already shown as part of a widened passage
        out.append(Passage(text[start:end], start))
        if len(out) == k:
            break
    return tuple(out)


_MAX_WIDEN = 4  # sentences one passage may grow to
_MAX_PARAGRAPH = 6000  # characters; longer "paragraphs" (no blank lines) are not searched
_MARKS = "„“”\"»«"


def _whole_quotation(text: str, sentences: list[Sentence], starts: list[int], start: int,
                     end: int) -> tuple[int, int]:
    """A sentence inside a quotation that runs over several sentences is shown with the
    whole quotation and its attribution ('„… geworden. Warum …?“, fragte Brenner.'), not
    as a fragment starting or ending mid-quote. Still verbatim: one span of the text.
    Quotation marks are paired within the sentence's paragraph."""
    para_start = text.rfind("\n\n", 0, start) + 1
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end == -1 else para_end
    if para_end - para_start > _MAX_PARAGRAPH or not any(ch in text[para_start:para_end] for ch in _MARKS):
        return start, end
    for q in find_marked_spans(text[para_start:para_end]):
        q_start, q_end = q.start + para_start, q.end + para_start
        if not q.closed or q_end <= start or q_start >= end:
            continue
        i = bisect_right(starts, q_start) - 1  # the sentence the quotation opens in
        j = bisect_right(starts, q_end - 1) - 1  # ... and the one it closes in
        if i < 0 or j - i + 1 > _MAX_WIDEN or sentences[i].start >= start and sentences[j].end <= end:
            continue
        start, end = min(start, sentences[i].start), max(end, sentences[j].end)
    return start, end
