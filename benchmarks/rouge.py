"""ROUGE-1/2/Lsum F1 with rouge-score: Porter stemmer for English, a Unicode word
tokenizer without stemming for German (rouge-score's default tokenizer drops umlauts)."""
from __future__ import annotations

import re

from rouge_score import rouge_scorer

_WORD = re.compile(r"\w+")


class UnicodeTokenizer:
    def tokenize(self, text: str) -> list[str]:
        return _WORD.findall(text.lower())


def scorer(language: str) -> rouge_scorer.RougeScorer:
    kinds = ["rouge1", "rouge2", "rougeLsum"]
    if language == "en":
        return rouge_scorer.RougeScorer(kinds, use_stemmer=True)
    return rouge_scorer.RougeScorer(kinds, use_stemmer=False, tokenizer=UnicodeTokenizer())


def rouge(sc: rouge_scorer.RougeScorer, reference_sentences: list[str] | str,
          summary_sentences: list[str]) -> tuple[float, float, float]:
    ref = reference_sentences if isinstance(reference_sentences, str) else "\n".join(reference_sentences)
    s = sc.score(ref, "\n".join(summary_sentences))
    return (s["rouge1"].fmeasure, s["rouge2"].fmeasure, s["rougeLsum"].fmeasure)
