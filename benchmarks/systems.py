"""Summarisers compared: ours, Lead-3 and sumy's LexRank/TextRank/LSA/Luhn.

Every system gets the same sentences (our regex splitter), so differences come
from sentence selection only. sumy normally splits with NLTK punkt, which cannot
be downloaded here; we hand it a document built from our sentences and a regex
word tokenizer instead."""
from __future__ import annotations

import re
from typing import Callable

from bot.engine.boilerplate import title_from_text
from bot.engine.sentences import split_sentences
from bot.engine.summary import summarize

_WORD = re.compile(r"\w+")


class RegexTokenizer:
    """The interface sumy expects from a tokenizer."""

    def __init__(self, language: str):
        self.language = language

    def to_sentences(self, paragraph: str) -> list[str]:
        return [s.text(paragraph) for s in split_sentences(paragraph, self.language)]

    def to_words(self, sentence: str) -> list[str]:
        return _WORD.findall(sentence)


def sentences_of(text: str, language: str) -> list[str]:
    return [s.text(text) for s in split_sentences(text, language)]


def lead(sentences: list[str], n: int = 3) -> list[str]:
    return sentences[:n]


def ours(text: str, language: str, title: str | None, n: int = 3,
         max_words: int | None = None, weights=None) -> list[str]:
    sents = split_sentences(text, language)
    kwargs = {} if weights is None else {"weights": weights}
    chosen = summarize(text, sents, title=title or title_from_text(text), n=n if max_words is None else 0,
                       max_words=max_words, **kwargs)
    return [s.text(text) for s in chosen]


def sumy_systems(language: str) -> dict[str, Callable[[list[str], int], list[str]]]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    lang_name = {"de": "german", "en": "english"}[language]
    tok = RegexTokenizer(language)
    stemmer = Stemmer(lang_name)
    stop = get_stop_words(lang_name)

    def make(cls):
        summ = cls(stemmer)
        summ.stop_words = stop

        def run(sentences: list[str], n: int = 3) -> list[str]:
            doc = ObjectDocumentModel([Paragraph([Sentence(s, tok) for s in sentences])])
            return [str(s) for s in summ(doc, n)]

        return run

    return {"LexRank": make(LexRankSummarizer), "TextRank": make(TextRankSummarizer),
            "LSA": make(LsaSummarizer), "Luhn": make(LuhnSummarizer)}
