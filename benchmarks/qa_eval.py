"""Follow-up questions: does the answer carry the answer?

    python -m benchmarks.qa_eval --data ../shared/eval

XSum human-evaluation sample (en_xsum_samples/xsum_human_eval_50.jsonl): 50 BBC articles,
100 questions with short answers ("Who was defeated in the game? [eastleigh]"). A question
counts as answered at k when every content word of the gold answer occurs in the first k
passages returned (case-insensitive). Systems, all on our sentence splitter:

  ours          bot.engine.answer_question (BM25 on stems + question types)
  BM25 (rank_bm25)  Okapi BM25 over lower-cased word tokens, the library's defaults
  lead          the first k sentences, whatever the question

The questions were written from the one-sentence reference summary, so some answers are
worded differently in the article; no system can find those, and the table says how many
gold answers occur verbatim in the article at all.
"""
from __future__ import annotations

import argparse
import re
import time
from pathlib import Path
from statistics import median

from bot.engine import answer_question
from bot.engine.sentences import split_sentences

from .data import read_jsonl

_WORD = re.compile(r"\w+")
_STOP = frozenset("the a an of in on at to and for by with".split())


def _words(s: str) -> list[str]:
    return [w for w in _WORD.findall(s.lower()) if w not in _STOP]


def load(data: Path) -> list[dict]:
    out = []
    for d in read_jsonl(data / "en_xsum_samples" / "xsum_human_eval_50.jsonl"):
        for line in d["qa_pairs"].splitlines():
            m = re.match(r"\s*(.+?)\s*\[(.+)\]\s*$", line)
            if m:
                out.append({"id": d["id"], "text": d["text_tokenized"], "question": m.group(1),
                            "answer": m.group(2)})
    return out


def _hit(passages: list[str], answer: str) -> bool:
    have = set(_words(" ".join(passages)))
    need = _words(answer)
    return bool(need) and all(w in have for w in need)


def ours(text: str, question: str, k: int) -> list[str]:
    return [p.text for p in answer_question(text, question, k=k)]


def _bm25_system():
    from rank_bm25 import BM25Okapi

    cache: dict[str, tuple] = {}

    def run(text: str, question: str, k: int) -> list[str]:
        if text not in cache:
            sents = [text[s.start:s.end] for s in split_sentences(text, "en")]
            cache[text] = (sents, BM25Okapi([_WORD.findall(s.lower()) or ["_"] for s in sents]))
        sents, bm = cache[text]
        scores = bm.get_scores(_WORD.findall(question.lower()))
        order = sorted(range(len(sents)), key=lambda i: (-scores[i], i))
        return [sents[i] for i in order[:k]]
    return run


def lead(text: str, question: str, k: int) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text, "en")[:k]]


def evaluate(data: Path) -> dict:
    items = load(data)
    systems = {"ours": ours, "BM25 (rank_bm25)": _bm25_system(), "lead": lead}
    res = {"n": len(items), "answer_in_article": sum(_hit([i["text"]], i["answer"]) for i in items)}
    for name, fn in systems.items():
        top1 = top3 = empty = 0
        times = []
        for i in items:
            t0 = time.perf_counter()
            three = fn(i["text"], i["question"], 3)
            times.append(time.perf_counter() - t0)
            top1 += _hit(three[:1], i["answer"])  # every system returns its best passage first
            top3 += _hit(three, i["answer"])
            empty += not three
        res[name] = {"top1": top1, "top3": top3, "ms": 1000 * median(times)}
        if name == "ours":
            res["ours_empty"] = empty
    return res


def format_qa(res: dict) -> list[str]:
    n = res["n"]
    lines = [f"XSum human-eval sample: {n} questions; the gold answer occurs in the article for "
             f"{res['answer_in_article']} of them.", "",
             "| system | answer in the first passage | in the first 3 | ms per question (median) |",
             "|---|---|---|---|"]
    for name, row in res.items():
        if isinstance(row, dict):
            lines.append(f"| {name} | {row['top1']} ({100 * row['top1'] / n:.0f} %) | "
                         f"{row['top3']} ({100 * row['top3'] / n:.0f} %) | {row['ms']:.2f} |")
    return lines + ["", f"Ours returns only sentences that share a word with the question (none for "
                    f"{res['ours_empty']} of the {n} here), the others always return k sentences. Our time includes sentence "
                    "splitting and language detection; BM25 reuses its index for an article's second "
                    "question; lead is a slice.", ""]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.qa_eval", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("../shared/eval"))
    args = ap.parse_args(argv)
    print("\n".join(format_qa(evaluate(args.data))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
