"""Core results -> Slack Block Kit, within Slack's limits and safe by construction.

Every untrusted string (article text, titles, user input, LLM output) goes through
`esc()` before it is placed anywhere (mrkdwn, plain_text, fallback text), so no
`<!channel>`, `<@U…>`, `<#C…>` or `<url|label>` can come from it; mrkdwn objects
carry `verbatim: true` so Slack does not auto-link bare URLs, @here or #channels
in it either. The only markup in a message is the markup written here.

A briefing renders to messages: the first is posted in the channel, the rest (when
Slack's 50-block limit is reached) go into its thread.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

from bot.models import Answer, ArticleSummary, Briefing
from bot.typography import quote_marks, shown_quote

MAX_BLOCKS = 50
SECTION_CHARS = 3000
HEADER_CHARS = 150
CONTEXT_CHARS = 2000
FALLBACK_CHARS = 400
QUOTES_SHOWN = 20
FIGURES_SHOWN = 20
PASSAGES_SHOWN = 5
MAX_THREAD_REPLIES = 4  # a briefing never floods its thread

# Characters that would end or split a `<url|label>` link we write ourselves.
_URL_UNSAFE = re.compile(r"[\s<>|\"'`\\\x00-\x1f\x7f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def esc(text: str) -> str:
    """Slack's escaping of untrusted text: &, <, > as HTML entities; controls removed."""
    text = _CONTROL.sub(" ", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def esc_fit(text: str, limit: int) -> str:
    """Escaped text of at most `limit` characters, cut between entities, with an ellipsis."""
    out = esc(text)
    if len(out) <= limit:
        return out
    budget, total, parts = limit - 1, 0, []
    for ch in _CONTROL.sub(" ", text):
        piece = esc(ch)
        if total + len(piece) > budget:
            break
        parts.append(piece)
        total += len(piece)
    return "".join(parts).rstrip() + "…"


def split_escaped(text: str, limit: int) -> list[str]:
    """Escape `text` and cut it into pieces of <= `limit` characters at spaces where
    possible, never inside an entity (the cut is made in the raw text)."""
    text = _CONTROL.sub(" ", text)
    pieces: list[str] = []
    while text:
        if len(esc(text)) <= limit:
            pieces.append(esc(text))
            break
        # Longest raw prefix whose escaped form fits.
        total, cut = 0, 0
        for i, ch in enumerate(text):
            n = len(esc(ch))
            if total + n > limit:
                break
            total += n
            cut = i + 1
        space = text.rfind(" ", 0, cut)
        if space > cut // 2:
            cut = space + 1
        pieces.append(esc(text[:cut]).rstrip())
        text = text[cut:]
    return [p for p in pieces if p.strip()]


def safe_url(url: str | None) -> str | None:
    """An http(s) URL fit to sit inside `<…|…>`: unsafe characters percent-encoded."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    url = _URL_UNSAFE.sub(lambda m: quote(m.group(), safe=""), url)
    return url.replace("&", "&amp;")


def link(url: str | None, label: str) -> str:
    """A link we write ourselves; the label is escaped and cannot close the link."""
    target = safe_url(url)
    label = esc_fit(label, 200).replace("|", "¦")
    return f"<{target}|{label}>" if target else label


def _host(url: str | None) -> str:
    try:
        return urlsplit(url or "").hostname or "source"
    except ValueError:
        return "source"


def mrkdwn(text: str) -> dict:
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def section(text: str) -> dict:
    return {"type": "section", "text": mrkdwn(text)}


def header(title: str) -> dict:
    return {"type": "header", "text": {"type": "plain_text", "text": esc_fit(title, HEADER_CHARS),
                                       "emoji": False}}


def context(text: str) -> dict:
    return {"type": "context", "elements": [mrkdwn(text[:CONTEXT_CHARS])]}


def pack_sections(heading: str | None, items: list[str]) -> list[dict]:
    """Section blocks holding `heading` and the escaped `items` (one per line), each
    section <= SECTION_CHARS; an item too long for one section is split."""
    lines: list[str] = []
    for item in items:
        lines.extend(item) if isinstance(item, list) else lines.append(item)
    blocks, current = [], heading or ""
    for line in lines:
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) <= SECTION_CHARS:
            current = candidate
            continue
        if current:
            blocks.append(section(current))
        current = line
    if current:
        blocks.append(section(current))
    return blocks


def _bullets(prefix: str, raw: str, suffix: str = "") -> list[str]:
    """One list item: escaped `raw` between our own prefix/suffix markup, split when long."""
    room = SECTION_CHARS - len(prefix) - len(suffix) - 2
    parts = split_escaped(raw, room) or [""]
    if len(parts) == 1:
        return [f"{prefix}{parts[0]}{suffix}"]
    return [f"{prefix}{parts[0]}"] + parts[1:-1] + [f"{parts[-1]}{suffix}"]


@dataclass
class Rendered:
    """Messages of a briefing: the first goes in the channel, the rest in its thread."""

    text: str  # fallback text (notifications, screen readers), escaped
    messages: list[list[dict]] = field(default_factory=list)

    @property
    def blocks(self) -> list[dict]:
        return self.messages[0]

    @property
    def thread(self) -> list[list[dict]]:
        return self.messages[1:]


def briefing(b: Briefing) -> Rendered:
    a = b.article
    title = a.title or "Untitled article"
    meta = []
    if a.url:
        meta.append(link(a.url, _host(a.url)))
    if a.id is not None:
        meta.append(f"article #{a.id}")
    if a.language and a.language != "und":
        meta.append(esc_fit(a.language, 16))
    meta.append(f"{a.words:,} words")
    meta.append(f"engine: {esc_fit(b.engine, 60)}")

    body: list[dict] = []
    summary = [_bullets("• ", p.text) for p in b.summary]
    body += pack_sections("*Summary*", summary or ["_No summary: the text is too short._"])
    if b.quotes:
        items = []
        opening, closing = quote_marks(a.language)
        for q in b.quotes[:QUOTES_SHOWN]:
            who = f" — _{esc_fit(q.speaker, 200)}_" if q.speaker else ""
            items.append(_bullets(f"• {opening}", shown_quote(q.text), f"{closing}{who}"))
        if len(b.quotes) > QUOTES_SHOWN:
            items.append(f"_…and {len(b.quotes) - QUOTES_SHOWN} more quotes._")
        body += pack_sections("*Quotes*", items)
    if b.figures:
        items = []
        for f in b.figures[:FIGURES_SHOWN]:
            ctx = f.context.strip()
            items.append(_bullets(f"• *{esc_fit(f.text, 200)}*" + (" — " if ctx else ""), ctx))
        if len(b.figures) > FIGURES_SHOWN:
            items.append(f"_…and {len(b.figures) - FIGURES_SHOWN} more figures._")
        body += pack_sections("*Key figures*", items)

    first = [header(title), context(" · ".join(meta))]
    fallback = f"Briefing: {title}"
    if b.summary:
        fallback += f" — {b.summary[0].text}"
    return Rendered(text=esc_fit(fallback, FALLBACK_CHARS),
                    messages=_paginate(first, body))


def _paginate(first: list[dict], body: list[dict]) -> list[list[dict]]:
    """First message: head + as many body blocks as fit; the rest in thread replies."""
    room = MAX_BLOCKS - len(first) - 1  # keep one for the "continued in thread" note
    if len(body) <= room + 1:
        return [first + body]
    messages = [first + body[:room] + [context("_Continued in the thread._")]]
    rest = body[room:]
    for i in range(0, len(rest), MAX_BLOCKS):
        if len(messages) > MAX_THREAD_REPLIES:
            messages[-1][-1:] = [context("_The rest is left out; ask in the thread._")]
            break
        messages.append(rest[i:i + MAX_BLOCKS])
    return messages


def answer(a: Answer) -> tuple[str, list[dict]]:
    """Fallback text and blocks answering a thread question from the article."""
    blocks: list[dict] = []
    if a.text:
        blocks += pack_sections(None, [_bullets("", a.text)])
    if a.passages:
        items = []
        for p in a.passages[:PASSAGES_SHOWN]:
            items.append(_bullets("> ", p.text))
            items.append(f"_at character {p.start:,} of the article_")
        heading = "*From the article:*" if a.text else "*The article says:*"
        blocks += pack_sections(heading, items)
    if not blocks:
        blocks = [section("I found nothing in the article about that.")]
    blocks.append(context(f"engine: {esc_fit(a.engine, 60)}"))
    first = a.text or (a.passages[0].text if a.passages else "No answer found in the article.")
    return esc_fit(first, FALLBACK_CHARS), blocks[:MAX_BLOCKS]


def article_rows(rows: list[ArticleSummary], query: str) -> tuple[str, list[dict]]:
    if not rows:
        text = f"No stored article matches “{esc_fit(query, 200)}”."
        return text, [section(text)]
    items = []
    for r in rows:
        title = r.title or "Untitled article"
        name = link(r.url, title) if r.url else f"*{esc_fit(title, 200)}*"
        items.append(f"• #{r.id} {name} · {r.words:,} words · {r.fetched_at:%Y-%m-%d}")
        if r.snippet:
            items.append(f"    _{esc_fit(' '.join(r.snippet.split()), 300)}_")
    heading = f"*Stored articles matching “{esc_fit(query, 200)}”:*"
    text = f"{len(rows)} stored articles match “{esc_fit(query, 200)}”."
    return text, pack_sections(heading, items)[:MAX_BLOCKS]
