"""Settings from the environment and `.env` (pydantic-settings).

Every setting has a safe default so the bot runs with no configuration at all:
SQLite in the working directory, the offline engine, no network beyond fetching
the URLs users ask for (and never private addresses unless allowed)."""
from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    # Storage
    database_url: str = Field("sqlite:///briefbot.db", alias="BRIEFBOT_DATABASE_URL")

    # Engine
    summary_sentences: int = Field(3, alias="BRIEFBOT_SUMMARY_SENTENCES", ge=1, le=20)
    engine: str = Field("offline", alias="BRIEFBOT_ENGINE")  # "offline" or "llm"

    # Ingest / fetching
    allow_private_urls: bool = Field(False, alias="BRIEFBOT_ALLOW_PRIVATE_URLS")
    fetch_connect_timeout: float = Field(5.0, alias="BRIEFBOT_FETCH_CONNECT_TIMEOUT", gt=0)
    fetch_timeout: float = Field(20.0, alias="BRIEFBOT_FETCH_TIMEOUT", gt=0)
    max_article_bytes: int = Field(5_000_000, alias="BRIEFBOT_MAX_ARTICLE_BYTES", gt=0)

    # Logging
    log_level: str = Field("INFO", alias="BRIEFBOT_LOG_LEVEL")

    # Slack
    slack_bot_token: str | None = Field(None, alias="SLACK_BOT_TOKEN")
    slack_app_token: str | None = Field(None, alias="SLACK_APP_TOKEN")
    slack_signing_secret: str | None = Field(None, alias="SLACK_SIGNING_SECRET")
    slack_api_url: str = Field("https://slack.com/api/", alias="SLACK_API_URL")
    slack_client_id: str | None = Field(None, alias="SLACK_CLIENT_ID")
    slack_client_secret: str | None = Field(None, alias="SLACK_CLIENT_SECRET")
    # Workers doing the work after the ack (fetch, engine, database, posting):
    # processes (the engine never holds the acking process's GIL) or threads.
    slack_workers: int = Field(4, alias="SLACK_WORKERS", ge=1, le=64)
    slack_worker_mode: Literal["process", "thread"] = Field("process", alias="SLACK_WORKER_MODE")
    # Where the OAuth install button sends admins (Slack's page; a fake one in tests).
    slack_oauth_authorize_url: str = Field("https://slack.com/oauth/v2/authorize",
                                           alias="SLACK_OAUTH_AUTHORIZE_URL")

    # Discord
    discord_token: str | None = Field(None, alias="DISCORD_TOKEN")
    discord_api_url: str | None = Field(None, alias="DISCORD_API_URL")

    # Optional LLM (OpenAI-compatible)
    openai_api_key: str | None = Field(None, alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(None, alias="OPENAI_BASE_URL")
    openai_model: str = Field("gpt-4o-mini", alias="BRIEFBOT_LLM_MODEL")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
