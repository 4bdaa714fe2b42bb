"""HTTP mode over real HTTP: signed requests to /slack/events served by uvicorn."""
from __future__ import annotations

import json
import time

import pytest

from tests.adapters.slack.conftest import HARBOUR, SECRET
from tests.fakes.slack_payloads import form, sign, slash_command


def test_signed_brief_is_acked_fast_and_posts_one_briefing(http_bot, fake):
    text = HARBOUR.read_text(encoding="utf-8")
    started = time.monotonic()
    resp = http_bot.command(slash_command(text, response_url=fake.response_url("r1")))
    elapsed = time.monotonic() - started
    assert resp.status_code == 200
    assert elapsed < 1.0, f"ack took {elapsed:.3f}s"
    assert "Working on it" in resp.json()["text"]
    posts = fake.wait_calls("chat.postMessage", 1)
    assert http_bot.bot.wait_idle(10)
    posts = fake.calls_to("chat.postMessage")
    assert len(posts) == 1
    args = posts[0].args
    assert args["channel"] == "C0001"
    assert args["unfurl_links"] is False and args["unfurl_media"] is False
    assert args["blocks"][0]["type"] == "header"
    assert "offshore wind terminal" in args["blocks"][0]["text"]["text"]
    body = json.dumps(args["blocks"])
    assert "Maria Okafor" in body and "*Quotes*" in body and "*Key figures*" in body
    # the "working on it" ephemeral is removed once the briefing is up
    assert fake.wait_for(lambda: fake.calls_to("response_url"))
    assert fake.calls_to("response_url")[-1].args.get("delete_original") is True


BODY = form({"command": "/brief", "text": "hello world", "channel_id": "C0001",
             "user_id": "U0001", "team_id": "T0001", "response_url": "http://127.0.0.1:9/x",
             "trigger_id": "1.2"})


def _valid():
    return sign(BODY, SECRET)


def _tampered_cases():
    now = int(time.time())
    valid = _valid()
    yield "body changed by one byte", BODY[:-1] + b"3", valid
    yield "timestamp 301 s old", BODY, sign(BODY, SECRET, now - 301)
    yield "timestamp 301 s ahead", BODY, sign(BODY, SECRET, now + 301)
    yield "non-numeric timestamp", BODY, {**sign(BODY, SECRET), "X-Slack-Request-Timestamp": "12ab"}
    yield "5000-digit timestamp", BODY, sign(BODY, SECRET, "9" * 5000)
    yield "non-ASCII signature", BODY, {**valid, "X-Slack-Signature": ("v0=" + "é" * 64).encode()}
    yield "wrong secret", BODY, sign(BODY, "not-the-secret")
    yield "missing signature", BODY, {"X-Slack-Request-Timestamp": valid["X-Slack-Request-Timestamp"]}
    yield "missing timestamp", BODY, {"X-Slack-Signature": valid["X-Slack-Signature"]}
    yield "missing both", BODY, {}
    yield "signature of another body", BODY, sign(b"text=other", SECRET)
    yield "not UTF-8 body", b"\xff\xfe" + BODY, valid


@pytest.mark.parametrize("case", [c[0] for c in _tampered_cases()])
def test_bad_signatures_are_401_and_nothing_is_posted(http_bot, fake, case):
    _, body, headers = next(c for c in _tampered_cases() if c[0] == case)
    resp = http_bot.post(body, "application/x-www-form-urlencoded", headers, signed=False)
    assert resp.status_code == 401, resp.text
    assert http_bot.bot.wait_idle(5)
    assert not fake.calls_to("chat.postMessage", ok_only=False)
    assert not fake.calls_to("response_url")


def test_valid_signature_control_case_is_accepted(http_bot, fake):
    resp = http_bot.post(BODY, "application/x-www-form-urlencoded", _valid(), signed=False)
    assert resp.status_code == 200


def test_other_paths_and_methods(http_bot):
    assert http_bot.http.get("/slack/events").status_code == 405
    assert http_bot.http.post("/nope").status_code == 404
    assert http_bot.http.get("/healthz").text == "ok"


def test_url_verification_and_oversized_bodies(http_bot):
    body = json.dumps({"token": "x", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
                       "type": "url_verification"}).encode()
    resp = http_bot.post(body, "application/json")
    assert resp.status_code == 200 and "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" in resp.text
    resp = http_bot.post(b"x" * 2_000_001, "application/x-www-form-urlencoded")
    assert resp.status_code == 413
