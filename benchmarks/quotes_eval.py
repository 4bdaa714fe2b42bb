"""Quote spans (P/R/F1 at token-F1 >= 0.8) and speaker accuracy.

A gold quotation is found when the union of our quotes overlapping its spans
has token-F1 >= 0.8 with it (so an interrupted quote found as two pieces still
counts once). Our quote is a true positive when it overlaps a found gold quote.
Speaker: lenient, a shared content word between our speaker and the gold
source; when the gold source is a pronoun, the nearest earlier non-pronoun gold
source in the document stands in for it (a coreference proxy, stated in BENCHMARKS.md).
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from bot.engine import brief_text
from bot.engine.quotemarks import find_marked_spans

from .data import read_jsonl

_WORD = re.compile(r"\w+")
_PRONOUNS = {"er", "sie", "es", "he", "she", "they", "it", "i", "ich", "wir", "we", "you",
             "him", "her", "them", "his", "ihr", "man"}
_NOISE = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "the", "a", "an", "of", "von",
          "mr", "mrs", "ms", "dr", "sen", "president"}


def _toks(s: str) -> list[str]:
    return _WORD.findall(s.lower())


def token_f1(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    if not common:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)


def _speaker_ok(ours: str | None, gold: str | None) -> bool:
    if not ours or not gold:
        return False
    a = set(_toks(ours)) - _NOISE
    b = set(_toks(gold)) - _NOISE
    return bool(a & b)


def _load(data: Path, which: str) -> list[dict]:
    """docs with text and gold [{spans, text, speaker}]"""
    docs = []
    if which.startswith("wikinews"):
        name = "wikinews_de_train.jsonl" if which.endswith("train") else "wikinews_de_dev.jsonl"
        for d in read_jsonl(data / "de_wikinews_quote_attribution" / name):
            golds, last_named = [], None
            for q in sorted(d["quotes"], key=lambda q: q["message_spans"][0][0] if q["message_spans"] else 0):
                sp = q.get("speaker")
                if sp and not (set(_toks(sp)) <= _PRONOUNS):
                    last_named = sp
                resolved = last_named if sp and set(_toks(sp)) <= _PRONOUNS else sp
                if q["form"] == "Direct" and q["message_spans"]:
                    golds.append({"spans": q["message_spans"], "speaker": resolved})
            docs.append({"text": d["text"], "gold": golds})
    else:
        name = "polnear_dev.jsonl" if which.endswith("dev") else "polnear_test.jsonl"
        for d in read_jsonl(data / "en_polnear_attribution" / name):
            golds, last_named = [], None
            for a in sorted(d["attributions"], key=lambda a: a["content_spans"][0][0] if a["content_spans"] else 0):
                sp = a.get("source")
                if sp and not (set(_toks(sp)) <= _PRONOUNS):
                    last_named = sp
                resolved = last_named if sp and set(_toks(sp)) <= _PRONOUNS else sp
                if a["content_starts_with_quote_mark"] and a["content_spans"]:
                    golds.append({"spans": a["content_spans"], "speaker": resolved})
            docs.append({"text": d["text"], "gold": golds})
    return docs


def _score(docs: list[dict], predict) -> dict:
    n_gold = n_pred = tp_pred = found = spk_ok = spk_n = 0
    misses: list[str] = []
    for d in docs:
        text = d["text"]
        preds = predict(text)  # list of (start, end, speaker)
        n_pred += len(preds)
        n_gold += len(d["gold"])
        hit_preds: set[int] = set()
        for g in d["gold"]:
            gtext = " ".join(text[s:e] for s, e in g["spans"])
            over = [i for i, (s, e, _) in enumerate(preds)
                    if any(s < ge and gs < e for gs, ge in g["spans"])]
            ptext = " ".join(text[preds[i][0]:preds[i][1]] for i in over)
            if over and token_f1(_toks(ptext), _toks(gtext)) >= 0.8:
                found += 1
                hit_preds.update(over)
                if g["speaker"]:  # gold without an annotated source cannot judge ours
                    spk_n += 1
                    spk_ok += _speaker_ok(preds[over[0]][2], g["speaker"])
            elif len(misses) < 8:
                misses.append(gtext[:90])
        tp_pred += len(hit_preds)
    p = tp_pred / n_pred if n_pred else 0.0
    r = found / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"gold": n_gold, "pred": n_pred, "p": 100 * p, "r": 100 * r, "f1": 100 * f,
            "speaker": 100 * spk_ok / spk_n if spk_n else 0.0, "speaker_n": spk_n, "misses": misses}


def ours_predict(text: str):
    return [(q.start, q.start + len(q.text), q.speaker) for q in brief_text(text).quotes]


def regex_predict(min_words: int):
    def run(text: str):
        out = []
        for s in find_marked_spans(text):
            if s.closed and len(_toks(text[s.start:s.end])) >= min_words:
                out.append((s.start, s.end, None))
        return out
    return run


def evaluate(data: Path, limit: int | None = None, split: str = "test") -> dict[str, dict]:
    """Wikinews: report on dev (tuned on train); PolNeAR: report on test (tuned on dev).
    split="dev" gives the tuning sets instead."""
    res = {}
    sets = (("wikinews", "Wikinews de dev (direct)"), ("polnear", "PolNeAR en test (direct)"))
    if split == "dev":
        sets = (("wikinews-train", "Wikinews de train (direct)"), ("polnear-dev", "PolNeAR en dev (direct)"))
    for which, label in sets:
        docs = _load(data, which)[:limit]
        res[label] = {
            "ours": _score(docs, ours_predict),
            "quote-mark regex, all": _score(docs, regex_predict(1)),
            "quote-mark regex, >= 4 words": _score(docs, regex_predict(4)),
        }
    return res


def format_quotes(res: dict[str, dict]) -> list[str]:
    lines = ["| data | system | gold | pred | P | R | F1 | speaker |", "|---|---|---|---|---|---|---|---|"]
    for label, systems in res.items():
        for k, v in systems.items():
            spk = f"{v['speaker']:.1f}" if k == "ours" else "-"
            lines.append(f"| {label} | {k} | {v['gold']} | {v['pred']} | {v['p']:.1f} | {v['r']:.1f} | "
                         f"{v['f1']:.1f} | {spk} |")
    return lines + [""]
