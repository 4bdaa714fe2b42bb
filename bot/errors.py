"""The core's exceptions. Messages are written for the user who sent the request:
they name the problem and what to do. Adapters show them as they are."""
from __future__ import annotations


class BriefbotError(Exception):
    """Base of every error a user can cause or fix."""

    exit_code = 1


class BadInput(BriefbotError):
    """Unreadable, binary, empty, too large, not an article, refused URL."""

    exit_code = 2


class RefusedURL(BadInput):
    """A URL we will not fetch (scheme, private address, ...)."""


class TooLarge(BadInput):
    pass


class NotAnArticle(BadInput):
    """Fetched fine, but there is no article text (paywall, cookie wall, empty page)."""


class FetchFailed(BriefbotError):
    """The network or the remote server failed us."""

    exit_code = 3


class NotFound(BriefbotError):
    exit_code = 2


class EngineFailed(BriefbotError):
    """An optional engine (LLM) failed; callers fall back to the offline engine."""

    exit_code = 1


class StorageUnavailable(BriefbotError):
    """The database cannot be opened or reached."""

    exit_code = 1
