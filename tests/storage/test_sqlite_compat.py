"""SqliteRepository (sqlite3) and SqlRepository (SQLAlchemy) on one SQLite file: each
reads what the other wrote, the stored bytes are the same, and URLs name the same file."""
from __future__ import annotations

import os
import re
from datetime import datetime, timedelta, timezone

import pytest

from bot.models import ArticleDraft, ArticleRef, Briefing, Figure, Passage, Post, Quote
from tests.conftest import SAMPLES, migrate

STORED_TIME = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$")  # SQLAlchemy's SQLite DateTime
CEST = timezone(timedelta(hours=2))


@pytest.fixture
def both(tmp_path):
    """{"sqlite3": SqliteRepository, "sqlalchemy": SqlRepository} on one migrated file."""
    from storage.database import create_db_engine
    from storage.repository import SqlRepository
    from storage.sqlite_repository import SqliteRepository

    path = tmp_path / "shared.db"
    migrate(f"sqlite:///{path}")
    engine = create_db_engine(f"sqlite:///{path}")
    lite = SqliteRepository(str(path))
    yield {"sqlite3": lite, "sqlalchemy": SqlRepository(engine)}
    lite.close()
    engine.dispose()


def _raw(repo, sql: str) -> list[tuple]:
    with repo.connection() as conn:
        return [tuple(r) for r in conn.execute(sql)]


def _write_everything(repo) -> dict:
    text = SAMPLES.joinpath("harbour-en.txt").read_text(encoding="utf-8")
    a = repo.add_article(ArticleDraft(
        text=text, source="url", url="https://example.org/harbour", title="Hafen – Windterminal",
        author="Jana Albers", published_at=datetime(2026, 5, 1, 10, 30, 5, 123456, tzinfo=CEST)),
        content_hash="h-harbour", language="en").article
    b = repo.add_article(ArticleDraft(text="Der Stadtrat beschließt die Straßenbahn. Sie kommt 2030.",
                                      source="paste"), content_hash="h-tram", language="de").article
    briefing = Briefing(ArticleRef(a.id, a.title, a.url, "en", 237), (Passage("The harbour board", 0),),
                        (Quote("a „quoted“ café", 12, "Ana", "said", 0.75),),
                        (Figure("$640m", 40, 6.4e8, "USD", "cost", False, 1 / 3),), "offline")
    repo.save_briefing(a.id, briefing)
    repo.link_channel_article("slack:C1", a.id, "U1")
    repo.save_post(Post("slack:C1", "1700000000.0001", "1700000000.0001", a.id, "offline"))
    assert repo.claim_event("slack", "Ev1")
    return {"a": a, "b": b, "briefing": briefing}


@pytest.mark.parametrize("writer,reader", [("sqlite3", "sqlalchemy"), ("sqlalchemy", "sqlite3")])
def test_one_reads_what_the_other_wrote(both, writer, reader):
    w, r = both[writer], both[reader]
    written = _write_everything(w)
    a, b = written["a"], written["b"]
    got = r.get_article(a.id)
    assert got == w.get_article(a.id) == a
    assert got.published_at == datetime(2026, 5, 1, 8, 30, 5, 123456, tzinfo=timezone.utc)
    assert got.published_at.tzinfo == timezone.utc and got.fetched_at.tzinfo == timezone.utc
    assert r.get_article(b.id) == b and b.published_at is None
    assert r.get_briefing(a.id, "offline") == written["briefing"]
    assert r.get_briefing(b.id, "offline") is None
    assert r.find_post("slack:C1", "1700000000.0001") == w.find_post("slack:C1", "1700000000.0001")
    assert r.find_post("slack:C1", "1700000000.0001").created_at.tzinfo == timezone.utc
    assert r.list_articles() == w.list_articles()
    assert r.count_articles() == w.count_articles() == 2
    for query in ("harbour wind", "Straßenbahn", "windterm", "board", "nothing-here"):
        assert r.search_articles(query) == w.search_articles(query), query
    assert r.search_articles("harbour")[0].snippet
    # the dedup rules hold across the two
    again = r.add_article(ArticleDraft(text="other text", source="url", url="https://example.org/harbour"),
                          content_hash="h-other", language="en")
    assert not again.created and again.article == a
    assert not r.claim_event("slack", "Ev1")
    r.release_event("slack", "Ev1")
    assert w.claim_event("slack", "Ev1")


