"""Train the speaker re-ranker (bot/engine/rerank.py) on Wikinews TRAIN only.

    python -m benchmarks.train_ranker --data ../shared/eval [--write]

Examples: every candidate of every found gold quote in train (direct quotes with a
named source, indirect ones put in „…“ as in quotes_eval._load_indirect, and the
even half of the pronoun referents; the odd half stays an unread check). Label: the
candidate is a right speaker by quotes_eval._speaker_ok. A conditional logit (numpy,
offline only) scores candidates; the minimum score for a quote the rules leave without
speaker and the override margin are chosen by 5-fold cross-validation over articles of
train (all quotes of an article, and its indirect and pronoun instances, in one fold).
A margin is taken only if the held-out quotes it fixes outnumber those it breaks by a
one-sided sign test (p < 0.05); else named rule answers are never overridden. Then the
model is refit on all of train. --write rewrites rankweights.py.
"""
from __future__ import annotations

import argparse
import math
import random
from pathlib import Path

import numpy as np

from bot.engine import rerank

from .quotes_eval import _Links, _load, _load_indirect, _load_pronouns, _speaker_ok, _toks, ours_predict, token_f1

WEIGHTS_PY = Path(__file__).resolve().parent.parent / "bot" / "engine" / "rankweights.py"


def groups_of(docs: list[dict], pronoun_gold: bool = False, doc_ids: list | None = None
              ) -> list[list[tuple[list[float], bool, bool]]]:
    """Per found gold quote: [(features, label, is rule answer)] of its candidates.
    pronoun_gold: judge by the annotated referent (else only named golds count, as in _score).
    doc_ids: if a list, gets the index of each group's document (for document-level folds)."""
    out = []
    for di, d in enumerate(docs):
        text = d["text"]
        rerank.RECORD = []
        preds = ours_predict(text)
        rec = {s: (rows, rule) for s, _, rows, rule in rerank.RECORD}
        rerank.RECORD = None
        links = _Links(text)
        for g in d["gold"]:
            golds, lk = (g["pronoun"], None) if pronoun_gold else (g["speakers"], links)
            if not golds:
                continue
            over = [i for i, (s, e, _) in enumerate(preds) if any(s < ge and gs < e for gs, ge in g["spans"])]
            gtext = " ".join(text[s:e] for s, e in g["spans"])
            ptext = " ".join(text[preds[i][0]:preds[i][1]] for i in over)
            if not over or token_f1(_toks(ptext), _toks(gtext)) < 0.8 or preds[over[0]][0] not in rec:
                continue
            rows, _ = rec[preds[over[0]][0]]
            if not rows:
                continue  # no candidate at all: wrong under rules and ranker alike
            out.append([([r[k] for k in rerank.FEATURES], any(_speaker_ok(r["_name"], s, lk) for s in golds),
                         bool(r["rule"])) for r in rows])
            if doc_ids is not None:
                doc_ids.append(di)
    return out


def fit(groups, l2: float = 1.0, steps: int = 2000, lr: float = 0.5) -> np.ndarray:
    """Conditional logit: a softmax over each quote's candidates, the right ones as target
    (the choice among candidates is what is learned, not each one's absolute odds)."""
    groups = [g for g in groups if any(lab for _, lab, _ in g)]
    X = np.array([f for g in groups for f, _, _ in g], dtype=float)
    y = np.array([lab for g in groups for _, lab, _ in g], dtype=float)
    gid = np.repeat(np.arange(len(groups)), [len(g) for g in groups])
    w = np.zeros(X.shape[1])
    for _ in range(steps):
        s = X @ w
        e = np.exp(s - s.max())
        z = np.bincount(gid, e)[gid]
        p = e / z  # model probability per candidate
        zy = np.bincount(gid, e * y)[gid]
        q = e * y / zy  # target: the right candidates, in proportion to the model
        grad = X.T @ (p - q) / len(groups) + l2 * w / len(groups)
        w -= lr * grad
    return w


def accuracy(groups, w, margin: float, new_min: float) -> float:
    ok = 0
    for g in groups:
        scores = [float(np.dot(w, f)) for f, _, _ in g]
        best = max(range(len(g)), key=scores.__getitem__)
        rule = next((i for i, (_, _, r) in enumerate(g) if r), None)
        if rule is None:
            pick = best if scores[best] > new_min else None
        else:
            pick = best if best != rule and scores[best] - scores[rule] > margin else rule
        ok += pick is not None and g[pick][1]
    return ok / max(1, len(groups))


