"""Ingestor: turn a user's `Source` into an `ArticleDraft`, whatever kind it is."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.errors import BadInput
from bot.ingest.files import draft_from_file, draft_from_text
from bot.ingest.policy import FetchPolicy
from bot.ingest.textutil import check_size, decode_bytes
from bot.ingest.urls import canonical_url
from bot.models import ArticleDraft, Source

if TYPE_CHECKING:
    from bot.ingest.fetch import SafeFetcher


class Ingestor:
    """Give it a fetcher, or only a policy: then the network code is imported on the
    first link (briefing a file or pasted text never pays for it)."""

    def __init__(self, fetcher: SafeFetcher | None = None, *, policy: FetchPolicy | None = None) -> None:
        self._fetcher = fetcher
        self.policy = fetcher.policy if fetcher is not None else (policy or FetchPolicy())

    @property
    def fetcher(self) -> SafeFetcher:
        if self._fetcher is None:
            from bot.ingest.fetch import SafeFetcher

            self._fetcher = SafeFetcher(self.policy)
        return self._fetcher

    def draft(self, source: Source) -> ArticleDraft:
        given = [k for k in ("url", "text", "data") if getattr(source, k) is not None]
        if len(given) != 1:
            raise BadInput("Send exactly one thing to brief: a link, a text or a file.")
        if source.url is not None:
            return self.from_url(source.url, title=source.title)
        # The configured article limit (BRIEFBOT_MAX_ARTICLE_BYTES) holds for every kind
        # of input, not only downloads; the files module keeps its own hard 5 MB ceiling.
        limit = self.policy.max_bytes
        if source.text is not None:
            check_size(len(source.text.encode("utf-8", "surrogatepass")), "The text", limit)
        else:
            check_size(len(source.data or b""), "This file", limit)
        if source.text is not None:
            return draft_from_text(source.text, origin=source.origin, title=source.title)
        draft = draft_from_file(source.data or b"", source.filename or "")
        origin = "file" if source.origin == "paste" else source.origin
        return replace(draft, source=origin, title=source.title or draft.title)

    def from_url(self, url: str, *, title: str | None = None) -> ArticleDraft:
        page = self.fetcher.fetch(url)
        if page.content_type == "text/plain":
            text = decode_bytes(page.body, page.charset, what="This page")
            draft = draft_from_text(text, origin="url")
        else:
            from bot.ingest.extract import extract_html

            draft = extract_html(page.body, url=page.final_url, charset=page.charset)
        return replace(draft, source="url", url=canonical_url(page.final_url),
                       title=title or draft.title)
