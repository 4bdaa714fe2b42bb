"""Offline briefing engine: summary, quotes with speakers, key figures, answers.

Pure Python and the standard library only, deterministic, and verbatim: every
summary sentence, quote and figure is a slice of the input text at its `start`
offset. Entry points: `brief_text`, `answer_question`, `detect_language`,
`title_from_text`.
"""
from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from .boilerplate import title_from_text
from .language import detect_language
from .sentences import split_sentences

if TYPE_CHECKING:
    from bot.models import Briefing, Passage

ENGINE_NAME = "offline"

# Beyond this many characters, quotes/figures/people are only looked for in the
# first part of the text; all steps stay linear, this just bounds the constant.
_ANALYSIS_LIMIT = 2_000_000

__all__ = ["ENGINE_NAME", "brief_text", "answer_question", "detect_language", "title_from_text"]


_steps: tuple = ()
log = logging.getLogger(__name__)

# A bug in one step's rules must not cost a user the whole briefing: outside strict mode
# the step's part is left empty and the error logged. The test suite sets
# BRIEFBOT_ENGINE_STRICT=1 (tests/conftest.py) so that such a bug fails loudly there.
STRICT = os.environ.get("BRIEFBOT_ENGINE_STRICT") == "1"


def _guarded(step: str, default, fn, *args, **kwargs):
    if STRICT:
        return fn(*args, **kwargs)
    try:
        return fn(*args, **kwargs)
    except Exception:  # noqa: BLE001 - any bug in the rules; logged with its traceback
        log.exception("the %s step failed on this article; the briefing goes out without it", step)
        return default


def _load() -> tuple:
    """Import the briefing steps on first use: a process that only stores articles or
    detects languages (ingest, start-up of the CLI) never loads the quote, figure and
    summary rules."""
    global _steps
    from bot.models import ArticleRef, Briefing, Passage

    from .figures import find_figures
    from .quotes import find_quotes
    from .summary import summarize

    _steps = (ArticleRef, Briefing, Passage, summarize, find_quotes, find_figures)
    return _steps


def brief_text(text: str, *, title: str | None = None, url: str | None = None,
               language: str | None = None, summary_sentences: int = 3) -> Briefing:
    ArticleRef, Briefing, Passage, summarize, find_quotes, find_figures = _steps or _load()
    text = text if isinstance(text, str) else str(text or "")
    lang = language or detect_language(text)
    head_title = title_from_text(text)
    sentences = split_sentences(text, lang)
    summary = _guarded("summary", [], summarize, text, sentences, title=title or head_title,
                       n=summary_sentences)
    scan = text if len(text) <= _ANALYSIS_LIMIT else text[:_ANALYSIS_LIMIT]
    words = text.split()  # one split: the word count and the people index share it
    quotes = _guarded("quotes", [], find_quotes, scan, sentences, words=words if scan is text else None,
                      language=lang)
    figures = _guarded("figures", [], find_figures, scan, lang)
    ref = ArticleRef(id=None, title=title or head_title, url=url, language=lang,
                     words=len(words))
    return Briefing(
        article=ref,
        summary=tuple(Passage(text[s.start:s.end], s.start) for s in summary),
        quotes=tuple(quotes),
        figures=tuple(figures),
        engine=ENGINE_NAME,
    )


def answer_question(text: str, question: str, *, k: int = 3) -> tuple[Passage, ...]:
    from .answers import rank_passages

    text = text if isinstance(text, str) else str(text or "")
    lang = detect_language(text)
    sentences = split_sentences(text, lang)
    return _guarded("answer", (), rank_passages, text, sentences, question, k, lang)
