"""Shared fixtures: databases (SQLite always; PostgreSQL when reachable), repo paths."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

# A bug in an engine step fails the tests instead of being logged and skipped (as it is
# for users, see bot/engine/__init__.py). Set before anything imports bot.engine; the CLI
# subprocesses of the e2e tests inherit it.
os.environ.setdefault("BRIEFBOT_ENGINE_STRICT", "1")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLES = REPO / "adapters" / "samples"

PG_URL = os.environ.get("BRIEFBOT_TEST_POSTGRES_URL",
                        "postgresql+psycopg://postgres@127.0.0.1:5432/test")
# CI sets this so a missing PostgreSQL fails the run instead of skipping silently.
REQUIRE_PG = os.environ.get("BRIEFBOT_REQUIRE_POSTGRES") == "1"


def shared_path(*parts: str) -> Path:
    """A file of ../shared (the team's eval data), or skip when this clone has none."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present (../shared is only beside the team's checkout)")
    return path


def _postgres_available() -> str | None:
    try:
        import psycopg

        with psycopg.connect(PG_URL.replace("+psycopg", ""), connect_timeout=3):
            return None
    except Exception as exc:  # noqa: BLE001 - any failure means "not here"
        return f"{type(exc).__name__}: {exc}".strip()


_pg_problem: list[str | None] = []


def _pg_reason() -> str | None:
    if not _pg_problem:
        _pg_problem.append(_postgres_available())
    return _pg_problem[0]


@pytest.fixture
def postgres_url():
    """A fresh, empty schema on the test PostgreSQL; dropped afterwards."""
    problem = _pg_reason()
    if problem:
        message = f"PostgreSQL not reachable at {PG_URL} ({problem})"
        if REQUIRE_PG:
            pytest.fail(message + "; BRIEFBOT_REQUIRE_POSTGRES=1 demands it")
        pytest.skip(message)
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    plain = PG_URL.replace("+psycopg", "")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'briefbot.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'briefbot.db'}"
    return request.getfixturevalue("postgres_url")


def migrate(url: str) -> None:
    """Bring the database at url to the head revision (Alembic through SQLAlchemy)."""
    from storage.database import create_db_engine, ensure_schema

    engine = create_db_engine(url)
    try:
        ensure_schema(engine)
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", "sqlite3", pytest.param("postgresql", marks=pytest.mark.postgres)])
def repo(request, tmp_path):
    """Each Repository implementation: SqlRepository on a SQLite file and on PostgreSQL,
    SqliteRepository (standard library sqlite3) on a SQLite file."""
    if request.param == "sqlite3":
        from storage.sqlite_repository import SqliteRepository

        path = tmp_path / "briefbot.db"
        migrate(f"sqlite:///{path}")
        repository = SqliteRepository(str(path))
        yield repository
        repository.close()
        return
    from storage.database import create_db_engine
    from storage.repository import SqlRepository

    url = (f"sqlite:///{tmp_path / 'briefbot.db'}" if request.param == "sqlite"
           else request.getfixturevalue("postgres_url"))
    migrate(url)
    engine = create_db_engine(url)
    yield SqlRepository(engine)
    engine.dispose()
