"""Ingest speed: N pasted-text articles stored through the real service on SQLite
(FTS index included), no network. Prints articles per second.

    python -m benchmarks.ingest_speed [--n 1000] [--database URL]
"""
from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

WORDS = ("Stadt Rat Bahn Linie Kosten Euro Prozent Haltestelle Bürger Initiative Lärm Schutz "
         "Planung Bau Beginn Frühjahr Verkehr Fahrgäste Gutachten Nutzen Faktor Opposition "
         "council tram line cost budget vote plan harbour wind terminal jobs").split()


def article(rng: random.Random, i: int, words: int = 600) -> str:
    sentences, n = [], 0
    while n < words:
        k = rng.randint(8, 22)
        sentences.append(" ".join(rng.choice(WORDS) for _ in range(k)).capitalize() + ".")
        n += k
    return f"Meldung Nummer {i}\n\n" + " ".join(sentences)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--n", type=int, default=1000)
    p.add_argument("--database", help="database URL (default: a fresh temporary SQLite file)")
    args = p.parse_args(argv)

    from bot.config import Settings
    from adapters.wiring import build_app
    from bot.models import Source

    with tempfile.TemporaryDirectory() as tmp:
        url = args.database or f"sqlite:///{Path(tmp) / 'bench.db'}"
        app = build_app(Settings(BRIEFBOT_DATABASE_URL=url))
        rng = random.Random(7)
        texts = [article(rng, i) for i in range(args.n)]
        per_article = []
        start = time.perf_counter()
        for text in texts:
            t0 = time.perf_counter()
            app.service.ingest(Source(text=text))
            per_article.append(time.perf_counter() - t0)
        elapsed = time.perf_counter() - start
        stored = app.service.repo.count_articles()
        hits = len(app.service.search("Haltestelle", limit=1000))
        app.close()
    print(f"ingest: {args.n} articles of ~600 words in {elapsed:.2f} s = "
          f"{args.n / elapsed:.0f} articles/s (target >= 200/s); "
          f"median {statistics.median(per_article) * 1000:.2f} ms, "
          f"p99 {sorted(per_article)[int(len(per_article) * 0.99) - 1] * 1000:.2f} ms; "
          f"stored {stored}, search hits {hits}")


if __name__ == "__main__":
    main()
