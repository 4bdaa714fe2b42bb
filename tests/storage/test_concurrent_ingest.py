"""Five users brief the same article (URL variants) at once: one row, on both databases."""
from __future__ import annotations

import threading

from bot.config import Settings
from bot.models import Source
from tests.conftest import SAMPLES
from tests.e2e.conftest import http_server  # noqa: F401 - fixture


def test_five_concurrent_ingests_of_url_variants_store_one_row(database_url, http_server):  # noqa: F811
    from adapters.wiring import build_app

    body = SAMPLES.joinpath("strassenbahn-de.txt").read_bytes()
    server = http_server(body=body, content_type="text/plain; charset=utf-8")
    app = build_app(Settings(BRIEFBOT_DATABASE_URL=database_url,
                             BRIEFBOT_ALLOW_PRIVATE_URLS=True))
    variants = [server.url, server.url + "#oben", server.url + "?utm_source=newsletter",
                server.url + "?fbclid=abc&utm_medium=x", server.url.upper().replace("/ARTIKEL", "/artikel")]
    results, errors = [], []
    barrier = threading.Barrier(len(variants))

    def ingest(url):
        try:
            barrier.wait()
            results.append(app.service.ingest(Source(url=url)))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=ingest, args=(u,)) for u in variants]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert not errors, errors
        assert app.service.repo.count_articles() == 1
        assert len({r.article.id for r in results}) == 1
        assert sum(r.created for r in results) == 1
        assert "utm" not in results[0].article.url and "#" not in results[0].article.url
    finally:
        app.close()
