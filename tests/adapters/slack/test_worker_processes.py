"""What `briefbot serve slack` runs by default: the jobs in worker processes, each with
its own database connection; exactly-once replies hold across processes."""
from __future__ import annotations

import pytest

from tests.adapters.slack.conftest import HARBOUR, make_settings, serving_http
from tests.fakes.slack_payloads import event_callback, slash_command, thread_message


@pytest.fixture
def process_bot(fake, database_url):
    from adapters.slack.app import SlackBot
    from adapters.wiring import build_app

    core = build_app(make_settings(fake, database_url, SLACK_WORKER_MODE="process", SLACK_WORKERS=3))
    bot = SlackBot(core, http=True)
    assert bot.mode == "process"
    bot.warm_up(30)
    with serving_http(bot, fake) as driver:
        yield driver
    core.close()


def test_brief_and_thread_answers_from_worker_processes(process_bot, fake):
    process_bot.command(slash_command(HARBOUR.read_text(encoding="utf-8"),
                                      response_url=fake.response_url()))
    [post] = fake.wait_calls("chat.postMessage", 1, timeout=30)
    assert process_bot.bot.wait_idle(30)
    ts = post.response["ts"]
    payload = event_callback(thread_message("Who voted against it?", thread_ts=ts))
    for retry in range(3):  # three deliveries, likely picked up by different processes
        assert process_bot.event(payload, retry=retry).status_code == 200
    assert process_bot.bot.wait_idle(30)
    answers = [c for c in fake.calls_to("chat.postMessage") if c.args.get("thread_ts") == ts]
    assert len(answers) == 1
