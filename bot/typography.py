"""Typography a reader of a language expects; used by every adapter that shows quotes."""
from __future__ import annotations

_MARKS = {"de": ("„", "“"), "en": ("“", "”"), "fr": ("« ", " »"), "it": ("«", "»"),
          "es": ("«", "»"), "nl": ("‘", "’")}


def quote_marks(language: str | None) -> tuple[str, str]:
    """Opening and closing quotation marks for showing a quote of an article in `language`."""
    return _MARKS.get((language or "").split("-")[0].lower(), _MARKS["en"])


def shown_quote(text: str) -> str:
    """A quote's text for display: English puts a trailing comma inside the marks
    ("…in 1998," said X); shown on its own, the comma is dropped. JSON keeps it verbatim."""
    return text.rstrip(",;") or text
