"""What users do, over HTTP mode: /brief, thread questions, retries, shortcuts, errors."""
from __future__ import annotations

import json
import re
import time

from tests.adapters.slack.conftest import HARBOUR, texts
from tests.fakes.slack_payloads import event_callback, message_action, slash_command, thread_message


def brief_harbour(http_bot, fake, channel: str = "C0001") -> str:
    resp = http_bot.command(slash_command(HARBOUR.read_text(encoding="utf-8"), channel=channel,
                                          response_url=fake.response_url()))
    assert resp.status_code == 200
    assert http_bot.bot.wait_idle(10)
    posts = fake.calls_to("chat.postMessage")
    assert len(posts) == 1, posts
    return posts[0].response["ts"]


def answers_in(fake, thread_ts: str) -> list:
    return [c for c in fake.calls_to("chat.postMessage") if c.args.get("thread_ts") == thread_ts]


def test_thread_reply_is_answered_in_the_thread_from_the_article(http_bot, fake):
    ts = brief_harbour(http_bot, fake)
    event = thread_message("Who says the impact is minor?", thread_ts=ts)
    assert http_bot.event(event_callback(event)).status_code == 200
    assert http_bot.bot.wait_idle(10)
    [answer] = answers_in(fake, ts)
    body = " ".join(texts(answer.args["blocks"]))
    assert "impact is minor" in body
    assert re.search(r"at character [\d,]+ of the article", body)


def test_same_event_delivered_three_times_gets_one_reply(http_bot, fake):
    ts = brief_harbour(http_bot, fake)
    payload = event_callback(thread_message("How much will the terminal cost?", thread_ts=ts),
                             event_id="Ev0RETRY0001")
    for retry in range(3):
        assert http_bot.event(payload, retry=retry).status_code == 200
    assert http_bot.bot.wait_idle(10)
    assert len(answers_in(fake, ts)) == 1


def test_a_first_delivery_that_failed_is_processed_on_retry(http_bot, fake):
    ts = brief_harbour(http_bot, fake)
    payload = event_callback(thread_message("How many jobs?", thread_ts=ts), event_id="Ev0FAIL0001")
    fake.fail_next("chat.postMessage", error="internal_error")
    http_bot.event(payload)
    assert http_bot.bot.wait_idle(10)
    assert answers_in(fake, ts) == []
    http_bot.event(payload, retry=1)
    assert http_bot.bot.wait_idle(10)
    assert len(answers_in(fake, ts)) == 1
    http_bot.event(payload, retry=2)  # and a later retry is still a duplicate
    assert http_bot.bot.wait_idle(10)
    assert len(answers_in(fake, ts)) == 1


def test_mention_in_thread_answered_once_and_bots_are_ignored(http_bot, fake):
    ts = brief_harbour(http_bot, fake)
    mention = thread_message("<@UBOT> how many jobs?", thread_ts=ts)
    mention["text"] = "<@UBOT> how many jobs?"  # Slack's own markup, not user text
    http_bot.event(event_callback(mention))  # the message.channels copy
    http_bot.event(event_callback({**mention, "type": "app_mention"}))
    http_bot.event(event_callback(thread_message("a bot says hi", thread_ts=ts, bot_id="B0THER",
                                                 subtype="bot_message")))
    http_bot.event(event_callback(thread_message("I talk to myself", thread_ts=ts, user="UBOT")))
    http_bot.event(event_callback(thread_message("edited", thread_ts=ts, subtype="message_changed")))
    assert http_bot.bot.wait_idle(10)
    [answer] = answers_in(fake, ts)
    assert "1,200" in json.dumps(answer.args["blocks"])


def test_replies_under_other_messages_are_left_alone(http_bot, fake):
    http_bot.event(event_callback(thread_message("unrelated chat", thread_ts="1600000000.000100")))
    http_bot.event(event_callback({"type": "message", "channel": "C0001", "user": "U0002",
                                   "text": "top-level", "ts": "1600000001.000100"}))
    assert http_bot.bot.wait_idle(10)
    assert fake.calls_to("chat.postMessage", ok_only=False) == []


def test_rate_limited_post_waits_out_retry_after(http_bot, fake):
    fake.fail_next("chat.postMessage", status=429, retry_after=1)
    brief_harbour(http_bot, fake)
    calls = [c for c in fake.calls if c.method == "chat.postMessage"]
    assert [c.status for c in calls] == [429, 200]
    assert calls[1].at - calls[0].at >= 1.0


def test_help_search_and_usage(http_bot, fake):
    resp = http_bot.command(slash_command("help", response_url=fake.response_url()))
    assert "/brief search" in resp.json()["text"]
    resp = http_bot.command(slash_command("", response_url=fake.response_url()))
    assert "Give me something to brief" in resp.json()["text"]
    brief_harbour(http_bot, fake)
    resp = http_bot.command(slash_command("search offshore wind", response_url=fake.response_url("s")))
    assert "Searching" in resp.json()["text"]
    assert http_bot.bot.wait_idle(10)
    [result] = [c for c in fake.calls_to("response_url") if c.args["_rid"] == "s"]
    assert result.args["response_type"] == "ephemeral"
    assert "offshore wind terminal" in json.dumps(result.args["blocks"])
    assert len(fake.calls_to("chat.postMessage")) == 1  # search posts nothing in the channel


