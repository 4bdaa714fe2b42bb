"""SqlRepository: the service's Repository port on SQLAlchemy Core.

Writes are short transactions (`engine.begin()`); every dedup rule rests on a unique
constraint, so concurrent writers (threads or processes) race safely: the loser of
an insert race reads the winner's row."""
from __future__ import annotations

from sqlalchemy import Engine, delete, func, insert, select, text
from sqlalchemy.exc import IntegrityError

from bot.models import Article, ArticleDraft, ArticleSummary, Briefing, Ingested, Post
from storage import common
from storage.common import utcnow
from storage.tables import (
    articles,
    briefings,
    channel_articles,
    channels,
    posts,
    processed_events,
)

_SUMMARY_COLUMNS = tuple(articles.c[name] for name in common.SUMMARY_COLUMNS)


def _article(row) -> Article:
    return common.article(row._mapping)


def _summary(row, snippet: str | None = None) -> ArticleSummary:
    return common.summary(row._mapping, snippet)


def _post(row) -> Post:
    return common.post(row._mapping)


class SqlRepository:
    def __init__(self, engine: Engine):
        self.engine = engine

    # -- articles ---------------------------------------------------------------

    def _find_existing(self, conn, url: str | None, content_hash: str):
        if url:
            row = conn.execute(select(articles).where(articles.c.url == url)).first()
            if row:
                return row
        return conn.execute(
            select(articles).where(articles.c.content_hash == content_hash)
        ).first()

    def add_article(self, draft: ArticleDraft, *, content_hash: str, language: str) -> Ingested:
        values = common.new_article_values(draft, content_hash, language)
        with self.engine.connect() as conn:
            existing = self._find_existing(conn, draft.url, content_hash)
            conn.rollback()
        if existing:
            return Ingested(_article(existing), created=False)
        try:
            with self.engine.begin() as conn:
                new_id = conn.execute(insert(articles).values(**values)).inserted_primary_key[0]
        except IntegrityError:
            # Another writer stored the same URL or text between our check and insert.
            with self.engine.connect() as conn:
                existing = self._find_existing(conn, draft.url, content_hash)
            if existing is None:
                raise
            return Ingested(_article(existing), created=False)
        return Ingested(common.article({**values, "id": new_id}), created=True)

    def get_article(self, article_id: int) -> Article | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(articles).where(articles.c.id == article_id)).first()
        return _article(row) if row else None

    def count_articles(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(articles)).scalar_one()

    def list_articles(self, *, limit: int = 20, offset: int = 0) -> list[ArticleSummary]:
        query = (select(*_SUMMARY_COLUMNS).order_by(articles.c.id.desc())
                 .limit(limit).offset(offset))
        with self.engine.connect() as conn:
            return [_summary(r) for r in conn.execute(query)]

    def search_articles(self, query: str, *, limit: int = 10) -> list[ArticleSummary]:
        terms = common.search_terms(query)
        if not terms:
            return []
        with self.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                return self._search_sqlite(conn, terms, limit)
            if conn.dialect.name == "postgresql":
                return self._search_postgres(conn, terms, limit)
            return self._search_like(conn, terms, limit)

    def _search_sqlite(self, conn, terms: list[str], limit: int) -> list[ArticleSummary]:
        rows = conn.execute(
            text(common.SQLITE_SEARCH).columns(fetched_at=articles.c.fetched_at.type),
            {"m": common.fts_match(terms), "n": limit},
        )
        return [_summary(r, r.snippet) for r in rows]

    def _search_postgres(self, conn, terms: list[str], limit: int) -> list[ArticleSummary]:
        tsquery = " & ".join(t.lower().replace("'", "") + ":*" for t in terms)
        rows = conn.execute(
            text(
                "SELECT id, title, url, language, fetched_at, words, "
                "ts_headline('simple', left(text, 20000), to_tsquery('simple', :q), "
                "'StartSel=\"\",StopSel=\"\",MaxWords=20,MinWords=8') AS snippet "
                "FROM articles WHERE search @@ to_tsquery('simple', :q) "
                "ORDER BY ts_rank(search, to_tsquery('simple', :q)) DESC, id DESC LIMIT :n"
            ).columns(fetched_at=articles.c.fetched_at.type),
            {"q": tsquery, "n": limit},
        )
        return [_summary(r, r.snippet) for r in rows]

    def _search_like(self, conn, terms: list[str], limit: int) -> list[ArticleSummary]:
        query = select(*_SUMMARY_COLUMNS)
        for t in terms:
            query = query.where(articles.c.text.ilike(f"%{t}%") | articles.c.title.ilike(f"%{t}%"))
        return [_summary(r) for r in conn.execute(query.order_by(articles.c.id.desc()).limit(limit))]

    # -- briefings --------------------------------------------------------------

    def get_briefing(self, article_id: int, engine: str) -> Briefing | None:
        with self.engine.connect() as conn:
            data = conn.execute(
                select(briefings.c.data).where(
                    briefings.c.article_id == article_id, briefings.c.engine == engine)
            ).scalar()
        return Briefing.from_cache(data) if data else None

    def save_briefing(self, article_id: int, briefing: Briefing) -> None:
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(briefings).values(
                    article_id=article_id, engine=briefing.engine,
                    data=briefing.to_cache(), created_at=utcnow()))
        except IntegrityError:
            pass  # cached already by a concurrent request; both computed the same thing

    # -- channels, posts, events ------------------------------------------------

    def _ensure_channel(self, conn, channel: str) -> None:
        exists = conn.execute(select(channels.c.key).where(channels.c.key == channel)).first()
        if not exists:
            conn.execute(insert(channels).values(
                key=channel, platform=channel.split(":", 1)[0], created_at=utcnow()))

    def _insert_once(self, channel: str, table, **values) -> bool:
        """Insert a row guarded by a unique constraint; False when it was there."""
        for attempt in range(2):
            try:
                with self.engine.begin() as conn:
                    if channel:
                        self._ensure_channel(conn, channel)
                    conn.execute(insert(table).values(**values, created_at=utcnow()))
                return True
            except IntegrityError:
                if attempt:  # a second conflict is the row itself, not the channel race
                    return False
        return False

    def link_channel_article(self, channel: str, article_id: int, requested_by: str | None) -> None:
        self._insert_once(channel, channel_articles, channel_key=channel,
                          article_id=article_id, requested_by=requested_by)

    def save_post(self, post: Post) -> None:
        self._insert_once(post.channel, posts, channel_key=post.channel,
                          message_id=post.message_id, thread_id=post.thread_id,
                          article_id=post.article_id, engine=post.engine)

    def find_post(self, channel: str, thread_id: str) -> Post | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(posts).where(
                posts.c.channel_key == channel, posts.c.thread_id == thread_id)).first()
        return _post(row) if row else None

    def claim_event(self, platform: str, event_id: str) -> bool:
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(processed_events).values(
                    platform=platform, event_id=event_id, created_at=utcnow()))
            return True
        except IntegrityError:
            return False

    def release_event(self, platform: str, event_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(processed_events).where(
                processed_events.c.platform == platform,
                processed_events.c.event_id == event_id))
