"""The ports the service depends on. Storage and engines implement them; tests
may implement them with small in-memory fakes."""
from __future__ import annotations

from typing import Protocol

from bot.models import (
    Answer,
    Article,
    ArticleDraft,
    ArticleSummary,
    Briefing,
    Ingested,
    Post,
    Source,
)


class Repository(Protocol):
    def add_article(self, draft: ArticleDraft, *, content_hash: str, language: str) -> Ingested:
        """Store the article unless one with the same URL or content hash exists (then return it)."""

    def get_article(self, article_id: int) -> Article | None: ...

    def list_articles(self, *, limit: int = 20, offset: int = 0) -> list[ArticleSummary]: ...

    def search_articles(self, query: str, *, limit: int = 10) -> list[ArticleSummary]: ...

    def get_briefing(self, article_id: int, engine: str) -> Briefing | None: ...

    def save_briefing(self, article_id: int, briefing: Briefing) -> None: ...

    def link_channel_article(self, channel: str, article_id: int, requested_by: str | None) -> None: ...

    def save_post(self, post: Post) -> None: ...

    def find_post(self, channel: str, thread_id: str) -> Post | None: ...

    def claim_event(self, platform: str, event_id: str) -> bool:
        """True exactly once per (platform, event_id): the caller may process the event."""

    def release_event(self, platform: str, event_id: str) -> None:
        """Forget a claim whose processing failed, so a retry is processed again."""


class Engine(Protocol):
    name: str

    def brief(self, text: str, *, title: str | None, url: str | None,
              language: str | None) -> Briefing: ...

    def answer(self, text: str, question: str) -> Answer: ...


class Ingestor(Protocol):
    def draft(self, source: Source) -> ArticleDraft: ...
