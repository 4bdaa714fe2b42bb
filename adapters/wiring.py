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


def fetch_policy(settings: Settings):
    from bot.ingest.policy import FetchPolicy

    return FetchPolicy(
        allow_private=settings.allow_private_urls,
        connect_timeout=settings.fetch_connect_timeout,
        total_timeout=settings.fetch_timeout,
        max_bytes=settings.max_article_bytes,
    )


def build_engine(settings: Settings):
    offline = OfflineEngine(summary_sentences=settings.summary_sentences)
    if settings.engine == "llm":
        try:
            from bot.llm import LlmEngine  # optional upgrade, not in every version
        except ImportError:
            from bot.errors import BadInput

            raise BadInput("BRIEFBOT_ENGINE=llm: this version of briefbot has no LLM engine yet; "
                           "use BRIEFBOT_ENGINE=offline (the default).") from None
        return LlmEngine.from_settings(settings, fallback=offline), offline
    return offline, None


def build_app(settings: Settings | None = None, *, fetcher=None) -> App:
    from bot.ingest.ingestor import Ingestor
    from storage.database import create_db_engine, ensure_schema
    from storage.repository import SqlRepository

    settings = settings or get_settings()
    db_engine = create_db_engine(settings.database_url)
    ensure_schema(db_engine)
    engine, fallback = build_engine(settings)
    # Without a given fetcher, the network code loads on the first link only.
    ingestor = Ingestor(fetcher) if fetcher is not None else Ingestor(policy=fetch_policy(settings))
    service = BriefingService(SqlRepository(db_engine), ingestor, engine, fallback=fallback)
    return App(settings=settings, service=service, db_engine=db_engine)
