"""Hand-written in-memory fakes of the service's ports (repository, ingestor, engine)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from bot.errors import EngineFailed
from bot.models import (
    Answer, Article, ArticleDraft, ArticleRef, ArticleSummary, Briefing, Ingested, Passage, Post,
    Source,
)


class FakeRepository:
    def __init__(self):
        self.articles: dict[int, Article] = {}
        self.briefings: dict[tuple[int, str], Briefing] = {}
        self.posts: dict[tuple[str, str], Post] = {}
        self.links: set[tuple[str, int]] = set()
        self.events: set[tuple[str, str]] = set()

    def add_article(self, draft: ArticleDraft, *, content_hash: str, language: str) -> Ingested:
        for a in self.articles.values():
            if (draft.url and a.url == draft.url) or a.content_hash == content_hash:
                return Ingested(a, created=False)
        article = Article(id=len(self.articles) + 1, text=draft.text, content_hash=content_hash,
                          source=draft.source, fetched_at=datetime.now(timezone.utc),
                          url=draft.url, title=draft.title, language=language)
        self.articles[article.id] = article
        return Ingested(article, created=True)

    def get_article(self, article_id):
        return self.articles.get(article_id)

    def list_articles(self, *, limit=20, offset=0):
        rows = sorted(self.articles.values(), key=lambda a: -a.id)[offset:offset + limit]
        return [ArticleSummary(a.id, a.title, a.url, a.language, a.fetched_at) for a in rows]

    def search_articles(self, query, *, limit=10):
        words = query.lower().split()
        return [ArticleSummary(a.id, a.title, a.url, a.language, a.fetched_at)
                for a in self.articles.values() if all(w in a.text.lower() for w in words)][:limit]

    def get_briefing(self, article_id, engine):
        return self.briefings.get((article_id, engine))

    def save_briefing(self, article_id, briefing):
        self.briefings.setdefault((article_id, briefing.engine), briefing)

    def link_channel_article(self, channel, article_id, requested_by):
        self.links.add((channel, article_id))

    def save_post(self, post: Post):
        self.posts.setdefault((post.channel, post.thread_id), post)

    def find_post(self, channel, thread_id):
        return self.posts.get((channel, thread_id))

    def claim_event(self, platform, event_id):
        if (platform, event_id) in self.events:
            return False
        self.events.add((platform, event_id))
        return True

    def release_event(self, platform, event_id):
        self.events.discard((platform, event_id))


class TextIngestor:
    """Accepts pasted text only; titles come from the Source."""

    def draft(self, source: Source) -> ArticleDraft:
        return ArticleDraft(text=source.text, source=source.origin, title=source.title,
                            url=source.meta.get("url"))


@dataclass
class CountingEngine:
    name: str = "counting"
    fail: bool = False
    calls: list[str] = field(default_factory=list)

    def brief(self, text, *, title=None, url=None, language=None):
        self.calls.append("brief")
        if self.fail:
            raise EngineFailed("the model server did not answer")
        first = text.split(".")[0]
        return Briefing(ArticleRef(None, title, url, language or "en", len(text.split())),
                        (Passage(first, 0),), (), (), self.name)

    def answer(self, text, question):
        self.calls.append("answer")
        if self.fail:
            raise EngineFailed("the model server did not answer")
        return Answer(question, (Passage(text[:10], 0),), self.name)
