"""Engine creation and schema upgrades.

SQLite is tuned for a bot that several threads write to: WAL (readers never block
the writer), a generous busy timeout instead of "database is locked", foreign keys
on. PostgreSQL uses psycopg 3."""
from __future__ import annotations

import logging
import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

from storage.common import HEAD_REVISION
from storage.sqlite_file import apply_pragmas, ensure_folder

__all__ = ["HEAD_REVISION", "MIGRATIONS_DIR", "create_db_engine", "current_revision",
           "ensure_schema", "normalise_url", "upgrade"]

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_PG_LOCK_ID = 0x62726966  # "brif": serialises upgrades of several bot processes


def normalise_url(url: str) -> str:
    """Accept the URLs people paste (postgres://, postgresql://) and pick psycopg 3."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def create_db_engine(url: str) -> Engine:
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url, parsed.database)
    return create_engine(url, pool_pre_ping=True, future=True)


def _sqlite_engine(url: str, database: str | None) -> Engine:
    in_memory = not database or database == ":memory:"
    if in_memory:
        engine = create_engine(url, connect_args={"check_same_thread": False},
                               poolclass=StaticPool)
    else:
        ensure_folder(os.path.abspath(database))  # the file pysqlite opens: no `~` expansion
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):
        # The same pragmas as storage/sqlite_repository.py's connections. pysqlite's own
        # transaction handling is off: SQLAlchemy emits BEGIN IMMEDIATE (below).
        apply_pragmas(dbapi_conn, wal=not in_memory)

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply migrations with Alembic (imported here only: it costs start-up time)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _PG_LOCK_ID})
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            conn.commit()
        finally:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _PG_LOCK_ID})
                conn.commit()


def ensure_schema(engine: Engine) -> None:
    """Bring the database to the head revision; cheap when it is already there."""
    if current_revision(engine) == HEAD_REVISION:
        return
    log.info("upgrading database schema to %s", HEAD_REVISION)
    upgrade(engine)
