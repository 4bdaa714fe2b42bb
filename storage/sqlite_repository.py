"""SqliteRepository: the Repository port on a SQLite file with the standard library's
sqlite3, so `briefbot brief` starts without importing SQLAlchemy.

It reads and writes the very rows SqlRepository does (same tables, times, JSON and
full-text query), so a bot on SqlRepository and a CLI on this can share one file.
Writes are short BEGIN IMMEDIATE transactions; every dedup rule rests on a unique
constraint, so the loser of an insert race (thread or process) reads the winner's row.

Connections are pooled: opening one and setting its pragmas costs ~0.4 ms against
~4 us for a query on an open one. A connection serves one thread at a time."""
from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from bot.models import Article, ArticleDraft, ArticleSummary, Briefing, Ingested, Post
from storage import common
from storage.sqlite_file import connect, ensure_folder, schema_revision


class SqliteRepository:
    def __init__(self, path: str, *, pool_size: int = 8):
        ensure_folder(path)
        self.path = path
        self._pool_size = pool_size
        self._idle: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False

    # -- connections --------------------------------------------------------------

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """A pooled connection in autocommit mode; each statement is its own transaction."""
        with self._lock:
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = connect(self.path)
        try:
            yield conn
        finally:
            if conn.in_transaction:  # a failed COMMIT: never pool an open transaction
                conn.rollback()
            with self._lock:
                keep = not self._closed and len(self._idle) < self._pool_size
                if keep:
                    self._idle.append(conn)
            if not keep:
                conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: BEGIN IMMEDIATE takes the write lock up front (waiting
        up to the busy timeout), committed at the end, rolled back on an exception."""
        with self.connection() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.rollback()
                raise
            conn.execute("COMMIT")

    def close(self) -> None:
        """Close the idle connections; ones in use close when they are handed back."""
        with self._lock:
            self._closed, idle, self._idle = True, self._idle, []
        for conn in idle:
            conn.close()

    def schema_revision(self) -> str | None:
        with self.connection() as conn:
            return schema_revision(conn)

    def _one(self, sql: str, params: Any = ()) -> sqlite3.Row | None:
        with self.connection() as conn:
            cursor = conn.execute(sql, params)
            try:
                return cursor.fetchone()
            finally:
                cursor.close()  # an unfinished statement would pin this connection's snapshot

    def _all(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        with self.connection() as conn:
            return conn.execute(sql, params).fetchall()

    @staticmethod
    def _insert(conn: sqlite3.Connection, table: str, values: dict[str, Any]) -> int:
        values = {k: common.sqlite_time(v) if isinstance(v, datetime) else v
                  for k, v in values.items()}
        sql = (f"INSERT INTO {table} ({', '.join(values)}) "
               f"VALUES ({', '.join(':' + k for k in values)})")
        return conn.execute(sql, values).lastrowid

    # -- articles -----------------------------------------------------------------

    def _find_existing(self, url: str | None, content_hash: str) -> sqlite3.Row | None:
        if url:
            row = self._one("SELECT * FROM articles WHERE url = ?", (url,))
            if row:
                return row
        return self._one("SELECT * FROM articles WHERE content_hash = ?", (content_hash,))

    def add_article(self, draft: ArticleDraft, *, content_hash: str, language: str) -> Ingested:
        existing = self._find_existing(draft.url, content_hash)
        if existing:
            return Ingested(common.article(existing), created=False)
        values = common.new_article_values(draft, content_hash, language)
        try:
            with self.transaction() as conn:
                new_id = self._insert(conn, "articles", values)
        except sqlite3.IntegrityError:
            # Another writer stored the same URL or text between our check and insert.
            existing = self._find_existing(draft.url, content_hash)
            if existing is None:
                raise
            return Ingested(common.article(existing), created=False)
        return Ingested(common.article({**values, "id": new_id}), created=True)

    def get_article(self, article_id: int) -> Article | None:
        row = self._one("SELECT * FROM articles WHERE id = ?", (article_id,))
        return common.article(row) if row else None

    def count_articles(self) -> int:
        return self._one("SELECT count(*) FROM articles")[0]

    def list_articles(self, *, limit: int = 20, offset: int = 0) -> list[ArticleSummary]:
        rows = self._all(f"SELECT {', '.join(common.SUMMARY_COLUMNS)} FROM articles "
                         "ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset))
        return [common.summary(r) for r in rows]

    def search_articles(self, query: str, *, limit: int = 10) -> list[ArticleSummary]:
        terms = common.search_terms(query)
        if not terms:
            return []
        rows = self._all(common.SQLITE_SEARCH, {"m": common.fts_match(terms), "n": limit})
        return [common.summary(r, r["snippet"]) for r in rows]

    # -- briefings ----------------------------------------------------------------

    def get_briefing(self, article_id: int, engine: str) -> Briefing | None:
        row = self._one("SELECT data FROM briefings WHERE article_id = ? AND engine = ?",
                        (article_id, engine))
        # json.dumps/loads with their defaults: SQLAlchemy's JSON type on SQLite.
        return Briefing.from_cache(json.loads(row[0])) if row else None

    def save_briefing(self, article_id: int, briefing: Briefing) -> None:
        try:
            with self.transaction() as conn:
                self._insert(conn, "briefings", dict(
                    article_id=article_id, engine=briefing.engine,
                    data=json.dumps(briefing.to_cache()), created_at=common.utcnow()))
        except sqlite3.IntegrityError:
            pass  # cached already by a concurrent request; both computed the same thing

    # -- channels, posts, events --------------------------------------------------

    def _insert_once(self, channel: str, table: str, **values: Any) -> bool:
        """Insert a row guarded by a unique constraint; False when it was there."""
        try:
            with self.transaction() as conn:
                if channel:
                    # Inside the write lock nobody can add the channel meanwhile.
                    conn.execute("INSERT OR IGNORE INTO channels (key, platform, created_at) "
                                 "VALUES (?, ?, ?)", (channel, channel.split(":", 1)[0],
                                                      common.sqlite_time(common.utcnow())))
                self._insert(conn, table, {**values, "created_at": common.utcnow()})
            return True
        except sqlite3.IntegrityError:
            return False

    def link_channel_article(self, channel: str, article_id: int, requested_by: str | None) -> None:
        self._insert_once(channel, "channel_articles", channel_key=channel,
                          article_id=article_id, requested_by=requested_by)

    def save_post(self, post: Post) -> None:
        self._insert_once(post.channel, "posts", channel_key=post.channel,
                          message_id=post.message_id, thread_id=post.thread_id,
                          article_id=post.article_id, engine=post.engine)

    def find_post(self, channel: str, thread_id: str) -> Post | None:
        row = self._one("SELECT * FROM posts WHERE channel_key = ? AND thread_id = ?",
                        (channel, thread_id))
        return common.post(row) if row else None

    def claim_event(self, platform: str, event_id: str) -> bool:
        try:
            with self.transaction() as conn:
                self._insert(conn, "processed_events", dict(
                    platform=platform, event_id=event_id, created_at=common.utcnow()))
            return True
        except sqlite3.IntegrityError:
            return False

    def release_event(self, platform: str, event_id: str) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM processed_events WHERE platform = ? AND event_id = ?",
                         (platform, event_id))
