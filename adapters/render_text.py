"""Plain-terminal rendering of core results (CLI and console chat)."""
from __future__ import annotations

import textwrap

from bot.models import Answer, ArticleSummary, Briefing
from bot.typography import quote_marks, shown_quote

QUOTES_SHOWN = 5
FIGURES_SHOWN = 8
WIDTH = 88


class Style:
    def __init__(self, color: bool):
        self.color = color

    def bold(self, s: str) -> str:
        return f"\033[1m{s}\033[0m" if self.color else s

    def dim(self, s: str) -> str:
        return f"\033[2m{s}\033[0m" if self.color else s


def _clean(s: str) -> str:
    """Untrusted text must not move the cursor or recolour the terminal."""
    return "".join(ch if ch.isprintable() or ch == "\n" else " " for ch in s)


def _wrap(s: str, indent: str, prefix: str = "") -> str:
    """Wrap after `indent`; `prefix` (e.g. a dimmed position) is put before the first line."""
    body = textwrap.fill(_clean(" ".join(s.split())), WIDTH, initial_indent=indent,
                         subsequent_indent=" " * len(indent))
    return prefix + body[len(indent):] if prefix else body


def briefing(b: Briefing, style: Style) -> str:
    a = b.article
    lines = [style.bold(_clean(a.title or "Untitled article"))]
    meta = [f"#{a.id}" if a.id is not None else None, a.language, f"{a.words} words", a.url]
    lines.append(style.dim(" · ".join(_clean(m) for m in meta if m)))
    lines += ["", style.bold("Summary")]
    lines += [_wrap(p.text, "  • ") for p in b.summary] or ["  (no summary)"]
    if b.quotes:
        lines += ["", style.bold("Quotes")]
        opening, closing = quote_marks(a.language)
        for q in b.quotes[:QUOTES_SHOWN]:
            who = q.speaker or "unattributed"
            lines.append(_wrap(f"{opening}{shown_quote(q.text)}{closing} — {who}", "  • "))
        if len(b.quotes) > QUOTES_SHOWN:
            lines.append(style.dim(f"  (+{len(b.quotes) - QUOTES_SHOWN} more, see --json)"))
    if b.figures:
        lines += ["", style.bold("Key figures")]
        for f in b.figures[:FIGURES_SHOWN]:
            ctx = f" — {f.context}" if f.context else ""
            lines.append(_wrap(f"{f.text}{ctx}", "  • "))
        if len(b.figures) > FIGURES_SHOWN:
            lines.append(style.dim(f"  (+{len(b.figures) - FIGURES_SHOWN} more, see --json)"))
    lines += ["", style.dim(f"engine: {b.engine}")]
    return "\n".join(lines)


def answer(a: Answer, style: Style) -> str:
    lines = []
    if a.text:
        lines.append(_wrap(a.text, ""))
    if not a.passages:
        lines.append("I found nothing in the article about that.")
    for p in a.passages:
        position = f"  [@{p.start}] "
        lines.append(_wrap(p.text, position, prefix=style.dim(position)))
    return "\n".join(lines)


def article_rows(rows: list[ArticleSummary], style: Style) -> str:
    if not rows:
        return "No articles."
    out = []
    for r in rows:
        when = r.fetched_at.strftime("%Y-%m-%d %H:%M")
        out.append(f"{style.bold('#' + str(r.id)):>6}  {when}  {r.language or '??'}  "
                   f"{_clean(r.title or '(untitled)')[:70]}")
        if r.url:
            out.append(style.dim(f"        {_clean(r.url)}"))
        if r.snippet:
            out.append(style.dim(_wrap(r.snippet, "        ")))
    return "\n".join(out)
