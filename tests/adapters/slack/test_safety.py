"""Untrusted text never becomes live Slack markup, and nothing breaks Slack's limits."""
from __future__ import annotations

import re

from tests.adapters.slack.conftest import texts
from tests.fakes.blockkit import block_errors
from tests.fakes.slack_payloads import slash_command

PAYLOAD = "<!channel> <@U123> <https://x|y> &amp; <!here> <!everyone> <#C999|general>"
LIVE = ("<!channel>", "<!here>", "<!everyone>", "<@U123>", "<#C999", "<https://x|y>")


def _paragraphs(payload: str) -> list[str]:
    return [
        f"The council met on Monday and {payload} was written on the agenda by someone. "
        "The mayor said the budget of 40 million euros would be spent on schools.",
        f"„We will not accept {payload} in our city,“ said Mayor Anna Berger on Monday. "
        "About 12,000 residents signed the petition, roughly 30 % of the district.",
        "The opposition asked for a delay. The vote is expected in spring, "
        f"and the plan covers 45 schools. Critics wrote {payload} on posters.",
    ]


def assert_nothing_live(calls, site_port: int | None = None) -> None:
    assert calls
    for call in calls:
        assert call.response.get("ok"), call.response
        for text in texts(call.args.get("blocks")) + [call.args.get("text", "")]:
            assert not re.search(r"&(?!amp;|lt;|gt;)", text), text  # every & escaped
            for token in LIVE:
                assert token not in text, (token, text)
            for markup in re.findall(r"<[^>]*>", text):
                # the only markup is our own link to the article
                assert site_port and re.fullmatch(
                    rf"<http://127\.0\.0\.1:{site_port}/[^<>|\s]*\|127\.0\.0\.1>", markup), markup
        for block in call.args.get("blocks") or []:
            for obj in _text_objects(block):
                if obj["type"] == "mrkdwn":
                    assert obj.get("verbatim") is True, obj  # no auto-linked @here, #channel, URLs


def _text_objects(value):
    if isinstance(value, dict):
        if value.get("type") in ("mrkdwn", "plain_text") and "text" in value:
            yield value
        for v in value.values():
            yield from _text_objects(v)
    elif isinstance(value, list):
        for v in value:
            yield from _text_objects(v)


def test_injected_markup_in_a_fetched_article_stays_inert(http_bot, fake, site):
    url = site.add_article(f"/news?a=1&b=2", f"Council {PAYLOAD} & the budget", _paragraphs(PAYLOAD))
    http_bot.command(slash_command(url, response_url=fake.response_url()))
    assert http_bot.bot.wait_idle(15)
    [post] = fake.calls_to("chat.postMessage")
    assert_nothing_live([post], site.port)
    header = post.args["blocks"][0]["text"]["text"]
    assert "&lt;!channel&gt;" in header
    body = " ".join(texts(post.args["blocks"]))
    assert "&lt;@U123&gt;" in body and "Anna Berger" in body
    # and a question in the thread gets an inert answer too
    from tests.fakes.slack_payloads import event_callback, thread_message

    http_bot.event(event_callback(thread_message("What was written on the agenda?",
                                                 thread_ts=post.response["ts"])))
    assert http_bot.bot.wait_idle(10)
    assert_nothing_live(fake.calls_to("chat.postMessage"), site.port)


def test_injected_markup_in_pasted_text_stays_inert(http_bot, fake):
    http_bot.command(slash_command("\n\n".join(_paragraphs(PAYLOAD)), response_url=fake.response_url()))
    assert http_bot.bot.wait_idle(15)
    assert_nothing_live(fake.calls_to("chat.postMessage"))
    body = " ".join(texts(fake.calls_to("chat.postMessage")[0].args["blocks"]))
    assert "&amp;amp;" in body  # the article's literal "&amp;" shows as typed


def _long_article(n_chars: int = 60_000) -> str:
    parts, i = [], 0
    while sum(map(len, parts)) < n_chars:
        i += 1
        parts.append(
            f"In district {i} the council spent {i * 3},{i % 10}00 euros, about {i % 90} % more. "
            f"„The works in district {i} will take {i % 12 + 1} months and cost {i}.5 million "
            f"euros,“ said engineer Paul Meier {i}. " + ("Residents complained at length " * 6)
            + f"about the noise in street {i}.\n\n")
    parts.append("„" + "A quote that goes on and on " * 150 + "“, said Eva Long.")
    parts.append(" " + "word " * 1200 + "ends here.")
    return "".join(parts)[: n_chars + 6000]


def test_a_60000_character_article_posts_without_a_slack_error(http_bot, fake, site):
    text = _long_article()
    assert len(text) >= 60_000
    url = site.add("/long.txt", text, content_type="text/plain; charset=utf-8")
    http_bot.command(slash_command(url, response_url=fake.response_url("long")))
    assert http_bot.bot.wait_idle(30)
    calls = fake.calls_to("chat.postMessage", ok_only=False)
    assert calls and all(c.response.get("ok") for c in calls), [c.response for c in calls]
    for c in calls:
        assert block_errors(c.args["blocks"]) == []


def test_fake_slack_rejects_what_real_slack_rejects(http_bot, fake):
    """The limits above are only worth something if the fake enforces them."""
    from slack_sdk import WebClient
    from slack_sdk.errors import SlackApiError

    client = WebClient(token=fake.bot_token, base_url=fake.api_url)
    cases = [
        ([{"type": "section", "text": {"type": "mrkdwn", "text": "x"}}] * 51, "invalid_blocks"),
        ([{"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}], "invalid_blocks"),
        ([{"type": "header", "text": {"type": "plain_text", "text": "x" * 151}}], "invalid_blocks"),
        (None, "msg_too_long"),
    ]
    for blocks, error in cases:
        try:
            client.chat_postMessage(channel="C1", blocks=blocks, text="y" * 40001 if not blocks else "t")
        except SlackApiError as exc:
            assert exc.response["error"] == error
        else:
            raise AssertionError(f"fake accepted {error}")


def test_a_briefing_too_big_for_one_message_continues_in_its_thread(http_bot, fake):
    from bot.models import BriefResult, Source
    from tests.adapters.slack.test_render import briefing

    service = http_bot.bot.service
    article = service.ingest(Source(text=_long_article(), origin="paste")).article
    big = briefing("<!channel> " * 40, "A long quote with <@U123> & words " * 90, n=30, url=None)
    result = BriefResult(briefing=big, article=article, created=True)
    jobs = http_bot.bot.jobs
    ts = jobs.post_briefing(jobs.client(fake.bot_token), "C0001", result)
    calls = fake.calls_to("chat.postMessage", ok_only=False)
    assert len(calls) > 1 and all(c.response.get("ok") for c in calls), [c.response for c in calls]
    assert all(c.args.get("thread_ts") == ts for c in calls[1:])
    assert_nothing_live(calls)
    assert service.thread_article("slack:C0001", ts).id == article.id
