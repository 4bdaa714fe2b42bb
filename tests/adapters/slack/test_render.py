"""Block Kit rendering: Slack's limits and escaping, for any text (hypothesis)."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from adapters.slack import commands, render
from bot.models import Answer, ArticleRef, Briefing, Figure, Passage, Quote
from tests.fakes.blockkit import block_errors

MARKUP = st.sampled_from(["<!channel>", "<@U123>", "<#C1|x>", "<https://x|y>", "&amp;", "&",
                          "<", ">", "|", "*", "_", "\u202e", "\x00", "é", "„", "“", "🙂", " "])
TEXT = st.lists(st.one_of(MARKUP, st.text(min_size=0, max_size=40)), max_size=30).map("".join)


def briefing(title: str, body: str, *, n: int = 3, url: str | None = "https://e.org/a") -> Briefing:
    return Briefing(
        article=ArticleRef(7, title, url, "en", 1234),
        summary=tuple(Passage(body, i) for i in range(n)),
        quotes=tuple(Quote(body, i, speaker=title[:80] or None) for i in range(n)),
        figures=tuple(Figure(body[:30] or "1", i, 1.0, context=body) for i in range(n)),
        engine="offline",
    )


def all_text(messages) -> list[str]:
    out = []
    for blocks in messages:
        for block in blocks:
            for key in ("text",):
                if key in block:
                    out.append(block[key]["text"])
            for e in block.get("elements", []):
                out.append(e["text"])
    return out


def live_markup(text: str) -> list[str]:
    return [m for m in re.findall(r"<[^>]*>", text) if not m.startswith("<https://e.org/")]


@settings(max_examples=150, deadline=None)
@given(title=TEXT, body=TEXT, n=st.integers(0, 4))
def test_any_text_renders_within_limits_and_inert(title, body, n):
    r = render.briefing(briefing(title, body, n=n))
    for blocks in r.messages:
        assert block_errors(blocks) == []
    for text in all_text(r.messages) + [r.text]:
        assert live_markup(text) == []
        assert not re.search(r"&(?!amp;|lt;|gt;)", text)
        assert "\u202e" not in text and "\x00" not in text


def test_huge_briefing_overflows_into_thread_messages_within_limits():
    big = "A very long quoted sentence with <!here> & more words " * 60  # ~3,300 chars
    r = render.briefing(briefing("T" * 500, big, n=30))
    assert len(r.messages) > 1
    assert len(r.messages) <= 1 + render.MAX_THREAD_REPLIES
    for blocks in r.messages:
        assert 0 < len(blocks) <= 50 and block_errors(blocks) == []
    assert len(r.blocks[0]["text"]["text"]) <= 150
    assert len(r.text) <= render.FALLBACK_CHARS


def test_entities_are_never_cut_in_half():
    for limit in range(1, 30):
        cut = render.esc_fit("a&b<c>d" * 5, limit)
        assert len(cut) <= limit
        assert not re.search(r"&(?!amp;|lt;|gt;)", cut), cut
    for piece in render.split_escaped("x&y " * 2000, 3000):
        assert len(piece) <= 3000 and not re.search(r"&(?!amp;|lt;|gt;)", piece)


def test_article_url_is_linked_safely():
    assert render.link("https://e.org/a?x=1&y=2", "e.org") == "<https://e.org/a?x=1&amp;y=2|e.org>"
    assert render.link("https://e.org/a|b>c", "t|x") == "<https://e.org/a%7Cb%3Ec|t¦x>"
    assert render.link("javascript:alert(1)", "x") == "x"
    assert render.link(None, "<!channel>") == "&lt;!channel&gt;"


def test_answer_and_search_rows_render():
    text, blocks = render.answer(Answer("q", (Passage("It said <!here> 5 %.", 1234),), "offline"))
    assert block_errors(blocks) == [] and "&lt;!here&gt;" in blocks[0]["text"]["text"]
    assert "1,234" in blocks[0]["text"]["text"]
    text, blocks = render.answer(Answer("q", (), "offline"))
    assert "nothing" in blocks[0]["text"]["text"]


def test_brief_grammar():
    assert commands.parse("") == commands.Command("usage")
    assert commands.parse("help") == commands.Command("help")
    assert commands.parse("HELP") == commands.Command("help")
    assert commands.parse("search musk twitter") == commands.Command("search", "musk twitter")
    assert commands.parse("help me understand this") == commands.Command("brief", "help me understand this")
    assert commands.parse("https://e.org/a").name == "brief"
    assert commands.brief_target("<https://e.org/a?x=1&amp;y=2>") == ("url", "https://e.org/a?x=1&y=2")
    assert commands.brief_target("https://e.org/a") == ("url", "https://e.org/a")
    assert commands.brief_target("see <https://e.org|here> &lt;b&gt;") == ("text", "see here <b>")
    assert commands.first_link("x <@U1> <https://a.org/1|one> <https://b.org>") == "https://a.org/1"
    assert commands.strip_mention("<@UBOT> what?", "UBOT") == "what?"


@settings(max_examples=200, deadline=None)
@given(body=st.binary(max_size=200), ts=st.text(max_size=30), sig=st.text(max_size=80))
def test_signature_check_never_raises(body, ts, sig):
    from adapters.slack.asgi import verify

    assert verify(b"secret", body, ts, sig) is False or sig.startswith("v0=")


@settings(max_examples=200, deadline=None)
@given(text=TEXT)
def test_command_parsing_never_raises(text):
    command = commands.parse(text)
    if command.name == "brief":
        kind, value = commands.brief_target(command.arg)
        assert kind in ("url", "text") and isinstance(value, str)
    commands.first_link(text)
    commands.strip_mention(text, "UBOT")
