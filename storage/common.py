"""What both repositories share, free of SQLAlchemy (importing it costs ~0.2 s, more
than half of the CLI's start-up budget): the schema revision, UTC times in SQLite's
stored form, new-article values, row -> model mappers and the SQLite full-text query."""
from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from bot.models import Article, ArticleDraft, ArticleSummary, Post

HEAD_REVISION = "0002"  # kept equal to alembic's head by a test; lets start-up skip alembic

WORD = re.compile(r"\w+", re.UNICODE)

# Every term quoted (no FTS syntax from users) and prefix-matched; title hits weigh 5x.
SQLITE_SEARCH = (
    "SELECT a.id, a.title, a.url, a.language, a.fetched_at, a.words, "
    "snippet(articles_fts, 1, '', '', '…', 16) AS snippet "
    "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
    "WHERE articles_fts MATCH :m ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT :n"
)
SUMMARY_COLUMNS = ("id", "title", "url", "language", "fetched_at", "words")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def sqlite_time(value: datetime | None) -> str | None:
    """A UTC column value exactly as SQLAlchemy's SQLite DateTime stores it (naive UTC
    text with microseconds), so either repository can read what the other wrote."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    v = value.astimezone(timezone.utc)
    return (f"{v.year:04d}-{v.month:02d}-{v.day:02d} "
            f"{v.hour:02d}:{v.minute:02d}:{v.second:02d}.{v.microsecond:06d}")


def utc_time(value: datetime | str | None) -> datetime | None:
    """A stored time as an aware UTC datetime: SQLite gives naive UTC (as text through
    sqlite3, parsed through SQLAlchemy), PostgreSQL an aware datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def search_terms(query: str) -> list[str]:
    return WORD.findall(query)[:20]


def fts_match(terms: list[str]) -> str:
    return " ".join('"' + t.replace('"', "") + '"*' for t in terms)


def new_article_values(draft: ArticleDraft, content_hash: str, language: str) -> dict[str, Any]:
    """The articles row for a new article (times as datetimes)."""
    return dict(
        url=draft.url, content_hash=content_hash, title=draft.title, author=draft.author,
        source=draft.source, language=language, published_at=draft.published_at,
        fetched_at=utcnow(), words=len(draft.text.split()), text=draft.text,
    )


def article(row: Mapping) -> Article:
    return Article(
        id=row["id"], text=row["text"], content_hash=row["content_hash"], source=row["source"],
        fetched_at=utc_time(row["fetched_at"]), url=row["url"], title=row["title"],
        author=row["author"], language=row["language"],
        published_at=utc_time(row["published_at"]),
    )


def summary(row: Mapping, snippet: str | None = None) -> ArticleSummary:
    return ArticleSummary(
        id=row["id"], title=row["title"], url=row["url"], language=row["language"],
        fetched_at=utc_time(row["fetched_at"]), words=row["words"], snippet=snippet,
    )


def post(row: Mapping) -> Post:
    return Post(
        channel=row["channel_key"], message_id=row["message_id"], thread_id=row["thread_id"],
        article_id=row["article_id"], engine=row["engine"], created_at=utc_time(row["created_at"]),
    )