def test_stored_bytes_are_the_same(tmp_path):
    """Both write the same rows, byte for byte, apart from the times of writing (which
    have the same form)."""
    from storage.database import create_db_engine
    from storage.repository import SqlRepository
    from storage.sqlite_repository import SqliteRepository

    dumps = {}
    for kind in ("sqlite3", "sqlalchemy"):
        url = f"sqlite:///{tmp_path / kind}.db"
        migrate(url)
        engine = create_db_engine(url)
        repo = (SqliteRepository(str(tmp_path / f"{kind}.db")) if kind == "sqlite3"
                else SqlRepository(engine))
        _write_everything(repo)
        reader = SqliteRepository(str(tmp_path / f"{kind}.db"))
        dump = {}
        for table in ("articles", "briefings", "channels", "channel_articles", "posts",
                      "processed_events"):
            rows = _raw(reader, f"SELECT * FROM {table} ORDER BY 1")
            names = _raw(reader, f"SELECT name FROM pragma_table_info('{table}')")
            dump[table] = [{n: (v if n not in ("fetched_at", "created_at") else
                                bool(STORED_TIME.match(v))) for (n,), v in zip(names, row)}
                           for row in rows]
            dump[table + " types"] = _raw(reader, f"SELECT {', '.join(f'typeof({n})' for (n,) in names)} "
                                                  f"FROM {table} ORDER BY 1")
        dumps[kind] = dump
        reader.close()
        if kind == "sqlite3":
            repo.close()
        engine.dispose()
    assert dumps["sqlite3"] == dumps["sqlalchemy"]
    assert dumps["sqlite3"]["articles"][0]["published_at"] == "2026-05-01 08:30:05.123456"
    assert all(row["fetched_at"] is True for row in dumps["sqlite3"]["articles"])


@pytest.mark.parametrize("url", [
    "sqlite:///briefbot.db", "sqlite:///data/bot.db", "sqlite:////tmp/abs/bot.db",
    "sqlite:///~/bot.db", "sqlite:///../up.db", "sqlite:///with%20space.db", "sqlite://///tmp/x.db",
])
def test_file_urls_name_the_file_sqlalchemy_opens(url):
    from sqlalchemy import create_engine

    from storage.sqlite_file import file_path

    [filename], _ = create_engine(url).dialect.create_connect_args(create_engine(url).url)
    assert file_path(url) == filename
    assert os.path.isabs(file_path(url))


@pytest.mark.parametrize("url", [
    "sqlite://", "sqlite:///", "sqlite:///:memory:", "sqlite:///x.db?timeout=5",
    "sqlite:///file:x.db?mode=ro&uri=true", "sqlite+pysqlite:///x.db",
    "postgresql://u@h/db", "postgres://u@h/db",
])
def test_unusual_urls_are_left_to_sqlalchemy(url):
    from storage.sqlite_file import file_path

    assert file_path(url) is None


def test_a_folder_that_cannot_be_made_is_a_clear_error(tmp_path):
    from bot.errors import StorageUnavailable
    from storage.sqlite_repository import SqliteRepository

    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(StorageUnavailable, match="cannot create the folder"):
        SqliteRepository(str(tmp_path / "file" / "sub" / "bot.db"))


def test_pool_closes_connections_and_serves_threads(tmp_path):
    import threading

    from storage.sqlite_repository import SqliteRepository

    path = tmp_path / "bot.db"
    migrate(f"sqlite:///{path}")
    repo = SqliteRepository(str(path))
    with repo.connection() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 30000
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    errors = []

    def work(i):
        try:
            for j in range(20):
                repo.claim_event("slack", f"E{i}-{j}")
                repo.count_articles()
        except Exception as exc:  # pragma: no cover - shown in the assert
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert _raw(repo, "SELECT count(*) FROM processed_events") == [(120,)]
    idle = list(repo._idle)
    assert 1 <= len(idle) <= 6
    repo.close()
    assert not repo._idle
    with pytest.raises(Exception, match="closed"):
        idle[0].execute("SELECT 1")


@pytest.mark.parametrize("kind", ["file", "memory", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_build_app_picks_the_repository_and_makes_the_engine_on_first_use(kind, tmp_path, request):
    from sqlalchemy import text

    from adapters.wiring import build_app
    from bot.config import Settings
    from storage.repository import SqlRepository
    from storage.sqlite_repository import SqliteRepository

    url = {"file": f"sqlite:///{tmp_path / 'app.db'}", "memory": "sqlite://"}.get(kind) \
        or request.getfixturevalue("postgres_url")
    app = build_app(Settings(_env_file=None, BRIEFBOT_DATABASE_URL=url))
    try:
        expected = SqliteRepository if kind == "file" else SqlRepository
        assert type(app.service.repo) is expected
        assert (app._db_engine is None) == (kind == "file")
        app.service.repo.claim_event("slack", "E1")
        with app.db_engine.connect() as conn:  # the same database, also through SQLAlchemy
            assert conn.execute(text("SELECT event_id FROM processed_events")).all() == [("E1",)]
        assert app.db_engine is app.db_engine
    finally:
        app.close()
    if kind == "file":
        assert not app.service.repo._idle
