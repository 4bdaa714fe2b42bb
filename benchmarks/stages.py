"""Per-stage speed: median ms per 1,000 words of each step of `brief_text`, on the
speed benchmark's articles (for finding where the time goes).

    python -m benchmarks.stages --data ../shared/eval [--repeat 5] [--limit 200]
"""
from __future__ import annotations

import argparse
from pathlib import Path
from statistics import median

from bot.engine import brief_text
from bot.engine.boilerplate import title_from_text
from bot.engine.figures import find_figures
from bot.engine.language import detect_language
from bot.engine.quotes import find_quotes
from bot.engine.sentences import split_sentences
from bot.engine.summary import summarize

from .speed import _best_of as _best


def stages(articles: list[tuple[str, str]], repeat: int = 5) -> dict[str, float]:
    per: dict[str, list[float]] = {}
    for _lang, text in articles:
        k = 1e6 / max(1, len(text.split()))
        lang = detect_language(text)
        title = title_from_text(text)
        sents = split_sentences(text, lang)
        steps = {
            "language": lambda: detect_language(text),
            "title": lambda: title_from_text(text),
            "sentences": lambda: split_sentences(text, lang),
            "summary": lambda: summarize(text, sents, title=title, n=3),
            "quotes": lambda: find_quotes(text, sents),
            "figures": lambda: find_figures(text, lang),
            "whole": lambda: brief_text(text),
        }
        for name, fn in steps.items():
            per.setdefault(name, []).append(_best(fn, repeat) * k)
    return {name: median(v) for name, v in per.items()}


def main(argv: list[str] | None = None) -> int:
    from .run import _speed_articles

    ap = argparse.ArgumentParser(prog="python -m benchmarks.stages")
    ap.add_argument("--data", type=Path, default=Path("../shared/eval"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--limit", type=int, default=200)
    args = ap.parse_args(argv)
    res = stages(_speed_articles(args.data, args.limit), args.repeat)
    mine = res["language"] + res["title"] + res["sentences"] + res["summary"]
    for name, v in res.items():
        print(f"{name:10s} {v:6.3f} ms per 1,000 words (median)")
    print(f"{'ours*':10s} {mine:6.3f} (language+title+sentences+summary, sum of medians)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
