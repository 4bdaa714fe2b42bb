"""Worker processes for the Slack jobs.

The engine is CPU-bound Python: on threads in the server process it holds the GIL
and every ack waits for it (measured: p99 ack 170-380 ms with one to eight busy
worker threads). In worker processes the server process only parses, verifies and
acks. Each worker process builds its own app (database engine, ingestor, engine)
from the same settings; the processed-events table keeps replies exactly-once
across processes."""
from __future__ import annotations

import logging
import multiprocessing
import os

log = logging.getLogger(__name__)

_jobs = None  # this worker process's Jobs


def context():
    """forkserver: workers fork from a clean, single-threaded server process (the bot
    process has uvicorn and socket threads that must not be forked)."""
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload(["adapters.slack.jobs", "adapters.wiring", "bot.service",
                                    "slack_sdk", "slack_bolt"])
    return ctx


WORKER_NICENESS = 10  # the acking process comes first when CPUs are scarce


def init(settings_values: dict, log_level: int) -> None:
    global _jobs
    try:
        os.nice(WORKER_NICENESS)
    except (AttributeError, OSError):  # not on this platform, or not permitted
        pass
    from adapters.slack.jobs import Jobs
    from adapters.wiring import build_app
    from bot.config import Settings

    logging.basicConfig(level=log_level, format="%(levelname)s %(name)s: %(message)s")
    app = build_app(Settings(_env_file=None, **settings_values))
    _jobs = Jobs(app.service, app.settings)


def run(name: str, *args) -> None:
    try:
        getattr(_jobs, name)(*args)
    except Exception:  # noqa: BLE001 - a job must never kill its worker
        log.exception("slack job %s failed", name)


def ping() -> int:
    """Warm-up: proves this worker built its app; returns its process id."""
    return os.getpid()
