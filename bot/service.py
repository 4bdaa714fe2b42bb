"""BriefingService: the one API every adapter calls (CLI, console, Slack, Discord).

It ingests what users send, stores it once, briefs it with the configured engine
(cached per article and engine), remembers where a briefing was posted so thread
replies find their article, and answers follow-up questions from the article."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.errors import BadInput, EngineFailed, NotFound
from bot.models import (
    Answer,
    Article,
    ArticleSummary,
    BriefResult,
    Briefing,
    Ingested,
    Post,
    Source,
)
from bot.ports import Engine, Ingestor, Repository

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 2000


@dataclass
class OfflineEngine:
    """The built-in extractive engine: no network, deterministic, verbatim."""

    summary_sentences: int = 3
    name: str = "offline"

    def brief(self, text: str, *, title=None, url=None, language=None) -> Briefing:
        from bot.engine import brief_text

        return brief_text(text, title=title, url=url, language=language,
                          summary_sentences=self.summary_sentences)

    def answer(self, text: str, question: str) -> Answer:
        from bot.engine import answer_question

        return Answer(question=question, passages=answer_question(text, question),
                      engine=self.name)


def _detect_language(text: str) -> str:
    from bot.engine import detect_language

    return detect_language(text)


class BriefingService:
    def __init__(self, repo: Repository, ingestor: Ingestor, engine: Engine,
                 fallback: Engine | None = None):
        self.repo = repo
        self.ingestor = ingestor
        self.engine = engine
        # When the main engine is an LLM, the offline one answers if it fails.
        self.fallback = fallback

    # -- articles ---------------------------------------------------------------

    def ingest(self, source: Source) -> Ingested:
        from bot.ingest import content_hash

        draft = self.ingestor.draft(source)
        if not draft.text.strip():
            raise BadInput("The article is empty. Paste the text or send another link.")
        language = draft.language or _detect_language(draft.text)
        return self.repo.add_article(draft, content_hash=content_hash(draft.text),
                                     language=language)

    def article(self, article_id: int) -> Article:
        article = self.repo.get_article(article_id)
        if article is None:
            raise NotFound(f"There is no article #{article_id}. `briefbot articles list` shows them.")
        return article

    def list_articles(self, *, limit: int = 20, offset: int = 0) -> list[ArticleSummary]:
        return self.repo.list_articles(limit=limit, offset=offset)

    def search(self, query: str, *, limit: int = 10) -> list[ArticleSummary]:
        if not query.strip():
            raise BadInput("Give some words to search for, e.g. `search Musk Twitter`.")
        return self.repo.search_articles(query, limit=limit)

    # -- briefings --------------------------------------------------------------

    def brief(self, source: Source, *, channel: str | None = None,
              requested_by: str | None = None) -> BriefResult:
        ingested = self.ingest(source)
        briefing, cached = self.briefing_for(ingested.article)
        if channel:
            self.repo.link_channel_article(channel, ingested.article.id, requested_by)
        return BriefResult(briefing=briefing, article=ingested.article,
                           created=ingested.created, cached=cached)

    def briefing_for(self, article: Article) -> tuple[Briefing, bool]:
        """The article's briefing by the current engine, from the cache when there."""
        cached = self.repo.get_briefing(article.id, self.engine.name)
        if cached is not None:
            return cached.with_article(article), True
        briefing = self._run_engine(lambda e: e.brief(
            article.text, title=article.title, url=article.url, language=article.language))
        briefing = briefing.with_article(article)
        self.repo.save_briefing(article.id, briefing)
        return briefing, False

    def _run_engine(self, call):
        try:
            return call(self.engine)
        except EngineFailed as exc:
            if self.fallback is None:
                raise
            log.warning("engine %s failed (%s); using %s", self.engine.name, exc,
                        self.fallback.name)
            return call(self.fallback)

    # -- threads and questions ----------------------------------------------------

    def record_post(self, post: Post) -> None:
        self.repo.save_post(post)

    def thread_article(self, channel: str, thread_id: str) -> Article | None:
        post = self.repo.find_post(channel, thread_id)
        return self.repo.get_article(post.article_id) if post else None

    def ask(self, question: str, *, channel: str, thread_id: str) -> Answer:
        article = self.thread_article(channel, thread_id)
        if article is None:
            raise NotFound("This thread is not under a briefing. Ask in the thread of one, "
                           "or brief an article first with /brief.")
        return self.ask_article(article.id, question)

    def ask_article(self, article_id: int, question: str) -> Answer:
        question = question.strip()
        if not question:
            raise BadInput("Ask a question about the article, e.g. “Who said what about X?”")
        question = question[:MAX_QUESTION_CHARS]
        article = self.article(article_id)
        answer = self._run_engine(lambda e: e.answer(article.text, question))
        return Answer(question=answer.question, passages=answer.passages, engine=answer.engine,
                      article_id=article.id, text=answer.text)

    # -- platform events ------------------------------------------------------------

    def claim_event(self, platform: str, event_id: str) -> bool:
        return self.repo.claim_event(platform, event_id)

    def release_event(self, platform: str, event_id: str) -> None:
        self.repo.release_event(platform, event_id)
