"""Undo a PDF's hard line wrapping: lines of one paragraph become one line again.

PDF text layers break lines where the page did, and words at hyphens ("Kranken-" /
"haus"). Left as they are, every summary sentence and quote would carry those breaks
into chat. A line ends its paragraph when it ends a sentence and is clearly shorter
than the page's full lines, or when it is a short line without final punctuation
before a capitalised line (a heading). Everything else joins the next line."""
from __future__ import annotations

import re

_SENTENCE_END = ".!?:“”\"»«)’'"
_PAGE_NUMBER = re.compile(r"(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?|(?:Seite|Page)\s+\d{1,4}(?:\s*(?:von|of)\s*\d{1,4})?",
                          re.IGNORECASE)
_MAX_WRAP_WIDTH = 160  # characters; wider "lines" are whole paragraphs
# a hyphen at the line end that belongs to an elided compound: "Bus- und Bahnverkehr"
_KEEP_HYPHEN_BEFORE = frozenset("und oder bis sowie bzw. and or to".split())


def _full_width(lines: list[str]) -> int:
    """The length of a full line: the 80th percentile, robust to headings and ends."""
    lengths = sorted(len(s) for s in lines if s)
    return lengths[int(0.8 * (len(lengths) - 1))] if lengths else 0


def _ends_paragraph(line: str, nxt: str, width: int) -> bool:
    if not nxt:
        return True
    short = len(line) < 0.8 * width
    if line[-1] in _SENTENCE_END:
        return short
    # a short line without final punctuation before a capitalised one: a heading or byline
    return len(line) < 0.6 * width and nxt[:1].isupper()


def _join(line: str, nxt: str) -> str:
    if line.endswith("-") and len(line) > 1 and line[-2].isalpha():
        first = nxt.split(" ", 1)[0]
        if first[:1].islower() and first not in _KEEP_HYPHEN_BEFORE:
            return line[:-1] + nxt  # "Kranken-" + "haus"; "Nord-" + "Süd" keeps its hyphen
        return line + ("" if first[:1].isupper() else " ") + nxt
    return line + " " + nxt


def reflow(text: str) -> str:
    """Paragraphs separated by blank lines, each on one line; page numbers dropped."""
    lines = [" ".join(s.split()) for s in text.split("\n")]
    lines = [s for s in lines if not _PAGE_NUMBER.fullmatch(s)]
    width = _full_width(lines)
    if width > _MAX_WRAP_WIDTH:  # lines this long were never wrapped: each is a paragraph
        return "\n\n".join(s for s in lines if s)
    paragraphs: list[str] = []
    current = ""
    for i, line in enumerate(lines):
        if not line:
            if current:
                paragraphs.append(current)
                current = ""
            continue
        current = _join(current, line) if current else line
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if _ends_paragraph(line, nxt, width):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)
