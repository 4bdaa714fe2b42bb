"""Offline extractive engine (placeholder until the real engine lands)."""
from __future__ import annotations

import re

from bot.models import ArticleRef, Briefing, Figure, Passage, Quote

ENGINE_NAME = "offline"

_SENT = re.compile(r"[^.!?\n]+[.!?]?")
_QUOTE = re.compile(r"„([^“]+)“|\"([^\"]+)\"|“([^”]+)”")
_FIG = re.compile(r"\d[\d.,]*\s?%?")


def brief_text(text, *, title=None, url=None, language=None, summary_sentences=3):
    sents = [Passage(m.group().strip(), m.start() + (len(m.group()) - len(m.group().lstrip())))
             for m in _SENT.finditer(text) if len(m.group().split()) > 5]
    quotes = []
    for m in _QUOTE.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        quotes.append(Quote(m.group(g), m.start(g)))
    figs = [Figure(m.group().strip(), m.start(), None) for m in _FIG.finditer(text)]
    ref = ArticleRef(None, title, url, language or "de", len(text.split()))
    return Briefing(ref, tuple(sents[:summary_sentences]), tuple(quotes), tuple(figs), ENGINE_NAME)


def answer_question(text, question, *, k=3):
    words = {w.lower() for w in re.findall(r"\w+", question) if len(w) > 3}
    sents = [Passage(m.group(), m.start()) for m in _SENT.finditer(text)]
    scored = sorted(sents, key=lambda p: -len(words & {w.lower() for w in re.findall(r"\w+", p.text)}))
    return tuple(scored[:k])
