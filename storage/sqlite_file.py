"""A SQLite file database with the standard library: which file a URL names, its
folder, connections tuned like storage/database.py's engine, and its schema revision.
No SQLAlchemy here: the CLI's everyday path comes through this module."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import unquote

from bot.errors import StorageUnavailable


def file_path(url: str) -> str | None:
    """The file a plain `sqlite:///PATH` URL opens, exactly as SQLAlchemy's pysqlite
    dialect resolves it: percent-decoded, relative to the working directory, `~` not
    expanded. None for anything else (in memory, query options, other databases):
    those go through SQLAlchemy."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    database = url[len(prefix):]
    if not database or "?" in database:
        return None
    database = unquote(database)
    if database == ":memory:":
        return None
    return os.path.abspath(database)


def ensure_folder(path: str) -> None:
    folder = Path(path).parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageUnavailable(
            f"cannot create the folder {folder} for the SQLite database: "
            f"{exc.strerror or exc}. Check BRIEFBOT_DATABASE_URL (or --database).") from None


def apply_pragmas(conn: sqlite3.Connection, *, wal: bool = True) -> None:
    """WAL (readers never block the writer), a generous busy timeout instead of
    "database is locked", foreign keys on. Autocommit (isolation_level None): the
    caller starts write transactions itself, with BEGIN IMMEDIATE, so two writers
    never deadlock upgrading a read lock."""
    conn.isolation_level = None
    if wal:
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=30000")


def connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=30, check_same_thread=False)
    try:
        apply_pragmas(conn)
    except BaseException:
        conn.close()
        raise
    conn.row_factory = sqlite3.Row
    return conn


def schema_revision(conn: sqlite3.Connection) -> str | None:
    """Alembic's revision of this database; None when it was never migrated."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                    "AND name = 'alembic_version'").fetchone() is None:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None
