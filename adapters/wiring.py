"""The composition root: settings -> storage -> engine -> service. Every adapter
(CLI, console, Slack, Discord) gets its service from here and nowhere else."""
from __future__ import annotations

from dataclasses import dataclass

from bot.config import Settings, get_settings
from bot.service import BriefingService, OfflineEngine


@dataclass
class App:
    settings: Settings
    service: BriefingService
    db_engine: object  # sqlalchemy.Engine; typed loosely to keep this import cheap

    def close(self) -> None:
        self.db_engine.dispose()


def build_fetcher(settings: Settings):
    from bot.ingest import FetchPolicy, SafeFetcher

    return SafeFetcher(FetchPolicy(
        allow_private=settings.allow_private_urls,
        connect_timeout=settings.fetch_connect_timeout,
        total_timeout=settings.fetch_timeout,
        max_bytes=settings.max_article_bytes,
    ))


def build_engine(settings: Settings):
    offline = OfflineEngine(summary_sentences=settings.summary_sentences)
    if settings.engine == "llm":
        from bot.llm import LlmEngine  # optional upgrade; arrives with the LLM issue

        return LlmEngine.from_settings(settings, fallback=offline), offline
    return offline, None


def build_app(settings: Settings | None = None, *, fetcher=None) -> App:
    from bot.ingest import Ingestor
    from storage.database import create_db_engine, ensure_schema
    from storage.repository import SqlRepository

    settings = settings or get_settings()
    db_engine = create_db_engine(settings.database_url)
    ensure_schema(db_engine)
    engine, fallback = build_engine(settings)
    ingestor = Ingestor(fetcher or build_fetcher(settings))
    service = BriefingService(SqlRepository(db_engine), ingestor, engine, fallback=fallback)
    return App(settings=settings, service=service, db_engine=db_engine)