def changes(groups, margin: float, new_min: float) -> tuple[int, int]:
    """Quotes with a named rule answer that overriding at `margin` makes right / wrong
    (groups hold held-out scores as one-element feature lists)."""
    fixed = broken = 0
    for g in groups:
        rule = next((i for i, (_, _, r) in enumerate(g) if r), None)
        if rule is None:
            continue
        scores = [f[0] for f, _, _ in g]
        best = max(range(len(g)), key=scores.__getitem__)
        if best != rule and scores[best] - scores[rule] > margin and g[best][1] != g[rule][1]:
            fixed += g[best][1]
            broken += g[rule][1]
    return fixed, broken


def sign_test(fixed: int, broken: int) -> float:
    """One-sided p of at least `fixed` successes in fixed + broken fair coin flips."""
    n = fixed + broken
    return sum(math.comb(n, k) for k in range(fixed, n + 1)) / 2 ** n if n else 1.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    sets = {"direct": _load(args.data, "wikinews-train"), "indirect": _load_indirect(args.data, "train"),
            "pronouns-even": _load_pronouns(args.data, 0)}
    docs_of: dict[str, list] = {k: [] for k in sets}
    groups: dict[str, list] = {k: groups_of(v, k.startswith("pronoun"), docs_of[k]) for k, v in sets.items()}
    for k, gs in groups.items():
        print(k, len(sets[k]), "docs", len(gs), "quotes; oracle", sum(any(l for _, l, _ in g) for g in gs) / len(gs))
    # 5-fold cross-validation over documents of train: all quotes of an article in one fold
    # (the indirect set holds sentences of the same articles as the direct one: fold by text)
    def fold_of(k: str, di: int) -> int:
        return random.Random(sets[k][di]["text"][:200]).randrange(5)
    tagged = [(k, fold_of(k, di), g) for k, gs in groups.items() for g, di in zip(gs, docs_of[k])]
    held: list[tuple[str, list]] = []  # each quote scored by the model not trained on its fold
    for fold in range(5):
        w = fit([g for _, f, g in tagged if f != fold])
        held += [(k, [(list(np.dot(w, f) * np.ones(1)), lab, r) for f, lab, r in g])
                 for k, f2, g in tagged if f2 == fold]
    one = np.ones(1)
    every = [g for _, g in held]
    # first the fill-in threshold (quotes without a named rule answer), rules never overridden
    new_min = max((-2.0, -1.0, 0.0, 1.0, 2.0, 1e9), key=lambda n: (accuracy(every, one, 1e9, n), n))
    # then overrides: a margin is taken only if, over the held-out quotes, the quotes it fixes
    # outnumber those it breaks beyond chance (one-sided sign test, p < 0.05); a gain of a
    # quote or two among ~1,400 is what picking the best of a dozen margins gives by itself
    best = (1e9, new_min)
    best_gain = 0
    for m in (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0):
        fixed, broken = changes(every, m, new_min)
        p = sign_test(fixed, broken)
        print(f"cv margin {m:4}: fixes {fixed:3}, breaks {broken:3} (p {p:.3f}) ",
              " ".join(f"{k} {accuracy([g for kk, g in held if kk == k], one, m, new_min):.3f}" for k in groups))
        if p < 0.05 and fixed - broken > best_gain:
            best, best_gain = (m, new_min), fixed - broken
    for k in groups:
        v = [g for kk, g in held if kk == k]
        print(f"cv {k:14} n={len(v):4}  rules {accuracy(v, one, 1e9, 1e9):.3f}  ranker {accuracy(v, one, *best):.3f}")
    print("margin, new_min:", best)
    w = fit([g for gs in groups.values() for g in gs])
    for k, gs in groups.items():
        print(f"all {k:14} n={len(gs):4}  rules {accuracy(gs, w, 1e9, 1e9):.3f}  ranker {accuracy(gs, w, *best):.3f}")
    weights = {k: round(float(x), 4) for k, x in zip(rerank.FEATURES, w)}
    print(weights)
    if args.write:
        body = ",\n".join(f"    {k!r}: {v}" for k, v in weights.items())
        WEIGHTS_PY.write_text(
            '"""Weights of the speaker re-ranker (rerank.py), written by benchmarks/train_ranker.py\n'
            'from Wikinews train only. Regenerate; do not edit by hand."""\n'
            f"WEIGHTS: dict[str, float] = {{\n{body},\n}}\n"
            f"MARGIN = {best[0]!r}  # another candidate must beat the rule answer by this much\n"
            f"NEW_MIN = {best[1]!r}  # score a candidate needs where the rules found no speaker\n")


if __name__ == "__main__":
    main()
