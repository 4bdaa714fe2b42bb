"""briefbot core: briefing engine, service and models. Imports no chat SDK and no SQLAlchemy."""
from __future__ import annotations

__version__ = "0.1.0"


def brief_text(text: str, *, title: str | None = None, url: str | None = None,
               language: str | None = None):
    """Brief a text with the offline engine. Returns a `bot.models.Briefing`."""
    from bot.engine import brief_text as _brief_text

    return _brief_text(text, title=title, url=url, language=language)


__all__ = ["brief_text", "__version__"]
