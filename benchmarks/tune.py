"""Grid search of summary weights on the DEV splits only (SummEval, BBC dev, Klexikon dev).

    python -m benchmarks.tune --data ../shared/eval

Prints, per setting, ROUGE of ours minus Lead-3 on SummEval (3 sentences) and
ROUGE-1 at a fixed word budget on BBC dev and Klexikon dev (long references).
"""
from __future__ import annotations

import argparse
import itertools
from dataclasses import replace
from pathlib import Path
from statistics import mean

from bot.engine.summary import BUDGET_WEIGHTS, DEFAULT_WEIGHTS

from .data import summary_sets
from .rouge import rouge, scorer
from .systems import lead, ours, sentences_of


def score(sets, weights) -> dict[str, float]:
    out = {}
    lang, docs = sets["SummEval"]
    sc = scorer(lang)
    diff = []
    for d in docs:
        mine = rouge(sc, d["reference"], ours(d["text"], lang, d["title"], weights=weights))
        base = rouge(sc, d["reference"], lead(sentences_of(d["text"], lang)))
        diff.append([100 * (a - b) for a, b in zip(mine, base)])
    out["SummEval d(R1,R2,RL)"] = tuple(round(mean(x[i] for x in diff), 2) for i in range(3))
    for name, budget in (("BBC", 80), ("Klexikon", 100)):
        lang, docs = sets[name]
        sc = scorer(lang)
        out[f"{name} R1@{budget}w"] = round(100 * mean(
            rouge(sc, d["reference"], ours(d["text"], lang, d["title"], max_words=budget, weights=weights))[0]
            for d in docs), 2)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/eval"))
    args = ap.parse_args()
    sets = summary_sets(args.data, "dev")
    lang, bbc = sets["BBC"]
    sets["BBC"] = (lang, bbc[::3])
    grid = {
        "position_decay": [0.4, 0.6, 0.9],
        "centrality": [0.3, 0.6, 1.0],
        "title": [0.3, 0.6, 1.0],
    }
    print("defaults:", score(sets, None), flush=True)
    for base in (DEFAULT_WEIGHTS, BUDGET_WEIGHTS):
        for values in itertools.product(*grid.values()):
            w = replace(base, **dict(zip(grid, values)))
            print(dict(zip(grid, values)), score(sets, w), flush=True)


if __name__ == "__main__":
    main()
