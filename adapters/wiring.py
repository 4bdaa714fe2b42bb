"""The composition root: settings -> storage -> engine -> service. Every adapter
(CLI, console, Slack, Discord) gets its service from here and nowhere else."""
from __future__ import annotations

import threading

from bot.config import Settings, get_settings
from bot.service import BriefingService, OfflineEngine


class App:
    """The service and what it was built from. `db_engine` (a SQLAlchemy engine on the
    same database, for slack_sdk's OAuth stores) is made on first use: on a SQLite
    file the service runs on sqlite3 and most commands never need SQLAlchemy."""

    def __init__(self, settings: Settings, service: BriefingService, db_engine=None):
        self.settings = settings
        self.service = service
        self._db_engine = db_engine
        self._lock = threading.Lock()

    @property
    def db_engine(self):
        with self._lock:
            if self._db_engine is None:
                from storage.database import create_db_engine

                self._db_engine = create_db_engine(self.settings.database_url)
            return self._db_engine

    def close(self) -> None:
        close = getattr(self.service.repo, "close", None)
        if close is not None:
            close()
        if self._db_engine is not None:
            self._db_engine.dispose()


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


def open_repository(url: str):
    """(repository, SQLAlchemy engine or None), the schema at the head revision.

    A SQLite file gets SqliteRepository (standard library sqlite3): SQLAlchemy and
    Alembic load only when the schema needs upgrading. In-memory SQLite stays on
    SqlRepository (its one shared connection is the database), as does PostgreSQL."""
    from storage.sqlite_file import file_path

    path = file_path(url)
    if path is not None:
        from storage.common import HEAD_REVISION
        from storage.sqlite_repository import SqliteRepository

        repo = SqliteRepository(path)
        try:
            if repo.schema_revision() != HEAD_REVISION:
                from storage.database import create_db_engine, ensure_schema

                engine = create_db_engine(url)
                try:
                    ensure_schema(engine)
                finally:
                    engine.dispose()
        except BaseException:
            repo.close()
            raise
        return repo, None
    from storage.database import create_db_engine, ensure_schema
    from storage.repository import SqlRepository

    engine = create_db_engine(url)
    ensure_schema(engine)
    return SqlRepository(engine), engine


def build_app(settings: Settings | None = None, *, fetcher=None) -> App:
    from bot.ingest.ingestor import Ingestor

    settings = settings or get_settings()
    repo, db_engine = open_repository(settings.database_url)
    engine, fallback = build_engine(settings)
    # Without a given fetcher, the network code loads on the first link only.
    ingestor = Ingestor(fetcher) if fetcher is not None else Ingestor(policy=fetch_policy(settings))
    service = BriefingService(repo, ingestor, engine, fallback=fallback)
    return App(settings=settings, service=service, db_engine=db_engine)
