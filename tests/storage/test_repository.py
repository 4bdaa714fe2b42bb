"""The repository on SQLite and PostgreSQL: dedup, search, caches, threads, events."""
from __future__ import annotations

import threading
from datetime import datetime, timezone

import pytest

from bot.models import ArticleDraft, ArticleRef, Briefing, Figure, Passage, Post, Quote

TEXT_DE = ("Der Stadtrat hat den Bau der neuen Straßenbahnlinie beschlossen. "
           "„Das ist ein guter Tag“, sagte die Bürgermeisterin. Die Kosten liegen bei rund 1,2 Mrd. Euro.")
TEXT_EN = "The harbour board approved a wind terminal. It costs $640m and creates 1,200 jobs."


def draft(text=TEXT_DE, url=None, title="Straßenbahn kommt", **kw):
    return ArticleDraft(text=text, source="url" if url else "paste", url=url, title=title, **kw)


def test_add_and_get_article_roundtrip(repo):
    published = datetime(2026, 5, 1, 8, 30, tzinfo=timezone.utc)
    got = repo.add_article(draft(url="https://example.org/a", author="Jana Albers",
                                 published_at=published), content_hash="h1", language="de")
    assert got.created
    a = repo.get_article(got.article.id)
    assert a.text == TEXT_DE and a.title == "Straßenbahn kommt" and a.language == "de"
    assert a.author == "Jana Albers"
    assert a.published_at == published and a.published_at.tzinfo is not None
    assert a.fetched_at.tzinfo is not None
    assert abs((datetime.now(timezone.utc) - a.fetched_at).total_seconds()) < 60


def test_same_url_or_same_text_returns_existing(repo):
    first = repo.add_article(draft(url="https://example.org/a"), content_hash="h1", language="de")
    by_url = repo.add_article(draft(text=TEXT_EN, url="https://example.org/a"),
                              content_hash="h2", language="en")
    by_hash = repo.add_article(draft(url="https://other.example/b"), content_hash="h1",
                               language="de")
    assert not by_url.created and by_url.article.id == first.article.id
    assert not by_hash.created and by_hash.article.id == first.article.id
    assert repo.count_articles() == 1


def test_concurrent_ingests_of_one_url_store_one_row(repo):
    results, errors = [], []
    barrier = threading.Barrier(5)

    def ingest():
        try:
            barrier.wait()
            results.append(repo.add_article(draft(url="https://example.org/race"),
                                            content_hash="race", language="de"))
        except Exception as exc:  # pragma: no cover - shown in the assert
            errors.append(exc)

    threads = [threading.Thread(target=ingest) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert repo.count_articles() == 1
    assert len({r.article.id for r in results}) == 1
    assert sum(r.created for r in results) == 1


def test_search_finds_words_in_title_and_text_with_umlauts(repo):
    de = repo.add_article(draft(), content_hash="h1", language="de").article
    en = repo.add_article(draft(text=TEXT_EN, title="Wind terminal"), content_hash="h2",
                          language="en").article
    assert [r.id for r in repo.search_articles("Straßenbahn")] == [de.id]
    assert [r.id for r in repo.search_articles("Bürgermeisterin")] == [de.id]
    assert [r.id for r in repo.search_articles("wind terminal")] == [en.id]
    assert [r.id for r in repo.search_articles("harb")] == [en.id]  # prefix match
    assert repo.search_articles("nothing-like-this-anywhere") == []
    # user input is never query syntax
    assert repo.search_articles('" OR * NEAR( ) AND -') == []
    assert repo.search_articles("") == []


def test_list_articles_newest_first(repo):
    ids = [repo.add_article(draft(text=f"{TEXT_EN} Number {i}."), content_hash=f"h{i}",
                            language="en").article.id for i in range(3)]
    assert [r.id for r in repo.list_articles()] == ids[::-1]
    assert [r.id for r in repo.list_articles(limit=1, offset=1)] == [ids[1]]


def test_briefing_cache_per_engine_is_lossless(repo):
    a = repo.add_article(draft(), content_hash="h1", language="de").article
    b = Briefing(ArticleRef(a.id, "T", None, "de", 20), (Passage("Der Stadtrat", 0),),
                 (Quote("Das ist ein guter Tag", 70, "Bürgermeisterin", "sagte", 1.0),),
                 (Figure("rund 1,2 Mrd. Euro", 140, 1.2e9, "EUR", "Kosten", True, 0.5),),
                 "offline")
    repo.save_briefing(a.id, b)
    repo.save_briefing(a.id, b)  # a concurrent duplicate is harmless
    assert repo.get_briefing(a.id, "offline") == b
    assert repo.get_briefing(a.id, "llm:gpt") is None


def test_posts_map_threads_to_articles(repo):
    a = repo.add_article(draft(), content_hash="h1", language="de").article
    repo.link_channel_article("slack:C1", a.id, "U1")
    repo.link_channel_article("slack:C1", a.id, "U2")  # idempotent
    repo.save_post(Post("slack:C1", "1700000000.0001", "1700000000.0001", a.id, "offline"))
    post = repo.find_post("slack:C1", "1700000000.0001")
    assert post.article_id == a.id and post.created_at.tzinfo is not None
    assert repo.find_post("slack:C2", "1700000000.0001") is None


def test_event_claimed_exactly_once_and_released_for_retry(repo):
    assert repo.claim_event("slack", "Ev1")
    assert not repo.claim_event("slack", "Ev1")
    assert repo.claim_event("discord", "Ev1")
    repo.release_event("slack", "Ev1")
    assert repo.claim_event("slack", "Ev1")


def _execute(repo, sql: str) -> list[tuple]:
    """Run SQL in a write transaction on the repository's own connections (where its
    pragmas, e.g. foreign_keys, are in force) and return the rows."""
    if hasattr(repo, "engine"):
        with repo.engine.begin() as conn:
            result = conn.exec_driver_sql(sql)
            return [tuple(r) for r in result] if result.returns_rows else []
    with repo.transaction() as conn:
        return [tuple(r) for r in conn.execute(sql)]


def test_deleting_an_article_cascades(repo):
    a = repo.add_article(draft(), content_hash="h1", language="de").article
    b = Briefing(ArticleRef(a.id, "T", None, "de", 20), (), (), (), "offline")
    repo.save_briefing(a.id, b)
    repo.save_post(Post("slack:C1", "m", "t", a.id, "offline"))
    repo.link_channel_article("slack:C1", a.id, "U1")
    _execute(repo, f"DELETE FROM articles WHERE id = {a.id}")
    for table in ("briefings", "posts", "channel_articles"):
        assert _execute(repo, f"SELECT count(*) FROM {table}") == [(0,)], table
    assert repo.search_articles("Straßenbahn") == []
