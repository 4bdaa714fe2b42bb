"""Settings from keyword arguments, the environment and `.env`, in that order of priority.

Every setting has a safe default so the bot runs with no configuration at all:
SQLite in the working directory, the offline engine, no network beyond fetching
the URLs users ask for (and never private addresses unless allowed).

Standard library only, on purpose: every CLI command reads settings first, and
pydantic-settings alone cost 0.13-0.25 s of import time against a 0.3 s start-up
budget for `briefbot brief`. An empty value (`SLACK_BOT_TOKEN=` as in .env.example)
means "not set"."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from bot.errors import BadInput


class SettingsError(BadInput):
    """A setting has a value we cannot use; the message names the setting (exit 2)."""


@dataclass(frozen=True)
class _Spec:
    name: str                       # attribute on Settings
    env: str                        # environment / .env / keyword name
    default: Any
    parse: Callable[[str], Any]     # str -> value; raises ValueError with the reason


def _text(v: str) -> str:
    return v


def _whole(lo: int | None = None, hi: int | None = None):
    def parse(v: str) -> int:
        try:
            n = int(v.strip().replace("_", ""))
        except ValueError:
            raise ValueError("must be a whole number") from None
        if (lo is not None and n < lo) or (hi is not None and n > hi):
            raise ValueError(f"must be between {lo} and {hi}" if hi is not None else f"must be at least {lo}")
        return n
    return parse


def _positive(v: str) -> float:
    try:
        x = float(v.strip())
    except ValueError:
        raise ValueError("must be a number") from None
    if not x > 0 or x == float("inf"):
        raise ValueError("must be a number greater than 0")
    return x


_TRUE = {"1", "true", "yes", "on", "y", "t"}
_FALSE = {"0", "false", "no", "off", "n", "f"}


def _flag(v: str) -> bool:
    low = v.strip().lower()
    if low in _TRUE or low in _FALSE:
        return low in _TRUE
    raise ValueError("must be true or false")


def _one_of(*choices: str, fold: bool = False):
    def parse(v: str) -> str:
        value = v.strip().upper() if fold else v.strip()
        if value not in choices:
            raise ValueError("must be one of " + ", ".join(choices))
        return value
    return parse


SPECS: tuple[_Spec, ...] = (
    # Storage
    _Spec("database_url", "BRIEFBOT_DATABASE_URL", "sqlite:///briefbot.db", _text),
    # Engine: "offline" (built in) or "llm" (OpenAI-compatible, optional upgrade)
    _Spec("summary_sentences", "BRIEFBOT_SUMMARY_SENTENCES", 3, _whole(1, 20)),
    _Spec("engine", "BRIEFBOT_ENGINE", "offline", _one_of("offline", "llm")),
    # Ingest / fetching
    _Spec("allow_private_urls", "BRIEFBOT_ALLOW_PRIVATE_URLS", False, _flag),
    _Spec("fetch_connect_timeout", "BRIEFBOT_FETCH_CONNECT_TIMEOUT", 5.0, _positive),
    _Spec("fetch_timeout", "BRIEFBOT_FETCH_TIMEOUT", 20.0, _positive),
    _Spec("max_article_bytes", "BRIEFBOT_MAX_ARTICLE_BYTES", 5_000_000, _whole(1)),
    # Logging
    _Spec("log_level", "BRIEFBOT_LOG_LEVEL", "INFO",
          _one_of("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL", fold=True)),
    # Slack
    _Spec("slack_bot_token", "SLACK_BOT_TOKEN", None, _text),
    _Spec("slack_app_token", "SLACK_APP_TOKEN", None, _text),
    _Spec("slack_signing_secret", "SLACK_SIGNING_SECRET", None, _text),
    _Spec("slack_api_url", "SLACK_API_URL", "https://slack.com/api/", _text),
    _Spec("slack_client_id", "SLACK_CLIENT_ID", None, _text),
    _Spec("slack_client_secret", "SLACK_CLIENT_SECRET", None, _text),
    # Workers doing the work after the ack (fetch, engine, database, posting):
    # processes (the engine never holds the acking process's GIL) or threads.
    _Spec("slack_workers", "SLACK_WORKERS", 4, _whole(1, 64)),
    _Spec("slack_worker_mode", "SLACK_WORKER_MODE", "process", _one_of("process", "thread")),
    # Where the OAuth install button sends admins (Slack's page; a fake one in tests).
    _Spec("slack_oauth_authorize_url", "SLACK_OAUTH_AUTHORIZE_URL",
          "https://slack.com/oauth/v2/authorize", _text),
    # Discord
    _Spec("discord_token", "DISCORD_TOKEN", None, _text),
    _Spec("discord_api_url", "DISCORD_API_URL", None, _text),
    # Optional LLM (OpenAI-compatible)
    _Spec("openai_api_key", "OPENAI_API_KEY", None, _text),
    _Spec("openai_base_url", "OPENAI_BASE_URL", None, _text),
    _Spec("openai_model", "BRIEFBOT_LLM_MODEL", "gpt-4o-mini", _text),
)
_BY_ENV = {s.env: s for s in SPECS}


def read_env_file(path: str | os.PathLike) -> dict[str, str]:
    """KEY=VALUE lines of a .env file: `#` comments, blank lines, an optional `export `,
    'single' (literal) or "double" quoted values (\\n, \\" and \\\\ escapes), and a
    ` #` comment after an unquoted value. A missing file is an empty one."""
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"cannot read settings file {path}: {exc}") from None
    values: dict[str, str] = {}
    for line in lines:
        line = line.strip()
        if line.startswith("export "):
            line = line[len("export "):].lstrip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = (part.strip() for part in line.split("=", 1))
        values[key] = _unquote(value)
    return values


def _unquote(value: str) -> str:
    if value[:1] == "'" and value.find("'", 1) > 0:
        return value[1:value.find("'", 1)]
    if value[:1] == '"':
        out, i = [], 1
        while i < len(value) and value[i] != '"':
            if value[i] == "\\" and i + 1 < len(value):
                i += 1
                out.append({"n": "\n", "t": "\t"}.get(value[i], value[i]))
            else:
                out.append(value[i])
            i += 1
        if i < len(value):  # closed: anything after the closing quote is a comment
            return "".join(out)
    return value.split(" #", 1)[0].rstrip()


class Settings:
    """The bot's settings. `Settings(BRIEFBOT_DATABASE_URL=...)` overrides one by its
    environment name; `_env_file=None` ignores .env (tests, worker processes)."""

    database_url: str
    summary_sentences: int
    engine: str
    allow_private_urls: bool
    fetch_connect_timeout: float
    fetch_timeout: float
    max_article_bytes: int
    log_level: str
    slack_bot_token: str | None
    slack_app_token: str | None
    slack_signing_secret: str | None
    slack_api_url: str
    slack_client_id: str | None
    slack_client_secret: str | None
    slack_workers: int
    slack_worker_mode: str
    slack_oauth_authorize_url: str
    discord_token: str | None
    discord_api_url: str | None
    openai_api_key: str | None
    openai_base_url: str | None
    openai_model: str

    def __init__(self, _env_file: str | os.PathLike | None = ".env", **overrides: Any):
        unknown = sorted(set(overrides) - set(_BY_ENV))
        if unknown:
            raise TypeError(f"unknown setting(s): {', '.join(unknown)}")
        sources: list[dict[str, Any]] = [overrides, _environment()]
        if _env_file is not None:
            sources.append({k.upper(): v for k, v in read_env_file(_env_file).items()})
        problems = []
        for spec in SPECS:
            raw = next((src[spec.env] for src in sources if spec.env in src), None)
            try:
                value = _convert(spec, raw)
            except ValueError as exc:
                problems.append(f"{spec.env}={raw!r}: {exc}")
                continue
            object.__setattr__(self, spec.name, value)
        if problems:
            raise SettingsError("invalid setting (" + "; ".join(problems) + "). Check the environment "
                                "and .env (.env.example explains every setting).")

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("settings are read-only; build a new Settings instead")

    def as_env(self) -> dict[str, Any]:
        """Every setting by its environment name, to rebuild these exact settings elsewhere
        (worker processes): `Settings(_env_file=None, **s.as_env())`."""
        return {spec.env: getattr(self, spec.name) for spec in SPECS}

    def __repr__(self) -> str:  # never print secrets
        shown = ", ".join(f"{s.name}={'***' if _secret(s) and getattr(self, s.name) else getattr(self, s.name)!r}"
                          for s in SPECS)
        return f"Settings({shown})"


def _secret(spec: _Spec) -> bool:
    return any(word in spec.env for word in ("TOKEN", "SECRET", "KEY"))


def _environment() -> dict[str, str]:
    # Names are matched case-insensitively, like most twelve-factor tools do.
    return {k.upper(): v for k, v in os.environ.items()}


def _convert(spec: _Spec, raw: Any) -> Any:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return spec.default
    # Typed keyword values (as_env(), tests) are checked exactly as their text would be.
    return spec.parse(str(raw).lower() if isinstance(raw, bool) else str(raw))


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
