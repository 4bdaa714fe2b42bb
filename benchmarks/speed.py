"""Speed: median milliseconds per 1,000 words for the whole briefing (summary,
quotes, figures) vs sumy LexRank alone, on the same articles, in the same run."""
from __future__ import annotations

import time
from statistics import median

from bot.engine import brief_text

from .systems import sentences_of, sumy_systems


def _best_of(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def measure(articles: list[tuple[str, str]], repeat: int = 5) -> dict:
    """articles: (language, text). Per article the fastest of `repeat` runs (timer noise
    only adds), then the median over articles of ms per 1,000 words."""
    lex = {lang: sumy_systems(lang)["LexRank"] for lang in {a for a, _ in articles}}
    ours, theirs, words = [], [], []
    for lang, text in articles:
        n = max(1, len(text.split()))
        words.append(n)
        ours.append(1000 * _best_of(lambda: brief_text(text), repeat) * 1000 / n)
        sents = sentences_of(text, lang)
        theirs.append(1000 * _best_of(lambda: lex[lang](sents, 3), max(1, repeat // 2)) * 1000 / n)
    return {"n": len(articles), "median_words": median(words),
            "ours_ms_per_1k": median(ours), "lexrank_ms_per_1k": median(theirs)}


def scaling(text: str, target_words: int = 100_000) -> dict:
    """Time one briefing of `text` and of `text` repeated to ~target_words words."""
    n = max(1, len(text.split()))
    big = ("\n\n".join([text] * max(1, target_words // n)))
    t_small = _best_of(lambda: brief_text(text), 3)
    t0 = time.perf_counter()
    brief_text(big)
    t_big = time.perf_counter() - t0
    nb = len(big.split())
    return {"small_words": n, "big_words": nb, "small_ms_per_1k": 1000 * t_small * 1000 / n,
            "big_ms_per_1k": 1000 * t_big * 1000 / nb, "big_seconds": t_big}
