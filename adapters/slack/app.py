"""The Slack app: a Bolt App whose listeners only acknowledge, and workers that do
the work (fetching, the engine, the database, posting) after the ack.

Listeners run with `process_before_response=True`: each one acks, hands a job (plain
data) to the workers and returns, so Slack gets its answer in milliseconds even when
every worker is busy with the engine, and a slow job never delays another ack.
"""
from __future__ import annotations

import contextlib
import logging
import os
import re
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from slack_bolt import App as BoltApp
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from adapters.slack import commands
from adapters.slack.jobs import Jobs

log = logging.getLogger(__name__)

PLATFORM = "slack"
SHORTCUT_ID = "brief_message"
WORKING = ":hourglass_flowing_sand: Working on it…"
# Message subtypes that are a person writing; every other subtype (edits, joins,
# bot messages, deletions) is ignored.
_HUMAN_SUBTYPES = {None, "file_share", "thread_broadcast"}


def make_client(settings, token: str | None = None) -> WebClient:
    """A Web API client on SLACK_API_URL that waits out 429s (Retry-After) and retries."""
    base = settings.slack_api_url
    client = WebClient(token=token, base_url=base if base.endswith("/") else base + "/",
                       timeout=30)
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=4))
    return client


@contextlib.contextmanager
def _no_env_oauth():
    """Bolt turns OAuth on by itself when SLACK_CLIENT_ID/SECRET are in os.environ;
    whether we use OAuth is decided by our settings, not by that side effect."""
    saved = {k: os.environ.pop(k) for k in ("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET")
             if k in os.environ}
    try:
        yield
    finally:
        os.environ.update(saved)


class SlackBot:
    """The Bolt app plus the workers. `core` is adapters.wiring.App.

    workers="process" (the default of `serve`) runs jobs in worker processes so the
    engine never holds the server's GIL; "thread" runs them on threads of this process
    (what in-process tests use: they can inject a fetcher into `core`)."""

    def __init__(self, core, *, http: bool = False, oauth: bool | None = None,
                 workers: str | None = None, client: WebClient | None = None):
        self.core = core
        self.settings = settings = core.settings
        self.service = core.service
        self.http = http
        self.oauth = bool(http and settings.slack_client_id and settings.slack_client_secret
                          if oauth is None else oauth)
        self.client = client or make_client(settings, None if self.oauth else settings.slack_bot_token)
        self.mode = workers or settings.slack_worker_mode
        if ":memory:" in settings.database_url or settings.database_url.rstrip("/") == "sqlite:":
            self.mode = "thread"  # a private in-memory database cannot be shared
        self.jobs = Jobs(core.service, settings)
        self._pending = 0
        self._idle = threading.Condition()
        self._pool = self._new_pool()
        kwargs: dict = {}
        if self.oauth:
            from adapters.slack.oauth import oauth_settings

            kwargs["oauth_settings"] = oauth_settings(settings, core.db_engine)
        with _no_env_oauth():
            self.bolt = BoltApp(
                client=self.client,
                signing_secret=settings.slack_signing_secret if http else None,
                request_verification_enabled=http,
                process_before_response=True,
                ignoring_self_events_enabled=True,
                logger=logging.getLogger("briefbot.slack.bolt"),
                **kwargs,
            )
        register(self)

    # -- the workers -------------------------------------------------------------

    def _new_pool(self):
        n = self.settings.slack_workers
        if self.mode == "thread":
            return ThreadPoolExecutor(max_workers=n, thread_name_prefix="slack-worker")
        from adapters.slack import worker

        values = self.settings.as_env()
        return ProcessPoolExecutor(max_workers=n, mp_context=worker.context(),
                                   initializer=worker.init,
                                   initargs=(values, logging.getLogger().getEffectiveLevel()))

    def submit(self, job: str, *args) -> None:
        """Run Jobs.<job>(*args) after the ack. Arguments are plain data."""
        with self._idle:
            self._pending += 1
        try:
            if self.mode == "thread":
                future = self._pool.submit(self._run_here, job, *args)
            else:
                from adapters.slack import worker

                try:
                    future = self._pool.submit(worker.run, job, *args)
                except BrokenProcessPool:  # a worker died (OOM, kill): start afresh
                    log.error("Slack worker pool broke; starting new workers")
                    self._pool = self._new_pool()
                    future = self._pool.submit(worker.run, job, *args)
        except Exception:
            self._done(None)
            raise
        future.add_done_callback(self._done)

    def _run_here(self, job: str, *args) -> None:
        try:
            getattr(self.jobs, job)(*args)
        except Exception:  # noqa: BLE001 - a job must never kill its worker
            log.exception("slack job %s failed", job)

    def _done(self, future) -> None:
        if future is not None and not future.cancelled() and future.exception() is not None:
            log.error("slack job failed in its worker: %r", future.exception())
        with self._idle:
            self._pending -= 1
            self._idle.notify_all()

    def warm_up(self, timeout: float = 60.0) -> None:
        """Start every worker before traffic arrives, so the first acks do not pay for
        process start-up and a worker that cannot build its app fails `serve` at once."""
        if self.mode != "process":
            return
        from adapters.slack import worker

        futures = [self._pool.submit(worker.ping) for _ in range(self.settings.slack_workers)]
        for future in futures:
            future.result(timeout)

    @property
    def pending(self) -> int:
        return self._pending

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """True when every submitted job has finished (tests and benchmarks wait on it)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def register(bot: SlackBot) -> None:
    app = bot.bolt

    @app.command(re.compile(r"^/brief"))
    def on_brief(ack, command, context):
        parsed = commands.parse(command.get("text", ""))
        if parsed.name == "help":
            ack(response_type="ephemeral", text=commands.HELP)
        elif parsed.name == "usage":
            ack(response_type="ephemeral", text=commands.USAGE)
        elif parsed.name == "search":
            ack(response_type="ephemeral", text=":mag: Searching…")
            bot.submit("search", parsed.arg, command.get("response_url"))
        else:
            ack(response_type="ephemeral", text=WORKING)
            bot.submit("brief_command", dict(command), parsed.arg, context.bot_token)

    @app.message_shortcut(SHORTCUT_ID)
    def on_shortcut(ack, shortcut, context):
        ack()
        bot.submit("brief_message", dict(shortcut), context.bot_token)

    @app.event("app_mention")
    def on_mention(body, event, context):
        if _from_bot(event, context):
            return
        bot.submit("mention", body.get("event_id"), dict(event), context.bot_token,
                   context.bot_user_id)

    @app.event("message")
    def on_message(body, event, context):
        if _from_bot(event, context) or event.get("subtype") not in _HUMAN_SUBTYPES:
            return
        thread_ts = event.get("thread_ts")
        if not thread_ts or thread_ts == event.get("ts"):
            return  # not a thread reply
        bot_user = context.bot_user_id
        if bot_user and f"<@{bot_user}" in (event.get("text") or ""):
            return  # a mention: the app_mention event answers it, once
        bot.submit("thread_reply", body.get("event_id"), dict(event), context.bot_token)

    @app.error
    def on_error(error, body, logger):
        logger.exception("unhandled error in a Slack listener: %s", error)


def _from_bot(event: dict, context) -> bool:
    return bool(event.get("bot_id") or event.get("bot_profile")
                or event.get("subtype") == "bot_message"
                or (context.bot_user_id and event.get("user") == context.bot_user_id))


__all__ = ["SlackBot", "make_client", "PLATFORM", "SHORTCUT_ID"]
