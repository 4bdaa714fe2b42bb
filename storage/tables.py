"""Table definitions (SQLAlchemy Core). The migrations create exactly these; a test
compares them. Every idempotency rule is a unique constraint."""
from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from storage.types import UTCDateTime

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", String(2048), nullable=True, unique=True),  # canonical URL
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", String(1000), nullable=True),
    Column("author", String(500), nullable=True),
    Column("source", String(32), nullable=False),
    Column("language", String(16), nullable=True),
    Column("published_at", UTCDateTime(), nullable=True),
    Column("fetched_at", UTCDateTime(), nullable=False),
    Column("words", Integer, nullable=False, default=0),
    Column("text", Text, nullable=False),
)

# Briefings are cached per article and engine: the offline one is free to recompute,
# an LLM one is not.
briefings = Table(
    "briefings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("engine", String(100), nullable=False),
    Column("data", JSON, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    UniqueConstraint("article_id", "engine", name="uq_briefings_article_engine"),
)

channels = Table(
    "channels",
    metadata,
    Column("key", String(200), primary_key=True),  # "PLATFORM:ID"
    Column("platform", String(32), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)

# Which channel an article was briefed in (the archive a channel can search and ask).
channel_articles = Table(
    "channel_articles",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("channel_key", String(200), ForeignKey("channels.key", ondelete="CASCADE"), nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("requested_by", String(200), nullable=True),
    Column("created_at", UTCDateTime(), nullable=False),
    UniqueConstraint("channel_key", "article_id", name="uq_channel_articles"),
)

# Which platform message shows which briefing: replies in its thread are about that article.
posts = Table(
    "posts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("channel_key", String(200), ForeignKey("channels.key", ondelete="CASCADE"), nullable=False),
    Column("message_id", String(200), nullable=False),
    Column("thread_id", String(200), nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("engine", String(100), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    UniqueConstraint("channel_key", "thread_id", name="uq_posts_channel_thread"),
)

# Platform event ids we have taken on: retries and duplicate deliveries are dropped.
processed_events = Table(
    "processed_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("platform", String(32), nullable=False),
    Column("event_id", String(300), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    UniqueConstraint("platform", "event_id", name="uq_processed_events"),
)
