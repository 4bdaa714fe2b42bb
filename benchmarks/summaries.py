"""ROUGE of our summaries vs Lead-3 and sumy, and length-matched comparisons."""
from __future__ import annotations

from statistics import mean

from .rouge import rouge, scorer
from .systems import lead, ours, sentences_of, sumy_systems

# Long-reference sets where the target compares ROUGE-1 at no greater length.
LENGTH_MATCHED = {"BBC", "Klexikon"}


def _words(sents: list[str]) -> int:
    return sum(len(s.split()) for s in sents)


def evaluate_set(name: str, language: str, docs: list[dict], weights=None,
                 with_sumy: bool = True) -> dict:
    sc = scorer(language)
    systems = {"ours": {"r": [], "w": []}, "Lead-3": {"r": [], "w": []}}
    sumy = sumy_systems(language) if with_sumy else {}
    for k in sumy:
        systems[k] = {"r": [], "w": []}
    matched: dict[str, dict[str, list]] = {}
    for d in docs:
        # ROUGE-Lsum compares sentence by sentence: split references like the outputs
        ref = sentences_of(d["reference"], language)
        sents = sentences_of(d["text"], language)
        outputs = {"ours": ours(d["text"], language, d.get("title"), weights=weights),
                   "Lead-3": lead(sents)}
        for k, fn in sumy.items():
            outputs[k] = fn(sents, 3)
        for k, out in outputs.items():
            systems[k]["r"].append(rouge(sc, ref, out))
            systems[k]["w"].append(_words(out))
        if name in LENGTH_MATCHED:
            # ours with a word budget equal to each baseline's own output for this doc
            for k, out in outputs.items():
                if k == "ours":
                    continue
                budget = _words(out)
                mine = ours(d["text"], language, d.get("title"), max_words=budget, weights=weights)
                m = matched.setdefault(k, {"ours": [], "base": [], "ours_w": [], "base_w": []})
                m["ours"].append(rouge(sc, ref, mine)[0])
                m["base"].append(systems[k]["r"][-1][0])
                m["ours_w"].append(_words(mine))
                m["base_w"].append(budget)
    result = {"n": len(docs), "systems": {}, "matched": {}}
    for k, v in systems.items():
        r = v["r"]
        result["systems"][k] = {
            "r1": 100 * mean(x[0] for x in r), "r2": 100 * mean(x[1] for x in r),
            "rlsum": 100 * mean(x[2] for x in r), "words": mean(v["w"]),
        }
    for k, m in matched.items():
        result["matched"][k] = {"ours_r1": 100 * mean(m["ours"]), "base_r1": 100 * mean(m["base"]),
                                "ours_words": mean(m["ours_w"]), "base_words": mean(m["base_w"])}
    return result


def format_set(name: str, res: dict) -> list[str]:
    lines = [f"### {name} (n={res['n']}) ROUGE-1/2/Lsum F1, avg words", "",
             "| system | R-1 | R-2 | R-Lsum | words | ours/system R-1 | R-2 | R-Lsum |",
             "|---|---|---|---|---|---|---|---|"]
    o = res["systems"]["ours"]
    for k, v in res["systems"].items():
        ratio = lambda a, b: f"{a / b:.2f}" if b else "-"  # noqa: E731
        lines.append(
            f"| {k} | {v['r1']:.1f} | {v['r2']:.1f} | {v['rlsum']:.1f} | {v['words']:.0f} | "
            f"{ratio(o['r1'], v['r1'])} | {ratio(o['r2'], v['r2'])} | {ratio(o['rlsum'], v['rlsum'])} |")
    if res["matched"]:
        lines += ["", "Length-matched (ours gets each baseline's own word count per document as budget):", "",
                  "| baseline | baseline R-1 | ours R-1 | baseline words | ours words | ours better |",
                  "|---|---|---|---|---|---|"]
        for k, m in res["matched"].items():
            better = m["ours_r1"] > m["base_r1"] and m["ours_words"] <= m["base_words"]
            lines.append(f"| {k} | {m['base_r1']:.1f} | {m['ours_r1']:.1f} | {m['base_words']:.0f} | "
                         f"{m['ours_words']:.0f} | {'yes' if better else 'NO'} |")
    return lines + [""]
