"""Loading the public evaluation sets in ../shared/eval and their dev/test splits."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterator


def read_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


_HEADING = re.compile(r"^=+ .*$", re.MULTILINE)


def summary_sets(data: Path, split: str) -> dict[str, tuple[str, list[dict]]]:
    """name -> (language, docs with text/reference/title) for the requested split.

    Splits follow ../shared/eval/README.md: BBC dev = first 100 ids per category,
    CNN/DM dev = SummEval and test = REALSumm, Klexikon dev = first 100, 20 Minuten
    has only a test split (10 docs)."""
    out: dict[str, tuple[str, list[dict]]] = {}
    bbc = list(read_jsonl(data / "en_bbc_news_summary" / "bbc_news_summary.jsonl"))
    is_dev = lambda d: int(d["id"].rsplit("-", 1)[1]) <= 100  # noqa: E731
    bbc_docs = [
        {"id": d["id"], "text": d["text"], "title": d["title"], "reference": d["reference_spaced"]}
        for d in bbc if is_dev(d) == (split == "dev")
    ]
    out["BBC"] = ("en", bbc_docs)
    cnn_file = "summeval.jsonl" if split == "dev" else "realsumm.jsonl"
    cnn = [{"id": d["id"], "text": d["text"], "title": None, "reference": d["reference"]}
           for d in read_jsonl(data / "en_cnndm_newsroom_humaneval" / cnn_file)]
    out["SummEval" if split == "dev" else "REALSumm"] = ("en", cnn)
    if split == "test":
        mins = [{"id": d["id"], "text": d["text"], "title": d.get("title"), "reference": d["reference"]}
                for d in read_jsonl(data / "de_20minuten_examples" / "20minuten_examples.jsonl")]
        out["20 Minuten"] = ("de", mins)
    kl = list(read_jsonl(data / "de_klexikon_test" / "klexikon_test.jsonl"))
    kl = kl[:100] if split == "dev" else kl[100:]
    out["Klexikon"] = ("de", [
        # section headings are dropped for every system alike (as in BASELINE-RESULTS.md)
        {"id": d["id"], "text": _HEADING.sub("", d["text"]), "title": d["title"], "reference": d["reference"]}
        for d in kl
    ])
    return out
