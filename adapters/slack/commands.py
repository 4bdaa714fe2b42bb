"""The `/brief` grammar, and turning Slack's message markup back into plain text.

    /brief <url>                 brief a web page
    /brief <pasted text>         brief the text
    /brief search <terms>        stored articles matching the terms (only you see it)
    /brief help                  this help

New subcommands (digest, feed, ...) are added to SUBCOMMANDS; anything that is not
a subcommand word is briefed, so a pasted article that happens to start with
"search" still works when it is longer than one line.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

HELP = """\
*/brief* turns an article into a summary, quotes and key figures.
• `/brief https://example.org/article` — brief a web page
• `/brief <pasted article text>` — brief text you paste
• `/brief search <words>` — find articles briefed before (only you see the list)
• `/brief help` — this help
Reply in the thread of a briefing (or mention me there) to ask about the article.
Message menu ⋯ → *Brief this message* briefs a message's link, file or text."""

USAGE = "Give me something to brief: `/brief <link or pasted text>`. `/brief help` shows more."

# word -> takes an argument. Extend for the digest and feed subcommands.
SUBCOMMANDS: dict[str, bool] = {"help": False, "search": True}

# <https://x|label>, <https://x>, <mailto:…>, <@U1>, <#C1|name>, <!here>
_MARKUP = re.compile(r"<([^<>]*)>")
_LINK = re.compile(r"<((?:https?)://[^|<>\s]+)(?:\|[^<>]*)?>", re.IGNORECASE)


@dataclass(frozen=True)
class Command:
    name: str  # "brief", "help", "search", ...
    arg: str = ""


def parse(text: str) -> Command:
    text = (text or "").strip()
    if not text:
        return Command("usage")
    word, _, rest = text.partition(" ")
    key = word.lower()
    if key in SUBCOMMANDS and "\n" not in word:
        takes_arg = SUBCOMMANDS[key]
        if takes_arg or not rest.strip():
            return Command(key, rest.strip())
    return Command("brief", text)


def first_link(text: str) -> str | None:
    """The first http(s) link Slack marked up in a message (`<url>` or `<url|label>`)."""
    m = _LINK.search(text or "")
    return html.unescape(m.group(1)) if m else None


def plain_text(text: str) -> str:
    """Slack message markup -> what the user sees: links become their URL (or label),
    mentions their readable part, entities unescaped."""
    def repl(m: re.Match[str]) -> str:
        inner = m.group(1)
        target, _, label = inner.partition("|")
        if target.startswith(("http://", "https://", "mailto:")):
            return label or target
        if target.startswith(("@", "#", "!")):
            return label or target.lstrip("@#!").split("^")[0]
        return m.group(0)
    return html.unescape(_MARKUP.sub(repl, text or ""))


def brief_target(arg: str) -> tuple[str, str]:
    """('url', url) when the argument is one link, else ('text', plain text)."""
    from bot.ingest import looks_like_url

    stripped = arg.strip()
    single = _LINK.fullmatch(stripped)
    if single:
        return "url", html.unescape(single.group(1))
    candidate = html.unescape(stripped)
    if looks_like_url(candidate):
        return "url", candidate
    return "text", plain_text(arg)


def strip_mention(text: str, bot_user_id: str | None) -> str:
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", " ", text or "")
    return " ".join((text or "").split()) if "\n" not in (text or "") else (text or "").strip()
