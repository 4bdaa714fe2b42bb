"""Five users brief the same article (URL variants) at once: one row, with every
repository; and processes on one SQLite file, on sqlite3 and SQLAlchemy at once."""
from __future__ import annotations

import multiprocessing
import threading

from bot.config import Settings
from bot.models import ArticleDraft, Source
from tests.conftest import SAMPLES, migrate
from tests.e2e.conftest import http_server  # noqa: F401 - fixture


def test_five_concurrent_ingests_of_url_variants_store_one_row(repo, http_server):  # noqa: F811
    from adapters.wiring import build_engine, fetch_policy
    from bot.ingest.ingestor import Ingestor
    from bot.service import BriefingService

    body = SAMPLES.joinpath("strassenbahn-de.txt").read_bytes()
    server = http_server(body=body, content_type="text/plain; charset=utf-8")
    settings = Settings(_env_file=None, BRIEFBOT_ALLOW_PRIVATE_URLS=True)
    service = BriefingService(repo, Ingestor(policy=fetch_policy(settings)),
                              build_engine(settings)[0])
    variants = [server.url, server.url + "#oben", server.url + "?utm_source=newsletter",
                server.url + "?fbclid=abc&utm_medium=x", server.url.upper().replace("/ARTIKEL", "/artikel")]
    results, errors = [], []
    barrier = threading.Barrier(len(variants))

    def ingest(url):
        try:
            barrier.wait()
            results.append(service.ingest(Source(url=url)))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=ingest, args=(u,)) for u in variants]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert repo.count_articles() == 1
    assert len({r.article.id for r in results}) == 1
    assert sum(r.created for r in results) == 1
    assert "utm" not in results[0].article.url and "#" not in results[0].article.url


def _add_in_process(kind: str, url: str, barrier, out) -> None:
    """One process: open the file with one repository kind and add the shared article."""
    if kind == "sqlite3":
        from storage.sqlite_repository import SqliteRepository
        from storage.sqlite_file import file_path

        repo = SqliteRepository(file_path(url))
        close = repo.close
    else:
        from storage.database import create_db_engine
        from storage.repository import SqlRepository

        engine = create_db_engine(url)
        repo, close = SqlRepository(engine), engine.dispose
    text = SAMPLES.joinpath("harbour-en.txt").read_text(encoding="utf-8")
    try:
        barrier.wait(30)
        got = repo.add_article(ArticleDraft(text=text, source="url", url="https://example.org/race"),
                               content_hash="race", language="en")
        out.put((got.article.id, got.created))
    except Exception as exc:  # pragma: no cover - shown in the assert
        out.put(repr(exc))
    finally:
        close()


def test_processes_on_both_repositories_store_one_row(tmp_path):
    from storage.sqlite_repository import SqliteRepository

    url = f"sqlite:///{tmp_path / 'briefbot.db'}"
    migrate(url)
    ctx = multiprocessing.get_context("spawn")  # a clean interpreter, as separate CLI runs
    kinds = ["sqlite3", "sqlalchemy"] * 3
    barrier, out = ctx.Barrier(len(kinds)), ctx.Queue()
    procs = [ctx.Process(target=_add_in_process, args=(k, url, barrier, out)) for k in kinds]
    for p in procs:
        p.start()
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(30)
    assert all(isinstance(r, tuple) for r in results), results
    assert len({article_id for article_id, _ in results}) == 1
    assert sum(created for _, created in results) == 1
    repo = SqliteRepository(str(tmp_path / "briefbot.db"))
    try:
        assert repo.count_articles() == 1
    finally:
        repo.close()