def test_errors_are_clear_ephemeral_replies(http_bot, fake, site):
    missing = site.add("/gone", "<h1>Not here</h1>", status=404)
    http_bot.command(slash_command(missing, response_url=fake.response_url("e1")))
    fake.not_in_channels.add("C0009")
    http_bot.command(slash_command(HARBOUR.read_text(encoding="utf-8"), channel="C0009",
                                   response_url=fake.response_url("e2")))
    assert http_bot.bot.wait_idle(15)
    replies = {c.args["_rid"]: c.args for c in fake.calls_to("response_url")}
    assert replies["e1"]["text"].startswith(":warning:") and "404" in replies["e1"]["text"]
    assert replies["e1"]["response_type"] == "ephemeral" and replies["e1"]["replace_original"]
    assert "/invite @briefbot" in replies["e2"]["text"]
    assert fake.calls_to("chat.postMessage") == []


def test_shortcut_briefs_the_first_link_in_the_message_thread(http_bot, fake, site):
    url = site.add_article("/tram", "Tram line extension opens in May",
                           [HARBOUR.read_text(encoding="utf-8")])
    message = {"type": "message", "user": "U0002", "ts": "1700000500.000200",
               "text": f"read this <{url}|tram story> and <https://example.org/other>"}
    resp = http_bot.interactive(message_action(message, response_url=fake.response_url("sc")))
    assert resp.status_code == 200
    assert http_bot.bot.wait_idle(15)
    [post] = fake.calls_to("chat.postMessage")
    assert post.args["thread_ts"] == "1700000500.000200"
    assert "Tram line extension" in post.args["blocks"][0]["text"]["text"]
    # a question in that thread is about this article
    http_bot.event(event_callback(thread_message("How much is the project?",
                                                 thread_ts="1700000500.000200")))
    assert http_bot.bot.wait_idle(10)
    assert len(answers_in(fake, "1700000500.000200")) == 2


def test_shortcut_briefs_an_attached_file_downloaded_with_the_bot_token(http_bot, fake):
    file = fake.add_file(HARBOUR.read_bytes(), "harbour.txt", filetype="text")
    message = {"type": "message", "user": "U0002", "ts": "1700000600.000100", "text": "",
               "files": [file]}
    http_bot.interactive(message_action(message, response_url=fake.response_url()))
    assert http_bot.bot.wait_idle(15)
    [download] = fake.calls_to("file_download")
    assert download.headers["Authorization"] == f"Bearer {fake.bot_token}"
    [post] = fake.calls_to("chat.postMessage")
    assert post.args["thread_ts"] == "1700000600.000100"
    assert "offshore wind terminal" in post.args["blocks"][0]["text"]["text"]


def test_shortcut_never_sends_the_token_elsewhere(http_bot, fake, site):
    file = {"id": "F1", "name": "x.txt", "size": 10, "url_private": f"{site.add('/x', 'x')}"}
    file["url_private"] = file["url_private"].replace("127.0.0.1", "localhost")
    message = {"type": "message", "user": "U0002", "ts": "1700000700.000100", "text": "",
               "files": [file]}
    http_bot.interactive(message_action(message, response_url=fake.response_url("tok")))
    assert http_bot.bot.wait_idle(10)
    [reply] = [c for c in fake.calls_to("response_url") if ":warning:" in c.args.get("text", "")]
    assert "not on Slack's file server" in reply.args["text"]
    assert fake.calls_to("chat.postMessage") == []


def test_shortcut_briefs_plain_text_when_there_is_no_link_or_file(http_bot, fake):
    message = {"type": "message", "user": "U0002", "ts": "1700000800.000100",
               "text": HARBOUR.read_text(encoding="utf-8").replace("&", "&amp;")}
    http_bot.interactive(message_action(message, response_url=fake.response_url()))
    assert http_bot.bot.wait_idle(15)
    [post] = fake.calls_to("chat.postMessage")
    assert post.args["thread_ts"] == "1700000800.000100"


def test_refused_addresses_are_explained(fake, sqlite_url):
    from adapters.slack.app import SlackBot
    from adapters.slack.serve import HttpServer
    from adapters.wiring import build_app
    from tests.adapters.slack.conftest import HttpDriver, make_settings

    core = build_app(make_settings(fake, sqlite_url, BRIEFBOT_ALLOW_PRIVATE_URLS=False))
    bot = SlackBot(core, http=True)
    server = HttpServer(bot).start()
    driver = HttpDriver(bot, server, fake)
    try:
        driver.command(slash_command("http://127.0.0.1:8080/internal", response_url=fake.response_url("a")))
        driver.command(slash_command("http://169.254.169.254/latest/meta-data/",
                                     response_url=fake.response_url("b")))
        assert bot.wait_idle(15)
    finally:
        driver.close()
        server.stop()
        bot.close()
        core.close()
    replies = {c.args["_rid"]: c.args["text"] for c in fake.calls_to("response_url")}
    assert set(replies) == {"a", "b"}
    assert all(t.startswith(":warning:") and "private" in t for t in replies.values()), replies
    assert fake.calls_to("chat.postMessage") == []
