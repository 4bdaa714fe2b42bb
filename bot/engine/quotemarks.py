"""Finding quotation-mark spans in real text: every style, broken ones included.

A single left-to-right scan over the quotation marks with a small state machine;
linear in the text length. German „…“ / „…” / »…« / «…» / ‚…‘, English “…” /
‘…’ / "…", and sloppy mixtures. A quote left open at a paragraph break ends
there (the English convention re-opens it in the next paragraph); apostrophes
("Musk’s", "L’Oreal") are not quote marks. Each span is (start, end) of the
text *between* the marks, so it can be shown verbatim.
"""
from __future__ import annotations

from dataclasses import dataclass

# "''" is the doubled-apostrophe quote mark of some newswires (NYT archives); "''"
# and paragraph breaks are recognised in the loop
_EVENT_CHARS = "„“”\"»«‚‘’‹›'\n"


def _events(text: str) -> list[tuple[int, str]]:
    """(offset, character) of every quotation mark, apostrophe and line break, in text
    order. Speed: one str.find scan per character (a fast memchr-style search) costs
    about a third of one regex scan for the character set, which tests every character."""
    found: list[tuple[int, str]] = []
    append = found.append
    find = text.find
    for ch in _EVENT_CHARS:
        i = find(ch)
        while i >= 0:
            append((i, ch))
            i = find(ch, i + 1)
    found.sort()
    return found

# opening mark -> closing marks it accepts
_CLOSES = {
    "„": "“”\"",
    "“": "”“",
    "”": "”",
    "\"": "\"”“",
    "»": "«",
    "«": "»",
    "‚": "‘’",
    "‘": "’",
    "‹": "›",
    "›": "‹",
    "''": "''",
}
_OPENER_OF = {"»": "«", "«": "»", "“": "„"}
_DOUBLE = {"„", "“", "”", "\"", "»", "«", "''"}
_MAX_QUOTE_CHARS = 3000  # a runaway quote (lost closing mark) stops here


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    open_mark: str
    closed: bool  # False when the closing mark was missing (paragraph end or cap)


def _prev(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else " "


def _next(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else " "


def _can_open(text: str, i: int, mark: str) -> bool:
    p = text[i - 1] if i > 0 else " "
    n = text[i + 1] if i + 1 < len(text) else " "
    if n.isspace() and mark not in "„»«":
        return False
    if mark in "’‘‚'":
        # single marks open only after a space/bracket/dash and before a letter
        return (p.isspace() or p in "([—–-") and (n.isalnum())
    if mark == "\"":
        return not p.isalnum() or p in "([—–-:"
    if mark == "”":
        return p.isspace() or p in "([—–-:"
    return True


def _can_close(text: str, i: int, mark: str) -> bool:
    p = text[i - 1] if i > 0 else " "
    n = text[i + 1] if i + 1 < len(text) else " "
    if mark in "’‘":
        if p.isalpha() and n.isalpha():
            return False  # apostrophe inside a word
        return not n.isalnum()
    if mark == "\"":
        return not (n.isalnum() and p.isspace())
    return True


def find_marked_spans(text: str) -> list[MarkedSpan]:
    spans: list[MarkedSpan] = []
    open_mark = ""
    open_at = -1
    inner_single = ""  # a single-quote nested inside the current double quote
    para_start = 0
    last_close = -1  # position just after the last closing mark, in this paragraph
    n = len(text)
    skip_to = 0
    # guillemets: the first one shows the article's style, Swiss «…» or German »…«; its
    # closing mark outside a quote lost its opener (a quote run on over a paragraph break)
    g_left, g_right = text.find("«"), text.find("»")
    lone_closer = "" if g_left < 0 or g_right < 0 else ("»" if g_left < g_right else "«")
    if "„" in text and "”" not in text:
        lone_closer += "“"  # German „…“ (no English ”): a lone “ closes a quote whose opener was lost
    for i, ch in _events(text):
        if ch == "’" and not open_mark:
            continue  # an apostrophe (or a stray closer) outside any quote
        if i < skip_to:
            continue
        if ch == "'":
            if text[i + 1:i + 2] != "'":
                continue  # a plain apostrophe
            ch = "''"
            skip_to = i + 2
        elif ch == "\n":
            j = i + 1
            while j < n and text[j] in " \t\r\f\v":
                j += 1
            if j >= n or text[j] != "\n":
                continue  # a line break inside a paragraph
            skip_to = j + 1
        if open_mark and i - open_at > _MAX_QUOTE_CHARS:
            _close(text, spans, open_at, open_at + _MAX_QUOTE_CHARS, open_mark, False)
            open_mark, inner_single = "", ""
        if ch == "\n":  # paragraph break: an open quote ends here
            if open_mark:
                _close(text, spans, open_at, i, open_mark, False)
                open_mark, inner_single = "", ""
            para_start, last_close = skip_to, -1
            continue
        if ch == "''":
            if not open_mark:
                nxt = text[i + 2:i + 3]
                if not _prev(text, i).isalnum() and nxt and not nxt.isspace():
                    open_mark, open_at = ch, i + 2
            elif open_mark == "''":
                _close(text, spans, open_at, i, open_mark, True)
                open_mark, inner_single = "", ""
                last_close = i + 2
            continue
        if not open_mark:
            if ch in "“”" and _prev(text, i) in ".!?…" and not _can_open(text, i, ch):
                # a closing mark whose opener was lost: the quote began after the
                # previous quote (or at the paragraph start)
                begin = last_close if last_close >= 0 else para_start
                if i - begin < _MAX_QUOTE_CHARS:
                    _close(text, spans, begin, i, "“", False)
                    last_close = i + 1
                continue
            if ch in "’":
                continue
            if ch in lone_closer:
                begin = last_close if last_close >= 0 else para_start
                if 0 < i - begin < _MAX_QUOTE_CHARS:
                    _close(text, spans, begin, i, _OPENER_OF[ch], True)  # (the closer is there)
                    last_close = i + 1
                continue
            if _can_open(text, i, ch):
                open_mark, open_at = ch, i + 1
            continue
        if inner_single:
            if ch in _CLOSES[inner_single] and _can_close(text, i, ch):
                inner_single = ""
                continue
        if ch in _CLOSES[open_mark] and _can_close(text, i, ch):
            _close(text, spans, open_at, i, open_mark, True)
            open_mark, inner_single = "", ""
            last_close = i + 1
            continue
        if open_mark in _DOUBLE and ch in "‚‘‹›" and _can_open(text, i, ch):
            inner_single = ch
            continue
        if ch == open_mark and ch in "„»«" :
            # a second opening mark before the first closed: the first lost its closer
            _close(text, spans, open_at, i, open_mark, False)
            open_mark, open_at, inner_single = ch, i + 1, ""
    if open_mark:
        _close(text, spans, open_at, len(text), open_mark, False)
    return spans


def _close(text: str, spans: list[MarkedSpan], start: int, end: int, mark: str,
           closed: bool) -> None:
    s, e = start, end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append(MarkedSpan(s, e, mark, closed))
