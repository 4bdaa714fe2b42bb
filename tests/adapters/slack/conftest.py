"""The real Slack adapter (real slack-bolt, real storage and engine) against loopback
fakes of Slack and of article web sites."""
from __future__ import annotations

import contextlib

import json

import httpx
import pytest

from tests.fakes.slack_api import FakeSlack
from tests.fakes.slack_payloads import form, interactive_form, sign
from tests.fakes.web import ArticleSite

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
HARBOUR = (__import__("pathlib").Path(__file__).resolve().parents[3]
           / "adapters" / "samples" / "harbour-en.txt")


def make_settings(fake: FakeSlack, db_url: str, **over):
    from bot.config import Settings

    values = {
        "BRIEFBOT_DATABASE_URL": db_url, "SLACK_BOT_TOKEN": fake.bot_token,
        "SLACK_APP_TOKEN": fake.app_token, "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": fake.api_url, "BRIEFBOT_ALLOW_PRIVATE_URLS": True,
        "SLACK_WORKERS": 4, "SLACK_WORKER_MODE": "thread",
    }
    values.update(over)
    return Settings(_env_file=None, **values)


@pytest.fixture
def fake():
    server = FakeSlack().start()
    yield server
    server.stop()


@pytest.fixture
def site():
    server = ArticleSite().start()
    yield server
    server.stop()


@pytest.fixture
def core(fake, sqlite_url):
    from adapters.wiring import build_app

    app = build_app(make_settings(fake, sqlite_url))
    yield app
    app.close()


class HttpDriver:
    """Signs and sends requests to the bot's /slack/events like Slack does."""

    def __init__(self, bot, server, fake):
        self.bot, self.server, self.fake = bot, server, fake
        self.http = httpx.Client(base_url=server.url, timeout=10)

    def post(self, body: bytes, content_type: str, headers: dict | None = None,
             signed: bool = True) -> httpx.Response:
        h = {"Content-Type": content_type}
        if signed:
            h.update(sign(body, SECRET))
        h.update(headers or {})
        return self.http.post("/slack/events", content=body, headers=h)

    def command(self, fields: dict) -> httpx.Response:
        return self.post(form(fields), "application/x-www-form-urlencoded")

    def event(self, payload: dict, retry: int = 0) -> httpx.Response:
        headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"} \
            if retry else {}
        return self.post(json.dumps(payload).encode(), "application/json", headers)

    def interactive(self, payload: dict) -> httpx.Response:
        return self.post(interactive_form(payload), "application/x-www-form-urlencoded")

    def close(self) -> None:
        self.http.close()


@contextlib.contextmanager
def serving_http(bot, fake):
    """The bot behind its real HTTP front on loopback, driven by signed requests."""
    from adapters.slack.serve import HttpServer

    server = HttpServer(bot).start()
    driver = HttpDriver(bot, server, fake)
    try:
        yield driver
    finally:
        driver.close()
        server.stop()
        bot.close()


@pytest.fixture
def http_bot(core, fake):
    from adapters.slack.app import SlackBot

    with serving_http(SlackBot(core, http=True), fake) as driver:
        yield driver


@pytest.fixture
def socket_bot(core, fake):
    from adapters.slack.app import SlackBot
    from adapters.slack.serve import SocketModeRunner

    bot = SlackBot(core, http=False, workers="process")  # as `briefbot serve slack` runs
    runner = SocketModeRunner(bot, fake.app_token).start()
    assert fake.wait_socket(10), "the app never opened the Socket Mode WebSocket"
    yield bot
    runner.stop(timeout=0.2)
    bot.close()


def texts(value) -> list[str]:
    """Every string in a JSON-like payload (block texts, fallback text, ...)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in texts(v)]
    return []
