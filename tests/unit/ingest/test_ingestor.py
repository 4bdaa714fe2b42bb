"""Ingestor dispatch end to end (URL path against a loopback server) and import cost."""
from __future__ import annotations

import subprocess
import sys

import pytest

from bot.errors import BadInput, NotAnArticle
from bot.ingest import FetchPolicy, Ingestor, SafeFetcher
from bot.models import Source

from .conftest import send
from .samples import ENGLISH_TEXT, GERMAN_PAGE, GERMAN_PARAGRAPHS, PAYWALL_PAGE


def _ingestor(server) -> Ingestor:
    return Ingestor(SafeFetcher(FetchPolicy(allow_hosts=frozenset({f"127.0.0.1:{server.port}"}))))


def test_url_source(server):
    server.routes["/artikel"] = lambda h: send(h, 302, b"", "text/plain",
                                               {"Location": "/kassel/cafe?utm_source=x#top"})
    server.routes["/kassel/cafe"] = lambda h: send(h, 200, GERMAN_PAGE.encode())
    draft = _ingestor(server).draft(Source(url=server.url("/artikel?fbclid=abc")))
    assert draft.source == "url"
    assert draft.url == f"http://127.0.0.1:{server.port}/kassel/cafe"
    assert GERMAN_PARAGRAPHS[0] in draft.text and draft.language == "de"


def test_plain_text_url(server):
    server.routes["/note.txt"] = lambda h: send(h, 200, ENGLISH_TEXT.encode("cp1252"),
                                                "text/plain; charset=windows-1252")
    draft = _ingestor(server).draft(Source(url=server.url("/note.txt"), title="Ferry"))
    assert draft.text == ENGLISH_TEXT and draft.title == "Ferry" and draft.source == "url"


def test_paywalled_url(server):
    server.routes["/p"] = lambda h: send(h, 200, PAYWALL_PAGE.encode())
    with pytest.raises(NotAnArticle):
        _ingestor(server).draft(Source(url=server.url("/p")))


def test_text_and_data_sources():
    ing = Ingestor(SafeFetcher())
    assert ing.draft(Source(text=ENGLISH_TEXT, origin="stdin")).source == "stdin"
    draft = ing.draft(Source(data=ENGLISH_TEXT.encode("utf-16"), filename="f.txt"))
    assert draft.text == ENGLISH_TEXT and draft.source == "file"
    assert ing.draft(Source(data=ENGLISH_TEXT.encode(), filename="f.txt",
                            origin="slack-file")).source == "slack-file"


@pytest.mark.parametrize("source", [Source(), Source(url="https://a.example/", text="x")])
def test_exactly_one_input(source):
    with pytest.raises(BadInput):
        Ingestor(SafeFetcher()).draft(source)


def test_import_is_cheap_and_lazy():
    code = ("import sys, time; t = time.perf_counter(); import bot.ingest; "
            "d = time.perf_counter() - t; "
            "print(d, [m for m in ('httpx', 'trafilatura', 'pypdf', 'lxml') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split(" ", 1)
    assert out[1].strip() == "[]"
    assert float(out[0]) < 0.3


def test_configured_article_limit_holds_for_pasted_text_and_files():
    from bot.errors import TooLarge
    from bot.ingest import FetchPolicy, Ingestor, SafeFetcher
    from bot.models import Source

    ingestor = Ingestor(SafeFetcher(FetchPolicy(max_bytes=1000)))
    text = "Ein ganz normaler Satz über den Stadtrat und die neue Bahn. " * 30
    with pytest.raises(TooLarge, match="limit is 1,000 bytes"):
        ingestor.draft(Source(text=text))
    with pytest.raises(TooLarge):
        ingestor.draft(Source(data=text.encode(), filename="a.txt"))
    assert ingestor.draft(Source(text=text[:900])).text
