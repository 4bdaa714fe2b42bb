"""Socket Mode: the real app on slack_sdk's WebSocket client against the fake server
(apps.connections.open -> ws://127.0.0.1:…, hello, envelopes, acks)."""
from __future__ import annotations

import time

from tests.adapters.slack.conftest import HARBOUR
from tests.fakes.slack_payloads import event_callback, message_action, slash_command, thread_message


def test_slash_command_is_acked_over_the_socket_and_briefed(socket_bot, fake):
    payload = slash_command(HARBOUR.read_text(encoding="utf-8"), response_url=fake.response_url())
    started = time.monotonic()
    envelope = fake.send_envelope("slash_commands", payload)
    ack = fake.wait_ack(envelope, 5)
    assert ack is not None and time.monotonic() - started < 1.0
    assert "Working on it" in ack["payload"]["text"]
    [post] = fake.wait_calls("chat.postMessage", 1)
    assert "offshore wind terminal" in post.args["blocks"][0]["text"]["text"]
    assert [c.token for c in fake.calls if c.method == "apps.connections.open"] == [fake.app_token]


def test_event_redelivered_three_times_gets_one_reply(socket_bot, fake):
    fake.send_envelope("slash_commands", slash_command(HARBOUR.read_text(encoding="utf-8"),
                                                       response_url=fake.response_url()))
    [post] = fake.wait_calls("chat.postMessage", 1)
    assert socket_bot.wait_idle(10)
    ts = post.response["ts"]
    payload = event_callback(thread_message("Who voted against the plan?", thread_ts=ts),
                             event_id="Ev0SOCKET001")
    envelopes = [fake.send_envelope("events_api", payload, retry_attempt=i) for i in range(3)]
    assert all(fake.wait_ack(e, 5) is not None for e in envelopes)
    assert socket_bot.wait_idle(10)
    answers = [c for c in fake.calls_to("chat.postMessage") if c.args.get("thread_ts") == ts]
    assert len(answers) == 1


def test_message_shortcut_over_the_socket(socket_bot, fake):
    message = {"type": "message", "user": "U0002", "ts": "1700000900.000100",
               "text": HARBOUR.read_text(encoding="utf-8")}
    envelope = fake.send_envelope("interactive", message_action(message,
                                                                response_url=fake.response_url()))
    assert fake.wait_ack(envelope, 5) is not None
    [post] = fake.wait_calls("chat.postMessage", 1)
    assert post.args["thread_ts"] == "1700000900.000100"
