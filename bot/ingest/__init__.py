"""Ingest: safe URL fetching, main-text extraction, files and pasted text -> ArticleDraft.

Cheap to import: httpx, trafilatura and pypdf are imported only when they are needed.
"""
from __future__ import annotations

from bot.ingest.extract import extract_html
from bot.ingest.fetch import FetchedPage, FetchPolicy, SafeFetcher
from bot.ingest.files import draft_from_file, draft_from_text, looks_like_html
from bot.ingest.ingestor import Ingestor
from bot.ingest.textutil import content_hash
from bot.ingest.urls import canonical_url, ensure_scheme, looks_like_url

__all__ = [
    "FetchPolicy", "FetchedPage", "Ingestor", "SafeFetcher", "canonical_url", "content_hash",
    "draft_from_file", "draft_from_text", "ensure_scheme", "extract_html", "looks_like_html",
    "looks_like_url",
]
